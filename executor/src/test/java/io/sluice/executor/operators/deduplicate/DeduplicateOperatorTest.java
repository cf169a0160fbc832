package io.sluice.executor.operators.deduplicate;

import static io.sluice.common.RowKind.DELETE;
import static io.sluice.common.RowKind.INSERT;
import static io.sluice.common.RowKind.UPDATE_AFTER;
import static io.sluice.common.RowKind.UPDATE_BEFORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.common.types.TypeRoot;
import io.sluice.executor.graph.StateKey;
import io.sluice.executor.operators.sort.RowComparator;
import io.sluice.executor.operators.sort.SortField;
import io.sluice.executor.testing.KeyedOperatorHarness;
import io.sluice.state.serde.RowSerializer;
import io.sluice.state.serde.StringSerializer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Input rows are {@code (k STRING, ts TIMESTAMP, id INT)}, deduplicated per k by ts. */
class DeduplicateOperatorTest {
  static final RowType INPUT = RowType.of(new Column("k", DataType.string()),
      new Column("ts", DataType.of(TypeRoot.TIMESTAMP)), new Column("id", DataType.of(TypeRoot.INTEGER)));
  static final StateKey BY_K =
      new StateKey(row -> Row.of(row.field(0)), new RowSerializer(List.of(StringSerializer.INSTANCE)));

  @Test
  void keepFirstDropsLaterRowsAndTakesAnEarlierOneThatArrivesLate() throws Exception {
    try (KeyedOperatorHarness harness = open(keepFirst(), false, true)) {
      assertThat(harness.process(in("a", 100, 1))).containsExactly(in("a", 100, 1));
      assertThat(harness.process(in("a", 200, 2), in("a", 100, 3))).as("later, and equal").isEmpty();
      assertThat(harness.process(in("a", 50, 4))).containsExactly(
          in(UPDATE_BEFORE, "a", 100, 1), in(UPDATE_AFTER, "a", 50, 4));
      assertThat(harness.process(in("b", 300, 5))).containsExactly(in("b", 300, 5));
    }
  }

  @Test
  void keepLastTakesEveryRowAtOrAfterTheKeptOne() throws Exception {
    try (KeyedOperatorHarness harness = open(keepLast(), true, true)) {
      assertThat(harness.process(in("a", 100, 1))).containsExactly(in("a", 100, 1));
      assertThat(harness.process(in("a", 200, 2))).containsExactly(
          in(UPDATE_BEFORE, "a", 100, 1), in(UPDATE_AFTER, "a", 200, 2));
      assertThat(harness.process(in("a", 200, 3))).as("equal ts: the last one wins").containsExactly(
          in(UPDATE_BEFORE, "a", 200, 2), in(UPDATE_AFTER, "a", 200, 3));
      assertThat(harness.process(in("a", 150, 4))).as("an older row arriving late").isEmpty();
      assertThat(harness.process(in("a", 200, 3))).as("the same row again").isEmpty();
    }
  }

  @Test
  void upsertModeEmitsNoUpdateBefore() throws Exception {
    try (KeyedOperatorHarness harness = open(keepLast(), true, false)) {
      harness.process(in("a", 100, 1));
      assertThat(harness.process(in("a", 200, 2))).containsExactly(in(UPDATE_AFTER, "a", 200, 2));
    }
  }

  @Test
  void aNullTimeSortsAsTheOrderSays() throws Exception {
    try (KeyedOperatorHarness harness = open(keepFirst(), false, true)) {
      harness.process(in("a", 100, 1));
      assertThat(harness.process(Row.of("a", null, 2))).as("ASC NULLS LAST").isEmpty();
    }
  }

  @Test
  void retractionsAreRefused() throws Exception {
    try (KeyedOperatorHarness harness = open(keepFirst(), false, true)) {
      assertThatThrownBy(() -> harness.process(in(DELETE, "a", 1, 1)))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("only inserts");
    }
  }

  static RowComparator keepFirst() {
    return new RowComparator(List.of(new SortField(1, true, false)));
  }

  static RowComparator keepLast() {
    return new RowComparator(List.of(new SortField(1, false, false)));
  }

  private static KeyedOperatorHarness open(RowComparator order, boolean keepLast, boolean emitUpdateBefore)
      throws Exception {
    return KeyedOperatorHarness.open(new DeduplicateOperator(INPUT, order, keepLast, emitUpdateBefore), BY_K);
  }

  static Row in(String k, long ts, int id) {
    return in(INSERT, k, ts, id);
  }

  private static Row in(RowKind kind, String k, long ts, int id) {
    return Row.ofKind(kind, k, ts, id);
  }
}
