package io.sluice.connectors.datagen;

import io.sluice.common.types.DataType;
import java.math.BigDecimal;

/**
 * The smallest and largest value of a numeric column type, and whether it holds whole numbers only: what an
 * option's value is checked against before a generator is built.
 */
record NumericBounds(BigDecimal min, BigDecimal max, boolean wholeNumbers) {

  /** The bounds of a numeric type; for DECIMAL(p, s) the largest value has p nines, s of them after the point. */
  static NumericBounds of(DataType type) {
    return switch (type.root()) {
      case TINYINT -> whole(Byte.MIN_VALUE, Byte.MAX_VALUE);
      case SMALLINT -> whole(Short.MIN_VALUE, Short.MAX_VALUE);
      case INTEGER -> whole(Integer.MIN_VALUE, Integer.MAX_VALUE);
      case BIGINT -> whole(Long.MIN_VALUE, Long.MAX_VALUE);
      case FLOAT -> fractional(BigDecimal.valueOf(Float.MAX_VALUE));
      case DOUBLE -> fractional(BigDecimal.valueOf(Double.MAX_VALUE));
      case DECIMAL -> fractional(BigDecimal.TEN.pow(type.precision()).subtract(BigDecimal.ONE)
          .movePointLeft(type.scale()));
      default -> throw new IllegalArgumentException("Not a numeric type: " + type);
    };
  }

  boolean contains(BigDecimal value) {
    return value.compareTo(min) >= 0 && value.compareTo(max) <= 0
        && (!wholeNumbers || value.stripTrailingZeros().scale() <= 0);
  }

  /** Completes "expected ..." in an error about a value outside these bounds. */
  String describe(String columnName, DataType type) {
    return (wholeNumbers ? "a whole number" : "a number") + " from " + min.toPlainString() + " to "
        + max.toPlainString() + " for column '" + columnName + "' of type " + type;
  }

  private static NumericBounds whole(long min, long max) {
    return new NumericBounds(BigDecimal.valueOf(min), BigDecimal.valueOf(max), true);
  }

  private static NumericBounds fractional(BigDecimal max) {
    return new NumericBounds(max.negate(), max, false);
  }
}
