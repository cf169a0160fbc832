package io.sluice.executor.operators.sort;

import io.sluice.common.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders rows by a list of {@link SortField}s, the first deciding and each later one breaking ties of those
 * before. Values compare in the natural order of their internal classes (every SQL type's internal class is
 * {@link Comparable}); NULL goes first or last as each key says. Rows equal on every key compare as 0, whatever
 * their other fields. Kinds are ignored.
 */
public final class RowComparator implements Comparator<Row> {
  private final SortField[] keys;

  public RowComparator(List<SortField> keys) {
    this.keys = keys.toArray(new SortField[0]);
  }

  /** The same order over rows that hold only the sort keys, in key order: key {@code i} reads field {@code i}. */
  public RowComparator onKeysOnly() {
    List<SortField> remapped = new ArrayList<>(keys.length);
    for (int i = 0; i < keys.length; i++) {
      remapped.add(keys[i].atField(i));
    }
    return new RowComparator(remapped);
  }

  /** The row's sort keys, in key order, as an {@code +I} row ({@link #onKeysOnly()} orders such rows). */
  public Row keysOf(Row row) {
    Object[] values = new Object[keys.length];
    for (int i = 0; i < keys.length; i++) {
      values[i] = row.field(keys[i].field());
    }
    return Row.of(values);
  }

  @Override
  public int compare(Row a, Row b) {
    for (SortField key : keys) {
      int order = compare(a.field(key.field()), b.field(key.field()), key);
      if (order != 0) {
        return order;
      }
    }
    return 0;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Object a, Object b, SortField key) {
    if (a == null || b == null) {
      if (a == b) {
        return 0;
      }
      // NULL's place does not flip with the direction.
      return (a == null) == key.nullsFirst() ? -1 : 1;
    }
    int order = ((Comparable) a).compareTo(b);
    return key.ascending() ? order : -order;
  }
}
