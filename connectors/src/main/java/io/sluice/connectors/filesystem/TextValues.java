package io.sluice.connectors.filesystem;

import io.sluice.common.types.DataType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Parses field values from bytes without making a string first, for the types files mostly hold (integers,
 * timestamps, ASCII text), and through their text for the rest. Values come out in the engine's internal
 * representation ({@link io.sluice.common.types.TypeRoot}).
 */
final class TextValues {
  private TextValues() {}

  /** A value of the type from {@code bytes[from, to)}; throws {@link IllegalArgumentException} if it does not fit. */
  static Object parse(DataType type, byte[] bytes, int from, int to) {
    return switch (type.root()) {
      case BIGINT -> parseLong(bytes, from, to);
      case INTEGER -> Math.toIntExact(parseLong(bytes, from, to));
      case SMALLINT -> (short) inRange(parseLong(bytes, from, to), Short.MIN_VALUE, Short.MAX_VALUE);
      case TINYINT -> (byte) inRange(parseLong(bytes, from, to), Byte.MIN_VALUE, Byte.MAX_VALUE);
      case CHAR, VARCHAR -> string(bytes, from, to);
      case TIMESTAMP, TIMESTAMP_LTZ -> parseTimestamp(bytes, from, to);
      default -> parseText(type, string(bytes, from, to).trim());
    };
  }

  /** A value of the type from its text. */
  static Object parseText(DataType type, String text) {
    try {
      return switch (type.root()) {
        case BOOLEAN -> parseBoolean(text);
        case TINYINT -> Byte.parseByte(text);
        case SMALLINT -> Short.parseShort(text);
        case INTEGER -> Integer.parseInt(text);
        case BIGINT -> Long.parseLong(text);
        case FLOAT -> Float.parseFloat(text);
        case DOUBLE -> Double.parseDouble(text);
        case DECIMAL -> new BigDecimal(text);
        case CHAR, VARCHAR -> text;
        case DATE -> (int) LocalDate.parse(text).toEpochDay();
        case TIME -> (int) (LocalTime.parse(text).toNanoOfDay() / 1_000_000);
        case TIMESTAMP, TIMESTAMP_LTZ -> {
          byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
          yield parseTimestamp(bytes, 0, bytes.length);
        }
      };
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("'" + text + "' is not a " + type, e);
    }
  }

  /** ASCII text as a compact Latin-1 string (a plain copy), anything else decoded as UTF-8. */
  static String string(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] < 0) {
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
      }
    }
    return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
  }

  /** ASCII text as a compact Latin-1 string: a plain copy. */
  static String latin1(byte[] bytes, int from, int to) {
    return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
  }

  /**
   * Parses timestamps, remembering the text and value of the last whole second: a timestamp in the same second
   * (the common case in an ordered file) costs a comparison of 19 bytes and the fraction's digits. One per
   * reader; not thread-safe.
   */
  static final class TimestampCache {
    private static final int SECOND_LENGTH = 19;
    private final byte[] second = new byte[SECOND_LENGTH];
    private long secondMillis;
    private boolean valid;

    long parse(byte[] b, int from, int to) {
      int length = to - from;
      if (valid && length > SECOND_LENGTH && b[from + SECOND_LENGTH] == '.' && length <= SECOND_LENGTH + 4
          && java.util.Arrays.equals(b, from, from + SECOND_LENGTH, second, 0, SECOND_LENGTH)) {
        int fraction = 0;
        int digits = length - SECOND_LENGTH - 1;
        for (int i = from + SECOND_LENGTH + 1; i < to; i++) {
          int digit = b[i] - '0';
          if (digit < 0 || digit > 9) {
            return parseTimestamp(b, from, to); // let it fail with the full message
          }
          fraction = fraction * 10 + digit;
        }
        for (int i = digits; i < 3; i++) {
          fraction *= 10;
        }
        return secondMillis + fraction;
      }
      long millis = parseTimestamp(b, from, to);
      if (length >= SECOND_LENGTH) {
        System.arraycopy(b, from, second, 0, SECOND_LENGTH);
        secondMillis = parseTimestamp(b, from, from + SECOND_LENGTH);
        valid = true;
      }
      return millis;
    }
  }

  static long parseLong(byte[] bytes, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (bytes[i] == '-' || bytes[i] == '+')) {
      negative = bytes[i] == '-';
      i++;
    }
    if (i == to || to - i > 19) {
      return parseLongSlowly(bytes, from, to);
    }
    long value = 0;
    for (; i < to; i++) {
      int digit = bytes[i] - '0';
      if (digit < 0 || digit > 9) {
        return parseLongSlowly(bytes, from, to);
      }
      value = value * 10 + digit;
    }
    if (value < 0) { // 19 digits that overflow
      return parseLongSlowly(bytes, from, to);
    }
    return negative ? -value : value;
  }

  /** Surrounding blanks, or a number that overflows: the library decides. */
  private static long parseLongSlowly(byte[] bytes, int from, int to) {
    String text = string(bytes, from, to).trim();
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a whole number");
    }
  }

  /**
   * Epoch milliseconds (UTC) from {@code yyyy-MM-dd HH:mm:ss} with an optional fraction of up to 9 digits (kept
   * to milliseconds); a {@code T} may stand for the space, and the time may be missing.
   */
  static long parseTimestamp(byte[] b, int from, int to) {
    int length = to - from;
    if (length < 10 || b[from + 4] != '-' || b[from + 7] != '-') {
      throw notTimestamp(b, from, to);
    }
    long days = epochDay(digits(b, from, 4, from, to), digits(b, from + 5, 2, from, to),
        digits(b, from + 8, 2, from, to));
    long millis = 0;
    if (length > 10) {
      if ((b[from + 10] != ' ' && b[from + 10] != 'T') || length < 19 || b[from + 13] != ':'
          || b[from + 16] != ':') {
        throw notTimestamp(b, from, to);
      }
      int hour = digits(b, from + 11, 2, from, to);
      int minute = digits(b, from + 14, 2, from, to);
      int second = digits(b, from + 17, 2, from, to);
      if (hour > 23 || minute > 59 || second > 59) {
        throw notTimestamp(b, from, to);
      }
      millis = hour * 3_600_000L + minute * 60_000L + second * 1000L;
      if (length > 19) {
        if (b[from + 19] != '.' || length == 20 || length > 29) {
          throw notTimestamp(b, from, to);
        }
        int fractionDigits = Math.min(3, length - 20);
        int fraction = digits(b, from + 20, fractionDigits, from, to);
        for (int i = fractionDigits; i < 3; i++) {
          fraction *= 10;
        }
        digits(b, from + 20, length - 20, from, to); // the rest must be digits too
        millis += fraction;
      }
    }
    return days * 86_400_000L + millis;
  }

  private static int digits(byte[] b, int at, int count, int from, int to) {
    int value = 0;
    for (int i = at; i < at + count; i++) {
      int digit = b[i] - '0';
      if (digit < 0 || digit > 9) {
        throw notTimestamp(b, from, to);
      }
      value = value * 10 + digit;
    }
    return value;
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
  private static long epochDay(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      throw new IllegalArgumentException("no such date: " + year + "-" + month + "-" + day);
    }
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400;
    long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
  }

  private static IllegalArgumentException notTimestamp(byte[] b, int from, int to) {
    return new IllegalArgumentException("'" + string(b, from, to) + "' is not a timestamp (yyyy-MM-dd HH:mm:ss.SSS)");
  }

  private static long inRange(long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(value + " is out of range");
    }
    return value;
  }

  private static boolean parseBoolean(String text) {
    if (text.equalsIgnoreCase("true")) {
      return true;
    }
    if (text.equalsIgnoreCase("false")) {
      return false;
    }
    throw new IllegalArgumentException("not true or false");
  }
}
