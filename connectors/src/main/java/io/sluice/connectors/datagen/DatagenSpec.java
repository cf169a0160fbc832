package io.sluice.connectors.datagen;

import java.util.List;

/**
 * What a {@code datagen} table generates, checked and ready for the readers.
 *
 * @param rowsPerSecond the rate over all parallel readers together
 * @param rowCount rows in the whole table: the smallest of {@code number-of-rows} and the lengths of the
 *     sequences; {@link Long#MAX_VALUE} when unbounded
 * @param bounded whether the table ends: {@code number-of-rows} is set or a field is a sequence
 * @param fields one generator per physical column, in column order
 */
record DatagenSpec(long rowsPerSecond, long rowCount, boolean bounded, List<FieldGenerator> fields) {
  DatagenSpec {
    fields = List.copyOf(fields);
  }
}
