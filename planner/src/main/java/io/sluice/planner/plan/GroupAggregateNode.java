package io.sluice.planner.plan;

import io.sluice.common.types.RowType;
import java.util.ArrayList;
import java.util.List;

/**
 * An unbounded GROUP BY: one output row per group, the grouping fields followed by one value per aggregate, kept
 * up to date as rows arrive and are retracted. Its output is an updating changelog: retract, or upsert by the
 * grouping fields when every consumer replaces rows by that key. Without grouping fields there is one group (a
 * global aggregate).
 *
 * @param grouping indices of the grouping fields in the input row
 * @param aggregateCalls the aggregates, in output order
 * @param emitUpdateBefore true to emit {@code -U} before each {@code +U} (retract mode); decided by
 *     {@link io.sluice.planner.changelog.ChangelogModeInference}
 */
public record GroupAggregateNode(PlanNode input, List<Integer> grouping, List<AggregateCall> aggregateCalls,
    RowType outputType, boolean emitUpdateBefore) implements PlanNode {

  public GroupAggregateNode {
    grouping = List.copyOf(grouping);
    aggregateCalls = List.copyOf(aggregateCalls);
  }

  public GroupAggregateNode withInput(PlanNode newInput) {
    return new GroupAggregateNode(newInput, grouping, aggregateCalls, outputType, emitUpdateBefore);
  }

  public GroupAggregateNode withEmitUpdateBefore(boolean emit) {
    return new GroupAggregateNode(input, grouping, aggregateCalls, outputType, emit);
  }

  @Override
  public String kind() {
    return "GroupAggregate";
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
    return emitUpdateBefore ? ChangelogMode.RETRACT : ChangelogMode.UPSERT;
  }

  @Override
  public String describe() {
    RowType in = input.outputType();
    List<String> select = new ArrayList<>();
    List<String> groupBy = new ArrayList<>();
    for (int field : grouping) {
      groupBy.add(in.column(field).name());
      select.add(in.column(field).name());
    }
    aggregateCalls.forEach(call -> select.add(call.describe(in)));
    return kind() + "(" + (groupBy.isEmpty() ? "" : "groupBy=[" + String.join(", ", groupBy) + "], ")
        + "select=[" + String.join(", ", select) + "])";
  }
}
