package io.sluice.planner.rules;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import io.sluice.planner.rel.LogicalTemporalJoin;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Correlate;
import org.apache.calcite.rel.core.CorrelationId;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.core.Snapshot;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCorrelVariable;
import org.apache.calcite.rex.RexFieldAccess;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;

/**
 * Turns what Calcite makes of {@code l JOIN r FOR SYSTEM_TIME AS OF l.t ON cond} — a correlate whose right side is
 * a filter (the ON condition, reading the left row through a correlation variable) over a snapshot of {@code r} as
 * of {@code $cor.t} — into a {@link LogicalTemporalJoin} of {@code l} and {@code r}: references to the correlation
 * variable become references to the left input's fields, the right side's fields move behind them, and the period
 * becomes a left field. As Flink's {@code LogicalCorrelateToJoinFromTemporalTableRule}.
 */
public final class CorrelateSnapshotToTemporalJoinRule extends RelRule<RuleConfig> {
  static final RuleConfig WITH_FILTER = new RuleConfig("CorrelateSnapshotToTemporalJoinRule(Filter)",
      correlate -> correlate.operand(Correlate.class).inputs(
          left -> left.operand(RelNode.class).anyInputs(),
          filter -> filter.operand(Filter.class).oneInput(
              snapshot -> snapshot.operand(Snapshot.class).anyInputs())),
      CorrelateSnapshotToTemporalJoinRule::new);

  static final RuleConfig WITHOUT_FILTER = new RuleConfig("CorrelateSnapshotToTemporalJoinRule",
      correlate -> correlate.operand(Correlate.class).inputs(
          left -> left.operand(RelNode.class).anyInputs(),
          snapshot -> snapshot.operand(Snapshot.class).anyInputs()),
      CorrelateSnapshotToTemporalJoinRule::new);

  private CorrelateSnapshotToTemporalJoinRule(RuleConfig config) {
    super(config);
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    Correlate correlate = call.rel(0);
    RelNode left = call.rel(1);
    Filter filter = call.rels.length == 4 ? call.rel(2) : null;
    Snapshot snapshot = call.rel(call.rels.length - 1);
    JoinRelType type = correlate.getJoinType();
    if (type != JoinRelType.INNER && type != JoinRelType.LEFT) {
      throw new SluiceException(ErrorCode.UNSUPPORTED, "A join FOR SYSTEM_TIME AS OF must be an INNER or a LEFT "
          + "join, not " + type + ".");
    }
    RexBuilder rexBuilder = correlate.getCluster().getRexBuilder();
    int leftCount = left.getRowType().getFieldCount();
    CorrelationId id = correlate.getCorrelationId();
    RexNode period = decorrelate(snapshot.getPeriod(), id, left, leftCount, rexBuilder);
    if (!(period instanceof RexInputRef ref)) {
      throw new SluiceException(ErrorCode.UNSUPPORTED, "FOR SYSTEM_TIME AS OF must name a time attribute of the "
          + "left table (such as o.ts or o.proc_time), not " + snapshot.getPeriod() + ".");
    }
    RexNode condition = filter == null ? rexBuilder.makeLiteral(true)
        : decorrelate(filter.getCondition(), id, left, leftCount, rexBuilder);
    call.transformTo(new LogicalTemporalJoin(correlate.getCluster(), correlate.getTraitSet(), left,
        snapshot.getInput(), type, condition, ref.getIndex()));
  }

  /** The expression over the left fields ({@code $cor.f}) followed by the right ones ({@code $i}). */
  private static RexNode decorrelate(RexNode node, CorrelationId id, RelNode left, int leftCount,
      RexBuilder rexBuilder) {
    return node.accept(new RexShuttle() {
      @Override
      public RexNode visitInputRef(RexInputRef ref) {
        return new RexInputRef(ref.getIndex() + leftCount, ref.getType());
      }

      @Override
      public RexNode visitFieldAccess(RexFieldAccess access) {
        if (access.getReferenceExpr() instanceof RexCorrelVariable variable && variable.id.equals(id)) {
          return rexBuilder.makeInputRef(left, access.getField().getIndex());
        }
        return super.visitFieldAccess(access);
      }
    });
  }
}
