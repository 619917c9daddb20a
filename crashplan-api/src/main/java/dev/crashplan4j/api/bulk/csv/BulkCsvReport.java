package dev.crashplan4j.api.bulk.csv;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.crashplan4j.api.bulk.BulkResult;
import dev.crashplan4j.core.domain.OrgRef;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The report of a bulk run from CSV, written a row per result as the results come (in input
 * order), each row flushed: a run stopped half-way leaves a report of what it did, which a
 * resumed run reads with {@link BulkCsv#resumable}. Not thread-safe; a run calls it from one
 * thread.
 */
public final class BulkCsvReport implements Consumer<BulkResult<CsvRow>>, Closeable {

  private final Writer out;
  private final SequenceWriter rows;
  private final int inputColumns;
  private final boolean dryRun;

  BulkCsvReport(Writer out, List<String> header, boolean dryRun) {
    this.out = Objects.requireNonNull(out, "out");
    this.inputColumns = header.size();
    this.dryRun = dryRun;
    try {
      rows = BulkCsv.MAPPER.writerFor(List.class).with(CsvSchema.emptySchema()).writeValues(out);
      List<String> columns = new ArrayList<>(header);
      columns.addAll(BulkCsv.REPORT_COLUMNS);
      if (dryRun) {
        columns.add(BulkCsv.WOULD_SEND);
      }
      write(columns);
    } catch (IOException unwritable) {
      throw new UncheckedIOException("cannot write the report", unwritable);
    }
  }

  /**
   * Writes the row of {@code result}: its input's values, its outcome, its org's id and uid, its
   * error, its operation.
   */
  @Override
  public void accept(BulkResult<CsvRow> result) {
    List<String> row = new ArrayList<>(result.input().values());
    while (row.size() < inputColumns) {
      row.add("");
    }
    row.add(result.outcome().wireName());
    row.add(result.ref().map(OrgRef::id).map(Object::toString).orElse(""));
    row.add(result.ref().map(OrgRef::uid).map(Object::toString).orElse(""));
    row.add(result.error().replaceAll("\\s+", " "));
    row.add(result.item().operation().wireName());
    if (dryRun) {
      row.add(String.join(" | ", result.wouldSend()));
    }
    try {
      write(row);
    } catch (IOException unwritable) {
      throw new UncheckedIOException("cannot write the report at input line " + result.input().line(), unwritable);
    }
  }

  /** Flushes and closes the report and its writer. */
  @Override
  public void close() throws IOException {
    rows.close();
    out.close();
  }

  private void write(List<String> row) throws IOException {
    rows.write(row);
    rows.flush();
  }
}
