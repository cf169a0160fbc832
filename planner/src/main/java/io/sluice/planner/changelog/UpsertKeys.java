package io.sluice.planner.changelog;

import io.sluice.planner.plan.CalcNode;
import io.sluice.planner.plan.DeduplicateNode;
import io.sluice.planner.plan.GroupAggregateNode;
import io.sluice.planner.plan.PlanNode;
import io.sluice.planner.plan.RankNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The upsert key of a node's updating output: output fields whose values identify a row across its updates, so
 * that a consumer can replace the row with that key instead of waiting for the retraction of the old one. A group
 * aggregate's key is its grouping fields; a deduplication's its partition keys; a Top-N's, when it outputs the rank
 * number, its partition keys and the rank number; a Calc keeps its input's key if it forwards every key field
 * unchanged; other nodes have none that is known.
 */
public final class UpsertKeys {
  private UpsertKeys() {}

  /** The key's output field indices, in key order; empty when none is known. */
  public static Optional<List<Integer>> of(PlanNode node) {
    if (node instanceof GroupAggregateNode aggregate) {
      return Optional.of(IntStream.range(0, aggregate.grouping().size()).boxed().toList());
    }
    if (node instanceof DeduplicateNode deduplicate) {
      return Optional.of(deduplicate.partitionKeys());
    }
    if (node instanceof RankNode rank && rank.outputRankNumber()) {
      List<Integer> key = new ArrayList<>(rank.partitionKeys());
      key.add(rank.outputType().arity() - 1);
      return Optional.of(List.copyOf(key));
    }
    if (node instanceof CalcNode calc) {
      return of(calc.input()).flatMap(inputKey -> forward(inputKey, calc.forwardedFields()));
    }
    return Optional.empty();
  }

  private static Optional<List<Integer>> forward(List<Integer> inputKey, List<Integer> forwardedFields) {
    List<Integer> key = new ArrayList<>();
    for (int field : inputKey) {
      int output = forwardedFields.indexOf(field);
      if (output < 0) {
        return Optional.empty();
      }
      key.add(output);
    }
    return Optional.of(key);
  }
}
