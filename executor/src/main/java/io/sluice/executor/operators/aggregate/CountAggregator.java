package io.sluice.executor.operators.aggregate;

import io.sluice.common.Row;
import io.sluice.common.types.DataType;
import io.sluice.common.types.TypeRoot;
import java.util.List;

/**
 * {@code COUNT(*)} (no argument) or {@code COUNT(x)} (the rows where x is not null); retracts by counting down.
 * One BIGINT field; the result is never null.
 */
public final class CountAggregator implements Aggregator {
  private final int argument;
  private int offset;

  /** @param argument the index of x in the input row, or -1 for {@code COUNT(*)} */
  public CountAggregator(int argument) {
    this.argument = argument;
  }

  @Override
  public List<DataType> accumulatorTypes() {
    return List.of(DataType.of(TypeRoot.BIGINT).notNull());
  }

  @Override
  public void open(AggregatorContext context) {
    offset = context.offset();
  }

  @Override
  public void initialize(Object[] accumulator) {
    accumulator[offset] = 0L;
  }

  @Override
  public void accumulate(Object[] accumulator, Row input) {
    if (counts(input)) {
      accumulator[offset] = (Long) accumulator[offset] + 1;
    }
  }

  @Override
  public void retract(Object[] accumulator, Row input) {
    if (counts(input)) {
      accumulator[offset] = (Long) accumulator[offset] - 1;
    }
  }

  @Override
  public Object result(Object[] accumulator) {
    return accumulator[offset];
  }

  @Override
  public boolean mergeable() {
    return true;
  }

  @Override
  public void merge(Object[] into, Object[] other) {
    into[offset] = (Long) into[offset] + (Long) other[offset];
  }

  private boolean counts(Row input) {
    return argument < 0 || input.field(argument) != null;
  }
}
