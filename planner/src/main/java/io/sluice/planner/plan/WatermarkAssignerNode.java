package io.sluice.planner.plan;

import io.sluice.common.types.RowType;
import java.util.List;

/**
 * Generates watermarks from a table's rows and passes the rows on unchanged: the table's WATERMARK, right after its
 * scan and computed columns.
 *
 * @param rowtimeField the index of the rowtime column, an event-time attribute from here on
 * @param code a compiled projection of the input row onto one column: the watermark the row allows
 * @param expression what EXPLAIN shows as {@code watermark=[...]}
 */
public record WatermarkAssignerNode(PlanNode input, int rowtimeField, GeneratedCode code, String expression)
    implements PlanNode {

  public WatermarkAssignerNode withInput(PlanNode newInput) {
    return new WatermarkAssignerNode(newInput, rowtimeField, code, expression);
  }

  @Override
  public String kind() {
    return "WatermarkAssigner";
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
  public RowType outputType() {
    return input.outputType();
  }

  @Override
  public ChangelogMode changelogMode() {
    return input.changelogMode();
  }

  @Override
  public String describe() {
    return kind() + "(rowtime=[" + outputType().column(rowtimeField).name() + "], watermark=[" + expression + "])";
  }
}
