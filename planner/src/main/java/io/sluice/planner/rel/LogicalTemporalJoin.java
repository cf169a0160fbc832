package io.sluice.planner.rel;

import java.util.List;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.BiRel;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.validate.SqlValidatorUtil;

/**
 * {@code left JOIN right FOR SYSTEM_TIME AS OF left.period ON condition}: each left row joined with the version of
 * {@code right} valid at its {@code period} (Flink's temporal table join). The translator decides by the period
 * which kind it is: an event-time attribute makes it a temporal join of a versioned table, a processing-time
 * attribute a lookup join that queries the table's connector. Made from Calcite's correlate over a snapshot by
 * {@link io.sluice.planner.rules.CorrelateSnapshotToTemporalJoinRule}. Its rows are the left fields followed by the
 * right ones.
 */
public final class LogicalTemporalJoin extends BiRel {
  private final JoinRelType joinType;
  private final RexNode condition;
  private final int periodField;

  /**
   * @param joinType INNER or LEFT
   * @param condition over the left fields followed by the right ones
   * @param periodField the left field the right table is read as of
   */
  public LogicalTemporalJoin(RelOptCluster cluster, RelTraitSet traits, RelNode left, RelNode right,
      JoinRelType joinType, RexNode condition, int periodField) {
    super(cluster, traits, left, right);
    this.joinType = joinType;
    this.condition = condition;
    this.periodField = periodField;
  }

  public JoinRelType joinType() {
    return joinType;
  }

  public RexNode condition() {
    return condition;
  }

  public int periodField() {
    return periodField;
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new LogicalTemporalJoin(getCluster(), traitSet, inputs.get(0), inputs.get(1), joinType, condition,
        periodField);
  }

  @Override
  protected RelDataType deriveRowType() {
    return SqlValidatorUtil.deriveJoinRowType(left.getRowType(), right.getRowType(), joinType,
        getCluster().getTypeFactory(), null, List.of());
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw)
        .item("joinType", joinType.lowerName)
        .item("period", left.getRowType().getFieldNames().get(periodField))
        .item("condition", condition);
  }
}
