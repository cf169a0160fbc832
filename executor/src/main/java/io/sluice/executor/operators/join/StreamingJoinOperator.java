package io.sluice.executor.operators.join;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.executor.api.KeyedStateStore;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.TwoInputOperator;
import io.sluice.executor.operators.StateRetention;
import java.util.ArrayList;
import java.util.List;

/**
 * A regular (unbounded) equi-join of two changelogs, keyed by the join key, as Flink's streaming join. Each input's
 * rows live in keyed state ({@link JoinSideState}: row → copies, and for an outer side the number of rows it
 * matches). A row of one input is compared with every row of the other input under the same key by the
 * {@link JoinSpec#condition()}, which must include the key equality itself when keys can be NULL (NULL keys share a
 * key, but must match nothing).
 *
 * <p>An accumulating row ({@code +I}, {@code +U}) emits {@code +I} of each joined pair (once per copy of the other
 * row); a retracting one ({@code -U}, {@code -D}) emits {@code -D} of each. An outer side's row with no match is
 * emitted padded with nulls; when its first match arrives, the padded row is retracted ({@code -D}) before the
 * joined one is inserted, and when its last match is retracted, the padded row comes back ({@code +I}). The
 * output is insert-only when the join is inner and both inputs are; otherwise it is {@code [I,D]}.
 *
 * <p>A retraction of a row the operator does not hold (its state expired under {@code table.exec.state.ttl}) is
 * ignored, as the group aggregation does. State is declared through {@link StateRetention}.
 */
public final class StreamingJoinOperator implements TwoInputOperator {
  private final JoinSpec spec;
  private final JoinSideState[] sides = new JoinSideState[2];

  public StreamingJoinOperator(JoinSpec spec) {
    this.spec = spec;
  }

  @Override
  public void open(OperatorContext context) {
    KeyedStateStore store = StateRetention.keyedState(context);
    sides[0] = new JoinSideState(store, "left-rows", spec.leftType());
    sides[1] = new JoinSideState(store, "right-rows", spec.rightType());
  }

  @Override
  public void processRow(int input, Row row, Output out) {
    Row record = JoinSideState.record(row);
    boolean accumulate = row.kind() == RowKind.INSERT || row.kind() == RowKind.UPDATE_AFTER;
    JoinSideState own = sides[input];
    if (!accumulate && own.count(record) == 0) {
      return;
    }
    int otherInput = 1 - input;
    boolean otherOuter = spec.isOuter(otherInput);
    long matched = 0;
    for (JoinSideState.Entry other : matches(input, record)) {
      matched += other.count();
      if (accumulate) {
        if (otherOuter && other.matches() == 0) {
          emit(out, RowKind.DELETE, other.count(), padded(otherInput, other.row()));
        }
        emit(out, RowKind.INSERT, other.count(), joined(input, record, other.row()));
      } else {
        emit(out, RowKind.DELETE, other.count(), joined(input, record, other.row()));
        if (otherOuter && other.matches() == 1) {
          emit(out, RowKind.INSERT, other.count(), padded(otherInput, other.row()));
        }
      }
      if (otherOuter) {
        sides[otherInput].setMatches(other, other.matches() + (accumulate ? 1 : -1));
      }
    }
    if (spec.isOuter(input) && matched == 0) {
      emit(out, accumulate ? RowKind.INSERT : RowKind.DELETE, 1, padded(input, record));
    }
    if (accumulate) {
      own.add(record, matched);
    } else {
      own.remove(record);
    }
  }

  /** The other input's rows under the current key that join with {@code row} of {@code input}. */
  private List<JoinSideState.Entry> matches(int input, Row row) {
    List<JoinSideState.Entry> matches = new ArrayList<>();
    for (JoinSideState.Entry other : sides[1 - input].entries()) {
      if (JoinedRows.matches(spec.condition(), input, row.fields(), other.row().fields())) {
        matches.add(other);
      }
    }
    return matches;
  }

  private static Object[] joined(int input, Row row, Row other) {
    return JoinedRows.joined(input, row.fields(), other.fields());
  }

  private Object[] padded(int input, Row row) {
    return JoinedRows.padded(input, row.fields(), spec.type(1 - input).arity());
  }

  private static void emit(Output out, RowKind kind, long copies, Object[] fields) {
    for (long i = 0; i < copies; i++) {
      out.emit(new Row(kind, fields));
    }
  }
}
