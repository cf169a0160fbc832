package io.sluice.planner.plan;

import io.sluice.common.RowKind;
import io.sluice.common.types.RowType;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Top-N: {@code ROW_NUMBER() OVER (PARTITION BY partitionKeys ORDER BY orderBy)} kept to a range of ranks. The
 * output is the input's rows that rank in the range, followed by their rank when {@code outputRankNumber}, kept
 * up to date as rows arrive and are retracted: an updating changelog. With the rank, every row whose rank
 * changes is updated (retract, or upsert by the partition keys and the rank); without it, a row entering the
 * range inserts it and deletes the row it pushes out ({@code [I,D]}).
 *
 * @param partitionKeys indices of the PARTITION BY fields in the input row; empty for one global ranking
 * @param orderBy the ORDER BY of the ROW_NUMBER; rows that tie rank in arrival order
 * @param outputType the input's fields, then the rank number (BIGINT) if it is output
 * @param emitUpdateBefore true to emit {@code -U} before each {@code +U} (retract mode); decided by
 *     {@link io.sluice.planner.changelog.ChangelogModeInference}
 */
public record RankNode(PlanNode input, List<Integer> partitionKeys, List<SortKey> orderBy, RankRange range,
    boolean outputRankNumber, RowType outputType, boolean emitUpdateBefore) implements PlanNode {
  private static final ChangelogMode INSERT_DELETE = new ChangelogMode(EnumSet.of(RowKind.INSERT, RowKind.DELETE));

  public RankNode {
    partitionKeys = List.copyOf(partitionKeys);
    orderBy = List.copyOf(orderBy);
  }

  public RankNode withInput(PlanNode newInput) {
    return new RankNode(newInput, partitionKeys, orderBy, range, outputRankNumber, outputType, emitUpdateBefore);
  }

  public RankNode withEmitUpdateBefore(boolean emit) {
    return new RankNode(input, partitionKeys, orderBy, range, outputRankNumber, outputType, emit);
  }

  @Override
  public String kind() {
    return "Rank";
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
    if (!outputRankNumber) {
      return INSERT_DELETE;
    }
    return emitUpdateBefore ? ChangelogMode.RETRACT : ChangelogMode.UPSERT;
  }

  /**
   * {@code Rank(strategy=[AppendFastStrategy], rankType=[ROW_NUMBER], rankRange=[rankStart=1, rankEnd=3],
   * partitionBy=[k], orderBy=[v DESC], select=[k, v, w0$o0])}, as Flink shows it; the strategy says whether the
   * input retracts (then every row of a partition is kept) or not (then only the top ones).
   */
  @Override
  public String describe() {
    RowType in = input.outputType();
    String strategy = input.changelogMode().hasUpdates() ? "RetractStrategy" : "AppendFastStrategy";
    return kind() + "(strategy=[" + strategy + "], rankType=[ROW_NUMBER], rankRange=[" + range + "], "
        + "partitionBy=[" + PlanPrinter.fieldNames(in, partitionKeys)
        + "], orderBy=[" + orderBy.stream().map(key -> key.describe(in)).collect(Collectors.joining(", "))
        + "], select=[" + String.join(", ", outputType.names()) + "])";
  }
}
