package io.sluice.planner.calcite;

import java.util.List;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.SingleRel;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql2rel.RelStructuredTypeFlattener;

/**
 * A table's WATERMARK in Calcite's plan: passes its input's rows on unchanged, and at run time generates
 * watermarks from them with {@link #watermark()}, an expression over the input's columns. It sits right above the
 * table's scan and computed columns, so it runs in the source's task; Calcite's rules know nothing of it and move
 * no projection or filter past it, which keeps the rowtime column and the rows it judges intact.
 */
public final class LogicalWatermarkAssigner extends SingleRel
    implements RelStructuredTypeFlattener.SelfFlatteningRel {
  private final int rowtimeField;
  private final RexNode watermark;

  private LogicalWatermarkAssigner(RelOptCluster cluster, RelTraitSet traits, RelNode input, int rowtimeField,
      RexNode watermark) {
    super(cluster, traits, input);
    this.rowtimeField = rowtimeField;
    this.watermark = watermark;
  }

  /** @param watermark an expression over {@code input}'s columns, of a timestamp type */
  public static LogicalWatermarkAssigner create(RelNode input, int rowtimeField, RexNode watermark) {
    return new LogicalWatermarkAssigner(input.getCluster(), input.getTraitSet(), input, rowtimeField, watermark);
  }

  /** The index of the rowtime column (the column the WATERMARK is declared for). */
  public int rowtimeField() {
    return rowtimeField;
  }

  public RexNode watermark() {
    return watermark;
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new LogicalWatermarkAssigner(getCluster(), traitSet, sole(inputs), rowtimeField, watermark);
  }

  /** Calcite flattens nested row types after conversion; this node has none of its own. */
  @Override
  public void flattenRel(RelStructuredTypeFlattener flattener) {
    flattener.rewriteGeneric(this);
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw)
        .item("rowtime", getRowType().getFieldNames().get(rowtimeField))
        .item("watermark", watermark);
  }
}
