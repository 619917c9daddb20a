package dev.crashplan4j.api.bulk;

import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.domain.OrgUpdate;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a bulk run does to one org: create it, change its state, update it, edit its
 * settings, or read it. Items are values: two items asking the same thing are equal, which is how
 * a resumed run knows the items an earlier run did.
 *
 * <pre>{@code
 * BulkItem.create(NewOrg.builder().name("Acme").externalReference("CUST-1").build());
 * BulkItem.create(NewOrg.builder().name("Acme Sales").build(), OrgKey.externalReference("CUST-1"));
 * BulkItem.block(OrgId.of(42));
 * BulkItem.update(OrgKey.externalReference("CUST-1"), OrgUpdate.builder().notes("renewed").build());
 * }</pre>
 */
public sealed interface BulkItem
    permits BulkItem.Create, BulkItem.StateChange, BulkItem.Update, BulkItem.Settings, BulkItem.Read {

  /** Creates {@code org} under its parent uid, or under the tenant's top org when it has none. */
  static BulkItem create(NewOrg org) {
    return new Create(org, Optional.empty());
  }

  /**
   * Creates {@code org} under the org {@code parent} names (by external reference, say, even an
   * org that an earlier item of the same run creates).
   *
   * @throws IllegalArgumentException when {@code org} names a parent uid too
   */
  static BulkItem create(NewOrg org, OrgKey parent) {
    return new Create(org, Optional.of(parent));
  }

  /** Blocks the org with this id. */
  static BulkItem block(OrgId org) {
    return block(OrgKey.of(org));
  }

  /** Blocks the org {@code org} names, and so its descendants. */
  static BulkItem block(OrgKey org) {
    return new StateChange(BulkOperation.BLOCK, org);
  }

  /** Lifts the block on the org {@code org} names. */
  static BulkItem unblock(OrgKey org) {
    return new StateChange(BulkOperation.UNBLOCK, org);
  }

  /** Deactivates the org {@code org} names. */
  static BulkItem deactivate(OrgKey org) {
    return new StateChange(BulkOperation.DEACTIVATE, org);
  }

  /** Reactivates the org {@code org} names. */
  static BulkItem reactivate(OrgKey org) {
    return new StateChange(BulkOperation.REACTIVATE, org);
  }

  /** Changes the fields {@code update} gives on the org {@code org} names. */
  static BulkItem update(OrgKey org, OrgUpdate update) {
    return new Update(org, update);
  }

  /** Edits the settings of the org {@code org} names, as {@code edit} says for its settings. */
  static BulkItem editSettings(OrgKey org, SettingsEdit edit) {
    return new Settings(org, edit);
  }

  /** Reads the org {@code org} names. */
  static BulkItem read(OrgKey org) {
    return new Read(org);
  }

  /** What the item does. */
  BulkOperation operation();

  /**
   * The org the item acts on: the key it was given, or for a create the external reference of
   * the new org; empty for a create without one.
   */
  Optional<OrgKey> org();

  /**
   * A create.
   *
   * @param newOrg the org to create
   * @param parent the org to create it under, when not by {@code newOrg}'s parent uid
   */
  record Create(NewOrg newOrg, Optional<OrgKey> parent) implements BulkItem {
    /** Checks that the parent is named at most once. */
    public Create {
      Objects.requireNonNull(newOrg, "newOrg");
      Objects.requireNonNull(parent, "parent");
      if (parent.isPresent() && newOrg.parentOrgUid().isPresent()) {
        throw new IllegalArgumentException("a create names its parent once: by the NewOrg's parentOrgUid ("
            + newOrg.parentOrgUid().get() + ") or by " + parent.get() + ", not both");
      }
    }

    @Override
    public BulkOperation operation() {
      return BulkOperation.CREATE;
    }

    @Override
    public Optional<OrgKey> org() {
      return newOrg.externalReference().filter(reference -> !reference.isBlank()).map(OrgKey::externalReference);
    }

    @Override
    public String toString() {
      return "create \"" + newOrg.name() + "\"" + org().map(key -> " (" + key + ")").orElse("");
    }
  }

  /**
   * A block, unblock, deactivate or reactivate.
   *
   * @param operation which of the four
   * @param key the org it acts on
   */
  record StateChange(BulkOperation operation, OrgKey key) implements BulkItem {
    /** Checks that the operation is one of the four state changes. */
    public StateChange {
      Objects.requireNonNull(operation, "operation");
      Objects.requireNonNull(key, "key");
      if (operation != BulkOperation.BLOCK && operation != BulkOperation.UNBLOCK
          && operation != BulkOperation.DEACTIVATE && operation != BulkOperation.REACTIVATE) {
        throw new IllegalArgumentException("a state change blocks, unblocks, deactivates or reactivates, not " + operation);
      }
    }

    @Override
    public Optional<OrgKey> org() {
      return Optional.of(key);
    }

    @Override
    public String toString() {
      return operation.wireName() + " " + key;
    }
  }

  /**
   * An update of name, notes or external reference.
   *
   * @param key the org it changes
   * @param update the fields to change
   */
  record Update(OrgKey key, OrgUpdate update) implements BulkItem {
    /** Checks that nothing is missing. */
    public Update {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(update, "update");
    }

    @Override
    public BulkOperation operation() {
      return BulkOperation.UPDATE;
    }

    @Override
    public Optional<OrgKey> org() {
      return Optional.of(key);
    }

    @Override
    public String toString() {
      return "update " + key;
    }
  }

  /**
   * A settings edit.
   *
   * @param key the org whose settings it edits
   * @param edit the edit, given the org's settings
   */
  record Settings(OrgKey key, SettingsEdit edit) implements BulkItem {
    /** Checks that nothing is missing. */
    public Settings {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(edit, "edit");
    }

    @Override
    public BulkOperation operation() {
      return BulkOperation.SETTINGS;
    }

    @Override
    public Optional<OrgKey> org() {
      return Optional.of(key);
    }

    @Override
    public String toString() {
      return "edit the settings of " + key;
    }
  }

  /**
   * A read.
   *
   * @param key the org to read
   */
  record Read(OrgKey key) implements BulkItem {
    /** Checks that the key is given. */
    public Read {
      Objects.requireNonNull(key, "key");
    }

    @Override
    public BulkOperation operation() {
      return BulkOperation.READ;
    }

    @Override
    public Optional<OrgKey> org() {
      return Optional.of(key);
    }

    @Override
    public String toString() {
      return "read " + key;
    }
  }
}
