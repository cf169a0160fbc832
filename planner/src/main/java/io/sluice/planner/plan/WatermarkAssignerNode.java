package io.sluice.planner.plan;

import io.sluice.common.types.RowType;
import java.util.List;

/**
 * Generates watermarks from a table's rows and passes the rows on unchanged: the table's WATERMARK, right after its
 * scan and computed columns. Or, in front of a window over a {@code PROCTIME()} column, processing time's own
 * watermark: the wall clock, so that the window operators of event time close processing-time windows as the
 * clock passes their end, also when no row comes.
 *
 * @param rowtimeField the index of the rowtime column, an event-time attribute from here on
 * @param code a compiled projection of the input row onto one column: the watermark the row allows
 * @param expression what EXPLAIN shows as {@code watermark=[...]}
 * @param processingTime whether the column is a {@code PROCTIME()} one and the watermark follows the clock
 */
public record WatermarkAssignerNode(PlanNode input, int rowtimeField, GeneratedCode code, String expression,
    boolean processingTime) implements PlanNode {

  /** The watermark of a table's WATERMARK declaration, an event-time one. */
  public WatermarkAssignerNode(PlanNode input, int rowtimeField, GeneratedCode code, String expression) {
    this(input, rowtimeField, code, expression, false);
  }

  public WatermarkAssignerNode withInput(PlanNode newInput) {
    return new WatermarkAssignerNode(newInput, rowtimeField, code, expression, processingTime);
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
    String time = processingTime ? "proctime" : "rowtime";
    return kind() + "(" + time + "=[" + outputType().column(rowtimeField).name() + "], watermark=[" + expression + "])";
  }
}
