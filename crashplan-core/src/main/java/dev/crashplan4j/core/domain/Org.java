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
  public static Builder builder() {
    return ImmutableOrg.builder();
  }

  /** Returns a builder filled with this value's attributes, to make a changed copy. */
  public Builder toBuilder() {
    return ImmutableOrg.builder().from(this);
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

  /**
   * Builds a {@code Org}: {@link Org#builder()} returns one, {@link Org#toBuilder()}
   * one filled with a value's attributes. Not thread-safe.
   */
  public interface Builder {

    /** Sets {@link Org#id()} to {@code id}. */
    Builder id(OrgId id);

    /** Sets {@link Org#uid()} to {@code uid}. */
    Builder uid(OrgUid uid);

    /** Sets {@link Org#guid()} to {@code guid}. */
    Builder guid(OrgGuid guid);

    /** Sets {@link Org#name()} to {@code name}. */
    Builder name(String name);

    /** Sets {@link Org#externalReference()} to {@code externalReference}; null leaves it empty. */
    Builder externalReference(String externalReference);

    /** Sets {@link Org#externalReference()} to {@code externalReference}, which may be empty. */
    Builder externalReference(Optional<String> externalReference);

    /** Sets {@link Org#notes()} to {@code notes}; null leaves it empty. */
    Builder notes(String notes);

    /** Sets {@link Org#notes()} to {@code notes}, which may be empty. */
    Builder notes(Optional<String> notes);

    /** Sets {@link Org#statusText()} to {@code statusText}. */
    Builder statusText(String statusText);

    /** Sets {@link Org#active()} to {@code active}. */
    Builder active(boolean active);

    /** Sets {@link Org#blocked()} to {@code blocked}. */
    Builder blocked(boolean blocked);

    /** Sets {@link Org#parentId()} to {@code parentId}; null leaves it empty. */
    Builder parentId(OrgId parentId);

    /** Sets {@link Org#parentId()} to {@code parentId}, which may be empty. */
    Builder parentId(Optional<? extends OrgId> parentId);

    /** Sets {@link Org#parentUid()} to {@code parentUid}; null leaves it empty. */
    Builder parentUid(OrgUid parentUid);

    /** Sets {@link Org#parentUid()} to {@code parentUid}, which may be empty. */
    Builder parentUid(Optional<? extends OrgUid> parentUid);

    /** Sets {@link Org#parentGuid()} to {@code parentGuid}; null leaves it empty. */
    Builder parentGuid(OrgGuid parentGuid);

    /** Sets {@link Org#parentGuid()} to {@code parentGuid}, which may be empty. */
    Builder parentGuid(Optional<? extends OrgGuid> parentGuid);

    /** Sets {@link Org#type()} to {@code type}; null leaves it empty. */
    Builder type(String type);

    /** Sets {@link Org#type()} to {@code type}, which may be empty. */
    Builder type(Optional<String> type);

    /** Sets {@link Org#classification()} to {@code classification}; null leaves it empty. */
    Builder classification(String classification);

    /** Sets {@link Org#classification()} to {@code classification}, which may be empty. */
    Builder classification(Optional<String> classification);

    /** Sets {@link Org#creationDate()} to {@code creationDate}; null leaves it empty. */
    Builder creationDate(OffsetDateTime creationDate);

    /** Sets {@link Org#creationDate()} to {@code creationDate}, which may be empty. */
    Builder creationDate(Optional<? extends OffsetDateTime> creationDate);

    /** Sets {@link Org#modificationDate()} to {@code modificationDate}; null leaves it empty. */
    Builder modificationDate(OffsetDateTime modificationDate);

    /** Sets {@link Org#modificationDate()} to {@code modificationDate}, which may be empty. */
    Builder modificationDate(Optional<? extends OffsetDateTime> modificationDate);

    /** Sets {@link Org#deactivationDate()} to {@code deactivationDate}; null leaves it empty. */
    Builder deactivationDate(OffsetDateTime deactivationDate);

    /** Sets {@link Org#deactivationDate()} to {@code deactivationDate}, which may be empty. */
    Builder deactivationDate(Optional<? extends OffsetDateTime> deactivationDate);

    /** Sets {@link Org#registrationKey()} to {@code registrationKey}; null leaves it empty. */
    Builder registrationKey(String registrationKey);

    /** Sets {@link Org#registrationKey()} to {@code registrationKey}, which may be empty. */
    Builder registrationKey(Optional<String> registrationKey);

    /** Puts {@code key} with {@code value} into {@link Org#otherFields()}. */
    Builder putOtherFields(String key, Object value);

    /** Puts {@code entry} into {@link Org#otherFields()}. */
    Builder putOtherFields(Map.Entry<String, ? extends Object> entry);

    /** Sets {@link Org#otherFields()} to the entries of {@code entries}, replacing any put before. */
    Builder otherFields(Map<String, ? extends Object> entries);

    /** Puts every entry of {@code entries} into {@link Org#otherFields()}. */
    Builder putAllOtherFields(Map<String, ? extends Object> entries);

    /** Builds the value; throws {@link IllegalStateException} when a required attribute is missing. */
    Org build();
  }
}
