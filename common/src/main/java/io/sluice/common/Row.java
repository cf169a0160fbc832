package io.sluice.common;

import java.util.Arrays;
import java.util.Objects;

/**
 * One record flowing through a job: a {@link RowKind} and the field values in their internal representation
 * (see {@link io.sluice.common.types.DataType} for which Java class stands for which SQL type).
 *
 * <p>The field array is owned by the row and may be handed on without copying: operators must not change the
 * fields of a row they did not create.
 */
public final class Row {
  private final RowKind kind;
  private final Object[] fields;

  public Row(RowKind kind, Object[] fields) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.fields = Objects.requireNonNull(fields, "fields");
  }

  /** An insertion with the given values. */
  public static Row of(Object... fields) {
    return new Row(RowKind.INSERT, fields);
  }

  public static Row ofKind(RowKind kind, Object... fields) {
    return new Row(kind, fields);
  }

  public RowKind kind() {
    return kind;
  }

  public int arity() {
    return fields.length;
  }

  public Object field(int i) {
    return fields[i];
  }

  /** The backing array, not a copy. */
  public Object[] fields() {
    return fields;
  }

  public Row withKind(RowKind newKind) {
    return newKind == kind ? this : new Row(newKind, fields);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Row other && kind == other.kind && Arrays.deepEquals(fields, other.fields);
  }

  @Override
  public int hashCode() {
    return 31 * kind.ordinal() + Arrays.deepHashCode(fields);
  }

  /** Flink's form: {@code +I[1, abc]}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(kind.shortString()).append('[');
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(fields[i]);
    }
    return sb.append(']').toString();
  }
}
