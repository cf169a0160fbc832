package io.sluice.executor.operators.window;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How overlapping windows of fixed boundaries split into slices that they share, as Flink's slice assigners do:
 * time is cut into slices of one length, aligned like the windows, and every window is the union of consecutive
 * slices. A row then belongs to one slice, whatever the number of windows it falls in, and a window's aggregate is
 * the merge of its slices'.
 *
 * <ul>
 *   <li>{@link Hopping}: slices of the slide; a window of {@code size} is the {@code size / slide} slices that end
 *       at or before its end. Only when the size is a multiple of the slide.
 *   <li>{@link Cumulative}: slices of the step; the window ending at {@code e} in the period starting at
 *       {@code p} is the slices from {@code p} to {@code e}.
 * </ul>
 *
 * <p>Each slice's first window ends with the slice; a window's next window (the one after it that shares its
 * slices) and a slice's last window give when a slice's state can go.
 */
public sealed interface Slicing {
  /** The slicing of the windows an assigner makes, or empty when they do not share slices (TUMBLE, gaps). */
  static Optional<Slicing> of(WindowAssigner assigner) {
    if (assigner instanceof WindowAssigner.Hopping hop && hop.size() % hop.slide() == 0) {
      return Optional.of(new Hopping(hop.size(), hop.slide(), hop.offset()));
    }
    if (assigner instanceof WindowAssigner.Cumulative cumulate) {
      return Optional.of(new Cumulative(cumulate.maxSize(), cumulate.step(), cumulate.offset()));
    }
    return Optional.empty();
  }

  /** The length of every slice. */
  long sliceSize();

  /** The offset slices (and windows) are aligned to. */
  long offset();

  /** The window that ends with {@code slice}: the first window to fire that holds it. */
  TimeWindow firstWindow(TimeWindow slice);

  /** The end of the last window that holds {@code slice}: once it fired, no window needs the slice. */
  long lastWindowEnd(TimeWindow slice);

  /** The next window after {@code window} that shares slices with it, or null if none does. */
  TimeWindow nextWindow(TimeWindow window);

  /** The slice that holds {@code timestamp}. */
  default TimeWindow slice(long timestamp) {
    long start = timestamp - Math.floorMod(timestamp - offset(), sliceSize());
    return new TimeWindow(start, start + sliceSize());
  }

  /** The slices {@code window} is made of, earliest first. */
  default List<TimeWindow> slices(TimeWindow window) {
    List<TimeWindow> slices = new ArrayList<>();
    for (long start = window.start(); start < window.end(); start += sliceSize()) {
      slices.add(new TimeWindow(start, start + sliceSize()));
    }
    return slices;
  }

  /** HOP windows of {@code size} every {@code slide}, {@code size} a multiple of {@code slide}. */
  record Hopping(long size, long slide, long offset) implements Slicing {
    public Hopping {
      if (size % slide != 0) {
        throw new IllegalArgumentException("HOP windows of " + size + " ms every " + slide + " ms share no slices");
      }
    }

    @Override
    public long sliceSize() {
      return slide;
    }

    @Override
    public TimeWindow firstWindow(TimeWindow slice) {
      return new TimeWindow(slice.end() - size, slice.end());
    }

    @Override
    public long lastWindowEnd(TimeWindow slice) {
      return slice.start() + size;
    }

    @Override
    public TimeWindow nextWindow(TimeWindow window) {
      return new TimeWindow(window.start() + slide, window.end() + slide);
    }
  }

  /** CUMULATE windows growing by {@code step} up to {@code maxSize}, a multiple of {@code step}. */
  record Cumulative(long maxSize, long step, long offset) implements Slicing {
    @Override
    public long sliceSize() {
      return step;
    }

    @Override
    public TimeWindow firstWindow(TimeWindow slice) {
      return new TimeWindow(periodStart(slice.start()), slice.end());
    }

    @Override
    public long lastWindowEnd(TimeWindow slice) {
      return periodStart(slice.start()) + maxSize;
    }

    @Override
    public TimeWindow nextWindow(TimeWindow window) {
      return window.end() - window.start() < maxSize ? new TimeWindow(window.start(), window.end() + step) : null;
    }

    private long periodStart(long timestamp) {
      return timestamp - Math.floorMod(timestamp - offset, maxSize);
    }
  }
}
