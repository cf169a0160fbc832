package io.sluice.planner.plan;

import io.sluice.common.RowKind;
import io.sluice.common.types.RowType;
import java.util.EnumSet;
import java.util.List;

/**
 * Deduplication: {@code ROW_NUMBER() OVER (PARTITION BY partitionKeys ORDER BY orderKey) = 1} over an insert-only
 * input, without the rank in the output: one row per key, the first in the order. {@code ORDER BY ts ASC} keeps
 * the first row (a later-arriving row replaces it only if its ts is smaller); {@code ORDER BY ts DESC} keeps the
 * last (a row replaces it if its ts is at least as great). The output is the input's fields, as an updating
 * changelog without deletions: retract ({@code [I,UB,UA]}) or upsert by the partition keys ({@code [I,UA]}).
 *
 * <p>Ordered by a processing-time attribute ({@code processingTime}), the order is the order of arrival, as in
 * Flink: keep-first emits the first row of a key and drops every later one, an insert-only output ({@code [I]});
 * keep-last replaces the kept row with every new one.
 *
 * @param partitionKeys indices of the PARTITION BY fields in the input row; empty for one global row
 * @param orderKey the ORDER BY, one time column
 * @param processingTime true when {@code orderKey} is a processing-time attribute: rows count in arrival order
 * @param emitUpdateBefore true to emit {@code -U} before each {@code +U}; decided by
 *     {@link io.sluice.planner.changelog.ChangelogModeInference}
 */
public record DeduplicateNode(PlanNode input, List<Integer> partitionKeys, SortKey orderKey,
    boolean processingTime, boolean emitUpdateBefore) implements PlanNode {
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
    return new DeduplicateNode(newInput, partitionKeys, orderKey, processingTime, emitUpdateBefore);
  }

  public DeduplicateNode withEmitUpdateBefore(boolean emit) {
    return new DeduplicateNode(input, partitionKeys, orderKey, processingTime, emit);
  }

  @Override
  public String kind() {
    return "Deduplicate";
  }

  @Override
  public int version() {
    return 2;
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
    if (processingTime && !keepLast()) {
      return ChangelogMode.INSERT_ONLY;
    }
    return emitUpdateBefore ? RETRACT_WITHOUT_DELETE : UPSERT_WITHOUT_DELETE;
  }

  /** {@code Deduplicate(keep=[LastRow], key=[k], order=[ts DESC])}, after Flink. */
  @Override
  public String describe() {
    RowType in = input.outputType();
    return kind() + "(keep=[" + (keepLast() ? "LastRow" : "FirstRow") + "], key=["
        + PlanPrinter.fieldNames(in, partitionKeys)
        + "], order=[" + (processingTime ? "PROCTIME " : "") + orderKey.describe(in) + "])";
  }
}
