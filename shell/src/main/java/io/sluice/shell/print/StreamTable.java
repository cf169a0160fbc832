package io.sluice.shell.print;

import io.sluice.common.Row;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.ValueFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The box of a streamed result, drawn before its first row arrives: columns are sized from their types (see
 * {@link TypeWidths}) and cut at the configured maximum width; numbers sit on the right, other text on the left,
 * NULL shows as {@value TablePrinter#NULL_TEXT}. With the change-kind column, each line starts with the row's
 * {@code +I}, {@code -U}, {@code +U} or {@code -D}. Shared by the printed (tableau) output and the shell's live views.
 */
public final class StreamTable {
  private static final String OP_HEADER = "op";

  private final List<Column> columns;
  private final boolean withKind;
  private final TableLayout layout;

  /**
   * @param withKind whether the first column shows each row's change kind
   * @param maxColumnWidth the widest a column's text may be; at least 1
   */
  public StreamTable(List<Column> columns, boolean withKind, int maxColumnWidth) {
    this.columns = List.copyOf(columns);
    this.withKind = withKind;
    int offset = withKind ? 1 : 0;
    int[] widths = new int[columns.size() + offset];
    boolean[] rightAligned = new boolean[widths.length];
    if (withKind) {
      widths[0] = OP_HEADER.length();
    }
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      int width = Math.max(column.name().length(), valueWidth(column.type()));
      widths[i + offset] = Math.max(1, Math.min(width, maxColumnWidth));
      rightAligned[i + offset] = column.type().root().isNumeric();
    }
    this.layout = new TableLayout(widths, rightAligned);
  }

  /** {@code +----+------+}. */
  public String border() {
    return layout.border();
  }

  /** The line of column names. */
  public String header() {
    List<String> names = new ArrayList<>();
    if (withKind) {
      names.add(OP_HEADER);
    }
    columns.forEach(column -> names.add(column.name()));
    return layout.line(names);
  }

  /** One row's line. */
  public String line(Row row) {
    List<String> cells = new ArrayList<>();
    if (withKind) {
      cells.add(row.kind().shortString());
    }
    for (int i = 0; i < row.arity(); i++) {
      String value = ValueFormatter.format(row.field(i), columns.get(i).type());
      cells.add(value == null ? TablePrinter.NULL_TEXT : value);
    }
    return layout.line(cells);
  }

  /** Room for the longest value of the type, and for the NULL text if the column may hold NULL. */
  private static int valueWidth(DataType type) {
    return Math.max(TypeWidths.of(type), type.nullable() ? TablePrinter.NULL_TEXT.length() : 0);
  }
}
