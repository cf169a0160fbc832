package io.sluice.planner.plan;

import io.sluice.common.types.RowType;
import java.util.List;
import java.util.Map;

/** Writes rows, already cast to the table's physical columns, through the table's connector. */
public record SinkNode(
    PlanNode input, String table, RowType outputType, List<String> primaryKey, Map<String, String> options)
    implements PlanNode {
  @Override
  public String kind() {
    return "Sink";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of(input);
  }

  public SinkNode withInput(PlanNode newInput) {
    return new SinkNode(newInput, table, outputType, primaryKey, options);
  }

  /** A sink emits nothing; what it receives is its input's mode. */
  @Override
  public ChangelogMode changelogMode() {
    return ChangelogMode.NONE;
  }

  @Override
  public String describe() {
    return kind() + "(table=[" + table + "], fields=[" + String.join(", ", outputType.names()) + "])";
  }
}
