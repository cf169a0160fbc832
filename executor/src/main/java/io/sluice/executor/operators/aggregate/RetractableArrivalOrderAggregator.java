package io.sluice.executor.operators.aggregate;

import io.sluice.common.Row;
import io.sluice.common.types.DataType;
import io.sluice.common.types.TypeRoot;
import io.sluice.state.MapState;
import io.sluice.state.MapStateDescriptor;
import io.sluice.state.serde.PrimitiveSerializer;
import io.sluice.state.serde.TypeSerializer;
import io.sluice.state.serde.TypeSerializers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code FIRST_VALUE(x)}, {@code LAST_VALUE(x)} or {@code LISTAGG(x [, separator])} over an input that retracts.
 * Every non-null value the group holds is kept in a map state ({@code <name>-values}: arrival number → value);
 * the accumulator holds the next arrival number and the result, so a result costs nothing. Adding a value is
 * O(1). Retracting one removes its latest arrival (retractions usually take back the newest version of a row)
 * and folds the remaining values in arrival order into the new result: O(n log n) in the group's values.
 */
public final class RetractableArrivalOrderAggregator implements Aggregator {
  private final ArrivalOrderFunction function;
  private final int argument;
  private final int separator;
  private final DataType argumentType;
  private final DataType resultType;
  private int offset;
  private MapState<Long, Object> values;

  /**
   * @param separator the index of LISTAGG's separator in the input row, or -1 for the default ({@code ,})
   * @param argumentType the type of x
   * @param resultType the type of the result
   */
  public RetractableArrivalOrderAggregator(ArrivalOrderFunction function, int argument, int separator,
      DataType argumentType, DataType resultType) {
    this.function = function;
    this.argument = argument;
    this.separator = separator;
    this.argumentType = argumentType;
    this.resultType = resultType;
  }

  @Override
  public List<DataType> accumulatorTypes() {
    return List.of(DataType.of(TypeRoot.BIGINT).notNull(), resultType.withNullable(true));
  }

  @Override
  @SuppressWarnings("unchecked")
  public void open(AggregatorContext context) {
    offset = context.offset();
    TypeSerializer<Object> valueSerializer = (TypeSerializer<Object>) TypeSerializers.forRoot(argumentType.root());
    values = context.state().getState(
        new MapStateDescriptor<>(context.stateName() + "-values", PrimitiveSerializer.LONG, valueSerializer));
  }

  @Override
  public void initialize(Object[] accumulator) {
    accumulator[offset] = 0L;
    accumulator[offset + 1] = null;
  }

  @Override
  public void accumulate(Object[] accumulator, Row input) {
    Object value = input.field(argument);
    if (value == null) {
      return;
    }
    long arrival = (Long) accumulator[offset];
    values.put(arrival, value);
    accumulator[offset] = arrival + 1;
    accumulator[offset + 1] =
        function.add(accumulator[offset + 1], value, ArrivalOrderAggregator.separatorOf(input, separator));
  }

  @Override
  public void retract(Object[] accumulator, Row input) {
    Object value = input.field(argument);
    if (value == null) {
      return;
    }
    List<Map.Entry<Long, Object>> remaining = new ArrayList<>();
    Long latest = null;
    for (Map.Entry<Long, Object> entry : values.entries()) {
      remaining.add(Map.entry(entry.getKey(), entry.getValue()));
      if (Objects.equals(entry.getValue(), value) && (latest == null || entry.getKey() > latest)) {
        latest = entry.getKey();
      }
    }
    if (latest == null) {
      return;
    }
    values.remove(latest);
    Long removed = latest;
    remaining.removeIf(entry -> entry.getKey().equals(removed));
    remaining.sort(Map.Entry.comparingByKey());
    String separatorText = ArrivalOrderAggregator.separatorOf(input, separator);
    Object result = null;
    for (Map.Entry<Long, Object> entry : remaining) {
      result = function.add(result, entry.getValue(), separatorText);
    }
    accumulator[offset + 1] = result;
  }

  @Override
  public Object result(Object[] accumulator) {
    return accumulator[offset + 1];
  }

  @Override
  public void clear() {
    values.clear();
  }
}
