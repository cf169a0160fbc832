package io.sluice.executor.operators.aggregate;

import io.sluice.common.Row;
import io.sluice.common.types.DataType;
import java.util.List;

/**
 * {@code MIN(x)} or {@code MAX(x)} over an insert-only input: one field, the extreme non-null value so far (NULL
 * before the first). It cannot retract (that needs every value, see {@link RetractableMinMaxAggregator}) and
 * throws if asked to.
 */
public final class MinMaxAggregator implements Aggregator {
  private final int argument;
  private final DataType type;
  private final Extremum extremum;
  private int offset;

  public MinMaxAggregator(int argument, DataType type, Extremum extremum) {
    this.argument = argument;
    this.type = type;
    this.extremum = extremum;
  }

  public static MinMaxAggregator min(int argument, DataType type) {
    return new MinMaxAggregator(argument, type, Extremum.MIN);
  }

  public static MinMaxAggregator max(int argument, DataType type) {
    return new MinMaxAggregator(argument, type, Extremum.MAX);
  }

  @Override
  public List<DataType> accumulatorTypes() {
    return List.of(type.withNullable(true));
  }

  @Override
  public void open(AggregatorContext context) {
    offset = context.offset();
  }

  @Override
  public void initialize(Object[] accumulator) {
    accumulator[offset] = null;
  }

  @Override
  public void accumulate(Object[] accumulator, Row input) {
    Object value = input.field(argument);
    if (value != null && extremum.isBetter(value, accumulator[offset])) {
      accumulator[offset] = value;
    }
  }

  @Override
  public void retract(Object[] accumulator, Row input) {
    throw new UnsupportedOperationException(extremum + " over an insert-only input cannot retract; "
        + "the planner must choose the retracting " + extremum + " for an updating input");
  }

  @Override
  public boolean mergeable() {
    return true;
  }

  @Override
  public void merge(Object[] into, Object[] other) {
    Object value = other[offset];
    if (value != null && extremum.isBetter(value, into[offset])) {
      into[offset] = value;
    }
  }

  @Override
  public Object result(Object[] accumulator) {
    return accumulator[offset];
  }
}
