package dev.crashplan4j.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgGuid;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.domain.OrgPage;
import dev.crashplan4j.core.domain.OrgUid;
import dev.crashplan4j.core.error.AnswerBody;
import dev.crashplan4j.core.error.OrgNotFoundException;
import dev.crashplan4j.core.error.ServerErrorException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class OrgDirectoryTest {

  private final List<Org> tenant = new CopyOnWriteArrayList<>();
  private final AtomicInteger pagesRead = new AtomicInteger();
  private final List<String> labels = new CopyOnWriteArrayList<>();
  private final CountDownLatch firstPageAsked = new CountDownLatch(1);
  private volatile CountDownLatch holdTheFirstPage = new CountDownLatch(0);
  private final ExecutorService threads = Executors.newFixedThreadPool(8);

  private final OrgDirectory directory = new OrgDirectory((pageNum, label) -> {
    labels.add(label);
    if (pagesRead.incrementAndGet() == 1) {
      firstPageAsked.countDown();
      await(holdTheFirstPage);
    }
    int from = Math.min(tenant.size(), (pageNum - 1) * 2);
    return OrgPage.builder()
        .orgs(tenant.subList(from, Math.min(tenant.size(), from + 2)))
        .pageNum(pageNum).pageSize(2).totalCount(tenant.size()).build();
  });

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  private static Org anOrg(long id) {
    return Org.builder().id(OrgId.of(id)).uid(OrgUid.of("u" + id)).guid(OrgGuid.of("g" + id))
        .name("Org " + id).active(true).blocked(false).build();
  }

  private void tenantOf(int orgs) {
    for (long id = 1; id <= orgs; id++) {
      tenant.add(anOrg(id));
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  // Spins on a condition another thread makes true; bounded by the class's timeout.
  private static void until(BooleanSupplier condition) {
    while (!condition.getAsBoolean()) {
      Thread.onSpinWait();
    }
  }

  @Test
  void aMissLearnsEveryOrgOfTheListing() {
    tenantOf(5);

    assertThat(directory.resolve(OrgId.of(5), "getById org 5").guid()).isEqualTo(OrgGuid.of("g5"));
    assertThat(directory.resolve(OrgUid.of("u1"), "getByUid org uid u1").id()).isEqualTo(OrgId.of(1));
    assertThat(pagesRead).hasValue(3);
    assertThat(labels).as("the listing is read as part of the call that missed").containsOnly("getById org 5");
  }

  @Test
  void aLearnedOrgIsResolvedWithoutAListing() {
    directory.learn(anOrg(9));

    assertThat(directory.resolve(OrgUid.of("u9"), "getByUid org uid u9").id()).isEqualTo(OrgId.of(9));
    assertThat(pagesRead).hasValue(0);
  }

  @Test
  void aForgottenOrgIsLookedForAgain() {
    directory.learn(anOrg(9));
    directory.forget(anOrg(9).ref());

    assertThatThrownBy(() -> directory.resolve(OrgId.of(9), "block org 9"))
        .isInstanceOf(OrgNotFoundException.class)
        .hasMessage("block org 9 failed: no organization with org id 9 exists");
    assertThat(pagesRead).hasValue(1);
  }

  @Test
  void aWalkReturnsEveryIdWithItsGuidInListingOrder() {
    tenantOf(3);

    assertThat(directory.walk("orgIdMap")).containsExactly(
        java.util.Map.entry(OrgId.of(1), OrgGuid.of("g1")),
        java.util.Map.entry(OrgId.of(2), OrgGuid.of("g2")),
        java.util.Map.entry(OrgId.of(3), OrgGuid.of("g3")));
    pagesRead.set(0);
    assertThat(directory.resolve(OrgUid.of("u3"), "getByUid org uid u3").id()).isEqualTo(OrgId.of(3));
    assertThat(pagesRead).hasValue(0);
  }

  @Test
  void threadsThatMissDuringAWalkShareTheNextWalk() throws Exception {
    tenantOf(6);
    holdTheFirstPage = new CountDownLatch(1);
    Future<?> first = threads.submit(() -> catchNotFound(() -> directory.resolve(OrgId.of(404), "getById org 404")));
    await(firstPageAsked);
    List<Future<?>> late = new java.util.ArrayList<>();
    for (int i = 0; i < 7; i++) {
      late.add(threads.submit(() -> catchNotFound(() -> directory.resolve(OrgId.of(404), "block org 404"))));
    }
    until(() -> directory.waitingForAWalk() == 7);

    holdTheFirstPage.countDown();
    first.get();
    for (Future<?> each : late) {
      each.get();
    }

    // The walk under way when they missed, then one more that started after: 3 pages each.
    assertThat(pagesRead).hasValue(6);
    assertThat(notFound).hasValue(8);
  }

  @Test
  void aWalkThatFailedSettlesNoMiss() {
    tenantOf(4);
    OrgDirectory failingOnce = new OrgDirectory(new OrgDirectory.ListingPages() {
      private int reads;

      @Override
      public OrgPage read(int pageNum, String label) {
        if (reads++ == 1) {
          throw new ServerErrorException(label, 503, AnswerBody.of("down"));
        }
        int from = Math.min(tenant.size(), (pageNum - 1) * 2);
        return OrgPage.builder().orgs(tenant.subList(from, Math.min(tenant.size(), from + 2)))
            .pageNum(pageNum).pageSize(2).totalCount(tenant.size()).build();
      }
    });

    assertThatThrownBy(() -> failingOnce.resolve(OrgId.of(4), "getById org 4"))
        .isInstanceOf(ServerErrorException.class).hasMessageStartingWith("getById org 4 failed: HTTP 503");
    assertThat(failingOnce.resolve(OrgId.of(4), "getById org 4").guid()).isEqualTo(OrgGuid.of("g4"));
  }

  private final AtomicInteger notFound = new AtomicInteger();

  private void catchNotFound(Runnable lookUp) {
    try {
      lookUp.run();
    } catch (OrgNotFoundException expected) {
      notFound.incrementAndGet();
    }
  }
}
