package dev.crashplan4j.api.bulk.csv;

import dev.crashplan4j.api.bulk.BulkItem;
import dev.crashplan4j.api.bulk.BulkOperation;
import dev.crashplan4j.api.bulk.OrgKey;
import dev.crashplan4j.api.bulk.SettingsValues;
import dev.crashplan4j.core.domain.NewOrg;
import dev.crashplan4j.core.domain.OrgId;
import dev.crashplan4j.core.domain.OrgUid;
import dev.crashplan4j.core.domain.OrgUpdate;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The columns of a bulk CSV and how one row becomes an item: the header checked once, then each
 * row read by the columns the operation uses. Columns the operation does not use are ignored,
 * so that an export with more columns than needed can be fed back as it is.
 */
final class CsvColumns {

  static final List<String> ALL = List.of(BulkCsv.ORG_ID, BulkCsv.ORG_UID, BulkCsv.EXTERNAL_REFERENCE, BulkCsv.NAME,
      BulkCsv.PARENT_ORG_UID, BulkCsv.PARENT_EXTERNAL_REFERENCE, BulkCsv.NOTES, BulkCsv.ARCHIVE_HOLD_DAYS,
      BulkCsv.MAX_USERS, BulkCsv.ORG_BACKUP_QUOTA_GB, BulkCsv.USER_BACKUP_QUOTA_GB, BulkCsv.WEB_RESTORE_ENABLED,
      BulkCsv.BACKUP_ALERT_RECIPIENT_EMAILS);

  private static final Pattern EMAIL_SEPARATOR = Pattern.compile("[;,]");

  private final BulkOperation operation;
  private final List<String> header;
  private final Map<String, Integer> positions = new HashMap<>();

  private CsvColumns(BulkOperation operation, List<String> header) {
    this.operation = operation;
    this.header = List.copyOf(header);
    for (int i = 0; i < header.size(); i++) {
      positions.put(header.get(i), i);
    }
  }

  /**
   * The columns of {@code header}, the first row (a byte order mark on its first name dropped).
   *
   * @throws IllegalArgumentException naming every unknown column, or the first repeated one
   */
  static CsvColumns of(BulkOperation operation, List<String> header) {
    List<String> names = header.stream().map(name -> name == null ? "" : name.strip()).toList();
    if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
      names = new java.util.ArrayList<>(names);
      names.set(0, names.get(0).substring(1).strip());
    }
    // Every unknown name at once: a file with several misspelt columns is fixed in one go.
    List<String> unknown = new java.util.ArrayList<>();
    List<String> nameless = new java.util.ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (name.isEmpty()) {
        nameless.add("column " + (i + 1) + " has no name");
      } else if (!ALL.contains(name)) {
        unknown.add("\"" + name + "\"" + ALL.stream().filter(known -> known.equalsIgnoreCase(name)).findFirst()
            .map(known -> " (did you mean " + known + "?)").orElse(""));
      }
    }
    if (!unknown.isEmpty() || !nameless.isEmpty()) {
      List<String> parts = new java.util.ArrayList<>();
      if (!unknown.isEmpty()) {
        parts.add((unknown.size() == 1 ? "unknown column " : "unknown columns ") + String.join(", ", unknown));
      }
      parts.addAll(nameless);
      throw new IllegalArgumentException(String.join("; ", parts) + "; the columns are " + String.join(", ", ALL));
    }
    for (int i = 0; i < names.size(); i++) {
      if (names.subList(0, i).contains(names.get(i))) {
        throw new IllegalArgumentException("column \"" + names.get(i) + "\" is given twice");
      }
    }
    return new CsvColumns(operation, names);
  }

  List<String> header() {
    return header;
  }

  /**
   * The item {@code values} ask for.
   *
   * @throws IllegalArgumentException saying what is wrong with the row
   */
  BulkItem item(List<String> values) {
    if (values.size() > header.size()) {
      throw new IllegalArgumentException("the row has " + values.size() + " values, the header " + header.size()
          + " columns");
    }
    Row row = new Row(values);
    return switch (operation) {
      case CREATE -> create(row);
      case BLOCK -> BulkItem.block(key(row));
      case UNBLOCK -> BulkItem.unblock(key(row));
      case DEACTIVATE -> BulkItem.deactivate(key(row));
      case REACTIVATE -> BulkItem.reactivate(key(row));
      case UPDATE -> update(row);
      case SETTINGS -> BulkItem.editSettings(key(row), settings(row));
      case READ -> BulkItem.read(key(row));
    };
  }

  private static BulkItem create(Row row) {
    String name = row.text(BulkCsv.NAME)
        .orElseThrow(() -> new IllegalArgumentException("a create needs a name (column " + BulkCsv.NAME + ")"));
    Optional<String> parentUid = row.text(BulkCsv.PARENT_ORG_UID);
    Optional<String> parentReference = row.text(BulkCsv.PARENT_EXTERNAL_REFERENCE);
    if (parentUid.isPresent() && parentReference.isPresent()) {
      throw new IllegalArgumentException("the row names its parent twice (" + BulkCsv.PARENT_ORG_UID + " and "
          + BulkCsv.PARENT_EXTERNAL_REFERENCE + "): give one");
    }
    NewOrg newOrg = NewOrg.builder().name(name).externalReference(row.text(BulkCsv.EXTERNAL_REFERENCE))
        .notes(row.text(BulkCsv.NOTES)).parentOrgUid(parentUid.map(OrgUid::of)).build();
    return parentReference.isPresent()
        ? BulkItem.create(newOrg, OrgKey.externalReference(parentReference.get())) : BulkItem.create(newOrg);
  }

  // The row's org: by orgId, else orgUid, else externalReference.
  private static OrgKey key(Row row) {
    Optional<String> id = row.text(BulkCsv.ORG_ID);
    if (id.isPresent()) {
      return OrgKey.of(OrgId.of(row.whole(BulkCsv.ORG_ID, id.get())));
    }
    Optional<OrgKey> key = row.text(BulkCsv.ORG_UID).<OrgKey>map(uid -> OrgKey.of(OrgUid.of(uid)))
        .or(() -> row.text(BulkCsv.EXTERNAL_REFERENCE).map(OrgKey::externalReference));
    return key.orElseThrow(() -> new IllegalArgumentException("the row names no org: give " + BulkCsv.ORG_ID + ", "
        + BulkCsv.ORG_UID + " or " + BulkCsv.EXTERNAL_REFERENCE));
  }

  // With orgId or orgUid naming the org, externalReference is its new reference; alone, it names the org.
  private static BulkItem update(Row row) {
    OrgKey key = key(row);
    Optional<String> newReference = key instanceof OrgKey.ByExternalReference
        ? Optional.empty() : row.text(BulkCsv.EXTERNAL_REFERENCE);
    Optional<String> name = row.text(BulkCsv.NAME);
    Optional<String> notes = row.text(BulkCsv.NOTES);
    if (name.isEmpty() && notes.isEmpty() && newReference.isEmpty()) {
      throw new IllegalArgumentException("the update changes nothing: give " + BulkCsv.NAME + ", " + BulkCsv.NOTES
          + " or, with " + BulkCsv.ORG_ID + " or " + BulkCsv.ORG_UID + ", a new " + BulkCsv.EXTERNAL_REFERENCE);
    }
    return BulkItem.update(key, OrgUpdate.builder().name(name).notes(notes).externalReference(newReference).build());
  }

  private static SettingsValues settings(Row row) {
    boolean any = Arrays.asList(BulkCsv.ARCHIVE_HOLD_DAYS, BulkCsv.MAX_USERS, BulkCsv.ORG_BACKUP_QUOTA_GB,
        BulkCsv.USER_BACKUP_QUOTA_GB, BulkCsv.WEB_RESTORE_ENABLED, BulkCsv.BACKUP_ALERT_RECIPIENT_EMAILS)
        .stream().anyMatch(column -> row.text(column).isPresent());
    if (!any) {
      throw new IllegalArgumentException("the settings edit sets nothing: give at least one settings column");
    }
    return SettingsValues.builder()
        .archiveHoldDays(row.text(BulkCsv.ARCHIVE_HOLD_DAYS).map(text -> row.integer(BulkCsv.ARCHIVE_HOLD_DAYS, text)))
        .maxUsers(row.text(BulkCsv.MAX_USERS).map(text -> row.integer(BulkCsv.MAX_USERS, text)))
        .orgBackupQuotaGb(row.text(BulkCsv.ORG_BACKUP_QUOTA_GB).map(text -> row.decimal(BulkCsv.ORG_BACKUP_QUOTA_GB, text)))
        .userBackupQuotaGb(row.text(BulkCsv.USER_BACKUP_QUOTA_GB)
            .map(text -> row.decimal(BulkCsv.USER_BACKUP_QUOTA_GB, text)))
        .webRestoreEnabled(row.text(BulkCsv.WEB_RESTORE_ENABLED).map(text -> row.bool(BulkCsv.WEB_RESTORE_ENABLED, text)))
        .backupAlertRecipientEmails(row.text(BulkCsv.BACKUP_ALERT_RECIPIENT_EMAILS)
            .map(text -> EMAIL_SEPARATOR.splitAsStream(text).map(String::strip).filter(email -> !email.isEmpty()).toList()))
        .build();
  }

  /** One row's values by column; an empty or missing cell is absent. */
  private final class Row {
    private final List<String> values;

    Row(List<String> values) {
      this.values = values;
    }

    Optional<String> text(String column) {
      Integer position = positions.get(column);
      if (position == null || position >= values.size() || values.get(position) == null) {
        return Optional.empty();
      }
      String value = values.get(position).strip();
      return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    long whole(String column, String text) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException notANumber) {
        throw new IllegalArgumentException(column + " is not a whole number: \"" + text + "\"", notANumber);
      }
    }

    int integer(String column, String text) {
      try {
        return Integer.parseInt(text);
      } catch (NumberFormatException notANumber) {
        throw new IllegalArgumentException(column + " is not a whole number: \"" + text + "\"", notANumber);
      }
    }

    double decimal(String column, String text) {
      try {
        // BigDecimal's grammar, not Double's: "12d" and "NaN" are not numbers of a CSV.
        return new BigDecimal(text).doubleValue();
      } catch (NumberFormatException notANumber) {
        throw new IllegalArgumentException(column + " is not a number: \"" + text + "\"", notANumber);
      }
    }

    boolean bool(String column, String text) {
      String lower = text.toLowerCase(Locale.ROOT);
      if (!lower.equals("true") && !lower.equals("false")) {
        throw new IllegalArgumentException(column + " is true or false, not \"" + text + "\"");
      }
      return lower.equals("true");
    }
  }
}
