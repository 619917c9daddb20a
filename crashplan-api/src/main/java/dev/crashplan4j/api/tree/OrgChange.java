package dev.crashplan4j.api.tree;

import dev.crashplan4j.core.domain.CrashPlanStyle;
import dev.crashplan4j.core.domain.OrgId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One change of an {@link OrgPlan}: one org and one action, with the values the console has
 * ({@link #before()}) and the values the document wants ({@link #after()}), by the document's
 * keys ({@code name}, {@code notes}, {@code state}, {@code parent}, the settings' names).
 * Values are text, whole numbers, numbers, booleans or lists of text.
 */
@Value.Immutable
@CrashPlanStyle
public abstract class OrgChange {

  /** Returns a builder. */
  public static Builder builder() {
    return ImmutableOrgChange.builder();
  }

  /** The org's external reference; absent only for an unmanaged org that has none. */
  public abstract Optional<String> externalReference();

  /** What the change does. */
  public abstract ChangeAction action();

  /** The org's id on the console; absent for a create, and for changes of an org the plan creates. */
  public abstract Optional<OrgId> orgId();

  /** The values the console has, of the keys the change touches. */
  public abstract Map<String, Object> before();

  /** The values the change makes, of the keys it touches. */
  public abstract Map<String, Object> after();

  /** Why: on conflicts and unmanaged orgs, and on a change a parent's change makes necessary. */
  public abstract Optional<String> reason();

  /**
   * The change as one line of a diff: {@code +} create, {@code -} deactivate, {@code !} conflict,
   * {@code ?} unmanaged, {@code ~} any other change, with old {@code ->} new values:
   * {@code ~ CUST-2 (org 12) update: name "Globex" -> "Globex Corp"}.
   */
  public String line() {
    StringBuilder line = new StringBuilder();
    line.append(switch (action()) {
      case CREATE -> '+';
      case DEACTIVATE -> '-';
      case CONFLICT -> '!';
      case UNMANAGED -> '?';
      default -> '~';
    }).append(' ').append(who()).append(' ').append(action().wireName());
    List<String> values = new ArrayList<>();
    if (action() == ChangeAction.CREATE) {
      line.append(" under ").append(after().containsKey("parent") ? after().get("parent") : "the top org");
      after().forEach((key, value) -> {
        if (!key.equals("parent")) {
          values.add(key + " " + show(value));
        }
      });
    } else if (action() == ChangeAction.UNMANAGED) {
      before().forEach((key, value) -> values.add(key + " " + show(value)));
    } else {
      for (String key : keys()) {
        String old = before().containsKey(key) ? show(before().get(key)) : "none";
        values.add(key + " " + (before().isEmpty() ? "" : old + " -> ") + show(after().get(key)));
      }
    }
    if (!values.isEmpty()) {
      line.append(": ").append(String.join(", ", values));
    }
    reason().ifPresent(reason -> line.append(" (").append(reason).append(')'));
    return line.toString();
  }

  /** Reads as {@link #line()}. */
  @Override
  public String toString() {
    return line();
  }

  /** The org as messages name it: {@code CUST-1 (org 42)}, {@code CUST-1}, or {@code org 42 "Name"}. */
  String who() {
    String id = orgId().map(value -> "org " + value).orElse("");
    if (externalReference().isPresent()) {
      return externalReference().get() + (id.isEmpty() ? "" : " (" + id + ")");
    }
    Object name = before().get("name");
    return id + (name == null ? "" : " " + show(name));
  }

  private List<String> keys() {
    List<String> keys = new ArrayList<>(after().keySet());
    before().keySet().stream().filter(key -> !keys.contains(key)).forEach(keys::add);
    return keys;
  }

  static String show(Object value) {
    if (value == null) {
      return "none";
    }
    if (value instanceof String text) {
      return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
    if (value instanceof Double number && number == Math.rint(number) && !number.isInfinite()) {
      return String.format(Locale.ROOT, "%.0f", number);
    }
    if (value instanceof List<?> list) {
      List<String> shown = new ArrayList<>();
      list.forEach(item -> shown.add(show(item)));
      return "[" + String.join(", ", shown) + "]";
    }
    return String.valueOf(value);
  }

  @Value.Check
  void check() {
    if (action() == ChangeAction.CREATE && orgId().isPresent()) {
      throw new IllegalArgumentException("a create has no org id yet, was given " + orgId().get());
    }
    if (externalReference().isEmpty() && (orgId().isEmpty() || (action() != ChangeAction.UNMANAGED
        && action() != ChangeAction.DEACTIVATE))) {
      throw new IllegalArgumentException("a " + action().wireName() + " change names its org's external reference");
    }
    if (action() == ChangeAction.CREATE && !(after().get("name") instanceof String)) {
      throw new IllegalArgumentException("the create of " + externalReference().get() + " needs a name in after");
    }
  }

  /**
   * Builds a {@code OrgChange}: {@link OrgChange#builder()} returns one.
   * Not thread-safe.
   */
  public interface Builder {

    /** Sets {@link OrgChange#externalReference()} to {@code externalReference}; null leaves it empty. */
    Builder externalReference(String externalReference);

    /** Sets {@link OrgChange#externalReference()} to {@code externalReference}, which may be empty. */
    Builder externalReference(Optional<String> externalReference);

    /** Sets {@link OrgChange#action()} to {@code action}. */
    Builder action(ChangeAction action);

    /** Sets {@link OrgChange#orgId()} to {@code orgId}; null leaves it empty. */
    Builder orgId(OrgId orgId);

    /** Sets {@link OrgChange#orgId()} to {@code orgId}, which may be empty. */
    Builder orgId(Optional<? extends OrgId> orgId);

    /** Puts {@code key} with {@code value} into {@link OrgChange#before()}. */
    Builder putBefore(String key, Object value);

    /** Puts {@code entry} into {@link OrgChange#before()}. */
    Builder putBefore(Map.Entry<String, ? extends Object> entry);

    /** Sets {@link OrgChange#before()} to the entries of {@code entries}, replacing any put before. */
    Builder before(Map<String, ? extends Object> entries);

    /** Puts every entry of {@code entries} into {@link OrgChange#before()}. */
    Builder putAllBefore(Map<String, ? extends Object> entries);

    /** Puts {@code key} with {@code value} into {@link OrgChange#after()}. */
    Builder putAfter(String key, Object value);

    /** Puts {@code entry} into {@link OrgChange#after()}. */
    Builder putAfter(Map.Entry<String, ? extends Object> entry);

    /** Sets {@link OrgChange#after()} to the entries of {@code entries}, replacing any put before. */
    Builder after(Map<String, ? extends Object> entries);

    /** Puts every entry of {@code entries} into {@link OrgChange#after()}. */
    Builder putAllAfter(Map<String, ? extends Object> entries);

    /** Sets {@link OrgChange#reason()} to {@code reason}; null leaves it empty. */
    Builder reason(String reason);

    /** Sets {@link OrgChange#reason()} to {@code reason}, which may be empty. */
    Builder reason(Optional<String> reason);

    /** Builds the value; throws {@link IllegalStateException} when a required attribute is missing. */
    OrgChange build();
  }
}
