package io.sluice.planner.plan;

import io.sluice.common.config.DurationParser;
import java.time.Duration;
import java.util.Objects;

/**
 * The windows of a window table function, as plain data; all lengths in milliseconds.
 *
 * @param kind which function
 * @param size the window length (TUMBLE, HOP), the largest window (CUMULATE) or the gap (SESSION)
 * @param slide how far apart windows start (HOP) or by how much they grow (CUMULATE); 0 otherwise
 * @param offset how far window boundaries are shifted from the epoch (TUMBLE, HOP, CUMULATE)
 */
public record WindowSpec(Kind kind, long size, long slide, long offset) {
  /** The window table functions. */
  public enum Kind {
    TUMBLE,
    HOP,
    CUMULATE,
    SESSION
  }

  public WindowSpec {
    Objects.requireNonNull(kind, "kind");
  }

  /** {@code TUMBLE(size=[10 s])}, {@code HOP(slide=[5 s], size=[10 s])}, {@code SESSION(gap=[1 min])}. */
  public String describe() {
    String text = switch (kind) {
      case TUMBLE -> "size=[" + length(size) + "]";
      case HOP -> "slide=[" + length(slide) + "], size=[" + length(size) + "]";
      case CUMULATE -> "step=[" + length(slide) + "], max_size=[" + length(size) + "]";
      case SESSION -> "gap=[" + length(size) + "]";
    };
    return kind + "(" + text + (offset == 0 ? "" : ", offset=[" + length(offset) + "]") + ")";
  }

  private static String length(long millis) {
    return DurationParser.format(Duration.ofMillis(millis));
  }
}
