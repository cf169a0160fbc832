package io.sluice.connectors.jdbc;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes a writer holds before writing them. In append mode every row is kept in order. In upsert mode only
 * the last change of each key is (Flink's reduced buffer): the table ends the same, with one statement per key;
 * an update-before is dropped, since the update-after that follows replaces the row anyway.
 */
final class JdbcRowBuffer {
  private final List<Integer> keys;
  private final List<Row> appended = new ArrayList<>();
  private final Map<List<Object>, Row> byKey = new LinkedHashMap<>();

  /** @param keys indices of the key columns; empty for append mode */
  JdbcRowBuffer(List<Integer> keys) {
    this.keys = List.copyOf(keys);
  }

  void add(Row row) {
    if (keys.isEmpty()) {
      appended.add(row);
    } else if (row.kind() != RowKind.UPDATE_BEFORE) {
      Object[] key = new Object[keys.size()];
      for (int i = 0; i < key.length; i++) {
        key[i] = row.field(keys.get(i));
      }
      byKey.put(Arrays.asList(key), row);
    }
  }

  /** Rows (append mode) or keys (upsert mode) held. */
  int size() {
    return keys.isEmpty() ? appended.size() : byKey.size();
  }

  boolean isEmpty() {
    return size() == 0;
  }

  /** A copy of the changes held, in order; {@link #clear} does not affect it. */
  List<Row> drain() {
    List<Row> rows = new ArrayList<>(keys.isEmpty() ? appended : byKey.values());
    clear();
    return rows;
  }

  Collection<Row> view() {
    return keys.isEmpty() ? appended : byKey.values();
  }

  void clear() {
    appended.clear();
    byKey.clear();
  }
}
