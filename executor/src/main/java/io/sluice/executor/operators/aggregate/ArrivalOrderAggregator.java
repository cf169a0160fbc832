package io.sluice.executor.operators.aggregate;

import io.sluice.common.Row;
import io.sluice.common.types.DataType;
import java.util.List;

/**
 * {@code FIRST_VALUE(x)}, {@code LAST_VALUE(x)} or {@code LISTAGG(x [, separator])} over an insert-only input:
 * one field, the result so far, into which each non-null value is folded as it arrives. It cannot retract (that
 * needs every value in order, see {@link RetractableArrivalOrderAggregator}) and throws if asked to.
 */
public final class ArrivalOrderAggregator implements Aggregator {
  private final ArrivalOrderFunction function;
  private final int argument;
  private final int separator;
  private final DataType resultType;
  private int offset;

  /**
   * @param separator the index of LISTAGG's separator in the input row, or -1 for the default ({@code ,})
   * @param resultType the type of the result
   */
  public ArrivalOrderAggregator(ArrivalOrderFunction function, int argument, int separator, DataType resultType) {
    this.function = function;
    this.argument = argument;
    this.separator = separator;
    this.resultType = resultType;
  }

  @Override
  public List<DataType> accumulatorTypes() {
    return List.of(resultType.withNullable(true));
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
    if (value != null) {
      accumulator[offset] = function.add(accumulator[offset], value, separatorOf(input, separator));
    }
  }

  @Override
  public void retract(Object[] accumulator, Row input) {
    throw new UnsupportedOperationException(function + " over an insert-only input cannot retract; "
        + "the planner must choose the retracting " + function + " for an updating input");
  }

  @Override
  public Object result(Object[] accumulator) {
    return accumulator[offset];
  }

  /** The separator the row carries at {@code index}, or the default. */
  static String separatorOf(Row input, int index) {
    Object separator = index < 0 ? null : input.field(index);
    return separator == null ? ArrivalOrderFunction.DEFAULT_SEPARATOR : separator.toString();
  }
}
