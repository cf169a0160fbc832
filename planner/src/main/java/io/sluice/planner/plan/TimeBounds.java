package io.sluice.planner.plan;

/**
 * The time bounds of an interval join: a left row joins a right row only if
 * {@code right.time + lower <= left.time <= right.time + upper}, both times event-time attributes in epoch
 * milliseconds.
 *
 * @param leftTimeField the left input's rowtime column
 * @param rightTimeField the right input's rowtime column
 * @param lower milliseconds, inclusive
 * @param upper milliseconds, inclusive; at least {@code lower}
 */
public record TimeBounds(int leftTimeField, int rightTimeField, long lower, long upper) {
  public TimeBounds {
    if (upper < lower) {
      throw new IllegalArgumentException("Empty interval [" + lower + ", " + upper + "]");
    }
  }
}
