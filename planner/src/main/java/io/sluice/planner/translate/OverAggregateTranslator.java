package io.sluice.planner.translate;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import io.sluice.common.types.RowType;
import io.sluice.planner.calcite.TypeConversion;
import io.sluice.planner.plan.AggregateCall;
import io.sluice.planner.plan.OverAggregateNode;
import io.sluice.planner.plan.PlanNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.core.Window;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexWindowBound;
import org.apache.calcite.sql.SqlAggFunction;
import org.apache.calcite.sql.SqlKind;

/**
 * A Calcite Window (OVER aggregates the optimizer did not turn into a rank) becomes one {@link OverAggregateNode}
 * per window group, stacked: each appends its group's aggregates to the row, so the last one's output has the
 * Window's columns. Refused with a message: an ORDER BY other than one ascending event-time attribute, a frame
 * that does not end at the current row, and functions the runtime lacks (ranking functions among them).
 */
final class OverAggregateTranslator implements RelTranslator<Window> {
  private static final String SUPPORTED = " OVER aggregation needs ORDER BY one event-time attribute, ascending, "
      + "and a frame ending at the current row, e.g. SUM(x) OVER (PARTITION BY k ORDER BY ts "
      + "ROWS BETWEEN 10 PRECEDING AND CURRENT ROW) or RANGE BETWEEN INTERVAL '1' MINUTE PRECEDING AND CURRENT ROW.";

  /** Window functions that are not aggregates of the frame. */
  private static final Set<SqlKind> NOT_AGGREGATES = EnumSet.of(SqlKind.ROW_NUMBER, SqlKind.RANK,
      SqlKind.DENSE_RANK, SqlKind.PERCENT_RANK, SqlKind.CUME_DIST, SqlKind.NTILE, SqlKind.LAG, SqlKind.LEAD,
      SqlKind.NTH_VALUE);

  @Override
  public PlanNode translate(Window rel, List<PlanNode> inputs, TranslationContext context) {
    PlanNode node = inputs.get(0);
    RowType windowType = TypeConversion.toRowType(rel.getRowType());
    int inputArity = node.outputType().arity();
    int column = inputArity;
    for (Window.Group group : rel.groups) {
      List<AggregateCall> calls = new ArrayList<>();
      for (Window.RexWinAggCall call : group.aggCalls) {
        calls.add(aggregateCall(call, windowType.column(column++).name(), inputArity));
      }
      RowType outputType = new RowType(windowType.columns().subList(0, column));
      node = new OverAggregateNode(node, group.keys.asList(), timeField(group, node), group.isRows,
          preceding(rel, group), calls, outputType);
    }
    return node;
  }

  private static int timeField(Window.Group group, PlanNode input) {
    List<RelFieldCollation> order = group.orderKeys.getFieldCollations();
    if (order.size() != 1 || order.get(0).getDirection().isDescending()
        || !TimeAttributes.isRowtime(input, order.get(0).getFieldIndex())) {
      throw new SluiceException(ErrorCode.UNSUPPORTED, "The query orders an OVER window by "
          + (order.isEmpty() ? "nothing" : order) + "." + SUPPORTED);
    }
    return order.get(0).getFieldIndex();
  }

  /** Rows or milliseconds before the current row where the frame starts. */
  private static long preceding(Window rel, Window.Group group) {
    RexWindowBound lower = group.lowerBound;
    if (!group.upperBound.isCurrentRow() || !(lower.isPreceding() || lower.isCurrentRow())) {
      throw new SluiceException(ErrorCode.UNSUPPORTED,
          "The frame " + lower + " AND " + group.upperBound + " is not supported." + SUPPORTED);
    }
    if (lower.isCurrentRow()) {
      return 0;
    }
    if (lower.isUnbounded()) {
      return OverAggregateNode.UNBOUNDED;
    }
    RexNode offset = lower.getOffset();
    if (offset instanceof RexInputRef ref) {
      offset = rel.constants.get(ref.getIndex() - rel.getInput().getRowType().getFieldCount());
    }
    return ((RexLiteral) offset).getValueAs(BigDecimal.class).longValueExact();
  }

  private static AggregateCall aggregateCall(Window.RexWinAggCall call, String name, int inputArity) {
    if (!(call.getOperator() instanceof SqlAggFunction function) || NOT_AGGREGATES.contains(call.getKind())) {
      throw new SluiceException(ErrorCode.UNSUPPORTED, call.getOperator().getName() + " OVER (...) is not "
          + "supported, except ROW_NUMBER() OVER (PARTITION BY ... ORDER BY ...) bounded in an outer query for "
          + "Top-N or deduplication, e.g. SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY k ORDER BY v "
          + "DESC) AS rn FROM t) WHERE rn <= 3.");
    }
    List<Integer> arguments = new ArrayList<>();
    for (RexNode operand : call.getOperands()) {
      if (!(operand instanceof RexInputRef ref) || ref.getIndex() >= inputArity) {
        throw new SluiceException(ErrorCode.UNSUPPORTED,
            function.getName() + " OVER (...) over a constant is not supported yet.");
      }
      arguments.add(ref.getIndex());
    }
    if (arguments.size() > 1 || call.distinct) {
      throw new SluiceException(ErrorCode.UNSUPPORTED,
          function.getName() + " OVER (...) supports one argument, without DISTINCT.");
    }
    return new AggregateCall(AggregateTranslator.kind(function), arguments, false, -1,
        TypeConversion.toDataType(call.getType()), name);
  }
}
