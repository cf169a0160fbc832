package io.sluice.planner.translate;

import io.sluice.common.types.TypeRoot;
import io.sluice.planner.calcite.TypeConversion;
import io.sluice.planner.plan.DeduplicateNode;
import io.sluice.planner.plan.PlanNode;
import io.sluice.planner.plan.RankNode;
import io.sluice.planner.plan.RankRange;
import io.sluice.planner.plan.SortKey;
import io.sluice.planner.plan.WindowRankNode;
import io.sluice.planner.rel.LogicalRank;
import java.util.List;
import java.util.OptionalInt;
import org.apache.calcite.rel.RelFieldCollation;

/**
 * A {@link LogicalRank} becomes a {@link WindowRankNode} when it partitions an insert-only input by both bounds of
 * its windows ({@link WindowColumns}), a {@link DeduplicateNode} when it is the deduplication pattern (the first rank
 * only, without the rank number, ordered by one time column, over an insert-only input; by processing time, in arrival order), and a {@link RankNode}
 * otherwise, in retract mode (changelog-mode inference may relax it to upsert).
 */
final class RankTranslator implements RelTranslator<LogicalRank> {
  @Override
  public PlanNode translate(LogicalRank rel, List<PlanNode> inputs, TranslationContext context) {
    PlanNode input = inputs.get(0);
    List<Integer> partitionKeys = rel.partitionKeys().asList();
    List<SortKey> orderBy = rel.orderKey().getFieldCollations().stream().map(RankTranslator::sortKey).toList();
    RankRange range = new RankRange(rel.rankStart(), rel.rankEnd());
    OptionalInt windowEnd = input.changelogMode().hasUpdates() ? OptionalInt.empty()
        : WindowColumns.windowEnd(input, partitionKeys);
    if (windowEnd.isPresent()) {
      return new WindowRankNode(input, partitionKeys, windowEnd.getAsInt(), orderBy, range, rel.outputsRankNumber(),
          TypeConversion.toRowType(rel.getRowType()));
    }
    if (isDeduplication(rel, orderBy, input)) {
      boolean processingTime = ProcTimeAttributes.isProctime(rel.getInput(), orderBy.get(0).field());
      return new DeduplicateNode(input, partitionKeys, orderBy.get(0), processingTime, true);
    }
    return new RankNode(input, partitionKeys, orderBy, range, rel.outputsRankNumber(),
        TypeConversion.toRowType(rel.getRowType()), true);
  }

  private static boolean isDeduplication(LogicalRank rel, List<SortKey> orderBy, PlanNode input) {
    if (rel.rankStart() != 1 || rel.rankEnd() != 1 || rel.outputsRankNumber() || orderBy.size() != 1
        || input.changelogMode().hasUpdates()) {
      return false;
    }
    TypeRoot root = input.outputType().column(orderBy.get(0).field()).type().root();
    return root.isTimestamp() || root == TypeRoot.DATE || root == TypeRoot.TIME;
  }

  /** An unspecified NULL direction is the default one: NULL is the smallest value (Flink's and H2's). */
  private static SortKey sortKey(RelFieldCollation collation) {
    boolean ascending = !collation.getDirection().isDescending();
    boolean nullsFirst = switch (collation.nullDirection) {
      case FIRST -> true;
      case LAST -> false;
      case UNSPECIFIED -> ascending;
    };
    return new SortKey(collation.getFieldIndex(), ascending, nullsFirst);
  }
}
