package io.sluice.planner.plan;

import io.sluice.common.types.RowType;
import java.util.List;

/** A fixed list of rows (VALUES), in their internal representation; a bounded input. */
public record ValuesNode(RowType outputType, List<List<Object>> rows) implements PlanNode {
  @Override
  public String kind() {
    return "Values";
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
  public ChangelogMode changelogMode() {
    return ChangelogMode.INSERT_ONLY;
  }

  @Override
  public String describe() {
    return kind() + "(tuples=" + rows + ")";
  }
}
