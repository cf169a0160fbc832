package io.sluice.executor.operators.window;

import io.sluice.common.Row;
import java.util.List;

/**
 * How a window operator finds the windows of a row, and when a row is late.
 *
 * <ul>
 *   <li>{@link TimeAttribute}: from the row's event time, with a {@link WindowAssigner}; the row is late when its
 *       time is at or below the watermark (the watermark promised that no such row would come).
 *   <li>{@link Attached}: the row already carries its window, in two fields (from a window table function run
 *       upstream); the row is late when its window has fired, i.e. the watermark reached its last instant.
 * </ul>
 */
public sealed interface Windowing {
  List<TimeWindow> windows(Row row);

  boolean isLate(Row row, long watermark);

  /** @param timeField the index of the row's event time (epoch milliseconds, never NULL) */
  record TimeAttribute(WindowAssigner assigner, int timeField) implements Windowing {
    @Override
    public List<TimeWindow> windows(Row row) {
      return assigner.assign(time(row, timeField));
    }

    @Override
    public boolean isLate(Row row, long watermark) {
      return time(row, timeField) <= watermark;
    }
  }

  /** @param startField and {@code endField}: the indices of the window's bounds in the row */
  record Attached(int startField, int endField) implements Windowing {
    @Override
    public List<TimeWindow> windows(Row row) {
      return List.of(window(row));
    }

    @Override
    public boolean isLate(Row row, long watermark) {
      return window(row).maxTimestamp() <= watermark;
    }

    private TimeWindow window(Row row) {
      return new TimeWindow(time(row, startField), time(row, endField));
    }
  }

  /**
   * The time in a field.
   *
   * @throws IllegalArgumentException if it is NULL: event-time windows need a time for every row
   */
  static long time(Row row, int field) {
    Object value = row.field(field);
    if (value == null) {
      throw new IllegalArgumentException("The time attribute (field " + field + ") of row " + row + " is NULL; "
          + "windows need a time for every row: filter out or replace NULL times before the window");
    }
    return (Long) value;
  }
}
