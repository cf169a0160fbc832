package io.sluice.executor.testing;

import io.sluice.common.Row;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.state.ValueState;
import io.sluice.state.ValueStateDescriptor;
import io.sluice.state.serde.PrimitiveSerializer;

/**
 * Counts the rows of each key in keyed state and emits (key, rows seen for the key so far); a {@link FailureRule}
 * decides, before a row is counted, whether the operator fails at it. Rows are longs in their first field.
 */
public final class KeyedCount implements Operator {
  private final FailureRule failureRule;
  private ValueState<Long> count;
  private OperatorContext context;

  /** A count that never fails. */
  public KeyedCount() {
    this((value, count) -> false);
  }

  public KeyedCount(FailureRule failureRule) {
    this.failureRule = failureRule;
  }

  @Override
  public void open(OperatorContext operatorContext) {
    context = operatorContext;
    count = operatorContext.keyedState().getState(new ValueStateDescriptor<>("count", PrimitiveSerializer.LONG));
  }

  @Override
  public void processRow(Row row, Output out) throws Exception {
    long value = (Long) row.field(0);
    Long seen = count.value();
    long now = seen == null ? 1 : seen + 1;
    if (failureRule.failsAt(value, now)) {
      throw new IllegalStateException("Injected failure at row " + value);
    }
    count.update(now);
    out.emit(Row.of(context.keyedState().currentKey(), now));
  }

  /**
   * When a {@link KeyedCount} fails. Instances are shared by all subtasks and attempts of a job, so a rule that
   * injects a failure once must remember it in a thread-safe way.
   */
  @FunctionalInterface
  public interface FailureRule {
    /**
     * Called before {@code value} is counted; {@code count} is what the key's count would become.
     *
     * @return true to fail at this row instead of counting it
     */
    boolean failsAt(long value, long count) throws Exception;
  }
}
