package dev.crashplan4j.api;

import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.Org;
import dev.crashplan4j.core.domain.OrgGuid;
import dev.crashplan4j.core.domain.OrgListing;
import dev.crashplan4j.core.domain.OrgPage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The orgs this client created, so that a create whose answer was lost can find the org it
 * made, if any, without taking one another call of this client made. The console has no
 * idempotency key: the org is recognised by what was asked (name, parent, external reference,
 * notes), by being created since the call's first attempt, and by not being claimed already.
 *
 * <p>Creates by this client of orgs with the same name, external reference and notes run one
 * after another, whatever parent each names (the top org named or implied), so that each finds
 * at most its own. Two processes creating identical orgs at the same moment cannot be told apart by
 * anyone; a unique external reference per create always can.
 */
final class CreatedOrgs {

  // Without the console's Date, the clocks are taken to agree within this.
  private static final Duration UNKNOWN_SKEW = Duration.ofSeconds(2);
  // Claims older than any call's deadline can no longer be mistaken for a new org.
  private static final Duration CLAIMS_KEPT = Duration.ofHours(1);
  private static final int STRIPES = 64;

  private final Clock clock;
  private final ConcurrentMap<OrgGuid, Instant> claimed = new ConcurrentHashMap<>();
  private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

  CreatedOrgs(Clock clock) {
    this.clock = clock;
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new ReentrantLock();
    }
  }

  /**
   * Runs {@code create} while no create of this client that could make the same org runs, and
   * claims the org it returns.
   */
  Org oneAtATime(NewOrg asked, Supplier<Org> create) {
    // The parent is left out of the key on purpose: "under the top org" can be asked with the
    // parent named or implied, and two such creates must never look for each other's org.
    ReentrantLock stripe = stripes[Math.floorMod(Objects.hash(asked.name(), asked.externalReference(),
        asked.notes()), STRIPES)];
    stripe.lock();
    try {
      Org created = create.get();
      claim(created);
      return created;
    } finally {
      stripe.unlock();
    }
  }

  /**
   * Looks through the listing ({@code pages} reads page n) for the org a create of {@code asked}
   * under {@code parent} (the top org when empty) made since {@code firstAttempt}: it, claimed,
   * when there is exactly one; empty when there is none.
   *
   * @throws Calls.Undecided when several orgs fit, naming them
   */
  Optional<Org> find(NewOrg asked, Optional<OrgGuid> parent, Instant firstAttempt, IntFunction<OrgPage> pages) {
    Instant[] since = {firstAttempt.minus(UNKNOWN_SKEW)};
    Set<OrgGuid> topOrgs = new HashSet<>();
    List<Org> fitting = new ArrayList<>();
    try (Stream<OrgPage> listing = OrgListing.pages(pages)) {
      listing.forEach(page -> {
        if (page.pageNum() == 1) {
          page.answeredAt().ifPresent(consoleNow -> since[0] = since(firstAttempt, consoleNow));
        }
        for (Org org : page.orgs()) {
          if (org.parentGuid().isEmpty()) {
            topOrgs.add(org.guid());
          }
          if (asWasAsked(org, asked) && !claimed.containsKey(org.guid())) {
            fitting.add(org);
          }
        }
      });
    }
    List<Org> made = fitting.stream()
        .filter(org -> org.creationDate().map(created -> !created.toInstant().isBefore(since[0])).orElse(true))
        .filter(org -> parent.isPresent() ? org.parentGuid().equals(parent) : org.parentGuid().filter(topOrgs::contains).isPresent())
        .collect(Collectors.toList());
    if (made.size() > 1) {
      throw new Calls.Undecided("several orgs fit what was asked and were created since the call began, and any may"
          + " be this call's: " + made.stream().map(org -> "org " + org.id() + " (" + org.guid() + ")")
              .collect(Collectors.joining(", ")) + "; give each create a unique external reference to tell them apart");
    }
    made.forEach(this::claim);
    return made.stream().findFirst();
  }

  /**
   * The earliest creation date, by the console's clock, that an org made by a call whose first
   * attempt was at {@code firstAttempt} (by this client's clock) can carry, given the console's
   * {@code Date} ({@code consoleNow}) read just now.
   */
  private Instant since(Instant firstAttempt, Instant consoleNow) {
    // The Date header, cut to the second and stamped before the answer travelled, is never later
    // than the console's time when the client reads it, so a console behind the client moves the
    // start back by at least as much as it is behind. A console that seems ahead never moves it
    // later than the call's start by the client's clock: a test clock that stands still while the
    // fake's Date follows the machine would otherwise hide the org the call made.
    Duration consoleAhead = Duration.between(clock.instant(), consoleNow);
    return firstAttempt.plus(consoleAhead.isNegative() ? consoleAhead : Duration.ZERO).minusMillis(1);
  }

  private static boolean asWasAsked(Org org, NewOrg asked) {
    return org.name().equals(asked.name())
        && org.externalReference().equals(asked.externalReference())
        && org.notes().equals(asked.notes());
  }

  private void claim(Org org) {
    Instant now = clock.instant();
    claimed.put(org.guid(), now);
    if (claimed.size() > 1_000) {
      claimed.values().removeIf(at -> at.isBefore(now.minus(CLAIMS_KEPT)));
    }
  }
}
