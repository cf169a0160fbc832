package io.sluice.planner.plan;

import io.sluice.common.RowKind;
import io.sluice.common.types.RowType;
import java.util.EnumSet;
import java.util.List;

/**
 * A regular (unbounded) equi-join: both inputs are hash-partitioned by their key fields and kept in state, and
 * each row is joined with the other input's rows under its key that satisfy the whole {@code condition}. The
 * output is the left row's fields followed by the right row's. It is insert-only for an inner join of insert-only
 * inputs; otherwise rows are retracted with deletions ({@code [I,D]}): by the inputs' retractions, and by an
 * outer join when a padded row is replaced by a match or comes back. An interval join ({@code timeBounds}) and a
 * window join ({@code window}) are always insert-only.
 *
 * @param joinType which sides are kept when unmatched
 * @param leftKeys key fields of the left input
 * @param rightKeys key fields of the right input, pairwise equal to {@code leftKeys} in type
 * @param condition the whole join condition (keys included, as NULL keys match nothing) compiled over the left
 *     fields followed by the right ones; the class yields a row when the pair joins, null when it does not
 * @param conditionText what EXPLAIN shows as {@code where=[...]}
 * @param timeBounds for an interval join (both inputs insert-only, their rowtimes bounded against each other),
 *     the bounds: its state is released as the watermark passes and its output is insert-only, outer rows
 *     padded once their interval has closed; null for a regular join
 * @param window for a window join (both inputs insert-only windows, joined on {@code window_start} and
 *     {@code window_end}), the window end columns: each window is joined once the watermark passes its end, then
 *     its state is released, and the output is insert-only; null otherwise
 */
public record JoinNode(PlanNode left, PlanNode right, JoinType joinType, List<Integer> leftKeys,
    List<Integer> rightKeys, GeneratedCode condition, String conditionText, TimeBounds timeBounds,
    JoinWindow window, RowType outputType) implements PlanNode {

  /** The join types a regular join runs. */
  public enum JoinType {
    INNER("InnerJoin"), LEFT("LeftOuterJoin"), RIGHT("RightOuterJoin"), FULL("FullOuterJoin");

    private final String displayName;

    JoinType(String displayName) {
      this.displayName = displayName;
    }

    /** As EXPLAIN shows it, e.g. {@code LeftOuterJoin}. */
    public String displayName() {
      return displayName;
    }

    public boolean leftOuter() {
      return this == LEFT || this == FULL;
    }

    public boolean rightOuter() {
      return this == RIGHT || this == FULL;
    }
  }

  public JoinNode {
    leftKeys = List.copyOf(leftKeys);
    rightKeys = List.copyOf(rightKeys);
  }

  public JoinNode withInputs(PlanNode newLeft, PlanNode newRight) {
    return new JoinNode(newLeft, newRight, joinType, leftKeys, rightKeys, condition, conditionText, timeBounds,
        window, outputType);
  }

  @Override
  public String kind() {
    return timeBounds != null ? "IntervalJoin" : window != null ? "WindowJoin" : "Join";
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
    if (timeBounds != null || window != null
        || joinType == JoinType.INNER && left.changelogMode().isInsertOnly() && right.changelogMode().isInsertOnly()) {
      return ChangelogMode.INSERT_ONLY;
    }
    return new ChangelogMode(EnumSet.of(RowKind.INSERT, RowKind.DELETE));
  }

  @Override
  public String describe() {
    return kind() + "(joinType=[" + joinType.displayName + "], where=[" + conditionText + "], leftKeys=["
        + PlanPrinter.fieldNames(left.outputType(), leftKeys) + "], rightKeys=["
        + PlanPrinter.fieldNames(right.outputType(), rightKeys) + "]"
        + (timeBounds == null ? "" : ", interval=[" + left.outputType().column(timeBounds.leftTimeField()).name()
            + " - " + right.outputType().column(timeBounds.rightTimeField()).name() + " in [" + timeBounds.lower()
            + ", " + timeBounds.upper() + "] ms]")
        + (window == null ? "" : ", window=[" + left.outputType().column(window.leftEndField()).name() + " = "
            + right.outputType().column(window.rightEndField()).name() + "]")
        + ")";
  }
}
