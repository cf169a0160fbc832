package io.sluice.connectors.jdbc;

import io.sluice.common.types.TypeRoot;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Converts between JDBC values and Sluice's internal ones ({@link TypeRoot#internalClass()}): dates as days since
 * the epoch, times as milliseconds of the day, timestamps as milliseconds since the epoch (a TIMESTAMP read as
 * UTC wall time, a TIMESTAMP_LTZ as an instant).
 */
final class JdbcValues {
  private JdbcValues() {}

  /** Column {@code index} (1-based) of the current row, as the internal value of {@code type}. */
  static Object read(ResultSet rows, int index, TypeRoot type) throws SQLException {
    Object value = switch (type) {
      case BOOLEAN -> rows.getBoolean(index);
      case TINYINT -> rows.getByte(index);
      case SMALLINT -> rows.getShort(index);
      case INTEGER -> rows.getInt(index);
      case BIGINT -> rows.getLong(index);
      case FLOAT -> rows.getFloat(index);
      case DOUBLE -> rows.getDouble(index);
      case DECIMAL -> rows.getBigDecimal(index);
      case CHAR, VARCHAR -> rows.getString(index);
      case DATE -> {
        LocalDate date = rows.getObject(index, LocalDate.class);
        yield date == null ? null : (int) date.toEpochDay();
      }
      case TIME -> {
        LocalTime time = rows.getObject(index, LocalTime.class);
        yield time == null ? null : (int) (time.toNanoOfDay() / 1_000_000);
      }
      case TIMESTAMP -> {
        LocalDateTime timestamp = rows.getObject(index, LocalDateTime.class);
        yield timestamp == null ? null : timestamp.toInstant(ZoneOffset.UTC).toEpochMilli();
      }
      case TIMESTAMP_LTZ -> {
        Timestamp timestamp = rows.getTimestamp(index);
        yield timestamp == null ? null : timestamp.getTime();
      }
    };
    return rows.wasNull() ? null : value;
  }

  /** Sets parameter {@code index} (1-based) to the internal value of {@code type}, never null. */
  static void write(PreparedStatement statement, int index, TypeRoot type, Object value) throws SQLException {
    Object jdbc = switch (type) {
      case DATE -> LocalDate.ofEpochDay((Integer) value);
      case TIME -> LocalTime.ofNanoOfDay((Integer) value * 1_000_000L);
      case TIMESTAMP -> LocalDateTime.ofEpochSecond(Math.floorDiv((Long) value, 1000L),
          (int) Math.floorMod((Long) value, 1000L) * 1_000_000, ZoneOffset.UTC);
      case TIMESTAMP_LTZ -> new Timestamp((Long) value);
      case DECIMAL -> (BigDecimal) value;
      default -> value;
    };
    statement.setObject(index, jdbc);
  }
}
