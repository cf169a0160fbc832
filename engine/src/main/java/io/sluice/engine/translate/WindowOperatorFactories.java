package io.sluice.engine.translate;

import io.sluice.common.types.RowType;
import io.sluice.executor.operators.over.OverAggregateOperator;
import io.sluice.executor.operators.over.OverFrame;
import io.sluice.common.config.Configuration;
import io.sluice.common.config.SluiceOptions;
import io.sluice.common.function.ProjectFilter;
import io.sluice.executor.api.OperatorFactory;
import io.sluice.executor.operators.aggregate.Aggregator;
import io.sluice.executor.operators.watermark.WatermarkAssignerOperator;
import io.sluice.executor.operators.watermark.WatermarkExpression;
import io.sluice.executor.operators.window.SessionWindowAggregateOperator;
import io.sluice.executor.operators.window.Slicing;
import io.sluice.executor.operators.window.SlicingWindowAggregateOperator;
import io.sluice.executor.operators.window.WindowAggregateOperator;
import io.sluice.executor.operators.window.WindowAssigner;
import io.sluice.executor.operators.window.WindowOutput;
import io.sluice.executor.operators.window.WindowTableFunctionOperator;
import io.sluice.executor.operators.window.Windowing;
import io.sluice.planner.codegen.CodeCompiler;
import io.sluice.planner.codegen.RuntimeDataContext;
import io.sluice.planner.plan.GeneratedCode;
import io.sluice.planner.plan.WatermarkAssignerNode;
import io.sluice.planner.plan.OverAggregateNode;
import io.sluice.planner.plan.WindowAggregateNode;
import io.sluice.planner.plan.WindowSpec;
import io.sluice.planner.plan.WindowTableFunctionNode;
import io.sluice.state.serde.RowSerializer;
import java.util.List;

/** Maps the event-time plan nodes onto the runtime's watermark and window operators. */
final class WindowOperatorFactories {
  private WindowOperatorFactories() {}

  /** The table's watermark assigner, emitting as the session's options say. */
  static OperatorFactory watermarkAssigner(WatermarkAssignerNode node, Configuration configuration) {
    GeneratedCode code = node.code();
    // Compile now, so a problem shows when the statement runs rather than inside a task.
    CodeCompiler.instantiate(code, ProjectFilter.class, new RuntimeDataContext());
    long interval = configuration.get(SluiceOptions.AUTO_WATERMARK_INTERVAL).toMillis();
    long idleTimeout = configuration.get(SluiceOptions.SOURCE_IDLE_TIMEOUT).toMillis();
    return () -> {
      ProjectFilter function = CodeCompiler.instantiate(code, ProjectFilter.class, new RuntimeDataContext());
      WatermarkExpression expression = row -> (Long) function.apply(row.fields())[0];
      return new WatermarkAssignerOperator(expression, interval, idleTimeout, node.processingTime());
    };
  }

  static OperatorFactory windowTableFunction(WindowTableFunctionNode node) {
    Windowing.TimeAttribute windowing = new Windowing.TimeAttribute(assigner(node.window()), node.timeField());
    return () -> new WindowTableFunctionOperator(windowing);
  }

  /**
   * HOP and CUMULATE windows over the event time share slices when the size is a multiple of the slide and every
   * aggregate merges: then a row updates one slice's accumulator rather than one per window.
   */
  static OperatorFactory windowAggregate(WindowAggregateNode node) {
    WindowOutput output = output(node);
    if (node.window().kind() == WindowSpec.Kind.SESSION) {
      RowSerializer rows = RowSerializer.of(node.input().outputType());
      return () -> new SessionWindowAggregateOperator(node.timeField(), node.window().size(), aggregators(node),
          output, rows);
    }
    if (node.timeField() < 0) {
      Windowing attached = new Windowing.Attached(node.windowStartField(), node.windowEndField());
      return () -> new WindowAggregateOperator(attached, aggregators(node), output);
    }
    WindowAssigner assigner = assigner(node.window());
    if (sliced(node)) {
      Slicing slicing = Slicing.of(assigner).orElseThrow();
      return () -> new SlicingWindowAggregateOperator(slicing, node.timeField(), aggregators(node), output);
    }
    Windowing windowing = new Windowing.TimeAttribute(assigner, node.timeField());
    return () -> new WindowAggregateOperator(windowing, aggregators(node), output);
  }

  /**
   * True when {@link #windowAggregate} shares slices between windows: an event-time HOP or CUMULATE window whose
   * size is a multiple of its slide, and aggregates that all merge.
   */
  static boolean sliced(WindowAggregateNode node) {
    return node.window().kind() != WindowSpec.Kind.SESSION && node.timeField() >= 0
        && Slicing.of(assigner(node.window())).isPresent()
        && aggregators(node).stream().allMatch(Aggregator::canMerge);
  }

  /** A bounded frame retracts the rows leaving it, so its MIN, MAX, ... are the ones that can retract. */
  static OperatorFactory overAggregate(OverAggregateNode node) {
    OverFrame frame = new OverFrame(node.rows(), node.preceding());
    RowType input = node.input().outputType();
    RowSerializer rows = RowSerializer.of(input);
    return () -> new OverAggregateOperator(node.timeField(), frame,
        AggregatorFactory.create(node.aggregateCalls(), input, frame.bounded()), rows);
  }

  private static List<Aggregator> aggregators(WindowAggregateNode node) {
    return AggregatorFactory.create(node.aggregateCalls(), node.input().outputType(), false);
  }

  private static WindowOutput output(WindowAggregateNode node) {
    int[] columns = new int[node.groupColumns().size()];
    for (int i = 0; i < columns.length; i++) {
      int column = node.groupColumns().get(i);
      columns[i] = switch (column) {
        case WindowAggregateNode.WINDOW_START -> WindowOutput.WINDOW_START;
        case WindowAggregateNode.WINDOW_END -> WindowOutput.WINDOW_END;
        case WindowAggregateNode.WINDOW_TIME -> WindowOutput.WINDOW_TIME;
        default -> column;
      };
    }
    return new WindowOutput(columns);
  }

  private static WindowAssigner assigner(WindowSpec window) {
    return switch (window.kind()) {
      case TUMBLE -> new WindowAssigner.Tumbling(window.size(), window.offset());
      case HOP -> new WindowAssigner.Hopping(window.size(), window.slide(), window.offset());
      case CUMULATE -> new WindowAssigner.Cumulative(window.size(), window.slide(), window.offset());
      case SESSION -> throw new IllegalArgumentException("SESSION windows merge; they have no assigner");
    };
  }
}
