package io.sluice.common.config;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations the way Flink writes them: a number and an optional unit ({@code 200 ms}, {@code 10s}). */
public final class DurationParser {
  private static final Pattern PATTERN = Pattern.compile("(\\d+)\\s*([a-zA-Z]*)");

  private DurationParser() {}

  /** A number alone is milliseconds, as in Flink. */
  public static Duration parse(String text) {
    Matcher m = PATTERN.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a duration");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2).toLowerCase(Locale.ROOT)) {
      case "", "ms", "milli", "millis", "millisecond", "milliseconds" -> Duration.ofMillis(n);
      case "s", "sec", "secs", "second", "seconds" -> Duration.ofSeconds(n);
      case "min", "m", "minute", "minutes" -> Duration.ofMinutes(n);
      case "h", "hour", "hours" -> Duration.ofHours(n);
      case "d", "day", "days" -> Duration.ofDays(n);
      default -> throw new IllegalArgumentException("unknown unit '" + m.group(2) + "'");
    };
  }

  /** The shortest exact form: {@code 200 ms}, {@code 10 s}, {@code 10 min}. */
  public static String format(Duration d) {
    long ms = d.toMillis();
    if (ms == 0) {
      return "0 ms";
    }
    if (ms % 3_600_000 == 0) {
      return ms / 3_600_000 + " h";
    }
    if (ms % 60_000 == 0) {
      return ms / 60_000 + " min";
    }
    if (ms % 1000 == 0) {
      return ms / 1000 + " s";
    }
    return ms + " ms";
  }
}
