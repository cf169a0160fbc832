package io.sluice.executor.operators.join;

import java.util.Objects;

/**
 * An interval join: a {@link JoinSpec} whose rows also need {@code right.time + lower <= left.time <= right.time +
 * upper}, the times being epoch milliseconds in the given fields (rows with a NULL time match nothing).
 *
 * @param join the row types, outer sides and full condition (which may test the bounds again)
 * @param leftTimeField the left input's time column
 * @param rightTimeField the right input's time column
 * @param lower milliseconds, inclusive
 * @param upper milliseconds, inclusive
 */
public record IntervalJoinSpec(JoinSpec join, int leftTimeField, int rightTimeField, long lower, long upper) {
  public IntervalJoinSpec {
    Objects.requireNonNull(join, "join");
    if (upper < lower) {
      throw new IllegalArgumentException("Empty interval [" + lower + ", " + upper + "]");
    }
  }

  int timeField(int input) {
    return input == 0 ? leftTimeField : rightTimeField;
  }

  /**
   * The watermark from which a row of {@code input} with time {@code time} can meet no future row of the other
   * input (those have times above the watermark): a left row waits for right times up to {@code time - lower}, a
   * right row for left times up to {@code time + upper}.
   */
  long cleanupTime(int input, long time) {
    return input == 0 ? time - lower : time + upper;
  }

  /** Whether times {@code time} of {@code input} and {@code other} of the other input are within the bounds. */
  boolean inBounds(int input, long time, long other) {
    long left = input == 0 ? time : other;
    long right = input == 0 ? other : time;
    return left >= right + lower && left <= right + upper;
  }

  /**
   * How far the output watermark stays behind the input's: a joined or padded row's times are above the input
   * watermark minus the larger of {@code -lower} and {@code upper} (a new row joins the other input's rows that far
   * back; an outer row is padded when the watermark is that far past it).
   */
  long outputDelay() {
    return Math.max(0, Math.max(-lower, upper));
  }
}
