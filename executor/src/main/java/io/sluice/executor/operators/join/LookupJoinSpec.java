package io.sluice.executor.operators.join;

import io.sluice.common.types.RowType;
import io.sluice.executor.api.LookupFunction;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a lookup join needs.
 *
 * @param tableType the looked-up table's rows: the right side of the output
 * @param inputKeys the input fields whose values are looked up, in the order of the function's lookup columns
 * @param leftOuter true for a LEFT join: an input row without a joining table row is emitted padded with NULLs
 * @param condition the whole join condition, tested on each input row and each row the lookup returned
 * @param function creates the lookup function, once per operator instance
 * @param async how lookups run: {@link AsyncLookup#SYNC} on the operator's thread, else on a pool
 */
public record LookupJoinSpec(RowType tableType, int[] inputKeys, boolean leftOuter, JoinCondition condition,
    Supplier<LookupFunction> function, AsyncLookup async) {
  public LookupJoinSpec {
    Objects.requireNonNull(tableType, "tableType");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(async, "async");
    inputKeys = inputKeys.clone();
  }
}
