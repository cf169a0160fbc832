package io.sluice.state.serde;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Lets another serializer carry null. The {@code NULLABLE} format, version 1: one byte, 0 for null and 1 for a
 * value, then for a value the inner serializer's bytes.
 */
public final class NullableSerializer<T> implements TypeSerializer<T> {
  private final TypeSerializer<T> inner;

  private NullableSerializer(TypeSerializer<T> inner) {
    this.inner = Objects.requireNonNull(inner, "inner");
  }

  /** Wraps {@code inner}, unless it already accepts null. */
  public static <T> TypeSerializer<T> of(TypeSerializer<T> inner) {
    return inner instanceof NullableSerializer<T> ? inner : new NullableSerializer<>(inner);
  }

  public TypeSerializer<T> inner() {
    return inner;
  }

  @Override
  public void serialize(T value, DataOutput out) throws IOException {
    if (value == null) {
      out.writeByte(0);
    } else {
      out.writeByte(1);
      inner.serialize(value, out);
    }
  }

  @Override
  public T deserialize(DataInput in) throws IOException {
    byte flag = in.readByte();
    return switch (flag) {
      case 0 -> null;
      case 1 -> inner.deserialize(in);
      default -> throw new IOException("Malformed nullable value: flag byte " + flag);
    };
  }

  @Override
  public String name() {
    return "NULLABLE";
  }

  @Override
  public int snapshotVersion() {
    return 1;
  }

  @Override
  public SerializerSnapshot snapshot() {
    return new SerializerSnapshot(name(), snapshotVersion(), List.of(inner.snapshot()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NullableSerializer<?> other && inner.equals(other.inner);
  }

  @Override
  public int hashCode() {
    return 31 + inner.hashCode();
  }

  @Override
  public String toString() {
    return "NULLABLE<" + inner + ">";
  }
}
