package dev.crashplan4j.core.domain;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The state of one agent property on one device, an element of the console's
 * {@code agent-state/view-by-organization-id} answer. The console does not document these
 * fields: the few that are known are typed, and everything it sent is kept in
 * {@link #otherFields()}.
 */
@Value.Immutable
@CrashPlanStyle
public abstract class AgentState {

  /** Returns a builder, used by transports and test data. */
  public static ImmutableAgentState.Builder builder() {
    return ImmutableAgentState.builder();
  }

  /** The guid of the device ({@code deviceGuid}). */
  public abstract Optional<String> deviceGuid();

  /** The property this state is about ({@code propertyName}, for example {@code fullDiskAccess}). */
  public abstract Optional<String> propertyName();

  /** The property's value on the device ({@code value}), as text. */
  public abstract Optional<String> value();

  /** Every other field of the state, by wire name, as plain Java values. */
  @AllowNulls
  public abstract Map<String, Object> otherFields();
}
