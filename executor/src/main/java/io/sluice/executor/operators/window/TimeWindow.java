package io.sluice.executor.operators.window;

/**
 * A window of event time, {@code [start, end)} in epoch milliseconds: the namespace under which window operators
 * keep a window's state and timer.
 */
public record TimeWindow(long start, long end) {
  public TimeWindow {
    if (end <= start) {
      throw new IllegalArgumentException("Empty window [" + start + ", " + end + ")");
    }
  }

  /** The last instant in the window, {@code end - 1}: the window fires when the watermark reaches it. */
  public long maxTimestamp() {
    return end - 1;
  }

  /** True when the windows overlap or touch, so that sessions merge: {@code [0, 5)} and {@code [5, 9)} do. */
  public boolean intersects(TimeWindow other) {
    return start <= other.end && other.start <= end;
  }

  /** The smallest window that holds both. */
  public TimeWindow cover(TimeWindow other) {
    return new TimeWindow(Math.min(start, other.start), Math.max(end, other.end));
  }
}
