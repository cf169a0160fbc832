package io.sluice.executor.operators.window;

import io.sluice.common.Row;

/**
 * Builds a window aggregate's output row: the group columns, each a field of the operator's key or a property of
 * the window, followed by the aggregate results. Code {@code i >= 0} in {@code groupColumns} is field i of the key
 * row; {@link #WINDOW_START}, {@link #WINDOW_END} and {@link #WINDOW_TIME} are the window's start, end and last
 * instant ({@code end - 1}, the event time of the result).
 */
public final class WindowOutput {
  public static final int WINDOW_START = -1;
  public static final int WINDOW_END = -2;
  public static final int WINDOW_TIME = -3;

  private final int[] groupColumns;

  public WindowOutput(int[] groupColumns) {
    for (int code : groupColumns) {
      if (code < WINDOW_TIME) {
        throw new IllegalArgumentException("Unknown group column code " + code);
      }
    }
    this.groupColumns = groupColumns.clone();
  }

  /** An {@code +I} row for one window of one key. */
  public Row row(Row key, TimeWindow window, Object[] results) {
    Object[] fields = new Object[groupColumns.length + results.length];
    for (int i = 0; i < groupColumns.length; i++) {
      int code = groupColumns[i];
      fields[i] = switch (code) {
        case WINDOW_START -> window.start();
        case WINDOW_END -> window.end();
        case WINDOW_TIME -> window.maxTimestamp();
        default -> key.field(code);
      };
    }
    System.arraycopy(results, 0, fields, groupColumns.length, results.length);
    return Row.of(fields);
  }
}
