package io.sluice.planner.plan;

import io.sluice.common.types.RowType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Window Top-N: a {@code ROW_NUMBER()} Top-N whose partition includes {@code window_start} and {@code window_end}
 * of windows (a window table function's or a window aggregation's, over an insert-only input). A window's rows
 * are complete once the watermark passes its end, so the node emits each window's top rows once, then: an
 * insert-only output. Rows whose window has ended (at or behind the watermark) are dropped as late.
 *
 * @param partitionKeys indices of the PARTITION BY fields, the window's bounds among them
 * @param windowEndField the input's {@code window_end} field, one of the partition keys
 * @param orderBy the ORDER BY of the ROW_NUMBER; rows that tie rank in arrival order
 * @param outputType the input's fields, then the rank number (BIGINT) if it is output
 */
public record WindowRankNode(PlanNode input, List<Integer> partitionKeys, int windowEndField, List<SortKey> orderBy,
    RankRange range, boolean outputRankNumber, RowType outputType) implements PlanNode {
  public WindowRankNode {
    partitionKeys = List.copyOf(partitionKeys);
    orderBy = List.copyOf(orderBy);
  }

  public WindowRankNode withInput(PlanNode newInput) {
    return new WindowRankNode(newInput, partitionKeys, windowEndField, orderBy, range, outputRankNumber, outputType);
  }

  @Override
  public String kind() {
    return "WindowRank";
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
    return ChangelogMode.INSERT_ONLY;
  }

  /** {@code WindowRank(window_end=[window_end], rankRange=[...], partitionBy=[...], orderBy=[...], select=[...])}. */
  @Override
  public String describe() {
    RowType in = input.outputType();
    return kind() + "(window_end=[" + in.column(windowEndField).name() + "], rankType=[ROW_NUMBER], rankRange=["
        + range + "], partitionBy=[" + PlanPrinter.fieldNames(in, partitionKeys) + "], orderBy=["
        + orderBy.stream().map(key -> key.describe(in)).collect(Collectors.joining(", ")) + "], select=["
        + String.join(", ", outputType.names()) + "])";
  }
}
