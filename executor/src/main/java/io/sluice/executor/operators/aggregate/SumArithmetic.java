package io.sluice.executor.operators.aggregate;

import io.sluice.common.types.TypeRoot;
import java.math.BigDecimal;

/**
 * Addition and subtraction in the internal class of one numeric SQL type, as SUM needs them: operands of any
 * numeric class are first converted to the sum's class. Whole numbers wrap around on overflow as Java's (and
 * Calcite's generated code) do; DECIMAL sums are exact.
 */
enum SumArithmetic {
  TINYINT {
    @Override
    Object add(Object sum, Object value) {
      return (byte) ((Byte) sum + ((Number) value).byteValue());
    }

    @Override
    Object subtract(Object sum, Object value) {
      return (byte) ((Byte) sum - ((Number) value).byteValue());
    }

    @Override
    Object zero() {
      return (byte) 0;
    }
  },
  SMALLINT {
    @Override
    Object add(Object sum, Object value) {
      return (short) ((Short) sum + ((Number) value).shortValue());
    }

    @Override
    Object subtract(Object sum, Object value) {
      return (short) ((Short) sum - ((Number) value).shortValue());
    }

    @Override
    Object zero() {
      return (short) 0;
    }
  },
  INTEGER {
    @Override
    Object add(Object sum, Object value) {
      return (Integer) sum + ((Number) value).intValue();
    }

    @Override
    Object subtract(Object sum, Object value) {
      return (Integer) sum - ((Number) value).intValue();
    }

    @Override
    Object zero() {
      return 0;
    }
  },
  BIGINT {
    @Override
    Object add(Object sum, Object value) {
      return (Long) sum + ((Number) value).longValue();
    }

    @Override
    Object subtract(Object sum, Object value) {
      return (Long) sum - ((Number) value).longValue();
    }

    @Override
    Object zero() {
      return 0L;
    }
  },
  FLOAT {
    @Override
    Object add(Object sum, Object value) {
      return (Float) sum + ((Number) value).floatValue();
    }

    @Override
    Object subtract(Object sum, Object value) {
      return (Float) sum - ((Number) value).floatValue();
    }

    @Override
    Object zero() {
      return 0f;
    }
  },
  DOUBLE {
    @Override
    Object add(Object sum, Object value) {
      return (Double) sum + ((Number) value).doubleValue();
    }

    @Override
    Object subtract(Object sum, Object value) {
      return (Double) sum - ((Number) value).doubleValue();
    }

    @Override
    Object zero() {
      return 0d;
    }
  },
  DECIMAL {
    @Override
    Object add(Object sum, Object value) {
      return ((BigDecimal) sum).add(decimal(value));
    }

    @Override
    Object subtract(Object sum, Object value) {
      return ((BigDecimal) sum).subtract(decimal(value));
    }

    @Override
    Object zero() {
      return BigDecimal.ZERO;
    }

    private BigDecimal decimal(Object value) {
      return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
  };

  abstract Object add(Object sum, Object value);

  abstract Object subtract(Object sum, Object value);

  abstract Object zero();

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
