package dev.crashplan4j.api.bulk.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.crashplan4j.api.bulk.BulkItem;
import dev.crashplan4j.api.bulk.BulkOperation;
import dev.crashplan4j.api.bulk.BulkOutcome;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Bulk work from and to CSV files (RFC 4180, read and written by Jackson's CSV module): items
 * from a CSV with a header, results as a report with the input's columns and then
 * {@code outcome}, {@code orgId}, {@code orgUid}, {@code error}, {@code operation}.
 *
 * <p>The columns: {@code orgId}, {@code orgUid}, {@code externalReference} (which org; the first
 * given wins; for a create, the new org's reference), {@code name}, {@code parentOrgUid} or
 * {@code parentExternalReference} (a create's parent), {@code notes}, and for a settings edit
 * {@code archiveHoldDays}, {@code maxUsers}, {@code orgBackupQuotaGb},
 * {@code userBackupQuotaGb}, {@code webRestoreEnabled} ({@code true} or {@code false}),
 * {@code backupAlertRecipientEmails} (separated by {@code ;} or {@code ,}). An empty cell is
 * absent. In an update, {@code externalReference} is the new reference when {@code orgId} or
 * {@code orgUid} names the org. A column the operation does not use is ignored; an unknown
 * column, a row naming no org, a bad number are errors with their line, all reported before
 * anything is sent.
 *
 * <pre>{@code
 * CsvInput input = BulkCsv.read(new StringReader("externalReference\nCUST-1\nCUST-2\n"), BulkOperation.BLOCK);
 * try (BulkCsvReport report = BulkCsv.report(writer, input.header(), false)) {
 *   bulk.run(input.rows(), CsvRow::item, BulkOptions.defaults(), report);
 * }
 * }</pre>
 */
public final class BulkCsv {

  /** The org's id. */
  public static final String ORG_ID = "orgId";
  /** The org's uid. */
  public static final String ORG_UID = "orgUid";
  /** The org's external reference. */
  public static final String EXTERNAL_REFERENCE = "externalReference";
  /** The org's name (create, update). */
  public static final String NAME = "name";
  /** A create's parent, by uid. */
  public static final String PARENT_ORG_UID = "parentOrgUid";
  /** A create's parent, by external reference. */
  public static final String PARENT_EXTERNAL_REFERENCE = "parentExternalReference";
  /** The org's notes (create, update). */
  public static final String NOTES = "notes";
  /** Settings: days deleted files stay in archives. */
  public static final String ARCHIVE_HOLD_DAYS = "archiveHoldDays";
  /** Settings: how many users the org may have, -1 for no limit. */
  public static final String MAX_USERS = "maxUsers";
  /** Settings: the org's backup quota in GB, -1 for no limit. */
  public static final String ORG_BACKUP_QUOTA_GB = "orgBackupQuotaGb";
  /** Settings: each user's backup quota in GB, -1 for no limit. */
  public static final String USER_BACKUP_QUOTA_GB = "userBackupQuotaGb";
  /** Settings: whether users may restore from the web. */
  public static final String WEB_RESTORE_ENABLED = "webRestoreEnabled";
  /** Settings: who receives the backup alert emails. */
  public static final String BACKUP_ALERT_RECIPIENT_EMAILS = "backupAlertRecipientEmails";

  /**
   * The report's columns after the input's; the last, {@code operation}, is the operation's
   * {@link BulkOperation#wireName()} on every row, so a report resumes only a run of its own operation.
   */
  public static final List<String> REPORT_COLUMNS = List.of("outcome", "orgId", "orgUid", "error", "operation");

  /** The column a dry run's report adds last: what each item would send. */
  public static final String WOULD_SEND = "wouldSend";

  static final CsvMapper MAPPER = CsvMapper.builder()
      .enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .build();

  private BulkCsv() {}

  /** Every column a bulk CSV may have, in the order above. */
  public static List<String> columns() {
    return CsvColumns.ALL;
  }

  /**
   * Reads every row of {@code csv} for {@code operation}, and closes it.
   *
   * @throws CsvInputException listing every bad row with its line, when any is bad
   */
  public static CsvInput read(Reader csv, BulkOperation operation) {
    Objects.requireNonNull(csv, "csv");
    Objects.requireNonNull(operation, "operation");
    List<CsvRow> rows = new ArrayList<>();
    List<String> header = check("the CSV", csv, operation, rows::add);
    List<CsvRow> all = Collections.unmodifiableList(rows);
    return new CsvInput(header, all.size(), all::stream);
  }

  /**
   * Checks every row of the UTF-8 file {@code csv} for {@code operation} in one pass, keeping
   * none, and returns its rows to read again lazily.
   *
   * @throws CsvInputException listing every bad row with its line, when any is bad
   * @throws UncheckedIOException when the file cannot be read
   */
  public static CsvInput open(Path csv, BulkOperation operation) {
    Objects.requireNonNull(csv, "csv");
    Objects.requireNonNull(operation, "operation");
    long[] count = new long[1];
    List<String> header;
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      header = check(csv.toString(), reader, operation, row -> count[0]++);
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read " + csv, unreadable);
    }
    return new CsvInput(header, count[0], () -> stream(csv, operation));
  }

  /**
   * Returns a report that writes each result to {@code out}, a row at a time and flushed: the
   * input's {@code header} columns with the row's values, then {@link #REPORT_COLUMNS}, and in a
   * dry run {@link #WOULD_SEND}. Closing it closes {@code out}.
   */
  public static BulkCsvReport report(Writer out, List<String> header, boolean dryRun) {
    return new BulkCsvReport(out, header, dryRun);
  }

  /**
   * Reads a report written by {@link #report} for {@code operation} and returns its items that
   * are done or already so, for {@code BulkOptions.resumed(..)}: a run given them does the rest
   * only. Rows whose input is bad are skipped; the last row of an item wins.
   *
   * @throws IllegalArgumentException when {@code report} has no {@code outcome} column or an
   *     outcome that is not one, or when it is not a report of {@code operation}: it has no
   *     {@code operation} column, or a row of another operation (naming both)
   */
  public static Map<BulkItem, BulkOutcome> resumable(Reader report, BulkOperation operation) {
    Objects.requireNonNull(report, "report");
    Map<BulkItem, BulkOutcome> done = new LinkedHashMap<>();
    try (Rows rows = new Rows(report)) {
      if (!rows.hasNext()) {
        return Map.of();
      }
      List<String> header = rows.next().values();
      int outcomeAt = header.indexOf(REPORT_COLUMNS.get(0));
      if (outcomeAt < 0) {
        throw new IllegalArgumentException("the report has no outcome column: is it a report of a bulk run?");
      }
      int operationAt = header.indexOf(REPORT_COLUMNS.get(4));
      if (operationAt < outcomeAt) {
        throw new IllegalArgumentException("the report has no operation column, so it cannot show it is a report of "
            + operation.wireName() + ": resume only from a report this version wrote for " + operation.wireName());
      }
      CsvColumns columns = CsvColumns.of(operation, header.subList(0, outcomeAt));
      while (rows.hasNext()) {
        Rows.Raw row = rows.next();
        List<String> values = row.values();
        if (values.size() <= outcomeAt) {
          continue;
        }
        String reported = values.size() > operationAt ? values.get(operationAt).strip() : "";
        if (!reported.equalsIgnoreCase(operation.wireName())) {
          // Carrying over rows of another operation would mark done what this one never sent.
          throw new IllegalArgumentException("the report is of operation " + (reported.isEmpty() ? "(none)" : reported)
              + " (line " + row.line() + "), not " + operation.wireName() + ": resume only from a report of "
              + operation.wireName());
        }
        BulkItem item;
        try {
          item = columns.item(values.subList(0, outcomeAt));
        } catch (IllegalArgumentException bad) {
          continue;
        }
        BulkOutcome outcome = BulkOutcome.fromWire(values.get(outcomeAt));
        if (outcome.succeeded()) {
          done.put(item, outcome);
        } else {
          done.remove(item);
        }
      }
    }
    return Collections.unmodifiableMap(done);
  }

  // Reads the header and every row, handing each good row on; throws with every problem at the end.
  private static List<String> check(String source, Reader csv, BulkOperation operation, Consumer<CsvRow> good) {
    List<CsvInputException.Problem> problems = new ArrayList<>();
    try (Rows rows = new Rows(csv)) {
      if (!rows.hasNext()) {
        throw new CsvInputException(source, List.of(new CsvInputException.Problem(1, "there is no header row")));
      }
      CsvColumns columns;
      try {
        columns = CsvColumns.of(operation, rows.next().values());
      } catch (IllegalArgumentException badHeader) {
        throw new CsvInputException(source, List.of(new CsvInputException.Problem(1, badHeader.getMessage())));
      }
      while (true) {
        Rows.Raw row;
        try {
          if (!rows.hasNext()) {
            break;
          }
          row = rows.next();
        } catch (Rows.Malformed malformed) {
          problems.add(new CsvInputException.Problem(malformed.line, malformed.getMessage()));
          break;
        }
        try {
          good.accept(new CsvRow(row.line(), row.values(), columns.item(row.values())));
        } catch (IllegalArgumentException | IllegalStateException bad) {
          problems.add(new CsvInputException.Problem(row.line(), bad.getMessage()));
        }
      }
      if (!problems.isEmpty()) {
        throw new CsvInputException(source, problems);
      }
      return columns.header();
    }
  }

  private static Stream<CsvRow> stream(Path csv, BulkOperation operation) {
    Rows rows;
    try {
      rows = new Rows(Files.newBufferedReader(csv, StandardCharsets.UTF_8));
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read " + csv, unreadable);
    }
    CsvColumns columns = CsvColumns.of(operation, rows.hasNext() ? rows.next().values() : List.of());
    Iterator<CsvRow> items = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public CsvRow next() {
        Rows.Raw row = rows.next();
        // Checked by open(): a row that fails now, the file changed since.
        return new CsvRow(row.line(), row.values(), columns.item(row.values()));
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(rows::close);
  }

  /** The raw rows of a CSV as Jackson reads them, each with the line it starts on. */
  static final class Rows implements Iterator<Rows.Raw>, AutoCloseable {

    /** One row's values and first line. */
    record Raw(long line, List<String> values) {}

    /** Text that is not CSV (a quote never closed, say), at the row starting on {@code line}. */
    static final class Malformed extends IllegalArgumentException {
      private static final long serialVersionUID = 1L;
      final long line;

      Malformed(long line, JsonProcessingException cause) {
        super("not CSV: " + cause.getOriginalMessage(), cause);
        this.line = line;
      }
    }

    private final MappingIterator<List<String>> values;
    // Where the parser stands after a row is where the next one starts (blank lines skipped).
    private long nextLine = 1;

    Rows(Reader csv) {
      try {
        values = MAPPER.readerForListOf(String.class).readValues(csv);
      } catch (IOException unreadable) {
        throw new UncheckedIOException("cannot read the CSV", unreadable);
      }
    }

    @Override
    public boolean hasNext() {
      try {
        return values.hasNextValue();
      } catch (JsonProcessingException malformed) {
        throw new Malformed(nextLine, malformed);
      } catch (IOException unreadable) {
        throw new UncheckedIOException("cannot read the CSV after line " + nextLine, unreadable);
      }
    }

    @Override
    public Raw next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      long line = nextLine;
      try {
        List<String> row = values.nextValue();
        nextLine = Math.max(line + 1, values.getCurrentLocation().getLineNr());
        return new Raw(line, row);
      } catch (JsonProcessingException malformed) {
        throw new Malformed(line, malformed);
      } catch (IOException unreadable) {
        throw new UncheckedIOException("cannot read the CSV at line " + line, unreadable);
      }
    }

    @Override
    public void close() {
      try {
        values.close();
      } catch (IOException ignored) {
        // Closing a reader of a file already read: nothing to lose.
      }
    }
  }
}
