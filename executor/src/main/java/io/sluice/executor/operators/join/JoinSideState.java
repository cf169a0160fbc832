package io.sluice.executor.operators.join;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.common.types.RowType;
import io.sluice.executor.api.KeyedStateStore;
import io.sluice.state.MapState;
import io.sluice.state.MapStateDescriptor;
import io.sluice.state.serde.PrimitiveSerializer;
import io.sluice.state.serde.RowSerializer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rows one input of a join holds for the current key: a map state from row ({@code +I}, so equal rows are one
 * entry) to a {@code (count, matches)} row — how many copies of the row are live, and for an outer side how many
 * rows of the other side it matches now (0: the row is in the result padded with nulls). Both values are the same
 * for every copy, since they depend only on the row's fields and the other side's rows.
 */
final class JoinSideState {
  /** One distinct row, its number of copies and its number of matches on the other side. */
  record Entry(Row row, long count, long matches) {}

  private static final RowSerializer COUNTS = new RowSerializer(List.of(PrimitiveSerializer.LONG,
      PrimitiveSerializer.LONG));

  private final MapState<Row, Row> rows;

  /** Declares the state {@code name} in {@code store}; called once in the operator's {@code open}. */
  JoinSideState(KeyedStateStore store, String name, RowType type) {
    rows = store.getState(new MapStateDescriptor<>(name, RowSerializer.of(type), COUNTS));
  }

  /** The current key's rows with their counts. */
  List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    for (Map.Entry<Row, Row> entry : rows.entries()) {
      entries.add(new Entry(entry.getKey(), (Long) entry.getValue().field(0), (Long) entry.getValue().field(1)));
    }
    return entries;
  }

  /** The number of live copies of {@code row}; 0 when it is unknown (never seen, retracted, or expired). */
  long count(Row row) {
    Row counts = rows.get(row);
    return counts == null ? 0 : (Long) counts.field(0);
  }

  /** Adds one copy of {@code row}, which matches {@code matches} rows of the other side. */
  void add(Row row, long matches) {
    rows.put(row, Row.of(count(row) + 1, matches));
  }

  /** Removes one copy of {@code row}, and its entry with the last copy; the row must be present. */
  void remove(Row row) {
    long count = count(row);
    if (count <= 1) {
      rows.remove(row);
    } else {
      rows.put(row, Row.of(count - 1, (Long) rows.get(row).field(1)));
    }
  }

  /** Records that the rows {@code entry} stands for now match {@code matches} rows of the other side. */
  void setMatches(Entry entry, long matches) {
    rows.put(entry.row(), Row.of(entry.count(), matches));
  }

  /** {@code row} as a state key: an insertion, whatever change it came with. */
  static Row record(Row row) {
    return row.kind() == RowKind.INSERT ? row : row.withKind(RowKind.INSERT);
  }
}
