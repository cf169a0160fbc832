package io.sluice.state.serde;

import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.common.types.TypeRoot;

/**
 * Picks the serializer for a SQL type, following the internal classes of {@link TypeRoot}: dates and times are
 * ints, timestamps longs, so {@code DATE} shares the {@code INT} format and {@code TIMESTAMP} the {@code BIGINT}
 * one. Precision and length do not change the format.
 */
public final class TypeSerializers {
  private TypeSerializers() {}

  /** The serializer for values of this type, accepting null when the type is nullable. */
  @SuppressWarnings("unchecked")
  public static <T> TypeSerializer<T> forType(DataType type) {
    TypeSerializer<T> base = (TypeSerializer<T>) forRoot(type.root());
    return type.nullable() ? NullableSerializer.of(base) : base;
  }

  /** The serializer for rows of this type. */
  public static RowSerializer forRowType(RowType type) {
    return RowSerializer.of(type);
  }

  /** The non-null serializer for values of this root. */
  public static TypeSerializer<?> forRoot(TypeRoot root) {
    return switch (root) {
      case BOOLEAN -> PrimitiveSerializer.BOOLEAN;
      case TINYINT -> PrimitiveSerializer.BYTE;
      case SMALLINT -> PrimitiveSerializer.SHORT;
      case INTEGER, DATE, TIME -> PrimitiveSerializer.INT;
      case BIGINT, TIMESTAMP, TIMESTAMP_LTZ -> PrimitiveSerializer.LONG;
      case FLOAT -> PrimitiveSerializer.FLOAT;
      case DOUBLE -> PrimitiveSerializer.DOUBLE;
      case DECIMAL -> BigDecimalSerializer.INSTANCE;
      case CHAR, VARCHAR -> StringSerializer.INSTANCE;
    };
  }
}
