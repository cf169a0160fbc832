package io.sluice.executor.operators.rank;

import io.sluice.common.types.RowType;
import io.sluice.executor.operators.sort.SortField;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link RankOperator} computes: {@code ROW_NUMBER() OVER (PARTITION BY ... ORDER BY order)} per partition
 * (the operator's key), and which ranks it emits.
 *
 * @param inputType the type of the input rows, which the operator keeps in state
 * @param order the ORDER BY over input fields; rows equal on every key are ranked in arrival order
 * @param rankStart the first rank emitted, at least 1
 * @param rankEnd the last rank emitted, at least {@code rankStart} (the N of a Top-N)
 * @param outputRankNumber true to append the rank (a BIGINT) to each output row
 * @param emitUpdateBefore false for an upsert changelog keyed by the partition and the rank: an update is only
 *     its {@code +U}; only matters with {@code outputRankNumber}
 * @param inputRetracts true when the input has {@code -U}/{@code -D} rows: every row of a partition must then be
 *     kept, since a retraction in the top can bring any of them into it; otherwise only the top
 *     {@code rankEnd} rows are kept
 */
public record RankSpec(RowType inputType, List<SortField> order, long rankStart, long rankEnd,
    boolean outputRankNumber, boolean emitUpdateBefore, boolean inputRetracts) {
  public RankSpec {
    Objects.requireNonNull(inputType, "inputType");
    order = List.copyOf(order);
    if (order.isEmpty()) {
      throw new IllegalArgumentException("A rank needs at least one sort key");
    }
    if (rankStart < 1 || rankEnd < rankStart) {
      throw new IllegalArgumentException("Invalid rank range [" + rankStart + ", " + rankEnd + "]");
    }
  }
}
