package io.sluice.planner.translate;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import io.sluice.common.types.RowType;
import io.sluice.planner.calcite.TypeConversion;
import io.sluice.planner.plan.AggregateCall;
import io.sluice.planner.plan.AggregateKind;
import io.sluice.planner.plan.GroupAggregateNode;
import io.sluice.planner.plan.PlanNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.sql.SqlAggFunction;

/**
 * An Aggregate becomes a {@link io.sluice.planner.plan.WindowAggregateNode} when it groups a window table
 * function's rows by their window ({@link WindowAggregateTranslation}), else a {@link GroupAggregateNode} in
 * retract mode (changelog-mode inference may relax it to upsert). Refused with a message: grouping sets, ordered
 * aggregates ({@code WITHIN GROUP}) and functions the runtime lacks.
 */
final class AggregateTranslator implements RelTranslator<Aggregate> {
  @Override
  public PlanNode translate(Aggregate rel, List<PlanNode> inputs, TranslationContext context) {
    if (rel.getGroupType() != Aggregate.Group.SIMPLE) {
      throw new SluiceException(ErrorCode.UNSUPPORTED,
          "GROUPING SETS, ROLLUP and CUBE are not supported yet; use one GROUP BY per query and UNION ALL.");
    }
    List<AggregateCall> calls = new ArrayList<>();
    List<String> names = rel.getRowType().getFieldNames();
    int groupCount = rel.getGroupCount();
    for (int i = 0; i < rel.getAggCallList().size(); i++) {
      calls.add(translate(rel.getAggCallList().get(i), names.get(groupCount + i)));
    }
    RowType outputType = TypeConversion.toRowType(rel.getRowType());
    List<Integer> grouping = rel.getGroupSet().asList();
    return WindowAggregateTranslation.of(inputs.get(0), grouping, calls, outputType)
        .orElseGet(() -> new GroupAggregateNode(inputs.get(0), grouping, calls, outputType, true));
  }

  /** The runtime's function for a Calcite aggregate function; refused with a message when there is none. */
  static AggregateKind kind(SqlAggFunction function) {
    return switch (function.getKind()) {
      case COUNT -> AggregateKind.COUNT;
      case SUM -> AggregateKind.SUM;
      case SUM0 -> AggregateKind.SUM0;
      case MIN -> AggregateKind.MIN;
      case MAX -> AggregateKind.MAX;
      case FIRST_VALUE -> AggregateKind.FIRST_VALUE;
      case LAST_VALUE -> AggregateKind.LAST_VALUE;
      case LISTAGG -> AggregateKind.LISTAGG;
      default -> throw new SluiceException(ErrorCode.UNSUPPORTED,
          "Aggregate function " + function.getName() + " is not supported yet.");
    };
  }

  private static AggregateCall translate(org.apache.calcite.rel.core.AggregateCall call, String name) {
    String function = call.getAggregation().getName();
    AggregateKind kind = kind(call.getAggregation());
    if (call.hasCollation()) {
      throw new SluiceException(ErrorCode.UNSUPPORTED,
          function + " ... WITHIN GROUP (ORDER BY ...) is not supported yet; values are taken in arrival order.");
    }
    // LISTAGG's second argument is its separator; every other function takes at most one.
    int maxArguments = kind == AggregateKind.LISTAGG ? 2 : 1;
    if (call.getArgList().size() > maxArguments) {
      throw new SluiceException(ErrorCode.UNSUPPORTED,
          function + " over " + call.getArgList().size() + " arguments is not supported yet.");
    }
    return new AggregateCall(kind, call.getArgList(), call.isDistinct(), call.filterArg,
        TypeConversion.toDataType(call.getType()), name);
  }
}
