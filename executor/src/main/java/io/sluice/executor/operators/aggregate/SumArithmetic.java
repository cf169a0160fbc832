package io.sluice.executor.operators.aggregate;

import io.sluice.common.types.TypeRoot;
import java.math.BigDecimal;
import java.util.function.BinaryOperator;

/**
 * Addition and subtraction in the internal class of one numeric SQL type, as SUM needs them: operands of any
 * numeric class are first converted to the sum's class. Whole numbers wrap around on overflow as Java's (and
 * Calcite's generated code) do; DECIMAL sums are exact.
 */
enum SumArithmetic {
  TINYINT((byte) 0,
      (s, v) -> (byte) (s.byteValue() + v.byteValue()),
      (s, v) -> (byte) (s.byteValue() - v.byteValue())),
  SMALLINT((short) 0,
      (s, v) -> (short) (s.shortValue() + v.shortValue()),
      (s, v) -> (short) (s.shortValue() - v.shortValue())),
  INTEGER(0, (s, v) -> s.intValue() + v.intValue(), (s, v) -> s.intValue() - v.intValue()),
  BIGINT(0L, (s, v) -> s.longValue() + v.longValue(), (s, v) -> s.longValue() - v.longValue()),
  FLOAT(0f, (s, v) -> s.floatValue() + v.floatValue(), (s, v) -> s.floatValue() - v.floatValue()),
  DOUBLE(0d, (s, v) -> s.doubleValue() + v.doubleValue(), (s, v) -> s.doubleValue() - v.doubleValue()),
  DECIMAL(BigDecimal.ZERO,
      (s, v) -> ((BigDecimal) s).add(decimal(v)),
      (s, v) -> ((BigDecimal) s).subtract(decimal(v)));

  private final Number zero;
  private final BinaryOperator<Number> add;
  private final BinaryOperator<Number> subtract;

  SumArithmetic(Number zero, BinaryOperator<Number> add, BinaryOperator<Number> subtract) {
    this.zero = zero;
    this.add = add;
    this.subtract = subtract;
  }

  Object add(Object sum, Object value) {
    return add.apply((Number) sum, (Number) value);
  }

  Object subtract(Object sum, Object value) {
    return subtract.apply((Number) sum, (Number) value);
  }

  Object zero() {
    return zero;
  }

  private static BigDecimal decimal(Number value) {
    return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
  }

  /** The arithmetic of a numeric type. */
  static SumArithmetic of(TypeRoot root) {
    return switch (root) {
      case TINYINT -> TINYINT;
      case SMALLINT -> SMALLINT;
      case INTEGER -> INTEGER;
      case BIGINT -> BIGINT;
      case FLOAT -> FLOAT;
      case DOUBLE -> DOUBLE;
      case DECIMAL -> DECIMAL;
      default -> throw new IllegalArgumentException("SUM needs a numeric type, got " + root);
    };
  }
}
