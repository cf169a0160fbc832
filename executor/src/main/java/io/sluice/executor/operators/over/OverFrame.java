package io.sluice.executor.operators.over;

/**
 * The frame of an OVER aggregation, which always ends at the current row.
 *
 * @param rows true for {@code ROWS} (the current row and {@code preceding} rows before it, in time order, rows of
 *     one time in arrival order), false for {@code RANGE} (every row whose time is at most {@code preceding}
 *     milliseconds before the current row's, the rows of the same time included)
 * @param preceding rows or milliseconds, or {@link #UNBOUNDED} for every row of the partition so far
 */
public record OverFrame(boolean rows, long preceding) {
  public static final long UNBOUNDED = -1;

  public OverFrame {
    if (preceding < UNBOUNDED) {
      throw new IllegalArgumentException("A frame cannot start after the current row: " + preceding);
    }
  }

  public boolean bounded() {
    return preceding != UNBOUNDED;
  }
}
