package io.sluice.planner.rules;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeUtil;
import org.apache.calcite.util.Sarg;

/**
 * The ranks a condition on the rank number lets through, for {@link FilterWindowToRankRule}: a comparison with a
 * constant ({@code rn <= 3}, {@code 2 < rn}, {@code rn = 1}) or Calcite's SEARCH form of ranges
 * ({@code rn BETWEEN 2 AND 5}, {@code rn <= 3 AND rn <> 2}).
 *
 * @param from the first rank let through (at least 1)
 * @param to the last rank let through, {@link Long#MAX_VALUE} for no upper bound; less than {@code from} when
 *     none is
 * @param exact true when the condition lets through exactly {@code [from, to]}, so the rank replaces it; false
 *     when it is narrower (a SEARCH with holes) and must still be applied
 */
record RankNumberBounds(long from, long to, boolean exact) {
  /** The bounds of {@code condition} on field {@code rankNumber}, or null when it is not such a condition. */
  static RankNumberBounds of(RexNode condition, int rankNumber) {
    if (!(condition instanceof RexCall call) || call.getOperands().size() != 2) {
      return null;
    }
    SqlKind kind = call.getKind();
    RexNode left = RexUtil.removeCast(call.getOperands().get(0));
    RexNode right = RexUtil.removeCast(call.getOperands().get(1));
    if (isRankNumber(right, rankNumber) && left instanceof RexLiteral) {
      kind = kind.reverse();
      RexNode swap = left;
      left = right;
      right = swap;
    }
    if (!isRankNumber(left, rankNumber) || !(right instanceof RexLiteral literal) || literal.isNull()) {
      return null;
    }
    if (kind == SqlKind.SEARCH) {
      return ofSearch(literal.getValueAs(Sarg.class));
    }
    if (!SqlTypeUtil.isNumeric(literal.getType())) {
      return null;
    }
    BigDecimal value = literal.getValueAs(BigDecimal.class);
    return switch (kind) {
      case LESS_THAN_OR_EQUAL -> new RankNumberBounds(1, floor(value), true);
      case LESS_THAN -> new RankNumberBounds(1, ceiling(value) - 1, true);
      case GREATER_THAN_OR_EQUAL -> new RankNumberBounds(Math.max(1, ceiling(value)), Long.MAX_VALUE, true);
      case GREATER_THAN -> new RankNumberBounds(Math.max(1, floor(value) + 1), Long.MAX_VALUE, true);
      case EQUALS -> new RankNumberBounds(Math.max(1, ceiling(value)), floor(value), true);
      default -> null;
    };
  }

  /** The span of the search's ranges; exact when it is one range. */
  private static RankNumberBounds ofSearch(Sarg<?> sarg) {
    if (sarg == null || sarg.rangeSet.isEmpty()) {
      return null;
    }
    Range<?> span = sarg.rangeSet.span();
    Object endpoint = span.hasLowerBound() ? span.lowerEndpoint() : span.hasUpperBound() ? span.upperEndpoint() : null;
    if (!(endpoint instanceof BigDecimal)) {
      return null;
    }
    long from = 1;
    long to = Long.MAX_VALUE;
    if (span.hasLowerBound()) {
      BigDecimal lower = (BigDecimal) span.lowerEndpoint();
      from = Math.max(1, span.lowerBoundType() == BoundType.CLOSED ? ceiling(lower) : floor(lower) + 1);
    }
    if (span.hasUpperBound()) {
      BigDecimal upper = (BigDecimal) span.upperEndpoint();
      to = span.upperBoundType() == BoundType.CLOSED ? floor(upper) : ceiling(upper) - 1;
    }
    return new RankNumberBounds(from, to, sarg.rangeSet.asRanges().size() == 1);
  }

  private static long floor(BigDecimal value) {
    return value.setScale(0, RoundingMode.FLOOR).longValueExact();
  }

  private static long ceiling(BigDecimal value) {
    return value.setScale(0, RoundingMode.CEILING).longValueExact();
  }

  private static boolean isRankNumber(RexNode node, int rankNumber) {
    return node instanceof RexInputRef ref && ref.getIndex() == rankNumber;
  }
}
