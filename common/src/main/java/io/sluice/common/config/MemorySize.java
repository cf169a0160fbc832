package io.sluice.common.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number of bytes written the way Flink writes memory sizes: a number and an optional unit, {@code 128mb},
 * {@code 64 kb}, {@code 1gb}; a number alone is bytes. Units are binary (1 kb = 1024 bytes), as in Flink.
 *
 * @param bytes the size in bytes, not negative
 */
public record MemorySize(long bytes) {
  private static final Pattern PATTERN = Pattern.compile("(\\d+)\\s*([a-zA-Z]*)");
  private static final String[] UNITS = {"b", "kb", "mb", "gb", "tb"};

  public MemorySize {
    if (bytes < 0) {
      throw new IllegalArgumentException("must not be negative");
    }
  }

  public static MemorySize ofMebiBytes(long mebiBytes) {
    return new MemorySize(mebiBytes << 20);
  }

  /** Reads {@code 128mb}, {@code 1 gb}, {@code 512} (bytes); throws {@link IllegalArgumentException} otherwise. */
  public static MemorySize parse(String text) {
    Matcher m = PATTERN.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a memory size");
    }
    int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
      case "", "b", "bytes" -> 0;
      case "k", "kb", "kib", "kibibytes" -> 10;
      case "m", "mb", "mib", "mebibytes" -> 20;
      case "g", "gb", "gib", "gibibytes" -> 30;
      case "t", "tb", "tib", "tebibytes" -> 40;
      default -> throw new IllegalArgumentException("unknown unit '" + m.group(2) + "'");
    };
    long number;
    try {
      number = Long.parseLong(m.group(1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("too large");
    }
    if (number > (Long.MAX_VALUE >> shift)) {
      throw new IllegalArgumentException("too large");
    }
    return new MemorySize(number << shift);
  }

  /** The largest exact unit: {@code 128 mb}, {@code 1536 kb}, {@code 100 b}. */
  @Override
  public String toString() {
    int unit = 0;
    long n = bytes;
    while (n != 0 && unit < UNITS.length - 1 && (n & 1023) == 0) {
      n >>= 10;
      unit++;
    }
    return n + " " + UNITS[unit];
  }
}
