package io.sluice.executor.operators.rank;

import static io.sluice.common.RowKind.DELETE;
import static io.sluice.common.RowKind.INSERT;
import static io.sluice.common.RowKind.UPDATE_AFTER;
import static io.sluice.common.RowKind.UPDATE_BEFORE;
import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.common.types.TypeRoot;
import io.sluice.executor.graph.StateKey;
import io.sluice.executor.operators.sort.SortField;
import io.sluice.executor.testing.KeyedOperatorHarness;
import io.sluice.state.serde.RowSerializer;
import io.sluice.state.serde.StringSerializer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Input rows are {@code (k STRING, v INT, id INT)}, partitioned by k and ranked by {@code v DESC} unless a test
 * says otherwise; {@code id} tells rows apart.
 */
class RankOperatorTest {
  static final RowType INPUT = RowType.of(new Column("k", DataType.string()),
      new Column("v", DataType.of(TypeRoot.INTEGER)), new Column("id", DataType.of(TypeRoot.INTEGER)));
  static final StateKey BY_K =
      new StateKey(row -> Row.of(row.field(0)), new RowSerializer(List.of(StringSerializer.INSTANCE)));
  private static final StateKey GLOBAL = new StateKey(row -> Row.of(), new RowSerializer(List.of()));
  private static final List<SortField> V_DESC = List.of(new SortField(1, false, false));

  @Test
  void withTheRankEveryRankBelowANewRowIsUpdated() throws Exception {
    try (KeyedOperatorHarness harness = open(spec(3, true, false))) {
      assertThat(harness.process(in(INSERT, 10, 1))).containsExactly(out(INSERT, 10, 1, 1));
      assertThat(harness.process(in(INSERT, 20, 2))).containsExactly(
          out(UPDATE_BEFORE, 10, 1, 1), out(UPDATE_AFTER, 20, 2, 1), out(INSERT, 10, 1, 2));
      assertThat(harness.process(in(INSERT, 15, 3))).containsExactly(
          out(UPDATE_BEFORE, 10, 1, 2), out(UPDATE_AFTER, 15, 3, 2), out(INSERT, 10, 1, 3));
      assertThat(harness.process(in(INSERT, 30, 4))).containsExactly(
          out(UPDATE_BEFORE, 20, 2, 1), out(UPDATE_AFTER, 30, 4, 1),
          out(UPDATE_BEFORE, 15, 3, 2), out(UPDATE_AFTER, 20, 2, 2),
          out(UPDATE_BEFORE, 10, 1, 3), out(UPDATE_AFTER, 15, 3, 3));
      assertThat(harness.process(in(INSERT, 5, 5))).as("below a full top").isEmpty();
    }
  }

  @Test
  void withoutTheRankANewRowPushesTheLastOneOut() throws Exception {
    try (KeyedOperatorHarness harness = open(spec(2, false, false))) {
      assertThat(harness.process(in(INSERT, 10, 1), in(INSERT, 20, 2)))
          .containsExactly(in(INSERT, 10, 1), in(INSERT, 20, 2));
      assertThat(harness.process(in(INSERT, 15, 3))).containsExactly(in(DELETE, 10, 1), in(INSERT, 15, 3));
      assertThat(harness.process(in(INSERT, 1, 4))).isEmpty();
    }
  }

  @Test
  void overAnInsertOnlyInputOnlyTheTopIsKept() throws Exception {
    try (KeyedOperatorHarness harness = open(spec(2, false, false))) {
      harness.process(in(INSERT, 10, 1), in(INSERT, 20, 2), in(INSERT, 30, 3), in(INSERT, 5, 4), in(INSERT, 25, 5));
      // One sort-keys entry and one rows entry per kept sort key: 30 and 25.
      assertThat(harness.stateEntries()).isEqualTo(3);
    }
  }

  @Test
  void aRetractionInTheTopBringsUpTheNextRow() throws Exception {
    try (KeyedOperatorHarness harness = open(spec(2, false, true))) {
      harness.process(in(INSERT, 10, 1), in(INSERT, 20, 2), in(INSERT, 15, 3));
      assertThat(harness.process(in(DELETE, 20, 2))).containsExactly(in(DELETE, 20, 2), in(INSERT, 10, 1));
      assertThat(harness.process(in(UPDATE_BEFORE, 10, 1), in(UPDATE_AFTER, 40, 1))).containsExactly(
          in(DELETE, 10, 1), in(INSERT, 40, 1));
      assertThat(harness.process(in(DELETE, 15, 3), in(DELETE, 40, 1))).containsExactly(
          in(DELETE, 15, 3), in(DELETE, 40, 1));
      assertThat(harness.stateEntries()).isZero();
    }
  }

  @Test
  void aRetractionWithTheRankMovesTheRowsBelowUp() throws Exception {
    try (KeyedOperatorHarness harness = open(spec(2, true, true))) {
      harness.process(in(INSERT, 10, 1), in(INSERT, 20, 2), in(INSERT, 15, 3));
      assertThat(harness.process(in(DELETE, 20, 2))).containsExactly(
          out(UPDATE_BEFORE, 20, 2, 1), out(UPDATE_AFTER, 15, 3, 1),
          out(UPDATE_BEFORE, 15, 3, 2), out(UPDATE_AFTER, 10, 1, 2));
      assertThat(harness.process(in(DELETE, 15, 3))).containsExactly(
          out(UPDATE_BEFORE, 15, 3, 1), out(UPDATE_AFTER, 10, 1, 1), out(DELETE, 10, 1, 2));
      assertThat(harness.process(in(DELETE, 5, 9), in(UPDATE_BEFORE, 99, 1))).as("rows it never held").isEmpty();
    }
  }

  @Test
  void aRetractionBelowTheTopChangesNothingVisible() throws Exception {
    try (KeyedOperatorHarness harness = open(spec(1, true, true))) {
      harness.process(in(INSERT, 10, 1), in(INSERT, 20, 2));
      assertThat(harness.process(in(DELETE, 10, 1))).isEmpty();
      assertThat(harness.process(in(DELETE, 20, 2))).containsExactly(out(DELETE, 20, 2, 1));
    }
  }

  @Test
  void tiesRankInArrivalOrder() throws Exception {
    try (KeyedOperatorHarness harness = open(spec(2, true, true))) {
      assertThat(harness.process(in(INSERT, 10, 1), in(INSERT, 10, 2), in(INSERT, 10, 3))).containsExactly(
          out(INSERT, 10, 1, 1), out(INSERT, 10, 2, 2));
      assertThat(harness.process(in(DELETE, 10, 1))).containsExactly(
          out(UPDATE_BEFORE, 10, 1, 1), out(UPDATE_AFTER, 10, 2, 1),
          out(UPDATE_BEFORE, 10, 2, 2), out(UPDATE_AFTER, 10, 3, 2));
    }
  }

  @Test
  void duplicateRowsAreKeptAndRetractedOneAtATime() throws Exception {
    try (KeyedOperatorHarness harness = open(spec(3, false, true))) {
      assertThat(harness.process(in(INSERT, 10, 1), in(INSERT, 10, 1))).containsExactly(
          in(INSERT, 10, 1), in(INSERT, 10, 1));
      assertThat(harness.process(in(DELETE, 10, 1))).containsExactly(in(DELETE, 10, 1));
    }
  }

  @Test
  void aRangeFromTheSecondRankEmitsOnlyThatRange() throws Exception {
    RankSpec spec = new RankSpec(INPUT, V_DESC, 2, 3, true, true, false);
    try (KeyedOperatorHarness harness = open(spec)) {
      assertThat(harness.process(in(INSERT, 10, 1))).isEmpty();
      assertThat(harness.process(in(INSERT, 20, 2))).containsExactly(out(INSERT, 10, 1, 2));
      assertThat(harness.process(in(INSERT, 30, 3))).containsExactly(
          out(UPDATE_BEFORE, 10, 1, 2), out(UPDATE_AFTER, 20, 2, 2), out(INSERT, 10, 1, 3));
    }
  }

  @Test
  void severalSortKeysWithTheirDirectionsAndNullsPlaces() throws Exception {
    List<SortField> order = List.of(new SortField(1, true, false), new SortField(2, false, true));
    try (KeyedOperatorHarness harness = open(new RankSpec(INPUT, order, 1, 4, true, true, false))) {
      harness.process(in(INSERT, 2, 1), in(INSERT, null, 2), in(INSERT, 1, 3), in(INSERT, 1, null),
          in(INSERT, 1, 5));
      // v ASC NULLS LAST, then id DESC NULLS FIRST: (1, null), (1, 5), (1, 3), (2, 1); (null, 2) is fifth.
      assertThat(harness.process(in(INSERT, 0, 0))).containsExactly(
          out(UPDATE_BEFORE, 1, null, 1), out(UPDATE_AFTER, 0, 0, 1),
          out(UPDATE_BEFORE, 1, 5, 2), out(UPDATE_AFTER, 1, null, 2),
          out(UPDATE_BEFORE, 1, 3, 3), out(UPDATE_AFTER, 1, 5, 3),
          out(UPDATE_BEFORE, 2, 1, 4), out(UPDATE_AFTER, 1, 3, 4));
    }
  }

  @Test
  void upsertModeEmitsNoUpdateBefore() throws Exception {
    try (KeyedOperatorHarness harness = open(new RankSpec(INPUT, V_DESC, 1, 2, true, false, false))) {
      harness.process(in(INSERT, 10, 1));
      assertThat(harness.process(in(INSERT, 20, 2))).containsExactly(
          out(UPDATE_AFTER, 20, 2, 1), out(INSERT, 10, 1, 2));
    }
  }

  @Test
  void partitionsRankApartAndNoPartitionRanksAll() throws Exception {
    try (KeyedOperatorHarness harness = open(spec(1, false, false))) {
      assertThat(harness.process(in("a", 1, 1), in("b", 2, 2), in("a", 0, 3))).containsExactly(
          in("a", 1, 1), in("b", 2, 2));
    }
    try (KeyedOperatorHarness harness = KeyedOperatorHarness.open(new RankOperator(spec(1, false, false)), GLOBAL)) {
      assertThat(harness.process(in("a", 1, 1), in("b", 2, 2), in("a", 0, 3))).containsExactly(
          in("a", 1, 1), in(DELETE, "a", 1, 1), in("b", 2, 2));
    }
  }

  @Test
  void goesOnFromRestoredStateInAFreshOperator() throws Exception {
    byte[] snapshot;
    try (KeyedOperatorHarness harness = open(spec(2, true, true))) {
      harness.process(in(INSERT, 10, 1), in(INSERT, 20, 2), in(INSERT, 15, 3));
      snapshot = harness.snapshot();
    }
    try (KeyedOperatorHarness restored =
        KeyedOperatorHarness.restore(new RankOperator(spec(2, true, true)), BY_K, snapshot)) {
      assertThat(restored.process(in(DELETE, 20, 2))).containsExactly(
          out(UPDATE_BEFORE, 20, 2, 1), out(UPDATE_AFTER, 15, 3, 1),
          out(UPDATE_BEFORE, 15, 3, 2), out(UPDATE_AFTER, 10, 1, 2));
    }
  }

  static RankSpec spec(long n, boolean outputRankNumber, boolean inputRetracts) {
    return new RankSpec(INPUT, V_DESC, 1, n, outputRankNumber, true, inputRetracts);
  }

  private static KeyedOperatorHarness open(RankSpec spec) throws Exception {
    return KeyedOperatorHarness.open(new RankOperator(spec), BY_K);
  }

  static Row in(RowKind kind, Integer v, Integer id) {
    return Row.ofKind(kind, "a", v, id);
  }

  private static Row in(RowKind kind, String k, Integer v, Integer id) {
    return Row.ofKind(kind, k, v, id);
  }

  private static Row in(String k, Integer v, Integer id) {
    return Row.of(k, v, id);
  }

  static Row out(RowKind kind, Integer v, Integer id, long rank) {
    return Row.ofKind(kind, "a", v, id, rank);
  }
}
