package io.sluice.executor.operators.join;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.common.config.Configuration;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.common.types.TypeRoot;
import io.sluice.executor.api.OperatorMetrics;
import io.sluice.executor.graph.StateKey;
import io.sluice.executor.testing.KeyedOperatorHarness;
import io.sluice.state.serde.StringSerializer;
import org.junit.jupiter.api.Test;

/** Exact output and state of the event-time temporal join: orders (k, ts) as of rates (k, ts, rate) by k. */
class TemporalJoinOperatorTest {
  private static final RowType ORDER = RowType.of(new Column("k", DataType.string()),
      new Column("ts", DataType.of(TypeRoot.BIGINT)));
  private static final RowType RATE = RowType.of(new Column("k", DataType.string()),
      new Column("ts", DataType.of(TypeRoot.BIGINT)), new Column("rate", DataType.of(TypeRoot.INTEGER)));
  private static final StateKey KEY = new StateKey(row -> String.valueOf(row.field(0)), StringSerializer.INSTANCE);

  @Test
  void eachRowJoinsTheVersionValidAtItsTimeOnceTheWatermarkPassesIt() throws Exception {
    try (KeyedOperatorHarness join = open(true)) {
      join.process(1, Row.of("eur", 10L, 1), Row.of("eur", 20L, 2));
      assertThat(join.process(0, Row.of("eur", 15L), Row.of("eur", 5L), Row.of("usd", 12L))).isEmpty();
      // Out of order: a version at 14 arrives after the order at 15 but before the watermark passes it.
      join.process(1, Row.of("eur", 14L, 3));
      assertThat(join.watermark(15)).containsExactlyInAnyOrder(Row.of("eur", 15L, "eur", 14L, 3),
          Row.of("eur", 5L, null, null, null), Row.of("usd", 12L, null, null, null));
      assertThat(join.process(0, Row.of("eur", 25L))).isEmpty();
      assertThat(join.watermark(30)).containsExactly(Row.of("eur", 25L, "eur", 20L, 2));
      // Only the version valid at the watermark is left.
      assertThat(join.stateEntries()).isEqualTo(1);
    }
  }

  @Test
  void aDeletionEndsTheVersionAndLateRowsAreDropped() throws Exception {
    try (KeyedOperatorHarness join = open(false)) {
      join.process(1, Row.of("eur", 10L, 1), new Row(RowKind.DELETE, new Object[] {"eur", 20L, 1}));
      join.process(0, Row.of("eur", 19L), Row.of("eur", 21L));
      assertThat(join.watermark(25)).containsExactly(Row.of("eur", 19L, "eur", 10L, 1));
      assertThat(join.process(0, Row.of("eur", 24L))).isEmpty();
      assertThat(join.watermark(Long.MAX_VALUE)).isEmpty();
      assertThat(join.counter(OperatorMetrics.LATE_ROWS_DROPPED)).isEqualTo(1);
      assertThat(join.stateEntries()).isZero();
    }
  }

  @Test
  void aRestoredJoinKeepsItsVersionsAndWaitingRows() throws Exception {
    byte[] snapshot;
    try (KeyedOperatorHarness join = open(true)) {
      join.process(1, Row.of("eur", 10L, 1));
      join.process(0, Row.of("eur", 15L));
      snapshot = join.snapshot();
    }
    try (KeyedOperatorHarness join = KeyedOperatorHarness.restoreTwoInput(operator(true), KEY, KEY, snapshot)) {
      join.process(1, Row.of("eur", 12L, 2));
      assertThat(join.watermark(20)).containsExactly(Row.of("eur", 15L, "eur", 12L, 2));
    }
  }

  private KeyedOperatorHarness open(boolean leftOuter) throws Exception {
    return KeyedOperatorHarness.openTwoInput(operator(leftOuter), KEY, KEY, new Configuration(), () -> 0L);
  }

  private static TemporalJoinOperator operator(boolean leftOuter) {
    JoinCondition sameKey = (l, r) -> l[0] != null && l[0].equals(r[0]);
    return new TemporalJoinOperator(new JoinSpec(ORDER, RATE, leftOuter, false, sameKey), 1, 1);
  }
}
