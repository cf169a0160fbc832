package io.sluice.executor.operators.aggregate;

import io.sluice.common.Row;
import io.sluice.common.types.DataType;
import java.util.List;

/**
 * {@code agg(...) FILTER (WHERE condition)}: passes on only the rows whose condition field is TRUE (not FALSE,
 * not NULL). A row's condition is the same when it is retracted as when it was added, so retractions are
 * filtered alike.
 */
public final class FilteredAggregator implements Aggregator {
  private final Aggregator inner;
  private final int condition;

  /** @param condition the index of the BOOLEAN field that holds the condition */
  public FilteredAggregator(Aggregator inner, int condition) {
    this.inner = inner;
    this.condition = condition;
  }

  @Override
  public List<DataType> accumulatorTypes() {
    return inner.accumulatorTypes();
  }

  @Override
  public void open(AggregatorContext context) {
    inner.open(context);
  }

  @Override
  public void initialize(Object[] accumulator) {
    inner.initialize(accumulator);
  }

  @Override
  public void accumulate(Object[] accumulator, Row input) {
    if (Boolean.TRUE.equals(input.field(condition))) {
      inner.accumulate(accumulator, input);
    }
  }

  @Override
  public void retract(Object[] accumulator, Row input) {
    if (Boolean.TRUE.equals(input.field(condition))) {
      inner.retract(accumulator, input);
    }
  }

  @Override
  public boolean canMerge() {
    return inner.canMerge();
  }

  @Override
  public Aggregator forPartialAccumulators() {
    return new FilteredAggregator(inner.forPartialAccumulators(), condition);
  }

  /** The filter applied when the rows were added (to a partial accumulator or a slice's), so accumulators merge as the inner aggregator's do. */
  @Override
  public void merge(Object[] accumulator, Object[] other) {
    inner.merge(accumulator, other);
  }

  @Override
  public Object result(Object[] accumulator) {
    return inner.result(accumulator);
  }

  @Override
  public void clear() {
    inner.clear();
  }
}
