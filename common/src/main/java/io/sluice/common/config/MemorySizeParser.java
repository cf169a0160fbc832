package io.sluice.common.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memory sizes as Flink writes them: a whole number and an optional unit, {@code b}, {@code k}/{@code kb},
 * {@code m}/{@code mb}, {@code g}/{@code gb}, {@code t}/{@code tb} (powers of 1024; also the {@code kib}-style
 * spellings), with or without a space: {@code 64 mb}, {@code 512m}, {@code 1gb}. A bare number is bytes.
 */
public final class MemorySizeParser {
  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([a-z]*)");

  private MemorySizeParser() {}

  /** @throws IllegalArgumentException naming what is wrong */
  public static long parse(String text) {
    Matcher m = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("not a memory size");
    }
    int shift = switch (m.group(2)) {
      case "", "b", "bytes" -> 0;
      case "k", "kb", "kib" -> 10;
      case "m", "mb", "mib" -> 20;
      case "g", "gb", "gib" -> 30;
      case "t", "tb", "tib" -> 40;
      default -> throw new IllegalArgumentException("unknown unit '" + m.group(2) + "'");
    };
    long value;
    try {
      value = Long.parseLong(m.group(1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("too large");
    }
    if (value > (Long.MAX_VALUE >> shift)) {
      throw new IllegalArgumentException("too large");
    }
    return value << shift;
  }

  /** The size in the largest unit that divides it, e.g. {@code 64 mb}. */
  public static String format(long bytes) {
    String[] units = {"b", "kb", "mb", "gb", "tb"};
    int unit = 0;
    while (unit < units.length - 1 && bytes != 0 && bytes % 1024 == 0) {
      bytes /= 1024;
      unit++;
    }
    return bytes + " " + units[unit];
  }
}
