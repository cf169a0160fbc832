package io.sluice.executor.operators.join;

import static io.sluice.common.RowKind.DELETE;
import static io.sluice.common.RowKind.INSERT;
import static io.sluice.common.RowKind.UPDATE_AFTER;
import static io.sluice.common.RowKind.UPDATE_BEFORE;
import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.common.config.Configuration;
import io.sluice.common.config.SluiceOptions;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.common.types.TypeRoot;
import io.sluice.executor.graph.StateKey;
import io.sluice.executor.testing.KeyedOperatorHarness;
import io.sluice.state.serde.StringSerializer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Exact changelogs of the regular join: (k, v) on the left joined with (k, w) on the right by k. */
class StreamingJoinOperatorTest {
  private static final RowType SIDE = RowType.of(new Column("k", DataType.string()),
      new Column("v", DataType.of(TypeRoot.INTEGER)));
  private static final StateKey LEFT = new StateKey(row -> String.valueOf(row.field(0)), StringSerializer.INSTANCE);
  private static final StateKey RIGHT = new StateKey(row -> String.valueOf(row.field(0)), StringSerializer.INSTANCE);
  /** Keys equal (NULL matches nothing) and the left value below the right one. */
  private static final JoinCondition LESS = (l, r) -> l[0] != null && l[0].equals(r[0])
      && (Integer) l[1] < (Integer) r[1];

  private long now;

  @Test
  void anInnerJoinOfInsertsEmitsInsertsOnlyAndRetractsWithDeletes() throws Exception {
    try (KeyedOperatorHarness join = open(false, false, JoinCondition.ALWAYS, "0")) {
      assertThat(join.process(0, Row.of("a", 1))).isEmpty();
      assertThat(join.process(1, Row.of("a", 10), Row.of("a", 10))).containsExactly(
          Row.of("a", 1, "a", 10), Row.of("a", 1, "a", 10));
      assertThat(join.process(0, Row.of("a", 2))).containsExactly(
          Row.of("a", 2, "a", 10), Row.of("a", 2, "a", 10));
      assertThat(join.process(1, Row.ofKind(UPDATE_BEFORE, "a", 10))).containsExactly(
          Row.ofKind(DELETE, "a", 1, "a", 10), Row.ofKind(DELETE, "a", 2, "a", 10));
      assertThat(join.process(0, Row.of("b", 1))).isEmpty();
    }
  }

  @Test
  void aLeftJoinRetractsThePaddedRowAtTheFirstMatchAndBringsItBackAfterTheLast() throws Exception {
    try (KeyedOperatorHarness join = open(true, false, JoinCondition.ALWAYS, "0")) {
      assertThat(join.process(0, Row.of("a", 1))).containsExactly(Row.of("a", 1, null, null));
      assertThat(join.process(1, Row.of("a", 10))).containsExactly(
          Row.ofKind(DELETE, "a", 1, null, null), Row.of("a", 1, "a", 10));
      assertThat(join.process(1, Row.of("a", 20))).containsExactly(Row.of("a", 1, "a", 20));
      assertThat(join.process(1, Row.ofKind(DELETE, "a", 10))).containsExactly(Row.ofKind(DELETE, "a", 1, "a", 10));
      assertThat(join.process(1, Row.ofKind(UPDATE_BEFORE, "a", 20))).containsExactly(
          Row.ofKind(DELETE, "a", 1, "a", 20), Row.of("a", 1, null, null));
      assertThat(join.process(0, Row.ofKind(DELETE, "a", 1))).containsExactly(Row.ofKind(DELETE, "a", 1, null, null));
      assertThat(join.stateEntries()).isZero();
    }
  }

  @Test
  void aFullJoinPadsBothSidesAndTheResidualConditionDecidesMatches() throws Exception {
    try (KeyedOperatorHarness join = open(true, true, LESS, "0")) {
      assertThat(join.process(1, Row.of("a", 5))).containsExactly(Row.of(null, null, "a", 5));
      assertThat(join.process(0, Row.of("a", 7))).containsExactly(Row.of("a", 7, null, null));
      assertThat(join.process(0, Row.ofKind(UPDATE_AFTER, "a", 3))).containsExactly(
          Row.ofKind(DELETE, null, null, "a", 5), Row.of("a", 3, "a", 5));
      assertThat(join.process(1, Row.ofKind(DELETE, "a", 5))).containsExactly(
          Row.ofKind(DELETE, "a", 3, "a", 5), Row.of("a", 3, null, null));
    }
  }

  @Test
  void rowsWithNullKeysMatchNothingButOuterOnesArePadded() throws Exception {
    try (KeyedOperatorHarness join = open(true, false, LESS, "0")) {
      assertThat(join.process(1, Row.of(null, 10))).isEmpty();
      assertThat(join.process(0, Row.of(null, 1))).containsExactly(Row.of(null, 1, null, null));
      assertThat(join.process(0, Row.ofKind(DELETE, null, 1))).containsExactly(
          Row.ofKind(DELETE, null, 1, null, null));
    }
  }

  @Test
  void aRetractionOfARowWhoseStateExpiredIsIgnored() throws Exception {
    try (KeyedOperatorHarness join = open(true, false, JoinCondition.ALWAYS, "1 min")) {
      join.process(0, Row.of("a", 1));
      now += Duration.ofMinutes(2).toMillis();
      assertThat(join.process(0, Row.ofKind(DELETE, "a", 1))).isEmpty();
      assertThat(join.process(1, Row.of("a", 10))).isEmpty();
    }
  }

  @Test
  void stateSurvivesASnapshotAndRestore() throws Exception {
    JoinSpec spec = new JoinSpec(SIDE, SIDE, true, false, JoinCondition.ALWAYS);
    byte[] snapshot;
    try (KeyedOperatorHarness join = open(true, false, JoinCondition.ALWAYS, "0")) {
      join.process(0, Row.of("a", 1));
      snapshot = join.snapshot();
    }
    try (KeyedOperatorHarness join = KeyedOperatorHarness.restoreTwoInput(new StreamingJoinOperator(spec), LEFT,
        RIGHT, snapshot)) {
      assertThat(join.process(1, Row.of("a", 10))).containsExactly(
          Row.ofKind(DELETE, "a", 1, null, null), Row.of("a", 1, "a", 10));
    }
  }

  private KeyedOperatorHarness open(boolean leftOuter, boolean rightOuter, JoinCondition condition, String ttl)
      throws Exception {
    Configuration configuration = new Configuration();
    configuration.set(SluiceOptions.STATE_TTL, ttl);
    JoinSpec spec = new JoinSpec(SIDE, SIDE, leftOuter, rightOuter, condition);
    return KeyedOperatorHarness.openTwoInput(new StreamingJoinOperator(spec), LEFT, RIGHT, configuration,
        () -> now);
  }
}
