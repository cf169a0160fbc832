package io.sluice.planner.rel;

import java.util.List;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelCollation;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.SingleRel;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.util.ImmutableBitSet;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * {@code ROW_NUMBER() OVER (PARTITION BY partitionKeys ORDER BY orderKey)} restricted to the ranks
 * {@code [rankStart, rankEnd]}: the rows of each partition that rank in that range, as a Calcite node, so that the
 * optimizer's rules can work on it (Calcite has no rank node; Flink's is {@code FlinkLogicalRank}). Its rows are
 * the input's fields, followed by the rank number (a {@code BIGINT}) when {@code rankNumberField} is set.
 * {@link io.sluice.planner.rules.FilterWindowToRankRule} makes it from a filter on {@code ROW_NUMBER}.
 */
public final class LogicalRank extends SingleRel {
  private final ImmutableBitSet partitionKeys;
  private final RelCollation orderKey;
  private final long rankStart;
  private final long rankEnd;
  private final @Nullable RelDataTypeField rankNumberField;

  /**
   * @param rankNumberField the output field of the rank number, or null when the rank is not output
   */
  public LogicalRank(RelOptCluster cluster, RelTraitSet traits, RelNode input, ImmutableBitSet partitionKeys,
      RelCollation orderKey, long rankStart, long rankEnd, @Nullable RelDataTypeField rankNumberField) {
    super(cluster, traits, input);
    this.partitionKeys = partitionKeys;
    this.orderKey = orderKey;
    this.rankStart = rankStart;
    this.rankEnd = rankEnd;
    this.rankNumberField = rankNumberField;
  }

  public ImmutableBitSet partitionKeys() {
    return partitionKeys;
  }

  public RelCollation orderKey() {
    return orderKey;
  }

  public long rankStart() {
    return rankStart;
  }

  public long rankEnd() {
    return rankEnd;
  }

  public boolean outputsRankNumber() {
    return rankNumberField != null;
  }

  /** The index of the rank number in the output: right after the input's fields. */
  public int rankNumberIndex() {
    return input.getRowType().getFieldCount();
  }

  /** The same rank without the rank number in its output. */
  public LogicalRank withoutRankNumber() {
    return new LogicalRank(getCluster(), traitSet, input, partitionKeys, orderKey, rankStart, rankEnd, null);
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new LogicalRank(getCluster(), traitSet, sole(inputs), partitionKeys, orderKey, rankStart, rankEnd,
        rankNumberField);
  }

  @Override
  protected RelDataType deriveRowType() {
    if (rankNumberField == null) {
      return input.getRowType();
    }
    return getCluster().getTypeFactory().builder()
        .addAll(input.getRowType().getFieldList())
        .add(rankNumberField.getName(), rankNumberField.getType())
        .build();
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw)
        .item("partition", partitionKeys)
        .item("order", orderKey)
        .item("rankRange", "[" + rankStart + ", " + rankEnd + "]")
        .item("rankNumber", outputsRankNumber());
  }
}
