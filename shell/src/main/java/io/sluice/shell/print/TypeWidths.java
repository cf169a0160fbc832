package io.sluice.shell.print;

import io.sluice.common.types.DataType;

/**
 * How many characters the longest value of a type takes once formatted. A streamed result's columns are drawn
 * before any value is known, so their widths come from the types, as in Flink's tableau output.
 */
final class TypeWidths {
  private TypeWidths() {}

  /** The width of the longest text a value of this type formats to; may be huge for {@code STRING}. */
  static int of(DataType type) {
    return switch (type.root()) {
      case BOOLEAN -> 5; // false
      case TINYINT -> 4; // -128
      case SMALLINT -> 6; // -32768
      case INTEGER -> 11; // -2147483648
      case BIGINT -> 20; // -9223372036854775808
      case FLOAT -> 14; // -3.4028235E-38
      case DOUBLE -> 24; // -1.7976931348623157E-308
      case DECIMAL -> type.precision() + (type.scale() > 0 ? 2 : 1); // sign, and the point if there is a scale
      case CHAR, VARCHAR -> type.precision();
      case DATE -> 10; // 2024-01-31
      case TIME -> 12; // 23:59:59.999
      case TIMESTAMP, TIMESTAMP_LTZ -> 23; // 2024-01-31 23:59:59.999
    };
  }
}
