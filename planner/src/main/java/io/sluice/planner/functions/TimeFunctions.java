package io.sluice.planner.functions;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.calcite.runtime.SqlFunctions;

/**
 * Flink's date and time functions that Calcite does not have, with Flink's semantics: patterns are Java date-time
 * patterns ({@code yyyy-MM-dd HH:mm:ss}), text that does not parse gives NULL, and times are in UTC (the engine's
 * only time zone so far).
 *
 * <p>Calcite hands TIMESTAMP arguments to Java methods as {@link Timestamp}s shifted by the JVM's zone, and shifts
 * returned ones back; {@link SqlFunctions#toLong(Timestamp)} and {@link SqlFunctions#internalToTimestamp(long)}
 * undo and redo that shift, so these methods work on the engine's epoch milliseconds whatever the JVM's zone.
 */
public final class TimeFunctions {
  private static final String DEFAULT_TIMESTAMP_PATTERN = "yyyy-MM-dd HH:mm:ss";
  private static final String DEFAULT_DATE_PATTERN = "yyyy-MM-dd";
  private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

  private TimeFunctions() {}

  @SqlName("DATE_FORMAT")
  public static String dateFormat(Timestamp timestamp, String pattern) {
    if (timestamp == null || pattern == null) {
      return null;
    }
    return formatter(pattern).format(utc(SqlFunctions.toLong(timestamp)));
  }

  @SqlName("DATE_FORMAT")
  public static String dateFormat(String timestamp, String pattern) {
    Timestamp parsed = toTimestamp(timestamp);
    return parsed == null ? null : dateFormat(parsed, pattern);
  }

  @SqlName("TO_TIMESTAMP")
  public static Timestamp toTimestamp(String text) {
    if (text == null) {
      return null;
    }
    // Fractional seconds are optional in the default format, as in Flink.
    Timestamp plain = toTimestamp(text, DEFAULT_TIMESTAMP_PATTERN);
    return plain != null ? plain : toTimestamp(text, "yyyy-MM-dd HH:mm:ss.SSS");
  }

  @SqlName("TO_TIMESTAMP")
  public static Timestamp toTimestamp(String text, String pattern) {
    Long millis = parseMillis(text, pattern);
    return millis == null ? null : SqlFunctions.internalToTimestamp(millis);
  }

  @SqlName("TO_TIMESTAMP_LTZ")
  public static Timestamp toTimestampLtz(Long epoch, Integer precision) {
    if (epoch == null || precision == null) {
      return null;
    }
    if (precision != 0 && precision != 3) {
      throw new IllegalArgumentException("TO_TIMESTAMP_LTZ takes precision 0 (seconds) or 3 (milliseconds)");
    }
    return SqlFunctions.internalToTimestamp(precision == 0 ? epoch * 1000 : epoch);
  }

  @SqlName("TO_DATE")
  public static Date toDate(String text) {
    return toDate(text, DEFAULT_DATE_PATTERN);
  }

  @SqlName("TO_DATE")
  public static Date toDate(String text, String pattern) {
    if (text == null || pattern == null) {
      return null;
    }
    try {
      long days = LocalDate.parse(text.trim(), formatter(pattern)).toEpochDay();
      return SqlFunctions.internalToDate((int) days);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @SqlName("UNIX_TIMESTAMP")
  public static long unixTimestamp() {
    return System.currentTimeMillis() / 1000;
  }

  @SqlName("UNIX_TIMESTAMP")
  public static Long unixTimestamp(String text) {
    return unixTimestamp(text, DEFAULT_TIMESTAMP_PATTERN);
  }

  @SqlName("UNIX_TIMESTAMP")
  public static Long unixTimestamp(String text, String pattern) {
    Long millis = parseMillis(text, pattern);
    return millis == null ? null : Math.floorDiv(millis, 1000);
  }

  @SqlName("FROM_UNIXTIME")
  public static String fromUnixtime(Long seconds) {
    return fromUnixtime(seconds, DEFAULT_TIMESTAMP_PATTERN);
  }

  @SqlName("FROM_UNIXTIME")
  public static String fromUnixtime(Long seconds, String pattern) {
    if (seconds == null || pattern == null) {
      return null;
    }
    return formatter(pattern).format(utc(seconds * 1000));
  }

  @SqlName("NOW")
  public static Timestamp now() {
    return SqlFunctions.internalToTimestamp(System.currentTimeMillis());
  }

  private static Long parseMillis(String text, String pattern) {
    if (text == null || pattern == null) {
      return null;
    }
    try {
      DateTimeFormatter formatter = formatter(pattern);
      LocalDateTime time = pattern.contains("H") || pattern.contains("h")
          ? LocalDateTime.parse(text.trim(), formatter)
          : LocalDate.parse(text.trim(), formatter).atStartOfDay();
      return time.toInstant(ZoneOffset.UTC).toEpochMilli();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static LocalDateTime utc(long millis) {
    return LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
  }

  private static DateTimeFormatter formatter(String pattern) {
    return FORMATTERS.computeIfAbsent(pattern, DateTimeFormatter::ofPattern);
  }
}
