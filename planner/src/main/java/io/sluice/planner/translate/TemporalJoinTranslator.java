package io.sluice.planner.translate;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import io.sluice.planner.calcite.TypeConversion;
import io.sluice.planner.changelog.UpsertKeys;
import io.sluice.common.types.RowType;
import io.sluice.planner.plan.CalcNode;
import io.sluice.planner.plan.GeneratedCode;
import io.sluice.planner.plan.DeduplicateNode;
import io.sluice.planner.plan.JoinNode;
import io.sluice.planner.plan.LookupJoinNode;
import io.sluice.planner.plan.PlanNode;
import io.sluice.planner.plan.ScanNode;
import io.sluice.planner.plan.TemporalJoinNode;
import io.sluice.planner.plan.WatermarkAssignerNode;
import io.sluice.planner.rel.LogicalTemporalJoin;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.calcite.rel.core.JoinRelType;

/**
 * Translates a join {@code FOR SYSTEM_TIME AS OF} by what the period is, as Flink does. A processing-time attribute
 * ({@link ProcTimeAttributes}) makes a {@link LookupJoinNode}: the right side must be a table read as it is (its
 * connector is queried, not scanned), and the keys are the equalities between an input field and a table column.
 * An event-time attribute ({@link TimeAttributes}) makes a {@link TemporalJoinNode}: the right side must be a
 * versioned table, with an event time and a primary key (or the key of a deduplication) that the join keys cover.
 * Anything else is refused with a message naming the join and what it lacks.
 */
final class TemporalJoinTranslator implements RelTranslator<LogicalTemporalJoin> {
  @Override
  public PlanNode translate(LogicalTemporalJoin rel, List<PlanNode> inputs, TranslationContext context) {
    String conditionText = JoinConditions.text(rel.getLeft(), rel.getRight(), rel.condition());
    String join = (rel.joinType() == JoinRelType.LEFT ? "LEFT " : "") + "JOIN FOR SYSTEM_TIME AS OF "
        + rel.getLeft().getRowType().getFieldNames().get(rel.periodField()) + " ON " + conditionText;
    JoinNode.JoinType type = rel.joinType() == JoinRelType.LEFT ? JoinNode.JoinType.LEFT : JoinNode.JoinType.INNER;
    JoinConditions.Keys keys = JoinConditions.keys(rel.getLeft(), rel.getRight(), rel.condition(),
        context.typeFactory());
    if (keys.isEmpty()) {
      throw new SluiceException(ErrorCode.UNSUPPORTED, "The " + join + " needs an equality between a column of "
          + "each side (of the same type), such as o.currency = r.currency, to find the right rows by.");
    }
    GeneratedCode condition = JoinConditions.compile(rel.getLeft(), rel.getRight(), rel.condition(), context.typeFactory());
    RowType outputType = TypeConversion.toRowType(rel.getRowType());
    PlanNode left = inputs.get(0);
    PlanNode right = inputs.get(1);
    if (ProcTimeAttributes.isProctime(rel.getLeft(), rel.periodField())) {
      if (!(right instanceof ScanNode scan)) {
        throw new SluiceException(ErrorCode.UNSUPPORTED, "The lookup " + join + " needs a table read as it is, "
            + "without computed columns or WATERMARK, whose connector can look rows up (such as 'jdbc').");
      }
      return new LookupJoinNode(left, scan.table(), scan.outputType(), scan.primaryKey(), scan.options(), type,
          keys.left(), keys.right(), condition, conditionText, outputType);
    }
    if (!TimeAttributes.isRowtime(left, rel.periodField())) {
      throw new SluiceException(ErrorCode.UNSUPPORTED, "The " + join + " must read the table as of a time "
          + "attribute of the left input: an event-time column (with a WATERMARK) for a temporal join, or a "
          + "PROCTIME() column for a lookup join.");
    }
    int rightTime = IntStream.range(0, right.outputType().arity()).filter(i -> isVersionTime(right, i))
        .findFirst().orElseThrow(() -> new SluiceException(ErrorCode.UNSUPPORTED, "The event-time " + join
            + " needs a versioned table on the right: one with a WATERMARK, whose event time says when each "
            + "version starts."));
    List<Integer> primaryKey = primaryKey(right).orElseThrow(() -> new SluiceException(ErrorCode.UNSUPPORTED,
        "The event-time " + join + " needs a versioned table on the right: declare a PRIMARY KEY on it (or "
            + "deduplicate it by its key), so that each row is a new version of one key's row."));
    if (!keys.right().containsAll(primaryKey)) {
      List<String> names = primaryKey.stream().map(i -> right.outputType().column(i).name()).toList();
      throw new SluiceException(ErrorCode.UNSUPPORTED, "The event-time " + join + " must join on the whole "
          + "primary key of the versioned table: " + names + ".");
    }
    return new TemporalJoinNode(left, right, type, keys.left(), keys.right(), rel.periodField(), rightTime,
        condition, conditionText, outputType);
  }

  /**
   * Whether a field of the versioned side says when its versions start: an event-time attribute, or one a
   * deduplication (a versioned view, updating, so not a time attribute for anything else) forwards.
   */
  private static boolean isVersionTime(PlanNode node, int field) {
    if (node instanceof CalcNode calc) {
      int forwarded = calc.forwardedFields().get(field);
      return forwarded >= 0 && isVersionTime(calc.input(), forwarded);
    }
    if (node instanceof DeduplicateNode deduplicate) {
      return TimeAttributes.isRowtime(deduplicate.input(), field);
    }
    return TimeAttributes.isRowtime(node, field);
  }

  /** A table's primary key, followed through its watermark and computed columns, or an upsert key. */
  private static Optional<List<Integer>> primaryKey(PlanNode node) {
    if (node instanceof ScanNode scan) {
      return scan.primaryKey().isEmpty() ? Optional.empty()
          : Optional.of(scan.primaryKey().stream().map(scan.outputType()::indexOf).toList());
    }
    if (node instanceof WatermarkAssignerNode assigner) {
      return primaryKey(assigner.input());
    }
    if (node instanceof CalcNode calc) {
      Optional<List<Integer>> inputKey = primaryKey(calc.input());
      if (inputKey.isPresent() && inputKey.get().stream().allMatch(calc.forwardedFields()::contains)) {
        return Optional.of(inputKey.get().stream().map(calc.forwardedFields()::indexOf).toList());
      }
    }
    return UpsertKeys.of(node);
  }
}
