package dev.crashplan4j.api.bulk;

import dev.crashplan4j.core.domain.CrashPlanStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a bulk run runs: how many items in flight, dry or not, when to stop, who hears it, and
 * what an earlier run already did.
 *
 * <pre>{@code
 * BulkOptions options = BulkOptions.builder()
 *     .concurrency(8)                          // 4 unless set
 *     .maxFailures(20)                         // stop starting items after 20 failures
 *     .resumed(earlier.resumable())            // skip what an earlier run did
 *     .build();
 * }</pre>
 */
@Value.Immutable
@CrashPlanStyle
public abstract class BulkOptions {

  /** How many items are in flight unless set: few, so that one run does not crowd out other users of the console. */
  public static final int DEFAULT_CONCURRENCY = 4;

  /** The most items in flight a run takes. */
  public static final int MAX_CONCURRENCY = 64;

  private static final BulkOptions DEFAULTS = builder().build();

  /** Returns a builder whose defaults are {@link #defaults()}. */
  public static Builder builder() {
    return ImmutableBulkOptions.builder();
  }

  /** Returns a builder filled with this value's attributes, to make a changed copy. */
  public Builder toBuilder() {
    return ImmutableBulkOptions.builder().from(this);
  }

  /** {@value #DEFAULT_CONCURRENCY} in flight, for real, no failure budget, heard by no one. */
  public static BulkOptions defaults() {
    return DEFAULTS;
  }

  /**
   * How many items are in flight at once, 1 to {@value #MAX_CONCURRENCY}: also the width of
   * the window that puts results back in input order. Every item shares the client's rate limit.
   */
  @Value.Default
  public int concurrency() {
    return DEFAULT_CONCURRENCY;
  }

  /**
   * Whether to write nothing: the run reads what it needs (the listing, settings) and reports
   * each item as already so, failed (the org does not exist, say) or not started with what it
   * {@link BulkResult#wouldSend() would send}. Reads still run.
   */
  @Value.Default
  public boolean dryRun() {
    return false;
  }

  /**
   * After how many failed or unknown items the run stops starting items; no limit unless set.
   */
  public abstract Optional<Integer> maxFailures();

  /** Who hears the run; no one unless set. */
  @Value.Default
  public BulkListener listener() {
    return BulkListener.NONE;
  }

  /** What stops the run early when cancelled; nothing unless set. */
  public abstract Optional<Cancellation> cancellation();

  /**
   * Items an earlier run did, with their outcome ({@link BulkReport#resumable()},
   * {@link BulkResult#resumable}): reported with that outcome, as carried over, and not sent.
   */
  public abstract Map<BulkItem, BulkOutcome> resumed();

  /** How many items the input holds, when the caller knows (for the time left); a list run knows by itself. */
  public abstract Optional<Long> expectedItems();

  @Value.Check
  void check() {
    if (concurrency() < 1 || concurrency() > MAX_CONCURRENCY) {
      throw new IllegalArgumentException("concurrency must be 1 to " + MAX_CONCURRENCY + ", was " + concurrency());
    }
    maxFailures().ifPresent(max -> {
      if (max < 1) {
        throw new IllegalArgumentException("maxFailures must be at least 1, was " + max);
      }
    });
    expectedItems().ifPresent(items -> {
      if (items < 0) {
        throw new IllegalArgumentException("expectedItems must not be negative, was " + items);
      }
    });
    resumed().forEach((item, outcome) -> {
      if (!outcome.succeeded()) {
        throw new IllegalArgumentException("a resumed item is done or already so, not " + outcome.wireName() + ": " + item);
      }
    });
  }

  /**
   * Builds a {@code BulkOptions}: {@link BulkOptions#builder()} returns one, {@link BulkOptions#toBuilder()}
   * one filled with a value's attributes. Not thread-safe.
   */
  public interface Builder {

    /** Sets {@link BulkOptions#concurrency()} to {@code concurrency}. */
    Builder concurrency(int concurrency);

    /** Sets {@link BulkOptions#dryRun()} to {@code dryRun}. */
    Builder dryRun(boolean dryRun);

    /** Sets {@link BulkOptions#maxFailures()} to {@code maxFailures}; null leaves it empty. */
    Builder maxFailures(Integer maxFailures);

    /** Sets {@link BulkOptions#maxFailures()} to {@code maxFailures}, which may be empty. */
    Builder maxFailures(Optional<Integer> maxFailures);

    /** Sets {@link BulkOptions#listener()} to {@code listener}. */
    Builder listener(BulkListener listener);

    /** Sets {@link BulkOptions#cancellation()} to {@code cancellation}; null leaves it empty. */
    Builder cancellation(Cancellation cancellation);

    /** Sets {@link BulkOptions#cancellation()} to {@code cancellation}, which may be empty. */
    Builder cancellation(Optional<? extends Cancellation> cancellation);

    /** Puts {@code key} with {@code value} into {@link BulkOptions#resumed()}. */
    Builder putResumed(BulkItem key, BulkOutcome value);

    /** Puts {@code entry} into {@link BulkOptions#resumed()}. */
    Builder putResumed(Map.Entry<? extends BulkItem, ? extends BulkOutcome> entry);

    /** Sets {@link BulkOptions#resumed()} to the entries of {@code entries}, replacing any put before. */
    Builder resumed(Map<? extends BulkItem, ? extends BulkOutcome> entries);

    /** Puts every entry of {@code entries} into {@link BulkOptions#resumed()}. */
    Builder putAllResumed(Map<? extends BulkItem, ? extends BulkOutcome> entries);

    /** Sets {@link BulkOptions#expectedItems()} to {@code expectedItems}; null leaves it empty. */
    Builder expectedItems(Long expectedItems);

    /** Sets {@link BulkOptions#expectedItems()} to {@code expectedItems}, which may be empty. */
    Builder expectedItems(Optional<Long> expectedItems);

    /** Builds the value; throws {@link IllegalStateException} when a required attribute is missing. */
    BulkOptions build();
  }
}
