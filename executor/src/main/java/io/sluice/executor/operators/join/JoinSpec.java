package io.sluice.executor.operators.join;

import io.sluice.common.types.RowType;
import java.util.Objects;

/**
 * What a regular join operator needs: the two inputs' row types, which sides are outer (kept in the result with
 * nulls for the other side when nothing matches them), and the condition a pair of rows with equal keys must also
 * satisfy. INNER is neither side outer, LEFT the left, RIGHT the right, FULL both.
 *
 * @param leftType the first input's rows
 * @param rightType the second input's rows
 * @param leftOuter true for LEFT and FULL joins
 * @param rightOuter true for RIGHT and FULL joins
 * @param condition the residual condition; {@link JoinCondition#ALWAYS} for a pure equi-join
 */
public record JoinSpec(RowType leftType, RowType rightType, boolean leftOuter, boolean rightOuter,
    JoinCondition condition) {
  public JoinSpec {
    Objects.requireNonNull(leftType, "leftType");
    Objects.requireNonNull(rightType, "rightType");
    Objects.requireNonNull(condition, "condition");
  }

  /** True when input {@code input} (0 left, 1 right) is an outer side. */
  boolean isOuter(int input) {
    return input == 0 ? leftOuter : rightOuter;
  }

  RowType type(int input) {
    return input == 0 ? leftType : rightType;
  }
}
