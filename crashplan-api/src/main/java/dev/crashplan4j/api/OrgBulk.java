package dev.crashplan4j.api;

import dev.crashplan4j.api.bulk.BulkItem;
import dev.crashplan4j.api.bulk.BulkOptions;
import dev.crashplan4j.api.bulk.BulkReport;
import dev.crashplan4j.api.bulk.BulkResult;
import dev.crashplan4j.api.bulk.BulkSummary;
import dev.crashplan4j.api.bulk.OrgKey;
import dev.crashplan4j.api.bulk.SettingsEdit;
import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.OrgUpdate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Bulk work on the tenant's orgs: thousands of creates, state changes, updates, settings edits
 * or reads, a few in flight at once, each through the same call path as a single call (retries,
 * sign-in, lost answers settled by reading the console), each accounted for in input order.
 * Obtained from {@link OrgService#bulk()}; thread-safe, and runs may overlap.
 *
 * <p>A run starts with one walk of the org listing, which names every org by id, uid and
 * external reference and tells its state, so that:
 * <ul>
 *   <li>an item already so sends nothing ({@link dev.crashplan4j.api.bulk.BulkOutcome#ALREADY}):
 *     a create whose external reference an org already has, a block of a blocked org, an update
 *     or settings edit that changes nothing; running the same input twice writes nothing the
 *     second time;</li>
 *   <li>an org named by an id, uid or reference that no org has fails at once, with nothing sent.</li>
 * </ul>
 * All the run's items share the client's rate limit; a 429 from the console holds the whole
 * run: no item starts until its {@code Retry-After} is over. The run blocks the calling thread
 * until every item is reported.
 *
 * <pre>{@code
 * BulkReport<OrgKey> report = client.orgs().bulk().block(departed, BulkOptions.builder().concurrency(8).build());
 * report.summary();                            // 120 items: 117 done, 3 already, 0 failed, ...
 * report.results(BulkOutcome.FAILED).forEach(failed -> log.warn(failed.error()));
 * }</pre>
 */
public final class OrgBulk {

  private final OrgService orgs;
  private final ConsoleWaits waits;
  private final Clock clock;

  OrgBulk(OrgService orgs, ConsoleWaits waits, Clock clock) {
    this.orgs = orgs;
    this.waits = waits;
    this.clock = clock;
  }

  /**
   * Runs the item of each input, handing each result to {@code results} in input order as soon
   * as it and every one before it are finished, and returns the counts. Inputs are taken one by
   * one as room frees up, and no more than {@link BulkOptions#concurrency()} results are held,
   * so a run of any length takes flat memory. {@code results} and the listener are called on
   * this thread. When {@code results} throws, no more items start, those in flight finish
   * unreported, and then the exception is thrown: once this method has returned or thrown, none
   * of its requests is still under way.
   *
   * @throws dev.crashplan4j.core.error.CrashPlanException when the listing cannot be read at the
   *     start: no item was sent
   */
  public <T> BulkSummary run(Iterator<? extends T> inputs, Function<? super T, BulkItem> item, BulkOptions options,
      Consumer<? super BulkResult<T>> results) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(results, "results");
    OptionalLong total = options.expectedItems().map(OptionalLong::of).orElse(OptionalLong.empty());
    return new BulkRun<T>(orgs, waits, clock, options, inputs, item, results, total).run();
  }

  /** Runs the item of each input of {@code inputs}, as {@link #run(Iterator, Function, BulkOptions, Consumer)} does. */
  public <T> BulkSummary run(Stream<? extends T> inputs, Function<? super T, BulkItem> item, BulkOptions options,
      Consumer<? super BulkResult<T>> results) {
    return run(Objects.requireNonNull(inputs, "inputs").iterator(), item, options, results);
  }

  /** Runs the item of each input and returns every result, in input order, with the counts. */
  public <T> BulkReport<T> run(List<? extends T> inputs, Function<? super T, BulkItem> item, BulkOptions options) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(options, "options");
    List<BulkResult<T>> all = new ArrayList<>(inputs.size());
    BulkOptions sized = options.expectedItems().isPresent() ? options
        : options.toBuilder().expectedItems((long) inputs.size()).build();
    BulkSummary summary = this.<T>run(inputs.iterator(), item, sized, all::add);
    return new BulkReport<>(all, summary);
  }

  /** Runs {@code items} and returns every result, in input order, with the counts. */
  public BulkReport<BulkItem> run(List<? extends BulkItem> items, BulkOptions options) {
    return this.<BulkItem>run(items, Function.identity(), options);
  }

  /**
   * Creates each org, under its parent uid or the top org; one whose external reference an org
   * already has is reported already so, and none is created twice.
   */
  public BulkReport<NewOrg> create(List<? extends NewOrg> newOrgs, BulkOptions options) {
    return this.<NewOrg>run(newOrgs, BulkItem::create, options);
  }

  /** Blocks each org (and so its descendants); a blocked org is already so. */
  public BulkReport<OrgKey> block(Collection<? extends OrgKey> keys, BulkOptions options) {
    return this.<OrgKey>run(List.copyOf(keys), BulkItem::block, options);
  }

  /** Lifts the block on each org; one not blocked is already so. */
  public BulkReport<OrgKey> unblock(Collection<? extends OrgKey> keys, BulkOptions options) {
    return this.<OrgKey>run(List.copyOf(keys), BulkItem::unblock, options);
  }

  /** Deactivates each org; a deactivated org is already so. */
  public BulkReport<OrgKey> deactivate(Collection<? extends OrgKey> keys, BulkOptions options) {
    return this.<OrgKey>run(List.copyOf(keys), BulkItem::deactivate, options);
  }

  /** Reactivates each org; an active org is already so. */
  public BulkReport<OrgKey> reactivate(Collection<? extends OrgKey> keys, BulkOptions options) {
    return this.<OrgKey>run(List.copyOf(keys), BulkItem::reactivate, options);
  }

  /**
   * Changes the fields each update gives on its org, in the map's order (give a
   * {@link java.util.LinkedHashMap} to choose it); one that changes nothing is already so.
   */
  public BulkReport<BulkItem> update(Map<OrgKey, OrgUpdate> updates, BulkOptions options) {
    List<BulkItem> items = new ArrayList<>(updates.size());
    updates.forEach((key, update) -> items.add(BulkItem.update(key, update)));
    return run(items, options);
  }

  /** Edits each org's settings as {@code edit} says for them; an edit that changes nothing is already so. */
  public BulkReport<OrgKey> editSettings(Collection<? extends OrgKey> keys, SettingsEdit edit, BulkOptions options) {
    Objects.requireNonNull(edit, "edit");
    return this.<OrgKey>run(List.copyOf(keys), key -> BulkItem.editSettings(key, edit), options);
  }

  /** Reads each org; each result holds the org as the console has it. */
  public BulkReport<OrgKey> read(Collection<? extends OrgKey> keys, BulkOptions options) {
    return this.<OrgKey>run(List.copyOf(keys), BulkItem::read, options);
  }
}
