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
  public static Builder builder() {
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

  /**
   * Builds a {@code AgentState}: {@link AgentState#builder()} returns one.
   * Not thread-safe.
   */
  public interface Builder {

    /** Sets {@link AgentState#deviceGuid()} to {@code deviceGuid}; null leaves it empty. */
    Builder deviceGuid(String deviceGuid);

    /** Sets {@link AgentState#deviceGuid()} to {@code deviceGuid}, which may be empty. */
    Builder deviceGuid(Optional<String> deviceGuid);

    /** Sets {@link AgentState#propertyName()} to {@code propertyName}; null leaves it empty. */
    Builder propertyName(String propertyName);

    /** Sets {@link AgentState#propertyName()} to {@code propertyName}, which may be empty. */
    Builder propertyName(Optional<String> propertyName);

    /** Sets {@link AgentState#value()} to {@code value}; null leaves it empty. */
    Builder value(String value);

    /** Sets {@link AgentState#value()} to {@code value}, which may be empty. */
    Builder value(Optional<String> value);

    /** Puts {@code key} with {@code value} into {@link AgentState#otherFields()}. */
    Builder putOtherFields(String key, Object value);

    /** Puts {@code entry} into {@link AgentState#otherFields()}. */
    Builder putOtherFields(Map.Entry<String, ? extends Object> entry);

    /** Sets {@link AgentState#otherFields()} to the entries of {@code entries}, replacing any put before. */
    Builder otherFields(Map<String, ? extends Object> entries);

    /** Puts every entry of {@code entries} into {@link AgentState#otherFields()}. */
    Builder putAllOtherFields(Map<String, ? extends Object> entries);

    /** Builds the value; throws {@link IllegalStateException} when a required attribute is missing. */
    AgentState build();
  }
}
