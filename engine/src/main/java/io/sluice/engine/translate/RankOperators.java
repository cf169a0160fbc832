package io.sluice.engine.translate;

import io.sluice.executor.api.OperatorFactory;
import io.sluice.executor.operators.deduplicate.DeduplicateOperator;
import io.sluice.executor.operators.rank.RankOperator;
import io.sluice.executor.operators.rank.RankSpec;
import io.sluice.executor.operators.rank.WindowRankOperator;
import io.sluice.executor.operators.sort.RowComparator;
import io.sluice.executor.operators.sort.SortField;
import io.sluice.planner.plan.DeduplicateNode;
import io.sluice.planner.plan.RankNode;
import io.sluice.planner.plan.SortKey;
import io.sluice.planner.plan.WindowRankNode;
import java.util.List;

/**
 * Maps the plan's Top-N and deduplication nodes onto the runtime's operators. Whether a Top-N keeps every row of
 * a partition or only its top follows from whether its input retracts.
 */
final class RankOperators {
  private RankOperators() {}

  static OperatorFactory rank(RankNode node) {
    RankSpec spec = new RankSpec(node.input().outputType(), sortFields(node.orderBy()), node.range().start(),
        node.range().end(), node.outputRankNumber(), node.emitUpdateBefore(),
        node.input().changelogMode().hasUpdates());
    return () -> new RankOperator(spec);
  }

  static OperatorFactory windowRank(WindowRankNode node) {
    RankSpec spec = new RankSpec(node.input().outputType(), sortFields(node.orderBy()), node.range().start(),
        node.range().end(), node.outputRankNumber(), false, false);
    return () -> new WindowRankOperator(node.windowEndField(), spec);
  }

  /** By processing time rows count in arrival order: every row ties, so keep-first drops and keep-last replaces. */
  static OperatorFactory deduplicate(DeduplicateNode node) {
    RowComparator order = new RowComparator(node.processingTime() ? List.of() : sortFields(List.of(node.orderKey())));
    return () -> new DeduplicateOperator(node.outputType(), order, node.keepLast(), node.emitUpdateBefore());
  }

  private static List<SortField> sortFields(List<SortKey> keys) {
    return keys.stream().map(key -> new SortField(key.field(), key.ascending(), key.nullsFirst())).toList();
  }
}
