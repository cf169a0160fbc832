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
 * The DISTINCT form of an aggregate ({@code COUNT(DISTINCT x)}, {@code SUM(DISTINCT x)}, ...): passes a row on to
 * the wrapped aggregator only when its value of x is new to the group, and retracts it there only when the last
 * row with that value is retracted. The group's non-null values and how many rows hold each are kept in a map
 * state ({@code <name>-distinct}: value → count). Rows where x is NULL are ignored, as every aggregate does.
 */
public final class DistinctAggregator implements Aggregator {
  private final Aggregator inner;
  private final int argument;
  private final DataType type;
  private MapState<Object, Long> counts;

  /**
   * @param inner the aggregate over the distinct values, reading x at the same index
   * @param argument the index of x in the input row
   * @param type the type of x
   */
  public DistinctAggregator(Aggregator inner, int argument, DataType type) {
    this.inner = inner;
    this.argument = argument;
    this.type = type;
  }

  @Override
  public List<DataType> accumulatorTypes() {
    return inner.accumulatorTypes();
  }

  @Override
  @SuppressWarnings("unchecked")
  public void open(AggregatorContext context) {
    inner.open(context);
    TypeSerializer<Object> values = (TypeSerializer<Object>) TypeSerializers.forRoot(type.root());
    counts = context.state().getState(
        new MapStateDescriptor<>(context.stateName() + "-distinct", values, PrimitiveSerializer.LONG));
  }

  @Override
  public void initialize(Object[] accumulator) {
    inner.initialize(accumulator);
  }

  @Override
  public void accumulate(Object[] accumulator, Row input) {
    Object value = input.field(argument);
    if (value == null) {
      return;
    }
    Long count = counts.get(value);
    counts.put(value, count == null ? 1L : count + 1);
    if (count == null) {
      inner.accumulate(accumulator, input);
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
    } else {
      counts.remove(value);
      inner.retract(accumulator, input);
    }
  }

  @Override
  public Object result(Object[] accumulator) {
    return inner.result(accumulator);
  }

  @Override
  public void clear() {
    counts.clear();
    inner.clear();
  }
}
