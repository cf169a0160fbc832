package io.sluice.planner.plan;

import io.sluice.common.types.RowType;
import java.util.List;

/** UNION ALL: every row of every input, in no particular order between inputs. */
public record UnionNode(List<PlanNode> inputs, RowType outputType) implements PlanNode {
  @Override
  public String kind() {
    return "Union";
  }

  @Override
  public int version() {
    return 1;
  }

  public UnionNode withInputs(List<PlanNode> newInputs) {
    return new UnionNode(newInputs, outputType);
  }

  /** Whatever any input emits. */
  @Override
  public ChangelogMode changelogMode() {
    ChangelogMode mode = ChangelogMode.NONE;
    for (PlanNode input : inputs) {
      mode = mode.union(input.changelogMode());
    }
    return mode;
  }

  @Override
  public String describe() {
    return kind() + "(all=[true], union=[" + String.join(", ", outputType.names()) + "])";
  }
}
