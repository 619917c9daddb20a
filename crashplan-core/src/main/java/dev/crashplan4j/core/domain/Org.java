package dev.crashplan4j.core.domain;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organization as the console answered it: every field the wire protocol documents, typed,
 * and every other field it sent in {@link #otherFields()}, so nothing the server adds is lost.
 *
 * <pre>{@code
 * Org org = orgs.getById(OrgId.of(42));
 * if (org.blocked()) { ... }
 * org.parentId().ifPresent(parent -> ...);
 * }</pre>
 */
@Value.Immutable
@CrashPlanStyle
public abstract class Org {

  /** Returns a builder for an org, used by transports and test data. */
  public static ImmutableOrg.Builder builder() {
    return ImmutableOrg.builder();
  }

  /** The numeric id ({@code orgId}). */
  public abstract OrgId id();

  /** The uid ({@code orgUid}). */
  public abstract OrgUid uid();

  /** The guid ({@code orgGuid}), the id {@code v3} endpoints take. */
  public abstract OrgGuid guid();

  /** The display name ({@code orgName}). */
  public abstract String name();

  /** The external reference ({@code orgExtRef}): a serial number, employee id, ticket... */
  public abstract Optional<String> externalReference();

  /** Free-text notes ({@code notes}). */
  public abstract Optional<String> notes();

  /** The status text exactly as the server sent it ({@code status}); empty if it sent none. */
  @Value.Default
  public String statusText() {
    return "";
  }

  /** The status as an enum; {@link OrgStatus#UNKNOWN} for a text this SDK does not know. */
  @Value.Derived
  public OrgStatus status() {
    return OrgStatus.fromWire(statusText());
  }

  /** Whether the org is active ({@code active}). */
  public abstract boolean active();

  /** Whether the org is blocked ({@code blocked}), directly or through an ancestor. */
  public abstract boolean blocked();

  /** The parent's id; empty for a top-level org. */
  public abstract Optional<OrgId> parentId();

  /** The parent's uid; empty for a top-level org. */
  public abstract Optional<OrgUid> parentUid();

  /** The parent's guid; empty for a top-level org. */
  public abstract Optional<OrgGuid> parentGuid();

  /** The org type ({@code type}, for example {@code ENTERPRISE}). */
  public abstract Optional<String> type();

  /** The classification ({@code classification}, for example {@code BASIC}). */
  public abstract Optional<String> classification();

  /** When the org was created ({@code creationDate}). */
  public abstract Optional<OffsetDateTime> creationDate();

  /** When the org last changed ({@code modificationDate}). */
  public abstract Optional<OffsetDateTime> modificationDate();

  /** When the org was deactivated ({@code deactivationDate}); empty while it is active. */
  public abstract Optional<OffsetDateTime> deactivationDate();

  /** The key devices use to register into this org ({@code registrationKey}). */
  public abstract Optional<String> registrationKey();

  /**
   * Every field of the server's answer that the fields above do not model, by wire name, as
   * plain Java values (String, Number, Boolean, List, Map, or null).
   */
  @AllowNulls
  public abstract Map<String, Object> otherFields();

  /** Returns the three identifiers of this org. */
  public OrgRef ref() {
    return new OrgRef(id(), uid(), guid());
  }

  /** Reads as {@code Org[42 "Acme" Active, blocked]}: short, for logs. */
  @Override
  public String toString() {
    return "Org[" + id() + " \"" + name() + "\" " + statusText() + (blocked() ? ", blocked" : "") + "]";
  }
}
