package io.sluice.common.types;

import java.util.Objects;

/**
 * A column type as written in DDL: the root, its length or precision and scale where the root has them, and
 * nullability. {@code STRING} is {@code VARCHAR} of the maximum length, as in Flink. Timestamps hold milliseconds,
 * so their precision is at most 3 (the default).
 */
public record DataType(TypeRoot root, int precision, int scale, boolean nullable) {
  /** Length of {@code STRING}, i.e. {@code VARCHAR} without a length. */
  public static final int MAX_LENGTH = Integer.MAX_VALUE;
  /** Marks a root that takes no precision. */
  public static final int NO_PRECISION = -1;

  public DataType {
    Objects.requireNonNull(root, "root");
  }

  public static DataType of(TypeRoot root) {
    return new DataType(root, defaultPrecision(root), defaultScale(root), true);
  }

  public static DataType of(TypeRoot root, int precision) {
    return new DataType(root, precision, defaultScale(root), true);
  }

  public static DataType of(TypeRoot root, int precision, int scale) {
    return new DataType(root, precision, scale, true);
  }

  public static DataType string() {
    return of(TypeRoot.VARCHAR, MAX_LENGTH);
  }

  public DataType notNull() {
    return new DataType(root, precision, scale, false);
  }

  public DataType withNullable(boolean isNullable) {
    return new DataType(root, precision, scale, isNullable);
  }

  private static int defaultPrecision(TypeRoot root) {
    return switch (root) {
      case CHAR, VARCHAR -> 1;
      case DECIMAL -> 10;
      case TIME -> 0;
      case TIMESTAMP, TIMESTAMP_LTZ -> 3;
      default -> NO_PRECISION;
    };
  }

  private static int defaultScale(TypeRoot root) {
    return root == TypeRoot.DECIMAL ? 0 : NO_PRECISION;
  }

  /** SQL form, as DESCRIBE shows it: {@code BIGINT}, {@code STRING}, {@code DECIMAL(10, 2) NOT NULL}. */
  @Override
  public String toString() {
    String s;
    if (root == TypeRoot.VARCHAR && precision == MAX_LENGTH) {
      s = "STRING";
    } else if (root == TypeRoot.DECIMAL) {
      s = "DECIMAL(" + precision + ", " + scale + ")";
    } else if (precision != NO_PRECISION) {
      s = root.sqlName() + "(" + precision + ")";
    } else {
      s = root.sqlName();
    }
    return nullable ? s : s + " NOT NULL";
  }
}
