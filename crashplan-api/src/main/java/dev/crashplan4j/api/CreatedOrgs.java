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
 * anyone, nor can an org made within the second before the call (the console's {@code Date} is cut
 * to the second) from the one the call made: without an external reference such an org is named,
 * never taken. With one, the reference is the caller's key: the one org carrying it, made since
 * the call may have begun, is taken as the call's.
 */
final class CreatedOrgs {

  // Without the console's Date, the clocks are taken to agree within this.
  static final Duration UNKNOWN_SKEW = Duration.ofSeconds(2);
  // An HTTP Date is cut to the second.
  private static final Duration DATE_GRANULARITY = Duration.ofSeconds(1);
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
   * when exactly one fitting org was created after the call began beyond doubt; empty when no
   * fitting org was created since the call may have begun.
   *
   * <p>The call's start by the console's clock is known only within a band: the console's
   * {@code Date} is cut to the second and stamped somewhere within the listing's round trip, and
   * without it the clocks are taken to agree within {@link #UNKNOWN_SKEW}. An org created inside
   * that band may be this call's or an identical one made just before the call: it is taken for
   * this call's only when the create named an external reference and it is the only one fitting.
   *
   * @throws Calls.Undecided when several orgs fit, or one without an external reference was created
   *     inside the band, naming them
   */
  Optional<Org> find(NewOrg asked, Optional<OrgGuid> parent, Instant firstAttempt, IntFunction<OrgPage> pages) {
    Instant[] band = {firstAttempt.minus(UNKNOWN_SKEW), firstAttempt.plus(UNKNOWN_SKEW)};
    boolean[] dated = {false};
    Set<OrgGuid> topOrgs = new HashSet<>();
    List<Org> fitting = new ArrayList<>();
    IntFunction<OrgPage> timed = pageNum -> {
      Instant sent = clock.instant();
      OrgPage page = pages.apply(pageNum);
      Instant read = clock.instant();
      if (pageNum == 1) {
        page.answeredAt().ifPresent(consoleDate -> {
          dated[0] = true;
          band[0] = firstAttempt.plus(Duration.between(read, consoleDate));
          band[1] = firstAttempt.plus(Duration.between(sent, consoleDate.plus(DATE_GRANULARITY)));
        });
      }
      return page;
    };
    try (Stream<OrgPage> listing = OrgListing.pages(timed)) {
      listing.forEach(page -> {
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
    // The console dates to the millisecond: an org made at the call's start may read a little earlier.
    Instant earliest = band[0].minusMillis(1);
    Instant beyondDoubt = band[1];
    List<Org> since = fitting.stream()
        .filter(org -> parent.isPresent() ? org.parentGuid().equals(parent) : org.parentGuid().filter(topOrgs::contains).isPresent())
        .filter(org -> org.creationDate().map(created -> !created.toInstant().isBefore(earliest)).orElse(true))
        .collect(Collectors.toList());
    List<Org> doubtful = since.stream()
        .filter(org -> org.creationDate().map(created -> created.toInstant().isBefore(beyondDoubt)).orElse(true))
        .collect(Collectors.toList());
    // An external reference is the caller's key for the org: an org carrying it, made since the
    // call may have begun, is the one the caller asked for, whichever side of the call's start it was made.
    boolean keyed = asked.externalReference().filter(reference -> !reference.isBlank()).isPresent();
    if (!doubtful.isEmpty() && !(keyed && since.size() == 1)) {
      // Named as maybe this call's, none is offered to the next look either.
      since.forEach(this::claim);
      throw new Calls.Undecided(names(doubtful) + (doubtful.size() == 1 ? " fits what was asked and was" : " fit what"
          + " was asked and were") + " created within the " + Duration.between(earliest, beyondDoubt).toMillis() + " ms"
          + " in which the call began by the console's clock (" + (dated[0] ? "its Date header is to the second"
          : "no Date header: the clocks are taken to agree within " + UNKNOWN_SKEW.toSeconds() + " s") + "), so each"
          + " may be this call's org or an identical one made just before the call; nothing was sent again"
          + (since.size() > doubtful.size() ? "; created since: " + names(since) : "")
          + "; give each create a unique external reference to tell them apart");
    }
    if (since.size() > 1) {
      throw new Calls.Undecided("several orgs fit what was asked and were created since the call began, and any may"
          + " be this call's: " + names(since) + "; give each create a unique external reference to tell them apart");
    }
    since.forEach(this::claim);
    return since.stream().findFirst();
  }

  private static String names(List<Org> orgs) {
    return orgs.stream().map(org -> "org " + org.id() + " (" + org.guid() + ")").collect(Collectors.joining(", "));
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
