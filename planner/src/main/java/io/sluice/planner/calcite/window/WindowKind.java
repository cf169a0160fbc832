package io.sluice.planner.calcite.window;

import java.util.List;

/**
 * The window table functions and their parameters after the table and the time column's descriptor: the
 * intervals (the last one optional where there is an offset) and, for SESSION, an optional descriptor of the
 * partition columns (Calcite's form of {@code TABLE t PARTITION BY k}).
 */
public enum WindowKind {
  TUMBLE(List.of("SIZE", "OFFSET"), 1),
  HOP(List.of("SLIDE", "SIZE", "OFFSET"), 2),
  CUMULATE(List.of("STEP", "SIZE", "OFFSET"), 2),
  SESSION(List.of("GAP"), 1);

  private final List<String> intervals;
  private final int requiredIntervals;

  WindowKind(List<String> intervals, int requiredIntervals) {
    this.intervals = intervals;
    this.requiredIntervals = requiredIntervals;
  }

  /** The names of the interval parameters, in order. */
  public List<String> intervals() {
    return intervals;
  }

  public int requiredIntervals() {
    return requiredIntervals;
  }

  /** How users call it, for error messages. */
  public String signature() {
    String table = this == SESSION ? "TABLE t [PARTITION BY k]" : "TABLE t";
    StringBuilder sb = new StringBuilder(name()).append('(').append(table).append(", DESCRIPTOR(time_column)");
    for (int i = 0; i < intervals.size(); i++) {
      sb.append(i < requiredIntervals ? ", " : " [, ").append(intervals.get(i).toLowerCase()).append(" INTERVAL")
          .append(i < requiredIntervals ? "" : "]");
    }
    return sb.append(')').toString();
  }
}
