package dev.crashplan4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.ArrayList;
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

  // The client reads the listing 200 ms after the first attempt; the console's Date is given
  // as the console would stamp it, and the band it leaves is a second wide.
  @Test
  void aConsoleBehindTheClientStillShowsTheOrgTheCallMade() {
    Duration behind = Duration.ofMinutes(10);
    Org made = support(2, FIRST_ATTEMPT.minus(behind).plusMillis(1_500));

    assertThat(find(Optional.of(client.instant().minus(behind)), made)).contains(made);
  }

  @Test
  void aConsoleBehindTheClientDoesNotOfferAnOlderIdenticalOrg() {
    Duration behind = Duration.ofMinutes(10);
    Org older = support(2, FIRST_ATTEMPT.minus(behind).minusSeconds(5));

    assertThat(find(Optional.of(client.instant().minus(behind)), older)).isEmpty();
  }

  @Test
  void aConsoleAheadOfTheClientStillShowsTheOrgTheCallMade() {
    Duration ahead = Duration.ofDays(3);
    Org made = support(2, FIRST_ATTEMPT.plus(ahead).plusMillis(1_500));

    assertThat(find(Optional.of(client.instant().plus(ahead)), made)).contains(made);
  }

  @Test
  void aConsoleAheadOfTheClientDoesNotOfferAnOlderIdenticalOrg() {
    // Made by the console a little after the call's start by the client's clock: days before it by the console's.
    Org older = support(2, FIRST_ATTEMPT.plusMillis(100));

    assertThat(find(Optional.of(client.instant().plus(Duration.ofDays(3))), older)).isEmpty();
  }

  @Test
  void anIdenticalOrgMadeInTheSecondBeforeTheCallIsNamedNotTaken() {
    // The Date reads 10:00:00 at 10:00:00.200: the call began between 09:59:59.800 and 10:00:00.800.
    Org older = support(2, FIRST_ATTEMPT.minusMillis(150));

    assertThatThrownBy(() -> find(Optional.of(FIRST_ATTEMPT), older)).isInstanceOf(Calls.Undecided.class)
        .hasMessageStartingWith("org 2 (" + older.guid() + ") fits what was asked and was created within the 1001 ms"
            + " in which the call began by the console's clock (its Date header is to the second)")
        .hasMessageContaining("nothing was sent again");
  }

  @Test
  void withAReferenceTheOneOrgInTheBandIsTaken() {
    NewOrg keyed = NewOrg.builder().name("Support").externalReference("CUST-7").build();
    Org maybeMade = support(2, FIRST_ATTEMPT.plusMillis(300)).toBuilder().externalReference("CUST-7").build();

    assertThat(created.find(keyed, Optional.empty(), FIRST_ATTEMPT, pageNum -> page(Optional.of(FIRST_ATTEMPT), maybeMade)))
        .contains(maybeMade);
  }

  @Test
  void withAReferenceTwoOrgsInTheBandAreNamed() {
    NewOrg keyed = NewOrg.builder().name("Support").externalReference("CUST-7").build();
    Org one = support(2, FIRST_ATTEMPT.plusMillis(300)).toBuilder().externalReference("CUST-7").build();
    Org other = support(3, FIRST_ATTEMPT.plusMillis(400)).toBuilder().externalReference("CUST-7").build();

    assertThatThrownBy(() -> created.find(keyed, Optional.empty(), FIRST_ATTEMPT,
        pageNum -> page(Optional.of(FIRST_ATTEMPT), one, other)))
        .isInstanceOf(Calls.Undecided.class).hasMessageContaining("org 2 (").hasMessageContaining("org 3 (");
  }

  @Test
  void anOrgMadeInTheSecondAfterTheCallBeganIsNamedNotTaken() {
    Org maybeMade = support(2, FIRST_ATTEMPT.plusMillis(300));

    assertThatThrownBy(() -> find(Optional.of(FIRST_ATTEMPT), maybeMade)).isInstanceOf(Calls.Undecided.class)
        .hasMessageContaining("org 2 (" + maybeMade.guid() + ")");
  }

  @Test
  void anOrgMadeBeyondTheDatesSecondIsTheCallsOwn() {
    Org made = support(2, FIRST_ATTEMPT.plusMillis(800));

    assertThat(find(Optional.of(FIRST_ATTEMPT), made)).contains(made);
  }

  @Test
  void anOrgMadeBeforeTheDatesSecondIsIgnored() {
    Org older = support(2, FIRST_ATTEMPT.minusMillis(202));

    assertThat(find(Optional.of(FIRST_ATTEMPT), older)).isEmpty();
  }

  @Test
  void withoutADateAnOrgMadeMoreThanTwoSecondsAfterCounts() {
    Org made = support(2, FIRST_ATTEMPT.plusMillis(2_000));

    assertThat(find(Optional.empty(), made)).contains(made);
  }

  @Test
  void withoutADateAnOrgWithinTwoSecondsOfTheStartIsNamed() {
    long id = 2;
    for (long offset : new long[] {-1_900, -1, 0, 1_900}) {
      Org near = support(id++, FIRST_ATTEMPT.plusMillis(offset));

      assertThatThrownBy(() -> find(Optional.empty(), near)).as("created %d ms from the start", offset)
          .isInstanceOf(Calls.Undecided.class)
          .hasMessageContaining("no Date header: the clocks are taken to agree within 2 s");
    }
  }

  @Test
  void withoutADateAnOrgOlderThanTwoSecondsIsNotTaken() {
    Org older = support(2, FIRST_ATTEMPT.minusMillis(2_100));

    assertThat(find(Optional.empty(), older)).isEmpty();
  }

  @Test
  void anOrgFoundOnceIsNotOfferedToTheNextLook() {
    Org made = support(2, FIRST_ATTEMPT.plusSeconds(3));
    find(Optional.empty(), made);

    assertThat(find(Optional.empty(), made)).isEmpty();
  }

  @Test
  void createsWithTheTopOrgNamedOrImpliedWaitForEachOther() throws Exception {
    NewOrg implied = SUPPORT;
    NewOrg named = SUPPORT.toBuilder().parentOrgUid(TOP.uid()).build();
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
    OrgPage page = page(consoleDate, candidate);
    return created.find(SUPPORT, Optional.empty(), FIRST_ATTEMPT, pageNum -> page);
  }

  private static OrgPage page(Optional<Instant> consoleDate, Org... candidates) {
    List<Org> orgs = new ArrayList<>(List.of(TOP));
    orgs.addAll(List.of(candidates));
    return OrgPage.builder().orgs(orgs).totalCount(orgs.size()).pageNum(1).pageSize(500).answeredAt(consoleDate).build();
  }

  private static Org support(long id, Instant createdAt) {
    return org(id, "Support", Optional.of(TOP.guid()), createdAt);
  }

  private static Org org(long id, String name, Optional<OrgGuid> parent, Instant createdAt) {
    return Org.builder().id(OrgId.of(id)).uid(OrgUid.of("u" + id)).guid(OrgGuid.of("g" + id)).name(name)
        .active(true).blocked(false).parentGuid(parent).creationDate(createdAt.atOffset(ZoneOffset.UTC)).build();
  }
}
