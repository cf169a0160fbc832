package io.sluice.planner.changelog;

import io.sluice.planner.plan.CalcNode;
import io.sluice.planner.plan.DeduplicateNode;
import io.sluice.planner.plan.GroupAggregateNode;
import io.sluice.planner.plan.JoinNode;
import io.sluice.planner.plan.LookupJoinNode;
import io.sluice.planner.plan.TemporalJoinNode;
import io.sluice.planner.plan.OverAggregateNode;
import io.sluice.planner.plan.PlanNode;
import io.sluice.planner.plan.RankNode;
import io.sluice.planner.plan.SinkNode;
import io.sluice.planner.plan.UnionNode;
import io.sluice.planner.plan.WatermarkAssignerNode;
import io.sluice.planner.plan.WindowAggregateNode;
import io.sluice.planner.plan.WindowRankNode;
import io.sluice.planner.plan.WindowTableFunctionNode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, top down, which updating nodes must retract old rows ({@code -U}) and which may emit upserts, then
 * every node's changelog mode follows bottom up from its inputs ({@link PlanNode#changelogMode()}).
 *
 * <p>The result of a SELECT is shown as a changelog and needs retractions. A sink needs them unless it declares a
 * primary key equal to the upsert key of its input ({@link UpsertKeys}): then each new row replaces the old one by
 * key. A Calc passes the requirement on, but a filter needs retractions from its input (a row that stops passing
 * the filter must be deleted downstream, which only its retraction can do). A group aggregate needs retractions
 * from its input always, to take back what it counted; so does a Top-N, to take a retracted row out of its
 * ranking. A union passes the requirement to every input. A Top-N and a deduplication decide like a group
 * aggregate whether to emit {@code -U} (a Top-N without its rank number emits only inserts and deletions
 * either way). A regular join needs retractions from both inputs, to take a retracted row out of its state and
 * the result. Window operators emit inserts only and read inserts only.
 */
public final class ChangelogModeInference {
  private ChangelogModeInference() {}

  /** The plan with every group aggregate, Top-N and deduplication told whether to emit {@code -U}. */
  public static PlanNode apply(PlanNode root) {
    return rewrite(root, !(root instanceof SinkNode sink) || needsUpdateBefore(sink));
  }

  private static PlanNode rewrite(PlanNode node, boolean updateBeforeRequired) {
    if (node instanceof SinkNode sink) {
      return sink.withInput(rewrite(sink.input(), needsUpdateBefore(sink)));
    }
    if (node instanceof CalcNode calc) {
      return calc.withInput(rewrite(calc.input(), updateBeforeRequired || calc.condition() != null));
    }
    if (node instanceof UnionNode union) {
      return union.withInputs(union.inputs().stream().map(input -> rewrite(input, updateBeforeRequired)).toList());
    }
    if (node instanceof GroupAggregateNode aggregate) {
      return aggregate.withInput(rewrite(aggregate.input(), true)).withEmitUpdateBefore(updateBeforeRequired);
    }
    if (node instanceof RankNode rank) {
      return rank.withInput(rewrite(rank.input(), true)).withEmitUpdateBefore(updateBeforeRequired);
    }
    if (node instanceof DeduplicateNode deduplicate) {
      return deduplicate.withInput(rewrite(deduplicate.input(), true)).withEmitUpdateBefore(updateBeforeRequired);
    }
    if (node instanceof JoinNode join) {
      return join.withInputs(rewrite(join.left(), true), rewrite(join.right(), true));
    }
    // A temporal join passes the left rows' kinds on and reads the versioned side's updates as new versions.
    if (node instanceof TemporalJoinNode join) {
      return join.withInputs(rewrite(join.left(), updateBeforeRequired), rewrite(join.right(), false));
    }
    if (node instanceof LookupJoinNode join) {
      return join.withInput(rewrite(join.input(), updateBeforeRequired));
    }
    if (node instanceof WatermarkAssignerNode assigner) {
      return assigner.withInput(rewrite(assigner.input(), updateBeforeRequired));
    }
    // Window operators take insert-only input (the planner refuses any other), so nothing below them updates.
    if (node instanceof WindowTableFunctionNode function) {
      return function.withInput(rewrite(function.input(), true));
    }
    if (node instanceof WindowAggregateNode aggregate) {
      return aggregate.withInput(rewrite(aggregate.input(), true));
    }
    if (node instanceof OverAggregateNode over) {
      return over.withInput(rewrite(over.input(), true));
    }
    if (node instanceof WindowRankNode rank) {
      return rank.withInput(rewrite(rank.input(), true));
    }
    return node;
  }

  /** False only for a sink whose primary key is exactly its input's upsert key. */
  static boolean needsUpdateBefore(SinkNode sink) {
    if (sink.primaryKey().isEmpty()) {
      return true;
    }
    Optional<List<Integer>> upsertKey = UpsertKeys.of(sink.input());
    if (upsertKey.isEmpty()) {
      return true;
    }
    Set<Integer> primaryKey = new HashSet<>();
    for (String column : sink.primaryKey()) {
      primaryKey.add(sink.outputType().indexOf(column));
    }
    return !primaryKey.equals(new HashSet<>(upsertKey.get()));
  }
}
