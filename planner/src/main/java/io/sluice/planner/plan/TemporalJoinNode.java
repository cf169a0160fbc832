package io.sluice.planner.plan;

import io.sluice.common.types.RowType;
import java.util.List;

/**
 * An event-time temporal join, {@code l JOIN r FOR SYSTEM_TIME AS OF l.ts ON l.k = r.k}: each left row joins the
 * version of the versioned table {@code r} (a primary key, covered by the join keys, and an event time) valid at
 * the left row's time — the latest right row of its key at or before that time, unless it is a deletion. Both
 * inputs are hash-partitioned by the join keys; a left row waits in state until the watermark reaches its time,
 * and right versions older than the one valid at the watermark are dropped. A left row arriving at or behind the
 * watermark is late and dropped. The output keeps the left row's change kind, so it has the left input's
 * changelog mode.
 *
 * @param joinType INNER or LEFT
 * @param leftKeys key fields of the left input
 * @param rightKeys key fields of the right input, pairwise equal to {@code leftKeys} in type
 * @param leftTimeField the left input's rowtime the table is read as of
 * @param rightTimeField the versioned table's rowtime, when each version starts
 * @param condition the whole join condition compiled over the left fields followed by the right ones
 * @param conditionText what EXPLAIN shows as {@code where=[...]}
 */
public record TemporalJoinNode(PlanNode left, PlanNode right, JoinNode.JoinType joinType, List<Integer> leftKeys,
    List<Integer> rightKeys, int leftTimeField, int rightTimeField, GeneratedCode condition, String conditionText,
    RowType outputType) implements PlanNode {

  public TemporalJoinNode {
    leftKeys = List.copyOf(leftKeys);
    rightKeys = List.copyOf(rightKeys);
  }

  public TemporalJoinNode withInputs(PlanNode newLeft, PlanNode newRight) {
    return new TemporalJoinNode(newLeft, newRight, joinType, leftKeys, rightKeys, leftTimeField, rightTimeField,
        condition, conditionText, outputType);
  }

  @Override
  public String kind() {
    return "TemporalJoin";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of(left, right);
  }

  @Override
  public ChangelogMode changelogMode() {
    return left.changelogMode();
  }

  @Override
  public String describe() {
    return kind() + "(joinType=[" + joinType.displayName() + "], where=[" + conditionText + "], leftKeys=["
        + PlanPrinter.fieldNames(left.outputType(), leftKeys) + "], rightKeys=["
        + PlanPrinter.fieldNames(right.outputType(), rightKeys) + "], asOf=["
        + left.outputType().column(leftTimeField).name() + "], versionTime=["
        + right.outputType().column(rightTimeField).name() + "])";
  }
}
