package io.sluice.planner.translate;

import io.sluice.planner.plan.PlanNode;
import io.sluice.planner.plan.TimeBounds;
import java.util.Optional;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeFamily;

/**
 * Finds the time bounds of an interval join in a join condition: conjuncts that compare the rowtime columns of
 * both inputs, each side a column plus or minus an interval literal ({@code a.ts BETWEEN b.ts - INTERVAL '1'
 * MINUTE AND b.ts}, which Calcite expands into {@code >=} and {@code <=}). Each is rewritten as
 * {@code left.ts OP right.ts + c}: {@code >=} and {@code >} give the lower bound, {@code <=} and {@code <} the upper
 * (strict ones by one millisecond, the time precision); the tightest of each wins. Both bounds must be found, and
 * all of them on the same pair of columns.
 */
final class IntervalJoinBounds {
  /** A column plus a constant number of milliseconds. */
  private record Term(int field, long offset) {}

  private IntervalJoinBounds() {}

  /** The bounds, or empty when the condition does not bound both inputs' event times against each other. */
  static Optional<TimeBounds> of(RexNode condition, PlanNode left, PlanNode right) {
    int leftCount = left.outputType().arity();
    Long lower = null;
    Long upper = null;
    int leftTime = -1;
    int rightTime = -1;
    for (RexNode conjunct : RelOptUtil.conjunctions(condition)) {
      SqlKind kind = conjunct.getKind();
      if (!(conjunct instanceof RexCall call) || !isComparison(kind)) {
        continue;
      }
      Term lhs = term(call.getOperands().get(0));
      Term rhs = term(call.getOperands().get(1));
      if (lhs == null || rhs == null) {
        continue;
      }
      if (lhs.field() >= leftCount && rhs.field() < leftCount) {
        Term swap = lhs;
        lhs = rhs;
        rhs = swap;
        kind = kind.reverse();
      }
      int l = lhs.field();
      int r = rhs.field() - leftCount;
      if (l >= leftCount || r < 0 || !TimeAttributes.isRowtime(left, l) || !TimeAttributes.isRowtime(right, r)
          || leftTime >= 0 && (leftTime != l || rightTime != r)) {
        continue;
      }
      leftTime = l;
      rightTime = r;
      long c = rhs.offset() - lhs.offset();
      switch (kind) {
        case GREATER_THAN_OR_EQUAL -> lower = lower == null ? c : Math.max(lower, c);
        case GREATER_THAN -> lower = lower == null ? c + 1 : Math.max(lower, c + 1);
        case LESS_THAN_OR_EQUAL -> upper = upper == null ? c : Math.min(upper, c);
        default -> upper = upper == null ? c - 1 : Math.min(upper, c - 1);
      }
    }
    if (lower == null || upper == null || upper < lower) {
      return Optional.empty();
    }
    return Optional.of(new TimeBounds(leftTime, rightTime, lower, upper));
  }

  private static boolean isComparison(SqlKind kind) {
    return kind == SqlKind.GREATER_THAN || kind == SqlKind.GREATER_THAN_OR_EQUAL || kind == SqlKind.LESS_THAN
        || kind == SqlKind.LESS_THAN_OR_EQUAL;
  }

  /** {@code $i}, {@code $i + interval} or {@code $i - interval}; null for anything else. */
  private static Term term(RexNode node) {
    if (node instanceof RexInputRef ref) {
      return new Term(ref.getIndex(), 0);
    }
    if (node instanceof RexCall call && (node.getKind() == SqlKind.PLUS || node.getKind() == SqlKind.MINUS)
        && call.getOperands().get(0) instanceof RexInputRef ref
        && call.getOperands().get(1) instanceof RexLiteral literal
        && literal.getType().getSqlTypeName().getFamily() == SqlTypeFamily.INTERVAL_DAY_TIME) {
      Long millis = literal.getValueAs(Long.class);
      return millis == null ? null : new Term(ref.getIndex(), node.getKind() == SqlKind.PLUS ? millis : -millis);
    }
    return null;
  }
}
