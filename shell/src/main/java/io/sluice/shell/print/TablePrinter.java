package io.sluice.shell.print;

import io.sluice.common.Row;
import io.sluice.common.types.Column;
import java.io.PrintWriter;
import java.util.List;

/**
 * Writes results as boxed ASCII tables, the way Flink's SQL client does in tableau mode. A finished table is
 * sized to its contents; a streamed query's box is a {@link StreamTable}, sized from the column types because
 * its header is printed before the first row arrives. No column is wider than the configured maximum
 * ({@code sql-client.display.max-column-width}): longer text is cut. Numbers sit on the right, other text on the
 * left, and NULL shows as {@value #NULL_TEXT}.
 */
public final class TablePrinter implements ResultPrinter {
  /** How a NULL value is shown. */
  public static final String NULL_TEXT = "<NULL>";

  private final PrintWriter out;
  private final int maxColumnWidth;
  private StreamTable streamTable;

  /** @param maxColumnWidth the widest a column's text may be; at least 1 */
  public TablePrinter(PrintWriter out, int maxColumnWidth) {
    if (maxColumnWidth < 1) {
      throw new IllegalArgumentException("maxColumnWidth must be at least 1, was " + maxColumnWidth);
    }
    this.out = out;
    this.maxColumnWidth = maxColumnWidth;
  }

  @Override
  public void printTable(List<String> header, List<List<String>> rows) {
    if (rows.isEmpty()) {
      println("Empty set");
      out.flush();
      return;
    }
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = capped(header.get(i).length());
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], capped(display(row.get(i)).length()));
      }
    }
    TableLayout layout = new TableLayout(widths, new boolean[widths.length]);
    println(layout.border());
    println(layout.line(header));
    println(layout.border());
    for (List<String> row : rows) {
      println(layout.line(row.stream().map(TablePrinter::display).toList()));
    }
    println(layout.border());
    println(rows.size() == 1 ? "1 row in set" : rows.size() + " rows in set");
    out.flush();
  }

  @Override
  public void beginRows(List<Column> columns) {
    streamTable = new StreamTable(columns, true, maxColumnWidth);
    println(streamTable.border());
    println(streamTable.header());
    println(streamTable.border());
    out.flush();
  }

  @Override
  public void printRow(Row row) {
    println(streamTable.line(row));
    out.flush();
  }

  @Override
  public void endRows(long rowCount) {
    println(streamTable.border());
    println("Received a total of " + rowCount + (rowCount == 1 ? " row" : " rows"));
    out.flush();
  }

  private int capped(int width) {
    return Math.max(1, Math.min(width, maxColumnWidth));
  }

  private static String display(String value) {
    return value == null ? NULL_TEXT : value;
  }

  // '\n' rather than println: the platform's line separator would make the output differ between systems.
  private void println(String line) {
    out.print(line + "\n");
  }

  @Override
  public void printText(String text) {
    out.print(text.endsWith("\n") ? text : text + "\n");
    out.flush();
  }
}
