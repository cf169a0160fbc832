package io.sluice.executor.operators.join;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.common.config.Configuration;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.common.types.TypeRoot;
import io.sluice.executor.graph.StateKey;
import io.sluice.executor.testing.KeyedOperatorHarness;
import io.sluice.state.serde.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Exact output and state of the interval join: (k, ts) on the left joined with (k, ts) on the right by k where
 * {@code right.ts - 10 <= left.ts <= right.ts}.
 */
class IntervalJoinOperatorTest {
  private static final RowType SIDE = RowType.of(new Column("k", DataType.string()),
      new Column("ts", DataType.of(TypeRoot.BIGINT)));
  private static final StateKey KEY = new StateKey(row -> String.valueOf(row.field(0)), StringSerializer.INSTANCE);

  @Test
  void joinsRowsWithinTheBoundsAndReleasesStateAsTheWatermarkPasses() throws Exception {
    try (KeyedOperatorHarness join = open(false, false)) {
      assertThat(join.process(0, Row.of("a", 100L))).isEmpty();
      assertThat(join.process(1, Row.of("a", 105L), Row.of("a", 111L), Row.of("a", 99L))).containsExactly(
          Row.of("a", 100L, "a", 105L));
      assertThat(join.process(0, Row.of("a", 104L))).containsExactly(
          Row.of("a", 104L, "a", 105L), Row.of("a", 104L, "a", 111L));
      join.watermark(200);
      assertThat(join.stateEntries()).isZero();
      assertThat(join.pendingTimers()).isZero();
    }
  }

  @Test
  void outerRowsArePaddedOnceTheirIntervalHasClosed() throws Exception {
    try (KeyedOperatorHarness join = open(true, true)) {
      assertThat(join.process(0, Row.of("a", 100L), Row.of("b", 100L))).isEmpty();
      assertThat(join.process(1, Row.of("a", 108L), Row.of("a", 130L))).containsExactly(
          Row.of("a", 100L, "a", 108L));
      // A left row waits for right times up to its ts + 10, a right row for left times up to its ts.
      assertThat(join.watermark(109)).isEmpty();
      assertThat(join.watermark(110)).containsExactly(Row.of("b", 100L, null, null));
      assertThat(join.watermark(129)).isEmpty();
      assertThat(join.watermark(130)).containsExactly(Row.of(null, null, "a", 130L));
      assertThat(join.stateEntries()).isZero();
    }
  }

  @Test
  void aLateRowJoinsWhatIsStoredAndIsNotKept() throws Exception {
    try (KeyedOperatorHarness join = open(true, false)) {
      join.process(1, Row.of("a", 50L));
      join.watermark(45);
      assertThat(join.process(0, Row.of("a", 42L))).containsExactly(Row.of("a", 42L, "a", 50L));
      assertThat(join.process(0, Row.of("a", 20L))).containsExactly(Row.of("a", 20L, null, null));
      join.watermark(Long.MAX_VALUE);
      assertThat(join.stateEntries()).isZero();
    }
  }

  /** Output rows keep both rowtimes, so the watermark is held back by how far a joined row's times can lag. */
  @Test
  void theOutputWatermarkIsHeldBackByTheIntervalSoNoOutputRowIsLate() throws Exception {
    try (KeyedOperatorHarness join = open(true, false)) {
      join.process(0, Row.of("b", 100L));
      join.watermark(105);
      // The right row at 106 joins a left row at 100 (106 - 10 <= 100): above the held-back watermark 95.
      join.process(0, Row.of("a", 100L));
      assertThat(join.process(1, Row.of("a", 106L))).containsExactly(Row.of("a", 100L, "a", 106L));
      assertThat(join.watermark(110)).containsExactly(Row.of("b", 100L, null, null));
      join.watermark(Long.MAX_VALUE);
      assertThat(join.emittedWatermarks()).containsExactly(95L, 100L, Long.MAX_VALUE);
    }
  }

  private KeyedOperatorHarness open(boolean leftOuter, boolean rightOuter) throws Exception {
    JoinCondition sameKey = (l, r) -> l[0] != null && l[0].equals(r[0]);
    IntervalJoinSpec spec = new IntervalJoinSpec(new JoinSpec(SIDE, SIDE, leftOuter, rightOuter, sameKey), 1, 1,
        -10, 0);
    return KeyedOperatorHarness.openTwoInput(new IntervalJoinOperator(spec), KEY, KEY, new Configuration(),
        () -> 0L);
  }
}
