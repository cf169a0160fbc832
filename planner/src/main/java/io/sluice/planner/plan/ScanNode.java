package io.sluice.planner.plan;

import io.sluice.common.types.RowType;
import java.util.List;
import java.util.Map;

/**
 * Reads the physical columns of a table through its connector.
 *
 * @param changelogMode what the connector's source emits: insert-only, or a changelog with retractions
 */
public record ScanNode(
    String table, RowType outputType, List<String> primaryKey, Map<String, String> options,
    ChangelogMode changelogMode) implements PlanNode {
  @Override
  public String kind() {
    return "TableSourceScan";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of();
  }

  @Override
  public String describe() {
    return kind() + "(table=[" + table + "], fields=[" + String.join(", ", outputType.names()) + "])";
  }
}
