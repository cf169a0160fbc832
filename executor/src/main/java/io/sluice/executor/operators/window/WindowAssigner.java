package io.sluice.executor.operators.window;

import java.util.ArrayList;
import java.util.List;

/**
 * Which windows of fixed boundaries a timestamp falls in. Boundaries are aligned to the epoch plus an offset: a
 * window starts at {@code offset + k * step} for a whole number k.
 */
public sealed interface WindowAssigner {
  /** The windows that contain {@code timestamp}, earliest start first. */
  List<TimeWindow> assign(long timestamp);

  /** The start of the aligned period of length {@code step} that contains {@code timestamp}. */
  private static long alignedStart(long timestamp, long step, long offset) {
    return timestamp - Math.floorMod(timestamp - offset, step);
  }

  private static void checkPositive(long value, String what) {
    if (value <= 0) {
      throw new IllegalArgumentException("The window " + what + " must be positive, got " + value + " ms");
    }
  }

  /** TUMBLE: consecutive windows of {@code size}; each timestamp is in exactly one. */
  record Tumbling(long size, long offset) implements WindowAssigner {
    public Tumbling {
      checkPositive(size, "size");
    }

    @Override
    public List<TimeWindow> assign(long timestamp) {
      long start = alignedStart(timestamp, size, offset);
      return List.of(new TimeWindow(start, start + size));
    }
  }

  /** HOP: windows of {@code size} starting every {@code slide}; a timestamp is in about size / slide of them. */
  record Hopping(long size, long slide, long offset) implements WindowAssigner {
    public Hopping {
      checkPositive(size, "size");
      checkPositive(slide, "slide");
    }

    @Override
    public List<TimeWindow> assign(long timestamp) {
      List<TimeWindow> windows = new ArrayList<>();
      long lastStart = alignedStart(timestamp, slide, offset);
      for (long start = lastStart; start > timestamp - size; start -= slide) {
        windows.add(0, new TimeWindow(start, start + size));
      }
      return windows;
    }
  }

  /**
   * CUMULATE: within each period of {@code maxSize}, the windows that start with the period and grow by
   * {@code step} up to the whole period; a timestamp is in every such window that ends after it.
   */
  record Cumulative(long maxSize, long step, long offset) implements WindowAssigner {
    public Cumulative {
      checkPositive(maxSize, "size");
      checkPositive(step, "step");
      if (maxSize % step != 0) {
        throw new IllegalArgumentException(
            "The CUMULATE size (" + maxSize + " ms) must be a multiple of its step (" + step + " ms)");
      }
    }

    @Override
    public List<TimeWindow> assign(long timestamp) {
      long start = alignedStart(timestamp, maxSize, offset);
      long firstEnd = alignedStart(timestamp, step, offset) + step;
      List<TimeWindow> windows = new ArrayList<>();
      for (long end = firstEnd; end <= start + maxSize; end += step) {
        windows.add(new TimeWindow(start, end));
      }
      return windows;
    }
  }
}
