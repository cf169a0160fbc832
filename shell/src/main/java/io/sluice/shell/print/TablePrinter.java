package io.sluice.shell.print;

import io.sluice.common.Row;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.ValueFormatter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes results as boxed ASCII tables, the way Flink's SQL client does in tableau mode. A finished table is
 * sized to its contents; a streamed query's columns are sized from their types (see {@link TypeWidths}) because
 * its header is printed before the first row arrives. No column is wider than the configured maximum
 * ({@code sql-client.display.max-column-width}): longer text is cut. Numbers sit on the right, other text on the
 * left, and NULL shows as {@value #NULL_TEXT}.
 */
public final class TablePrinter implements ResultPrinter {
  /** How a NULL value is shown. */
  public static final String NULL_TEXT = "<NULL>";
  private static final String OP_HEADER = "op";

  private final PrintWriter out;
  private final int maxColumnWidth;
  private List<Column> columns = List.of();
  private TableLayout streamLayout;

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
    this.columns = columns;
    int[] widths = new int[columns.size() + 1];
    boolean[] rightAligned = new boolean[columns.size() + 1];
    widths[0] = OP_HEADER.length();
    List<String> header = new ArrayList<>();
    header.add(OP_HEADER);
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      widths[i + 1] = capped(Math.max(column.name().length(), valueWidth(column.type())));
      rightAligned[i + 1] = column.type().root().isNumeric();
      header.add(column.name());
    }
    streamLayout = new TableLayout(widths, rightAligned);
    println(streamLayout.border());
    println(streamLayout.line(header));
    println(streamLayout.border());
    out.flush();
  }

  @Override
  public void printRow(Row row) {
    List<String> cells = new ArrayList<>();
    cells.add(row.kind().shortString());
    for (int i = 0; i < row.arity(); i++) {
      cells.add(display(ValueFormatter.format(row.field(i), columns.get(i).type())));
    }
    println(streamLayout.line(cells));
    out.flush();
  }

  @Override
  public void endRows(long rowCount) {
    println(streamLayout.border());
    println("Received a total of " + rowCount + (rowCount == 1 ? " row" : " rows"));
    out.flush();
  }

  /** Room for the longest value of the type, and for {@value #NULL_TEXT} if the column may hold NULL. */
  private static int valueWidth(DataType type) {
    return Math.max(TypeWidths.of(type), type.nullable() ? NULL_TEXT.length() : 0);
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
