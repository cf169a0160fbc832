package io.sluice.executor.operators.rank;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.executor.api.Output;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the top rows of a partition before and after one input row into the changelog a Top-N emits, as Flink
 * does for its retracting Top-N:
 *
 * <ul>
 *   <li>With the rank in the output, each rank of the range is compared on its own: a rank that gains a row emits
 *       {@code +I (row, rank)}, one that loses its row {@code -D (row, rank)}, and one whose row changed
 *       {@code -U (old, rank)} (unless upserting) then {@code +U (new, rank)}. A row entering the top at rank r
 *       therefore updates every rank from r to the end of the range, as the rows below it move down.
 *   <li>Without the rank, the rows of the range are compared as a multiset: rows that left are deleted
 *       ({@code -D}), then rows that entered are inserted ({@code +I}). A row entering pushes at most one out.
 * </ul>
 *
 * Ranks outside {@code [rankStart, rankEnd]} emit nothing. Every {@code -U}/{@code -D} retracts a row emitted
 * before, since the "before" list is what the previous changes left.
 */
final class RankChanges {
  private final RankSpec spec;

  RankChanges(RankSpec spec) {
    this.spec = spec;
  }

  /**
   * @param before the partition's first {@code rankEnd} rows (fewer if it has fewer) before the input row
   * @param after the same after it
   */
  void emit(List<Row> before, List<Row> after, Output out) {
    if (spec.outputRankNumber()) {
      emitPerRank(before, after, out);
    } else {
      emitAsMultiset(slice(before), slice(after), out);
    }
  }

  private void emitPerRank(List<Row> before, List<Row> after, Output out) {
    for (long rank = spec.rankStart(); rank <= spec.rankEnd(); rank++) {
      int index = (int) (rank - 1);
      Row old = index < before.size() ? before.get(index) : null;
      Row now = index < after.size() ? after.get(index) : null;
      if (old == null && now == null) {
        return;
      }
      if (old == null) {
        out.emit(withRank(RowKind.INSERT, now, rank));
      } else if (now == null) {
        out.emit(withRank(RowKind.DELETE, old, rank));
      } else if (!Arrays.deepEquals(old.fields(), now.fields())) {
        if (spec.emitUpdateBefore()) {
          out.emit(withRank(RowKind.UPDATE_BEFORE, old, rank));
        }
        out.emit(withRank(RowKind.UPDATE_AFTER, now, rank));
      }
    }
  }

  private static void emitAsMultiset(List<Row> before, List<Row> after, Output out) {
    Map<List<Object>, Integer> entered = new HashMap<>();
    for (Row row : after) {
      entered.merge(Arrays.asList(row.fields()), 1, Integer::sum);
    }
    for (Row row : before) {
      if (entered.merge(Arrays.asList(row.fields()), -1, Integer::sum) < 0) {
        out.emit(row.withKind(RowKind.DELETE));
      }
    }
    for (Row row : after) {
      List<Object> fields = Arrays.asList(row.fields());
      if (entered.get(fields) > 0) {
        entered.merge(fields, -1, Integer::sum);
        out.emit(row.withKind(RowKind.INSERT));
      }
    }
  }

  /** The rows at ranks {@code rankStart} and after (the lists end at {@code rankEnd}). */
  private List<Row> slice(List<Row> top) {
    int from = (int) Math.min(spec.rankStart() - 1, top.size());
    return top.subList(from, top.size());
  }

  private static Row withRank(RowKind kind, Row row, long rank) {
    Object[] fields = Arrays.copyOf(row.fields(), row.arity() + 1);
    fields[row.arity()] = rank;
    return new Row(kind, fields);
  }
}
