package io.sluice.planner.translate;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import io.sluice.planner.calcite.TypeConversion;
import io.sluice.planner.plan.JoinNode;
import io.sluice.planner.plan.JoinWindow;
import io.sluice.planner.plan.PlanNode;
import io.sluice.planner.plan.TimeBounds;
import java.util.List;
import org.apache.calcite.rel.core.Join;

/**
 * Translates a Calcite join into a regular {@link JoinNode}. Its keys are the equalities between a column of each
 * input whose types agree ({@link JoinConditions#keys}); the whole condition is compiled, keys included, so that
 * NULL keys match nothing. A join without such a key is refused: over unbounded inputs it would have to keep
 * every row of both and compare each new row with all of them. When both inputs are insert-only and the condition
 * bounds their rowtimes against each other ({@link IntervalJoinBounds}), the node is an interval join; when both
 * are windows and the keys equate their {@code window_start} and {@code window_end} ({@link WindowColumns}), it
 * is a window join.
 */
final class JoinTranslator implements RelTranslator<Join> {
  @Override
  public PlanNode translate(Join rel, List<PlanNode> inputs, TranslationContext context) {
    String conditionText = JoinConditions.text(rel.getLeft(), rel.getRight(), rel.getCondition());
    JoinNode.JoinType type = switch (rel.getJoinType()) {
      case INNER -> JoinNode.JoinType.INNER;
      case LEFT -> JoinNode.JoinType.LEFT;
      case RIGHT -> JoinNode.JoinType.RIGHT;
      case FULL -> JoinNode.JoinType.FULL;
      default -> throw new SluiceException(ErrorCode.UNSUPPORTED, "The " + rel.getJoinType() + " join ON "
          + conditionText + " is not supported in streaming yet.");
    };
    JoinConditions.Keys keys = JoinConditions.keys(rel.getLeft(), rel.getRight(), rel.getCondition(),
        context.typeFactory());
    if (keys.isEmpty()) {
      throw new SluiceException(ErrorCode.UNSUPPORTED, "The " + type.name() + " JOIN ON " + conditionText
          + " cannot run over unbounded inputs: it has no equality between a column of each input (of the same "
          + "type) to partition both inputs by, so every row of both inputs would have to be kept and compared "
          + "with every new row. Add an equi-join condition such as a.id = b.id.");
    }
    List<Integer> leftKeys = keys.left();
    List<Integer> rightKeys = keys.right();
    boolean insertOnly = inputs.get(0).changelogMode().isInsertOnly()
        && inputs.get(1).changelogMode().isInsertOnly();
    JoinWindow window = insertOnly
        ? WindowColumns.joinWindow(inputs.get(0), leftKeys, inputs.get(1), rightKeys).orElse(null) : null;
    // A window join needs no time bounds; the bounds of an interval join are read only when it is not one.
    TimeBounds bounds = insertOnly && window == null
        ? IntervalJoinBounds.of(rel.getCondition(), inputs.get(0), inputs.get(1)).orElse(null) : null;
    return new JoinNode(inputs.get(0), inputs.get(1), type, leftKeys, rightKeys,
        JoinConditions.compile(rel.getLeft(), rel.getRight(), rel.getCondition(), context.typeFactory()),
        conditionText, bounds, window,
        TypeConversion.toRowType(rel.getRowType()));
  }
}
