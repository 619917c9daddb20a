package dev.crashplan4j.api.bulk.csv;

import dev.crashplan4j.api.bulk.BulkItem;
import java.util.List;
import java.util.Objects;

/**
 * One row of a bulk CSV: where it is, its values as written, and the item it asks for.
 *
 * @param line the line the row starts on, from 1 (the header is line 1)
 * @param values the row's values in the header's order, {@code ""} for an empty cell
 * @param item the item the row asks for
 */
public record CsvRow(long line, List<String> values, BulkItem item) {

  /** Copies the values. */
  public CsvRow {
    values = List.copyOf(values);
    Objects.requireNonNull(item, "item");
  }
}
