package dev.crashplan4j.api.bulk.csv;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The rows of a bulk CSV, every one checked before the first is handed out: its header, how many
 * rows it has, and the rows in file order. A file read with {@link BulkCsv#open} is read again,
 * row by row, by each {@link #rows()}, so a file of any length takes flat memory.
 *
 * <pre>{@code
 * try (CsvInput input = BulkCsv.open(Path.of("block.csv"), BulkOperation.BLOCK);
 *     Stream<CsvRow> rows = input.rows()) {
 *   bulk.run(rows, CsvRow::item, BulkOptions.builder().expectedItems(input.size()).build(), report);
 * }
 * }</pre>
 */
public final class CsvInput implements AutoCloseable {

  private final List<String> header;
  private final long size;
  private final Supplier<Stream<CsvRow>> rows;

  CsvInput(List<String> header, long size, Supplier<Stream<CsvRow>> rows) {
    this.header = List.copyOf(header);
    this.size = size;
    this.rows = rows;
  }

  /** The column names, in file order: a report's first columns. */
  public List<String> header() {
    return header;
  }

  /** How many rows (items) the CSV has, the header not counted. */
  public long size() {
    return size;
  }

  /** The rows in file order, lazily for a file; close the stream when done. */
  public Stream<CsvRow> rows() {
    return rows.get();
  }

  /** Releases nothing: every stream of {@link #rows()} closes its own file. */
  @Override
  public void close() {}
}
