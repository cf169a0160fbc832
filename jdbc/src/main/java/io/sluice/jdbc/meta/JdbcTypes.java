package io.sluice.jdbc.meta;

import io.sluice.common.types.DataType;
import java.sql.DatabaseMetaData;
import org.apache.calcite.avatica.ColumnMetaData;

/**
 * Sluice's SQL types as JDBC sees them. Values travel in the engine's internal form, which is Calcite's and so
 * what Avatica's accessors expect for these representations: dates as days since the epoch, times as
 * milliseconds of the day, timestamps as milliseconds since the epoch (read back in the connection's time zone,
 * as Calcite's driver does).
 */
final class JdbcTypes {
  private JdbcTypes() {}

  private static ColumnMetaData.Rep rep(DataType type) {
    return switch (type.root()) {
      case BOOLEAN -> ColumnMetaData.Rep.BOOLEAN;
      case TINYINT -> ColumnMetaData.Rep.BYTE;
      case SMALLINT -> ColumnMetaData.Rep.SHORT;
      case INTEGER, DATE, TIME -> ColumnMetaData.Rep.INTEGER;
      case BIGINT, TIMESTAMP, TIMESTAMP_LTZ -> ColumnMetaData.Rep.LONG;
      case FLOAT -> ColumnMetaData.Rep.FLOAT;
      case DOUBLE -> ColumnMetaData.Rep.DOUBLE;
      case DECIMAL -> ColumnMetaData.Rep.NUMBER;
      case CHAR, VARCHAR -> ColumnMetaData.Rep.STRING;
    };
  }

  /** A result set column of the given type. */
  static ColumnMetaData column(int ordinal, String name, DataType type) {
    int precision = type.precision() == DataType.NO_PRECISION ? 0 : type.precision();
    int scale = type.scale() == DataType.NO_PRECISION ? 0 : type.scale();
    ColumnMetaData.ScalarType scalar = ColumnMetaData.scalar(type.root().jdbcType(), type.root().sqlName(), rep(type));
    return new ColumnMetaData(ordinal, false, true, false, false,
        type.nullable() ? DatabaseMetaData.columnNullable : DatabaseMetaData.columnNoNulls,
        type.root().isNumeric(), displaySize(type, precision), name, name, null, precision, scale, null, null,
        scalar, true, false, false, javaClass(type).getName());
  }

  /** The class {@code ResultSet.getObject} returns for the type. */
  private static Class<?> javaClass(DataType type) {
    return switch (type.root()) {
      case DATE -> java.sql.Date.class;
      case TIME -> java.sql.Time.class;
      case TIMESTAMP, TIMESTAMP_LTZ -> java.sql.Timestamp.class;
      default -> type.root().internalClass();
    };
  }

  private static int displaySize(DataType type, int precision) {
    if (type.root().isString()) {
      return precision;
    }
    return type.root().isNumeric() ? Math.max(precision + 2, 20) : 30;
  }
}
