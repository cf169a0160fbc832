package io.sluice.planner.plan;

import io.sluice.common.types.RowType;
import java.util.List;

/**
 * A window table function ({@code TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '10' SECOND))}): each input row
 * once per window it falls in, with {@code window_start}, {@code window_end} and {@code window_time} appended. Rows
 * behind the watermark are dropped as late. A window aggregation directly above takes the function over
 * ({@link WindowAggregateNode}); SESSION exists only that way.
 *
 * @param timeField the index of the input's event-time attribute the windows are computed from
 * @param partitionKeys the input fields of SESSION's {@code PARTITION BY}; empty otherwise
 */
public record WindowTableFunctionNode(PlanNode input, WindowSpec window, int timeField, List<Integer> partitionKeys,
    RowType outputType) implements PlanNode {

  public WindowTableFunctionNode {
    partitionKeys = List.copyOf(partitionKeys);
  }

  public WindowTableFunctionNode withInput(PlanNode newInput) {
    return new WindowTableFunctionNode(newInput, window, timeField, partitionKeys, outputType);
  }

  /** The index of {@code window_start} in the output; {@code window_end} and {@code window_time} follow it. */
  public int windowStartField() {
    return input.outputType().columns().size();
  }

  @Override
  public String kind() {
    return "WindowTableFunction";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of(input);
  }

  @Override
  public ChangelogMode changelogMode() {
    return ChangelogMode.INSERT_ONLY;
  }

  @Override
  public String describe() {
    return kind() + "(window=[" + describeWindow(window, input.outputType(), timeField, partitionKeys) + "])";
  }

  /** {@code TUMBLE(time_col=[ts], size=[10 s])}, with {@code partition_keys=[k]} for a partitioned SESSION. */
  static String describeWindow(WindowSpec window, RowType input, int timeField, List<Integer> partitionKeys) {
    String spec = window.describe();
    String keys = partitionKeys.isEmpty() ? "" : ", partition_keys=[" + PlanPrinter.fieldNames(input, partitionKeys)
        + "]";
    return window.kind() + "(time_col=[" + input.column(timeField).name() + "]" + keys + ", "
        + spec.substring(spec.indexOf('(') + 1);
  }
}
