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
  public static ImmutableQueryParameters.Builder builder() {
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
}
