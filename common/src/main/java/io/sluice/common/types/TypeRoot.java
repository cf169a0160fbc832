package io.sluice.common.types;

/**
 * The SQL types a column can have, with the Java class that holds its values inside the engine. The internal
 * classes are Calcite's, so that compiled expressions work on rows without conversion: dates are days since the
 * epoch, times milliseconds of the day, timestamps milliseconds since the epoch.
 */
public enum TypeRoot {
  BOOLEAN("BOOLEAN", Boolean.class),
  TINYINT("TINYINT", Byte.class),
  SMALLINT("SMALLINT", Short.class),
  INTEGER("INT", Integer.class),
  BIGINT("BIGINT", Long.class),
  FLOAT("FLOAT", Float.class),
  DOUBLE("DOUBLE", Double.class),
  DECIMAL("DECIMAL", java.math.BigDecimal.class),
  CHAR("CHAR", String.class),
  VARCHAR("VARCHAR", String.class),
  DATE("DATE", Integer.class),
  TIME("TIME", Integer.class),
  TIMESTAMP("TIMESTAMP", Long.class),
  TIMESTAMP_LTZ("TIMESTAMP_LTZ", Long.class);

  private final String sqlName;
  private final Class<?> internalClass;

  TypeRoot(String sqlName, Class<?> internalClass) {
    this.sqlName = sqlName;
    this.internalClass = internalClass;
  }

  public String sqlName() {
    return sqlName;
  }

  public Class<?> internalClass() {
    return internalClass;
  }

  /**
   * The {@link java.sql.Types} constant JDBC knows the type by: in the driver's metadata and for parameters bound
   * to it. A TIMESTAMP_LTZ is an instant that JDBC binds and reads as a {@code java.sql.Timestamp}, so it is a
   * TIMESTAMP there.
   */
  public int jdbcType() {
    return switch (this) {
      case BOOLEAN -> java.sql.Types.BOOLEAN;
      case TINYINT -> java.sql.Types.TINYINT;
      case SMALLINT -> java.sql.Types.SMALLINT;
      case INTEGER -> java.sql.Types.INTEGER;
      case BIGINT -> java.sql.Types.BIGINT;
      case FLOAT -> java.sql.Types.REAL;
      case DOUBLE -> java.sql.Types.DOUBLE;
      case DECIMAL -> java.sql.Types.DECIMAL;
      case CHAR -> java.sql.Types.CHAR;
      case VARCHAR -> java.sql.Types.VARCHAR;
      case DATE -> java.sql.Types.DATE;
      case TIME -> java.sql.Types.TIME;
      case TIMESTAMP, TIMESTAMP_LTZ -> java.sql.Types.TIMESTAMP;
    };
  }

  public boolean isNumeric() {
    return switch (this) {
      case TINYINT, SMALLINT, INTEGER, BIGINT, FLOAT, DOUBLE, DECIMAL -> true;
      default -> false;
    };
  }

  public boolean isString() {
    return this == CHAR || this == VARCHAR;
  }

  public boolean isTimestamp() {
    return this == TIMESTAMP || this == TIMESTAMP_LTZ;
  }
}
