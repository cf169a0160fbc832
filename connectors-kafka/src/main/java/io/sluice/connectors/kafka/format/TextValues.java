package io.sluice.connectors.kafka.format;

import io.sluice.common.types.DataType;
import io.sluice.common.types.ValueFormatter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Values as text, both ways, for the text-based formats: what {@link ValueFormatter} writes (the form the shell
 * shows) is what {@link #parse} reads, and a timestamp may also use ISO's {@code T} and end in {@code Z}.
 */
final class TextValues {
  private TextValues() {}

  /** The internal value of {@code text} for a column of this type; throws if it does not fit. */
  static Object parse(DataType type, String text) {
    String trimmed = type.root().isString() ? text : text.trim();
    try {
      return switch (type.root()) {
        case BOOLEAN -> parseBoolean(trimmed);
        case TINYINT -> Byte.parseByte(trimmed);
        case SMALLINT -> Short.parseShort(trimmed);
        case INTEGER -> Integer.parseInt(trimmed);
        case BIGINT -> Long.parseLong(trimmed);
        case FLOAT -> Float.parseFloat(trimmed);
        case DOUBLE -> Double.parseDouble(trimmed);
        case DECIMAL -> new BigDecimal(trimmed);
        case CHAR, VARCHAR -> trimmed;
        case DATE -> (int) LocalDate.parse(trimmed).toEpochDay();
        case TIME -> (int) (LocalTime.parse(trimmed).toNanoOfDay() / 1_000_000);
        case TIMESTAMP, TIMESTAMP_LTZ -> parseTimestamp(trimmed);
      };
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("'" + text + "' is not a " + type.root().sqlName(), e);
    }
  }

  /** The text of a non-null internal value. */
  static String format(Object value, DataType type) {
    return ValueFormatter.format(value, type);
  }

  private static boolean parseBoolean(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("not true or false");
    };
  }

  private static long parseTimestamp(String text) {
    String iso = text.replace(' ', 'T');
    if (iso.endsWith("Z")) {
      iso = iso.substring(0, iso.length() - 1);
    }
    return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC).toEpochMilli();
  }
}
