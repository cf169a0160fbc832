package io.sluice.engine.translate;

import io.sluice.common.Row;
import io.sluice.common.types.RowType;
import io.sluice.executor.api.KeySelector;
import io.sluice.executor.graph.StateKey;
import io.sluice.state.serde.RowSerializer;
import io.sluice.state.serde.TypeSerializers;
import java.util.List;

/**
 * The key of a row as an {@code +I} row of some of its fields (an empty row when there are none, so that a
 * global aggregate has one key). Rows hash by their fields alike in every JVM, as keyed state requires.
 */
final class FieldsKeySelector implements KeySelector {
  private static final Row EMPTY = Row.of();

  private final int[] fields;

  private FieldsKeySelector(int[] fields) {
    this.fields = fields;
  }

  /** The state key of the given fields of rows of {@code rowType}, with a row serializer of their types. */
  static StateKey stateKey(List<Integer> fields, RowType rowType) {
    RowSerializer serializer = new RowSerializer(
        fields.stream().map(i -> TypeSerializers.forRoot(rowType.column(i).type().root())).toList());
    return new StateKey(new FieldsKeySelector(fields.stream().mapToInt(Integer::intValue).toArray()), serializer);
  }

  @Override
  public Object key(Row row) {
    if (fields.length == 0) {
      return EMPTY;
    }
    Object[] key = new Object[fields.length];
    for (int i = 0; i < fields.length; i++) {
      key[i] = row.field(fields[i]);
    }
    return Row.of(key);
  }
}
