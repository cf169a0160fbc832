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
 * Exact output and state of the window join: (k, window_end, v) on both sides, joined by k and window_end, the
 * window of end {@code e} fired when the watermark reaches {@code e - 1}.
 */
class WindowJoinOperatorTest {
  private static final RowType SIDE = RowType.of(new Column("k", DataType.string()),
      new Column("window_end", DataType.of(TypeRoot.BIGINT)), new Column("v", DataType.of(TypeRoot.INTEGER)));
  private static final StateKey KEY = new StateKey(row -> row.field(0) + "/" + row.field(1),
      StringSerializer.INSTANCE);

  @Test
  void joinsEachWindowWhenItClosesAndReleasesItsState() throws Exception {
    try (KeyedOperatorHarness join = open(false, false)) {
      assertThat(join.process(0, Row.of("a", 10L, 1), Row.of("a", 20L, 2))).isEmpty();
      assertThat(join.process(1, Row.of("a", 10L, 3), Row.of("a", 10L, 4), Row.of("b", 10L, 5))).isEmpty();
      assertThat(join.watermark(8)).isEmpty();
      assertThat(join.watermark(9)).containsExactlyInAnyOrder(
          Row.of("a", 10L, 1, "a", 10L, 3), Row.of("a", 10L, 1, "a", 10L, 4));
      assertThat(join.process(1, Row.of("a", 20L, 6))).isEmpty();
      assertThat(join.watermark(Long.MAX_VALUE)).containsExactly(Row.of("a", 20L, 2, "a", 20L, 6));
      assertThat(join.stateEntries()).isZero();
      assertThat(join.pendingTimers()).isZero();
    }
  }

  @Test
  void outerSidesArePaddedWhenTheWindowCloses() throws Exception {
    try (KeyedOperatorHarness join = open(true, true)) {
      join.process(0, Row.of("a", 10L, 1), Row.of("b", 10L, 2));
      join.process(1, Row.of("a", 10L, 3), Row.of("c", 10L, 4));
      assertThat(join.watermark(9)).containsExactlyInAnyOrder(Row.of("a", 10L, 1, "a", 10L, 3),
          Row.of("b", 10L, 2, null, null, null), Row.of(null, null, null, "c", 10L, 4));
      assertThat(join.stateEntries()).isZero();
    }
  }

  @Test
  void equalRowsAreKeptAsCopiesAndEachIsJoinedAndPadded() throws Exception {
    try (KeyedOperatorHarness join = open(true, false)) {
      join.process(0, Row.of("a", 10L, 1), Row.of("a", 10L, 1), Row.of("b", 10L, 2), Row.of("b", 10L, 2));
      join.process(1, Row.of("a", 10L, 3), Row.of("a", 10L, 3));
      assertThat(join.watermark(9)).containsExactlyInAnyOrder(
          Row.of("a", 10L, 1, "a", 10L, 3), Row.of("a", 10L, 1, "a", 10L, 3),
          Row.of("a", 10L, 1, "a", 10L, 3), Row.of("a", 10L, 1, "a", 10L, 3),
          Row.of("b", 10L, 2, null, null, null), Row.of("b", 10L, 2, null, null, null));
      assertThat(join.stateEntries()).isZero();
    }
  }

  @Test
  void aRowOfAClosedWindowIsDroppedAsLate() throws Exception {
    try (KeyedOperatorHarness join = open(true, false)) {
      join.watermark(9);
      assertThat(join.process(0, Row.of("a", 10L, 1))).isEmpty();
      assertThat(join.watermark(Long.MAX_VALUE)).isEmpty();
      assertThat(join.stateEntries()).isZero();
    }
  }

  @Test
  void aRestoredJoinHoldsTheOpenWindowsAndTheirTimers() throws Exception {
    byte[] snapshot;
    try (KeyedOperatorHarness join = open(true, false)) {
      join.process(0, Row.of("a", 10L, 1), Row.of("b", 10L, 2));
      join.process(1, Row.of("a", 10L, 3));
      snapshot = join.snapshot();
    }
    try (KeyedOperatorHarness join = KeyedOperatorHarness.restoreTwoInput(new WindowJoinOperator(spec(true, false),
        1, 1), KEY, KEY, snapshot)) {
      join.process(1, Row.of("a", 10L, 4));
      assertThat(join.watermark(9)).containsExactlyInAnyOrder(Row.of("a", 10L, 1, "a", 10L, 3),
          Row.of("a", 10L, 1, "a", 10L, 4), Row.of("b", 10L, 2, null, null, null));
      assertThat(join.stateEntries()).isZero();
    }
  }

  private static JoinSpec spec(boolean leftOuter, boolean rightOuter) {
    JoinCondition sameKey = (l, r) -> l[0] != null && l[0].equals(r[0]) && l[1].equals(r[1]);
    return new JoinSpec(SIDE, SIDE, leftOuter, rightOuter, sameKey);
  }

  private KeyedOperatorHarness open(boolean leftOuter, boolean rightOuter) throws Exception {
    return KeyedOperatorHarness.openTwoInput(new WindowJoinOperator(spec(leftOuter, rightOuter), 1, 1), KEY, KEY,
        new Configuration(),
        () -> 0L);
  }
}
