/**
 * Bulk work from and to CSV files, read and written by Jackson's CSV module: {@link
 * dev.crashplan4j.api.bulk.csv.BulkCsv} reads items (every row checked, with its line, before
 * the first is handed out) and writes the report a resumed run reads back.
 *
 * <pre>{@code
 * try (CsvInput input = BulkCsv.open(Path.of("block.csv"), BulkOperation.BLOCK);
 *     Stream<CsvRow> rows = input.rows();
 *     BulkCsvReport report = BulkCsv.report(Files.newBufferedWriter(Path.of("report.csv")), input.header(), false)) {
 *   client.orgs().bulk().run(rows, CsvRow::item, BulkOptions.builder().expectedItems(input.size()).build(), report);
 * }
 * }</pre>
 */
package dev.crashplan4j.api.bulk.csv;
