package dev.crashplan4j.core.domain;

import java.util.Map;
import org.immutables.value.Value;

/**
 * Extra query parameters passed through to the console unchanged, the typed form of the
 * Python SDK's {@code **kwargs} on {@code get_by_id}, {@code get_page} and {@code get_all}.
 *
 * <pre>{@code
 * orgs.getPage(1, 100, QueryParameters.of("q", "sales"));
 * }</pre>
 */
@Value.Immutable
@CrashPlanStyle
public abstract class QueryParameters {

  private static final QueryParameters NONE = builder().build();

  /** Returns a builder; {@code putParameters(name, value)} adds a parameter. */
  public static Builder builder() {
    return ImmutableQueryParameters.builder();
  }

  /** Returns the empty set of parameters. */
  public static QueryParameters none() {
    return NONE;
  }

  /** Returns one parameter. */
  public static QueryParameters of(String name, String value) {
    return builder().putParameters(name, value).build();
  }

  /** The parameters by name, in the order they were added. */
  public abstract Map<String, String> parameters();

  /** Whether a parameter of that name is present. */
  public boolean has(String name) {
    return parameters().containsKey(name);
  }

  @Value.Check
  void check() {
    parameters().keySet().forEach(name -> Checks.notBlank(name, "query parameter name"));
  }

  /**
   * Builds a {@code QueryParameters}: {@link QueryParameters#builder()} returns one.
   * Not thread-safe.
   */
  public interface Builder {

    /** Puts {@code key} with {@code value} into {@link QueryParameters#parameters()}. */
    Builder putParameters(String key, String value);

    /** Puts {@code entry} into {@link QueryParameters#parameters()}. */
    Builder putParameters(Map.Entry<String, ? extends String> entry);

    /** Sets {@link QueryParameters#parameters()} to the entries of {@code entries}, replacing any put before. */
    Builder parameters(Map<String, ? extends String> entries);

    /** Puts every entry of {@code entries} into {@link QueryParameters#parameters()}. */
    Builder putAllParameters(Map<String, ? extends String> entries);

    /** Builds the value; throws {@link IllegalStateException} when a required attribute is missing. */
    QueryParameters build();
  }
}
