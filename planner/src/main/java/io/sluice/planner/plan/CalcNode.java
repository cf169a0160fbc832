package io.sluice.planner.plan;

import io.sluice.common.types.RowType;
import java.util.List;

/**
 * Filters and projects each row with compiled code; keeps the row's kind, so its changelog mode is its input's.
 *
 * @param projection what EXPLAIN shows as {@code select=[...]}
 * @param condition what EXPLAIN shows as {@code where=[...]}, or null without a filter
 * @param forwardedFields for each output column, the index of the input column it copies unchanged (a plain
 *     reference, or a cast that only changes nullability), or -1 when it is computed
 */
public record CalcNode(PlanNode input, RowType outputType, GeneratedCode code, String projection, String condition,
    List<Integer> forwardedFields) implements PlanNode {

  public CalcNode {
    forwardedFields = List.copyOf(forwardedFields);
  }

  public CalcNode withInput(PlanNode newInput) {
    return new CalcNode(newInput, outputType, code, projection, condition, forwardedFields);
  }

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
  public ChangelogMode changelogMode() {
    return input.changelogMode();
  }

  @Override
  public String describe() {
    return kind() + "(select=[" + projection + "]" + (condition == null ? "" : ", where=[" + condition + "]") + ")";
  }
}
