package io.sluice.planner.plan;

import io.sluice.common.types.RowType;
import java.util.List;

/**
 * Filters and projects each row with compiled code; keeps the row's kind.
 *
 * @param projection what EXPLAIN shows as {@code select=[...]}
 * @param condition what EXPLAIN shows as {@code where=[...]}, or null without a filter
 */
public record CalcNode(PlanNode input, RowType outputType, GeneratedCode code, String projection, String condition)
    implements PlanNode {
  @Override
  public String kind() {
    return "Calc";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of(input);
  }

  @Override
  public String describe() {
    return kind() + "(select=[" + projection + "]" + (condition == null ? "" : ", where=[" + condition + "]") + ")";
  }
}
