package io.sluice.shell.print;

import io.sluice.common.Row;
import io.sluice.common.types.Column;
import io.sluice.common.types.ValueFormatter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes results as CSV (RFC 4180): a header line, then one line per row; a streamed query's lines start with
 * the change kind ({@code op,id,name} then {@code +I,1,abc}). Fields holding a comma, a double quote or a line
 * break are quoted, with inner quotes doubled. NULL is an empty field and the empty string is {@code ""}, so the
 * two stay apart. Nothing but data is written: no borders, no row counts.
 */
public final class CsvPrinter implements ResultPrinter {
  private final PrintWriter out;
  private List<Column> columns = List.of();

  public CsvPrinter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void printTable(List<String> header, List<List<String>> rows) {
    printLine(header);
    rows.forEach(this::printLine);
    out.flush();
  }

  @Override
  public void beginRows(List<Column> columns) {
    this.columns = columns;
    List<String> header = new ArrayList<>();
    header.add("op");
    columns.forEach(c -> header.add(c.name()));
    printLine(header);
    out.flush();
  }

  @Override
  public void printRow(Row row) {
    List<String> fields = new ArrayList<>();
    fields.add(row.kind().shortString());
    for (int i = 0; i < row.arity(); i++) {
      fields.add(ValueFormatter.format(row.field(i), columns.get(i).type()));
    }
    printLine(fields);
    out.flush();
  }

  @Override
  public void endRows(long rowCount) {
    out.flush();
  }

  private void printLine(List<String> fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(quote(fields.get(i)));
    }
    // '\n' rather than println: the platform's line separator would make the output differ between systems.
    out.print(line.append('\n'));
  }

  /** One field as CSV: empty for null, quoted where the text needs it. */
  static String quote(String value) {
    if (value == null) {
      return "";
    }
    boolean needsQuotes = value.isEmpty()
        || value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
    return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  @Override
  public void printText(String text) {
    out.print(text.endsWith("\n") ? text : text + "\n");
    out.flush();
  }
}
