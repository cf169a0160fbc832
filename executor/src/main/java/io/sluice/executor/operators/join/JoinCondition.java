package io.sluice.executor.operators.join;

/**
 * The residual (non-equi) condition of a join, tested on a pair of rows whose keys are already equal. Must be a
 * pure function of the two rows' fields; called from the operator's thread only.
 */
@FunctionalInterface
public interface JoinCondition {
  /** Every pair of rows with equal keys joins. */
  JoinCondition ALWAYS = (left, right) -> true;

  boolean test(Object[] left, Object[] right);
}
