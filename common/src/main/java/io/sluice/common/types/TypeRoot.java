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
