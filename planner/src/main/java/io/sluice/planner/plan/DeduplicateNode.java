package io.sluice.planner.plan;

import io.sluice.common.RowKind;
import io.sluice.common.types.RowType;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Deduplication: {@code ROW_NUMBER() OVER (PARTITION BY partitionKeys ORDER BY orderKey) = 1} over an insert-only
 * input, without the rank in the output: one row per key, the first in the order. {@code ORDER BY ts ASC} keeps
 * the first row (a later-arriving row replaces it only if its ts is smaller); {@code ORDER BY ts DESC} keeps the
 * last (a row replaces it if its ts is at least as great). The output is the input's fields, as an updating
 * changelog without deletions: retract ({@code [I,UB,UA]}) or upsert by the partition keys ({@code [I,UA]}).
 *
 * @param partitionKeys indices of the PARTITION BY fields in the input row; empty for one global row
 * @param orderKey the ORDER BY, one time column
 * @param emitUpdateBefore true to emit {@code -U} before each {@code +U}; decided by
 *     {@link io.sluice.planner.changelog.ChangelogModeInference}
 */
public record DeduplicateNode(PlanNode input, List<Integer> partitionKeys, SortKey orderKey,
    boolean emitUpdateBefore) implements PlanNode {
  private static final ChangelogMode RETRACT_WITHOUT_DELETE = new ChangelogMode(
      EnumSet.of(RowKind.INSERT, RowKind.UPDATE_BEFORE, RowKind.UPDATE_AFTER));
  private static final ChangelogMode UPSERT_WITHOUT_DELETE =
      new ChangelogMode(EnumSet.of(RowKind.INSERT, RowKind.UPDATE_AFTER));

  public DeduplicateNode {
    partitionKeys = List.copyOf(partitionKeys);
  }

  /** True for {@code ORDER BY ts DESC}: the last row is kept. */
  public boolean keepLast() {
    return !orderKey.ascending();
  }

  public DeduplicateNode withInput(PlanNode newInput) {
    return new DeduplicateNode(newInput, partitionKeys, orderKey, emitUpdateBefore);
  }

  public DeduplicateNode withEmitUpdateBefore(boolean emit) {
    return new DeduplicateNode(input, partitionKeys, orderKey, emit);
  }

  @Override
  public String kind() {
    return "Deduplicate";
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
    return emitUpdateBefore ? RETRACT_WITHOUT_DELETE : UPSERT_WITHOUT_DELETE;
  }

  /** {@code Deduplicate(keep=[LastRow], key=[k], order=[ts DESC])}, after Flink. */
  @Override
  public String describe() {
    RowType in = input.outputType();
    return kind() + "(keep=[" + (keepLast() ? "LastRow" : "FirstRow") + "], key=["
        + partitionKeys.stream().map(i -> in.column(i).name()).collect(Collectors.joining(", "))
        + "], order=[" + orderKey.describe(in) + "])";
  }
}
