package io.sluice.shell.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import org.junit.jupiter.api.Test;

class MaterializedTableTest {

  @Test
  void foldsAChangelogIntoTheCurrentRowsWithTheNewestLast() {
    MaterializedTable table = new MaterializedTable();
    table.apply(Row.ofKind(RowKind.INSERT, 1L, 1L));
    table.apply(Row.ofKind(RowKind.INSERT, 0L, 1L));
    table.apply(Row.ofKind(RowKind.UPDATE_BEFORE, 1L, 1L));
    table.apply(Row.ofKind(RowKind.UPDATE_AFTER, 1L, 2L));
    table.apply(Row.ofKind(RowKind.INSERT, 2L, 5L));
    table.apply(Row.ofKind(RowKind.DELETE, 2L, 5L));

    assertThat(table.size()).isEqualTo(2);
    assertThat(table.changes()).isEqualTo(6);
    assertThat(table.last(10)).containsExactly(Row.of(0L, 1L), Row.of(1L, 2L));
    assertThat(table.last(1)).containsExactly(Row.of(1L, 2L));
  }
}
