package io.sluice.executor.operators.rank;

import io.sluice.common.Row;
import io.sluice.executor.operators.sort.RowComparator;
import io.sluice.state.MapState;
import io.sluice.state.ValueState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of one Top-N partition (the current key), read from keyed state lazily while one input row is
 * processed, changed in memory, and written back by {@link #flush}. Create one per input row.
 *
 * <p>State layout, two states per partition:
 *
 * <ul>
 *   <li>{@code sort-keys}, a value state: the partition's distinct sort keys (rows of the ORDER BY fields), in
 *       rank order. A binary search in it finds where a row goes.
 *   <li>{@code rows}, a map state: per sort key, the partition's rows with that key, in arrival order (so ties
 *       are ranked first come, first ranked).
 * </ul>
 *
 * The first N rows are read by walking the sort keys and loading one map entry per key until N rows are found,
 * so a change costs one read and one write of the sort keys and a few map entries, not a read of every row. The
 * sort-key index is written back whenever the partition changes, so it outlives every map entry under a state
 * TTL; a map entry that expired before its index entry (rows idle for the TTL) is dropped from the index when met,
 * and when the index itself expired (the whole partition idle), the partition's map entries are cleared.
 *
 * <p>Sort keys that compare equal are one entry: the one stored first is the map key, so values that compare
 * equal but serialize differently (1.0 and 1.00) share it.
 */
final class RankPartition {
  private final ValueState<List<Row>> sortKeysState;
  private final MapState<Row, List<Row>> rowsState;
  private final RowComparator keyOrder;
  private final List<Row> sortKeys;
  private final Map<Row, List<Row>> loaded = new HashMap<>();
  private final Set<Row> changed = new HashSet<>();
  private boolean sortKeysChanged;

  /** Reads the partition's sort keys; {@code keyOrder} orders sort-key rows. */
  RankPartition(ValueState<List<Row>> sortKeysState, MapState<Row, List<Row>> rowsState, RowComparator keyOrder) {
    this.sortKeysState = sortKeysState;
    this.rowsState = rowsState;
    this.keyOrder = keyOrder;
    List<Row> stored = sortKeysState.value();
    if (stored == null) {
      // A new partition, or one whose sort keys expired: rows left behind by the latter expired as well.
      rowsState.clear();
    }
    this.sortKeys = stored == null ? new ArrayList<>() : new ArrayList<>(stored);
  }

  /** The first {@code n} rows in rank order, fewer if the partition holds fewer. */
  List<Row> top(long n) {
    List<Row> top = new ArrayList<>();
    Iterator<Row> keys = sortKeys.iterator();
    while (top.size() < n && keys.hasNext()) {
      List<Row> rows = rowsOf(keys.next());
      if (rows == null) {
        keys.remove();
        sortKeysChanged = true;
        continue;
      }
      for (int i = 0; i < rows.size() && top.size() < n; i++) {
        top.add(rows.get(i));
      }
    }
    return top;
  }

  /** Adds the row after every row whose sort key is not greater. */
  void add(Row sortKey, Row row) {
    int position = Collections.binarySearch(sortKeys, sortKey, keyOrder);
    Row key;
    if (position >= 0) {
      key = sortKeys.get(position);
    } else {
      key = sortKey;
      sortKeys.add(-position - 1, key);
      sortKeysChanged = true;
    }
    List<Row> rows = rowsOf(key);
    if (rows == null) {
      rows = new ArrayList<>();
      loaded.put(key, rows);
    }
    rows.add(row);
    changed.add(key);
  }

  /** Removes one row with the fields of {@code row}; false when the partition holds none. */
  boolean remove(Row sortKey, Row row) {
    int position = Collections.binarySearch(sortKeys, sortKey, keyOrder);
    if (position < 0) {
      return false;
    }
    Row key = sortKeys.get(position);
    List<Row> rows = rowsOf(key);
    int index = rows == null ? -1 : indexOf(rows, row);
    if (index < 0) {
      return false;
    }
    rows.remove(index);
    changed.add(key);
    if (rows.isEmpty()) {
      sortKeys.remove(position);
      sortKeysChanged = true;
    }
    return true;
  }

  /** Drops every row after the first {@code n}. */
  void truncate(long n) {
    long kept = 0;
    for (Iterator<Row> keys = sortKeys.iterator(); keys.hasNext(); ) {
      Row key = keys.next();
      List<Row> rows = rowsOf(key);
      int keep = rows == null ? 0 : (int) Math.min(rows.size(), n - kept);
      if (rows != null && keep < rows.size()) {
        rows.subList(keep, rows.size()).clear();
        changed.add(key);
      }
      if (keep == 0) {
        keys.remove();
        sortKeysChanged = true;
      }
      kept += keep;
    }
  }

  /** Writes what changed back to state; the sort keys whenever anything changed, which refreshes their TTL. */
  void flush() {
    for (Row key : changed) {
      List<Row> rows = loaded.get(key);
      if (rows == null || rows.isEmpty()) {
        rowsState.remove(key);
      } else {
        rowsState.put(key, rows);
      }
    }
    if (!sortKeysChanged && changed.isEmpty()) {
      return;
    }
    if (sortKeys.isEmpty()) {
      sortKeysState.clear();
    } else {
      sortKeysState.update(sortKeys);
    }
  }

  /** The rows of a sort key, loaded once; null when none are stored (expired). */
  private List<Row> rowsOf(Row key) {
    if (!loaded.containsKey(key)) {
      loaded.put(key, rowsState.get(key));
    }
    return loaded.get(key);
  }

  private static int indexOf(List<Row> rows, Row row) {
    for (int i = 0; i < rows.size(); i++) {
      if (Arrays.deepEquals(rows.get(i).fields(), row.fields())) {
        return i;
      }
    }
    return -1;
  }
}
