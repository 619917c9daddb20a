package dev.crashplan4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgGuid;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.domain.OrgPage;
import dev.crashplan4j.core.domain.OrgUid;
import dev.crashplan4j.testkit.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * How a create whose answer was lost recognises the org it made: the window of creation dates
 * it accepts, by the console's Date or without it, and which creates wait for one another.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class CreatedOrgsTest {

  private static final Instant FIRST_ATTEMPT = Instant.parse("2026-12-02T10:00:00Z");
  private static final NewOrg SUPPORT = NewOrg.builder().name("Support").build();
  private static final Org TOP = org(1, "Top", Optional.empty(), FIRST_ATTEMPT.minus(Duration.ofDays(300)));

  private final ManualClock client = new ManualClock(FIRST_ATTEMPT.plusMillis(200));
  private final CreatedOrgs created = new CreatedOrgs(client);

  @Test
  void aConsoleBehindTheClientStillShowsTheOrgTheCallMade() {
    Duration behind = Duration.ofMinutes(10);
    Org made = support(2, FIRST_ATTEMPT.minus(behind).plusMillis(100));

    assertThat(find(Optional.of(client.instant().minus(behind)), made)).contains(made);
  }

  @Test
  void aConsoleBehindTheClientDoesNotOfferAnOlderIdenticalOrg() {
    Duration behind = Duration.ofMinutes(10);
    Org older = support(2, FIRST_ATTEMPT.minus(behind).minusSeconds(5));

    assertThat(find(Optional.of(client.instant().minus(behind)), older)).isEmpty();
  }

  @Test
  void aDateFarAheadOfTheClientDoesNotHideTheOrgTheCallMade() {
    // A test clock standing on a day in the past, the fake's Date on the machine's day.
    Org made = support(2, FIRST_ATTEMPT.plusMillis(100));

    assertThat(find(Optional.of(client.instant().plus(Duration.ofDays(3))), made)).contains(made);
  }

  @Test
  void withoutADateAnOrgMadeTwoSecondsBeforeTheCallCounts() {
    Org made = support(2, FIRST_ATTEMPT.minusMillis(1_900));

    assertThat(find(Optional.empty(), made)).contains(made);
  }

  @Test
  void withoutADateAnOrgOlderThanTwoSecondsIsNotTaken() {
    Org older = support(2, FIRST_ATTEMPT.minusMillis(2_100));

    assertThat(find(Optional.empty(), older)).isEmpty();
  }

  @Test
  void anOrgFoundOnceIsNotOfferedToTheNextLook() {
    Org made = support(2, FIRST_ATTEMPT.plusMillis(100));
    find(Optional.empty(), made);

    assertThat(find(Optional.empty(), made)).isEmpty();
  }

  @Test
  void createsWithTheTopOrgNamedOrImpliedWaitForEachOther() throws Exception {
    NewOrg implied = SUPPORT;
    NewOrg named = NewOrg.builder().from(SUPPORT).parentOrgUid(TOP.uid()).build();
    CountDownLatch firstInside = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    AtomicBoolean secondRanWhileFirstInside = new AtomicBoolean();
    AtomicBoolean firstInsideNow = new AtomicBoolean();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<Org> first = threads.submit(() -> created.oneAtATime(implied, () -> {
        firstInsideNow.set(true);
        firstInside.countDown();
        await(releaseFirst);
        firstInsideNow.set(false);
        return support(2, FIRST_ATTEMPT);
      }));
      firstInside.await();
      AtomicReference<Thread> secondThread = new AtomicReference<>();
      Future<Org> second = threads.submit(() -> {
        secondThread.set(Thread.currentThread());
        return created.oneAtATime(named, () -> {
          secondRanWhileFirstInside.compareAndSet(false, firstInsideNow.get());
          return support(3, FIRST_ATTEMPT);
        });
      });
      waitUntilParkedOrDone(second, secondThread);
      releaseFirst.countDown();

      assertThat(List.of(first.get().id(), second.get().id())).containsExactly(OrgId.of(2), OrgId.of(3));
      assertThat(secondRanWhileFirstInside).as("the second create ran while the first was inside").isFalse();
    } finally {
      threads.shutdownNow();
    }
  }

  // Until the second create waits for the first (parked on its lock), or has run already.
  private static void waitUntilParkedOrDone(Future<Org> second, AtomicReference<Thread> secondThread) throws InterruptedException {
    while (!second.isDone() && (secondThread.get() == null || secondThread.get().getState() != Thread.State.WAITING)) {
      Thread.onSpinWait();
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private Optional<Org> find(Optional<Instant> consoleDate, Org candidate) {
    OrgPage page = OrgPage.builder().orgs(List.of(TOP, candidate)).totalCount(2).pageNum(1).pageSize(500)
        .answeredAt(consoleDate).build();
    return created.find(SUPPORT, Optional.empty(), FIRST_ATTEMPT, pageNum -> page);
  }

  private static Org support(long id, Instant createdAt) {
    return org(id, "Support", Optional.of(TOP.guid()), createdAt);
  }

  private static Org org(long id, String name, Optional<OrgGuid> parent, Instant createdAt) {
    return Org.builder().id(OrgId.of(id)).uid(OrgUid.of("u" + id)).guid(OrgGuid.of("g" + id)).name(name)
        .active(true).blocked(false).parentGuid(parent).creationDate(createdAt.atOffset(ZoneOffset.UTC)).build();
  }
}
