package io.sluice.executor.operators.aggregate;

import io.sluice.common.Row;
import io.sluice.common.types.DataType;
import io.sluice.state.MapState;
import io.sluice.state.MapStateDescriptor;
import io.sluice.state.serde.PrimitiveSerializer;
import io.sluice.state.serde.TypeSerializer;
import io.sluice.state.serde.TypeSerializers;
import java.util.List;

/**
 * {@code MIN(x)} or {@code MAX(x)} over an input that retracts. The group's non-null values are kept with their
 * multiplicities in a map state ({@code <name>-values}: value → count), and the current extreme in the one
 * accumulator field, so that a result costs nothing. Adding a value is O(1); retracting one is O(1) unless it
 * removes the last copy of the extreme, which scans the group's distinct values for the new one.
 */
public final class RetractableMinMaxAggregator implements Aggregator {
  private final int argument;
  private final DataType type;
  private final Extremum extremum;
  private int offset;
  private MapState<Object, Long> counts;

  public RetractableMinMaxAggregator(int argument, DataType type, Extremum extremum) {
    this.argument = argument;
    this.type = type;
    this.extremum = extremum;
  }

  public static RetractableMinMaxAggregator min(int argument, DataType type) {
    return new RetractableMinMaxAggregator(argument, type, Extremum.MIN);
  }

  public static RetractableMinMaxAggregator max(int argument, DataType type) {
    return new RetractableMinMaxAggregator(argument, type, Extremum.MAX);
  }

  @Override
  public List<DataType> accumulatorTypes() {
    return List.of(type.withNullable(true));
  }

  @Override
  @SuppressWarnings("unchecked")
  public void open(AggregatorContext context) {
    offset = context.offset();
    TypeSerializer<Object> values = (TypeSerializer<Object>) TypeSerializers.forRoot(type.root());
    counts = context.state().getState(
        new MapStateDescriptor<>(context.stateName() + "-values", values, PrimitiveSerializer.LONG));
  }

  @Override
  public void initialize(Object[] accumulator) {
    accumulator[offset] = null;
  }

  @Override
  public void accumulate(Object[] accumulator, Row input) {
    Object value = input.field(argument);
    if (value == null) {
      return;
    }
    Long count = counts.get(value);
    counts.put(value, count == null ? 1L : count + 1);
    if (extremum.isBetter(value, accumulator[offset])) {
      accumulator[offset] = value;
    }
  }

  @Override
  public void retract(Object[] accumulator, Row input) {
    Object value = input.field(argument);
    Long count = value == null ? null : counts.get(value);
    if (count == null) {
      return;
    }
    if (count > 1) {
      counts.put(value, count - 1);
      return;
    }
    counts.remove(value);
    Object current = accumulator[offset];
    if (!extremum.isBetter(value, current) && !extremum.isBetter(current, value)) {
      accumulator[offset] = extremeOfRemaining();
    }
  }

  @Override
  public Object result(Object[] accumulator) {
    return accumulator[offset];
  }

  @Override
  public void clear() {
    counts.clear();
  }

  private Object extremeOfRemaining() {
    Object best = null;
    for (Object candidate : counts.keys()) {
      if (extremum.isBetter(candidate, best)) {
        best = candidate;
      }
    }
    return best;
  }
}
