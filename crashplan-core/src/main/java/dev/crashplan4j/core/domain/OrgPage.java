package dev.crashplan4j.core.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One page of the org listing ({@code GET /api/v1/Org}): the orgs on it, the number of orgs in
 * the whole listing, and which page of which size it is. Pages count from 1.
 */
@Value.Immutable
@CrashPlanStyle
public abstract class OrgPage {

  /** Returns a builder for a page, used by transports and test data. */
  public static Builder builder() {
    return ImmutableOrgPage.builder();
  }

  /** The orgs on this page, in the server's order; at most {@link #pageSize()}. */
  public abstract List<Org> orgs();

  /** How many orgs the whole listing has, as the server counted when it answered. */
  public abstract long totalCount();

  /** The page number, from 1. */
  public abstract int pageNum();

  /** The page size that was asked for. */
  public abstract int pageSize();

  /**
   * When the console answered, by its own clock (the {@code Date} header), when the transport
   * knows: the client learns from it how far its clock is from the console's. Not part of a
   * page's equality.
   */
  @Value.Auxiliary
  public abstract Optional<Instant> answeredAt();

  /**
   * Whether no page follows this one: it is short (fewer orgs than the page size), or it
   * reaches the total count. The second rule saves the request for an empty page when the
   * last page happens to be full.
   */
  public boolean isLast() {
    return orgs().size() < pageSize() || (long) pageNum() * pageSize() >= totalCount();
  }

  @Value.Check
  void check() {
    if (pageNum() < 1) {
      throw new IllegalArgumentException("pageNum must be at least 1, was " + pageNum());
    }
    if (pageSize() < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize());
    }
  }

  /**
   * Builds a {@code OrgPage}: {@link OrgPage#builder()} returns one.
   * Not thread-safe.
   */
  public interface Builder {

    /** Adds {@code element} to {@link OrgPage#orgs()}. */
    Builder addOrgs(Org element);

    /** Adds {@code elements} to {@link OrgPage#orgs()}. */
    Builder addOrgs(Org... elements);

    /** Sets {@link OrgPage#orgs()} to the elements of {@code elements}, replacing any added before. */
    Builder orgs(Iterable<? extends Org> elements);

    /** Adds every element of {@code elements} to {@link OrgPage#orgs()}. */
    Builder addAllOrgs(Iterable<? extends Org> elements);

    /** Sets {@link OrgPage#totalCount()} to {@code totalCount}. */
    Builder totalCount(long totalCount);

    /** Sets {@link OrgPage#pageNum()} to {@code pageNum}. */
    Builder pageNum(int pageNum);

    /** Sets {@link OrgPage#pageSize()} to {@code pageSize}. */
    Builder pageSize(int pageSize);

    /** Sets {@link OrgPage#answeredAt()} to {@code answeredAt}; null leaves it empty. */
    Builder answeredAt(Instant answeredAt);

    /** Sets {@link OrgPage#answeredAt()} to {@code answeredAt}, which may be empty. */
    Builder answeredAt(Optional<? extends Instant> answeredAt);

    /** Builds the value; throws {@link IllegalStateException} when a required attribute is missing. */
    OrgPage build();
  }
}
