package io.sluice.engine.translate;

import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.executor.operators.aggregate.Aggregator;
import io.sluice.executor.operators.aggregate.ArrivalOrderAggregator;
import io.sluice.executor.operators.aggregate.ArrivalOrderFunction;
import io.sluice.executor.operators.aggregate.CountAggregator;
import io.sluice.executor.operators.aggregate.DistinctAggregator;
import io.sluice.executor.operators.aggregate.Extremum;
import io.sluice.executor.operators.aggregate.FilteredAggregator;
import io.sluice.executor.operators.aggregate.MinMaxAggregator;
import io.sluice.executor.operators.aggregate.RetractableArrivalOrderAggregator;
import io.sluice.executor.operators.aggregate.RetractableMinMaxAggregator;
import io.sluice.executor.operators.aggregate.SumAggregator;
import io.sluice.planner.plan.AggregateCall;
import io.sluice.planner.plan.GroupAggregateNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the runtime {@link Aggregator}s of an aggregation node, fresh for each operator instance. The
 * changelog mode of the node's input decides between the cheap insert-only MIN/MAX and the ones that keep every
 * value to survive retractions; DISTINCT and FILTER wrap the function.
 */
final class AggregatorFactory {
  private AggregatorFactory() {}

  static List<Aggregator> create(GroupAggregateNode node) {
    return create(node.aggregateCalls(), node.input().outputType(), node.input().changelogMode().hasUpdates());
  }

  /** Aggregators for calls over rows of {@code input}; {@code retracting} if the input has updates. */
  static List<Aggregator> create(List<AggregateCall> calls, RowType input, boolean retracting) {
    List<Aggregator> aggregators = new ArrayList<>();
    for (AggregateCall call : calls) {
      aggregators.add(create(call, input, retracting));
    }
    return aggregators;
  }

  private static Aggregator create(AggregateCall call, RowType input, boolean retracting) {
    int argument = call.arguments().isEmpty() ? -1 : call.arguments().get(0);
    DataType argumentType = argument < 0 ? null : input.column(argument).type();
    Aggregator aggregator = switch (call.kind()) {
      case COUNT -> new CountAggregator(argument);
      case SUM -> new SumAggregator(argument, call.resultType(), false);
      case SUM0 -> new SumAggregator(argument, call.resultType(), true);
      case MIN -> extremum(argument, argumentType, Extremum.MIN, retracting);
      case MAX -> extremum(argument, argumentType, Extremum.MAX, retracting);
      case FIRST_VALUE -> arrivalOrder(ArrivalOrderFunction.FIRST_VALUE, call, argumentType, retracting);
      case LAST_VALUE -> arrivalOrder(ArrivalOrderFunction.LAST_VALUE, call, argumentType, retracting);
      case LISTAGG -> arrivalOrder(ArrivalOrderFunction.LISTAGG, call, argumentType, retracting);
    };
    if (call.distinct()) {
      aggregator = new DistinctAggregator(aggregator, argument, argumentType);
    }
    if (call.filterArgument() >= 0) {
      aggregator = new FilteredAggregator(aggregator, call.filterArgument());
    }
    return aggregator;
  }

  private static Aggregator arrivalOrder(
      ArrivalOrderFunction function, AggregateCall call, DataType argumentType, boolean retracting) {
    int argument = call.arguments().get(0);
    int separator = call.arguments().size() > 1 ? call.arguments().get(1) : -1;
    return retracting
        ? new RetractableArrivalOrderAggregator(function, argument, separator, argumentType, call.resultType())
        : new ArrivalOrderAggregator(function, argument, separator, call.resultType());
  }

  private static Aggregator extremum(int argument, DataType type, Extremum extremum, boolean retracting) {
    return retracting
        ? new RetractableMinMaxAggregator(argument, type, extremum)
        : new MinMaxAggregator(argument, type, extremum);
  }
}
