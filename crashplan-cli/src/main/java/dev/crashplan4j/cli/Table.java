package dev.crashplan4j.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** A plain-text table sized to its content and cut to a width: the columns that may shrink give way. */
final class Table {

  private Table() {}

  /** Writes {@code rows} under the columns' headings, two spaces apart, no line longer than {@code width}. */
  static void write(List<OrgView.Column> columns, List<dev.crashplan4j.core.domain.Org> rows, int width, Writer out) {
    int[] widths = new int[columns.size()];
    String[][] cells = new String[rows.size()][columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      widths[c] = columns.get(c).heading().length();
      for (int r = 0; r < rows.size(); r++) {
        cells[r][c] = oneLine(columns.get(c).text().apply(rows.get(r)));
        widths[c] = Math.max(widths[c], cells[r][c].length());
      }
    }
    fit(columns, widths, width);
    try {
      writeRow(columns.stream().map(OrgView.Column::heading).toArray(String[]::new), widths, out);
      for (String[] row : cells) {
        writeRow(row, widths, out);
      }
      out.flush();
    } catch (IOException unwritable) {
      throw new UncheckedIOException("cannot write to standard output", unwritable);
    }
  }

  // Takes from the widest shrinkable column until the line fits, none narrower than 8.
  private static void fit(List<OrgView.Column> columns, int[] widths, int width) {
    while (total(widths) > width) {
      int widest = -1;
      for (int c = 0; c < widths.length; c++) {
        if (columns.get(c).shrinks() && widths[c] > 8 && (widest < 0 || widths[c] > widths[widest])) {
          widest = c;
        }
      }
      if (widest < 0) {
        return;
      }
      widths[widest]--;
    }
  }

  private static int total(int[] widths) {
    int sum = 2 * (widths.length - 1);
    for (int w : widths) {
      sum += w;
    }
    return sum;
  }

  private static void writeRow(String[] cells, int[] widths, Writer out) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      String cell = cells[c].length() > widths[c] ? cells[c].substring(0, widths[c] - 1) + "~" : cells[c];
      line.append(cell);
      if (c < cells.length - 1) {
        line.append(" ".repeat(widths[c] - cell.length() + 2));
      }
    }
    out.write(line.toString().stripTrailing());
    out.write(System.lineSeparator());
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
