package io.sluice.executor.operators.aggregate;

import io.sluice.common.Row;
import io.sluice.common.types.DataType;
import io.sluice.common.types.TypeRoot;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code SUM(x)} over the non-null values of x, retracting by subtraction. Two fields: the running sum in the
 * result type and the number of values in it, so that the sum of no values is NULL (or 0 for {@code $SUM0},
 * Calcite's SUM that never returns NULL) however many were added and retracted.
 */
public final class SumAggregator implements Aggregator {
  private final int argument;
  private final DataType resultType;
  private final boolean zeroWhenEmpty;
  private final SumArithmetic arithmetic;
  private final Object zero;
  private int offset;

  /**
   * @param argument the index of x in the input row
   * @param resultType the type of the sum, numeric
   * @param zeroWhenEmpty true for {@code $SUM0}: 0 instead of NULL when there are no values
   */
  public SumAggregator(int argument, DataType resultType, boolean zeroWhenEmpty) {
    this.argument = argument;
    this.resultType = resultType;
    this.zeroWhenEmpty = zeroWhenEmpty;
    this.arithmetic = SumArithmetic.of(resultType.root());
    Object typeZero = arithmetic.zero();
    this.zero = typeZero instanceof BigDecimal d ? d.setScale(Math.max(0, resultType.scale())) : typeZero;
  }

  @Override
  public List<DataType> accumulatorTypes() {
    return List.of(resultType.withNullable(false), DataType.of(TypeRoot.BIGINT).notNull());
  }

  @Override
  public void open(AggregatorContext context) {
    offset = context.offset();
  }

  @Override
  public void initialize(Object[] accumulator) {
    accumulator[offset] = zero;
    accumulator[offset + 1] = 0L;
  }

  @Override
  public void accumulate(Object[] accumulator, Row input) {
    Object value = input.field(argument);
    if (value != null) {
      accumulator[offset] = arithmetic.add(accumulator[offset], value);
      accumulator[offset + 1] = (Long) accumulator[offset + 1] + 1;
    }
  }

  @Override
  public void retract(Object[] accumulator, Row input) {
    Object value = input.field(argument);
    if (value != null) {
      long count = (Long) accumulator[offset + 1] - 1;
      // With no values left the sum is exactly zero, not what subtracting doubles left behind.
      accumulator[offset] = count == 0 ? zero : arithmetic.subtract(accumulator[offset], value);
      accumulator[offset + 1] = count;
    }
  }

  @Override
  public boolean mergeable() {
    return true;
  }

  @Override
  public void merge(Object[] into, Object[] other) {
    long count = (Long) other[offset + 1];
    if (count > 0) {
      into[offset] = arithmetic.add(into[offset], other[offset]);
      into[offset + 1] = (Long) into[offset + 1] + count;
    }
  }

  @Override
  public Object result(Object[] accumulator) {
    if ((Long) accumulator[offset + 1] == 0) {
      return zeroWhenEmpty ? zero : null;
    }
    return accumulator[offset];
  }
}
