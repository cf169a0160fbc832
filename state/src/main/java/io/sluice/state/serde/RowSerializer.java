package io.sluice.state.serde;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.common.types.RowType;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

/**
 * Rows of a fixed {@link RowType}. The {@code ROW} format, version 1:
 *
 * <ol>
 *   <li>one byte for the {@link RowKind}: 0 {@code +I}, 1 {@code -U}, 2 {@code +U}, 3 {@code -D} (fixed codes,
 *       not the enum's ordinals, so reordering the enum cannot change the format);
 *   <li>the null mask: {@code ceil(arity / 8)} bytes, bit {@code i % 8} of byte {@code i / 8} set when field
 *       {@code i} is null;
 *   <li>each non-null field in order, written by that field's serializer.
 * </ol>
 *
 * <p>The arity is not written: it is fixed by the type, and the snapshot lists the field serializers. Since the
 * kind is part of the bytes, rows used as state keys should all have the same kind (key selectors build
 * {@code +I} rows), or rows that differ only in kind are different keys.
 */
public final class RowSerializer implements TypeSerializer<Row> {
  private final TypeSerializer<Object>[] fields;

  @SuppressWarnings("unchecked")
  public RowSerializer(List<? extends TypeSerializer<?>> fieldSerializers) {
    this.fields = fieldSerializers.toArray(new TypeSerializer[0]);
    for (TypeSerializer<?> f : fields) {
      if (f instanceof NullableSerializer<?>) {
        throw new IllegalArgumentException("Row fields take non-null serializers; the null mask carries nulls");
      }
    }
  }

  /** The serializer for rows of this type; column nullability is carried by the null mask. */
  public static RowSerializer of(RowType type) {
    return new RowSerializer(type.columns().stream().map(c -> TypeSerializers.forRoot(c.type().root())).toList());
  }

  public int arity() {
    return fields.length;
  }

  @Override
  public void serialize(Row row, DataOutput out) throws IOException {
    if (row.arity() != fields.length) {
      throw new IllegalArgumentException("Row " + row + " has " + row.arity() + " fields, expected " + fields.length);
    }
    out.writeByte(kindCode(row.kind()));
    byte[] mask = new byte[(fields.length + 7) / 8];
    for (int i = 0; i < fields.length; i++) {
      if (row.field(i) == null) {
        mask[i / 8] |= (byte) (1 << (i % 8));
      }
    }
    out.write(mask);
    for (int i = 0; i < fields.length; i++) {
      Object value = row.field(i);
      if (value != null) {
        fields[i].serialize(value, out);
      }
    }
  }

  @Override
  public Row deserialize(DataInput in) throws IOException {
    RowKind kind = kindOf(in.readByte());
    byte[] mask = new byte[(fields.length + 7) / 8];
    in.readFully(mask);
    Object[] values = new Object[fields.length];
    for (int i = 0; i < fields.length; i++) {
      if ((mask[i / 8] & (1 << (i % 8))) == 0) {
        values[i] = fields[i].deserialize(in);
      }
    }
    return new Row(kind, values);
  }

  private static int kindCode(RowKind kind) {
    return switch (kind) {
      case INSERT -> 0;
      case UPDATE_BEFORE -> 1;
      case UPDATE_AFTER -> 2;
      case DELETE -> 3;
    };
  }

  private static RowKind kindOf(byte code) throws IOException {
    return switch (code) {
      case 0 -> RowKind.INSERT;
      case 1 -> RowKind.UPDATE_BEFORE;
      case 2 -> RowKind.UPDATE_AFTER;
      case 3 -> RowKind.DELETE;
      default -> throw new IOException("Malformed row: kind byte " + code);
    };
  }

  @Override
  public String name() {
    return "ROW";
  }

  @Override
  public int snapshotVersion() {
    return 1;
  }

  @Override
  public SerializerSnapshot snapshot() {
    return new SerializerSnapshot(
        name(), snapshotVersion(), List.of(fields).stream().map(TypeSerializer::snapshot).toList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RowSerializer other && snapshot().equals(other.snapshot());
  }

  @Override
  public int hashCode() {
    return snapshot().hashCode();
  }

  @Override
  public String toString() {
    return snapshot().toString();
  }
}
