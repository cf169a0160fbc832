package io.sluice.executor.operators;

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
import io.sluice.executor.api.Operator;
import io.sluice.executor.graph.StateKey;
import io.sluice.executor.operators.aggregate.CountAggregator;
import io.sluice.executor.operators.aggregate.DistinctAggregator;
import io.sluice.executor.operators.aggregate.GroupAggregateOperator;
import io.sluice.executor.operators.deduplicate.DeduplicateOperator;
import io.sluice.executor.operators.rank.RankOperator;
import io.sluice.executor.operators.rank.RankSpec;
import io.sluice.executor.operators.sort.RowComparator;
import io.sluice.executor.operators.sort.SortField;
import io.sluice.executor.testing.KeyedOperatorHarness;
import io.sluice.state.serde.RowSerializer;
import io.sluice.state.serde.StringSerializer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code table.exec.state.ttl} expires the state of keys idle for that long, measured on an injected clock. Input
 * rows are {@code (k STRING, v INT)}, keyed by k.
 */
class StateRetentionTest {
  private static final RowType INPUT =
      RowType.of(new Column("k", DataType.string()), new Column("v", DataType.of(TypeRoot.INTEGER)));
  private static final StateKey BY_K =
      new StateKey(row -> Row.of(row.field(0)), new RowSerializer(List.of(StringSerializer.INSTANCE)));
  private static final List<SortField> V_DESC = List.of(new SortField(1, false, false));

  private long now = 1_000_000;

  @Test
  void anIdleGroupStartsAfreshAndItsDistinctValuesWithIt() throws Exception {
    Operator aggregate = new GroupAggregateOperator(new int[] {0}, List.of(new CountAggregator(-1),
        new DistinctAggregator(new CountAggregator(1), 1, DataType.of(TypeRoot.INTEGER))), true);
    try (KeyedOperatorHarness harness = open(aggregate, "1 h")) {
      assertThat(harness.process(Row.of("a", 1))).containsExactly(Row.of("a", 1L, 1L));
      advance(Duration.ofMinutes(59));
      assertThat(harness.process(Row.of("a", 2))).containsExactly(
          Row.ofKind(UPDATE_BEFORE, "a", 1L, 1L), Row.ofKind(UPDATE_AFTER, "a", 2L, 2L));
      advance(Duration.ofMinutes(60));
      assertThat(harness.process(Row.of("a", 1))).as("expired").containsExactly(Row.of("a", 1L, 1L));
      assertThat(harness.process(Row.of("a", 2))).as("value 2 expired too").containsExactly(
          Row.ofKind(UPDATE_BEFORE, "a", 1L, 1L), Row.ofKind(UPDATE_AFTER, "a", 2L, 2L));
    }
  }

  @Test
  void anIdlePartitionOfATopNStartsAfresh() throws Exception {
    RankSpec spec = new RankSpec(INPUT, V_DESC, 1, 2, false, true, true);
    try (KeyedOperatorHarness harness = open(new RankOperator(spec), "10 min")) {
      harness.process(Row.of("a", 5), Row.of("a", 7));
      advance(Duration.ofMinutes(10));
      assertThat(harness.process(Row.of("a", 1))).containsExactly(Row.of("a", 1));
      assertThat(harness.stateEntries()).as("expired entries met on the way were removed").isEqualTo(2);
    }
  }

  @Test
  void rowsIdleForTheTtlLeaveAnActiveTopN() throws Exception {
    RankSpec spec = new RankSpec(INPUT, V_DESC, 1, 3, false, true, true);
    try (KeyedOperatorHarness harness = open(new RankOperator(spec), "1 h")) {
      harness.process(Row.of("a", 10));
      advance(Duration.ofMinutes(40));
      harness.process(Row.of("a", 20));
      advance(Duration.ofMinutes(40));
      assertThat(harness.process(Row.of("a", 30))).containsExactly(Row.of("a", 30));
      assertThat(harness.process(Row.of("a", 5))).as("10 is gone, 5 is third").containsExactly(Row.of("a", 5));
    }
  }

  @Test
  void anIdleKeyOfADeduplicationStartsAfresh() throws Exception {
    RowComparator byV = new RowComparator(List.of(new SortField(1, true, false)));
    try (KeyedOperatorHarness harness = open(new DeduplicateOperator(INPUT, byV, false, true), "1 s")) {
      assertThat(harness.process(Row.of("a", 5))).containsExactly(Row.of("a", 5));
      advance(Duration.ofSeconds(1));
      assertThat(harness.process(Row.of("a", 9))).containsExactly(Row.ofKind(INSERT, "a", 9));
    }
  }

  @Test
  void withoutATtlStateIsKeptForever() throws Exception {
    Operator aggregate = new GroupAggregateOperator(new int[] {0}, List.of(new CountAggregator(-1)), true);
    try (KeyedOperatorHarness harness = open(aggregate, "0")) {
      harness.process(Row.of("a", 1));
      advance(Duration.ofDays(3650));
      assertThat(harness.process(Row.of("a", 1))).containsExactly(
          Row.ofKind(UPDATE_BEFORE, "a", 1L), Row.ofKind(UPDATE_AFTER, "a", 2L));
    }
  }

  private KeyedOperatorHarness open(Operator operator, String ttl) throws Exception {
    Configuration configuration = new Configuration();
    configuration.set(SluiceOptions.STATE_TTL, ttl);
    return KeyedOperatorHarness.open(operator, BY_K, configuration, () -> now);
  }

  private void advance(Duration duration) {
    now += duration.toMillis();
  }
}
