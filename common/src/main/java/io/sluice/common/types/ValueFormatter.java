package io.sluice.common.types;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/**
 * Turns internal values into the text users see in the shell and in CSV output: {@code NULL} stays null (the
 * caller picks how to show it), dates and times in ISO form with a space between date and time, as Flink does.
 */
public final class ValueFormatter {
  private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
      .appendPattern("yyyy-MM-dd HH:mm:ss")
      .appendFraction(ChronoField.MILLI_OF_SECOND, 0, 3, true)
      .toFormatter();

  private ValueFormatter() {}

  /** The text of a non-null value of the given type; null for a null value. */
  public static String format(Object value, DataType type) {
    if (value == null) {
      return null;
    }
    return switch (type.root()) {
      case DATE -> LocalDate.ofEpochDay(((Number) value).longValue()).toString();
      case TIME -> LocalTime.ofNanoOfDay(((Number) value).longValue() * 1_000_000L).toString();
      case TIMESTAMP, TIMESTAMP_LTZ -> TIMESTAMP.format(
          LocalDateTime.ofInstant(Instant.ofEpochMilli(((Number) value).longValue()), ZoneOffset.UTC));
      case DECIMAL -> ((java.math.BigDecimal) value).toPlainString();
      default -> value.toString();
    };
  }
}
