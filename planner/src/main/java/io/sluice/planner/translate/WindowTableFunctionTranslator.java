package io.sluice.planner.translate;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import io.sluice.planner.calcite.TypeConversion;
import io.sluice.planner.calcite.window.WindowKind;
import io.sluice.planner.calcite.window.WindowTableFunction;
import io.sluice.planner.codegen.CalcCodeGenerator;
import io.sluice.planner.plan.PlanNode;
import io.sluice.planner.plan.WatermarkAssignerNode;
import io.sluice.planner.plan.WindowSpec;
import io.sluice.planner.plan.WindowTableFunctionNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.TableFunctionScan;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgramBuilder;
import org.apache.calcite.sql.SqlKind;

/**
 * A window table function call becomes a {@link WindowTableFunctionNode}. Calcite gives the call without its table
 * operand: {@code TUMBLE(DESCRIPTOR($1), 10000:INTERVAL SECOND)}, SESSION with {@code DESCRIPTOR(keys)} second
 * when partitioned. Refused with a message: other table functions, a time column that is not an event-time
 * attribute, an updating input, and intervals that are not constants or make no windows.
 */
final class WindowTableFunctionTranslator implements RelTranslator<TableFunctionScan> {
  @Override
  public PlanNode translate(TableFunctionScan rel, List<PlanNode> inputs, TranslationContext context) {
    RexCall call = (RexCall) rel.getCall();
    if (!(call.getOperator() instanceof WindowTableFunction function) || inputs.size() != 1) {
      throw new SluiceException(ErrorCode.UNSUPPORTED,
          "Table function " + call.getOperator().getName() + " is not supported; the table functions are "
              + "TUMBLE, HOP, CUMULATE and SESSION.");
    }
    WindowKind kind = function.kind();
    PlanNode input = inputs.get(0);
    List<RexNode> operands = call.getOperands();
    int timeField = descriptorFields(operands.get(0)).get(0);
    String timeColumn = input.outputType().column(timeField).name();
    if (!input.changelogMode().isInsertOnly()) {
      throw new SluiceException(ErrorCode.UNSUPPORTED, kind + " over an updating input is not supported: "
          + "window table functions take insert-only rows.");
    }
    if (ProcTimeAttributes.isProctime(rel.getInputs().get(0), timeField)) {
      input = processingTimeWatermark(rel.getInputs().get(0), input, timeField, context);
    }
    if (!TimeAttributes.isRowtime(input, timeField)) {
      throw new SluiceException(ErrorCode.VALIDATION_ERROR, "The time column '" + timeColumn + "' of " + kind
          + " is not a time attribute: declare WATERMARK FOR " + timeColumn + " AS ... on its table, or use a "
          + "PROCTIME() column, and pass the column on unchanged.");
    }
    int first = 1;
    List<Integer> partitionKeys = List.of();
    if (operands.size() > 1 && operands.get(1).getKind() == SqlKind.DESCRIPTOR) {
      partitionKeys = descriptorFields(operands.get(1));
      first = 2;
    }
    List<Long> intervals = new ArrayList<>();
    for (int i = first; i < operands.size(); i++) {
      intervals.add(millis(operands.get(i), kind, kind.intervals().get(i - first)));
    }
    WindowSpec spec = spec(kind, intervals);
    return new WindowTableFunctionNode(input, spec, timeField, partitionKeys,
        TypeConversion.toRowType(rel.getRowType()));
  }

  /**
   * A processing-time window is an event-time window over the time its rows were processed, with the clock as
   * the watermark: rows are stamped by the {@code PROCTIME()} column in the same task right before, so none is
   * late, and the windows close as the clock passes their end (Flink's processing-time windows).
   */
  private static PlanNode processingTimeWatermark(
      RelNode inputRel, PlanNode input, int timeField, TranslationContext context) {
    RexBuilder rexBuilder = inputRel.getCluster().getRexBuilder();
    RexProgramBuilder program = new RexProgramBuilder(inputRel.getRowType(), rexBuilder);
    program.addProject(rexBuilder.makeInputRef(inputRel, timeField), "watermark");
    return new WatermarkAssignerNode(input, timeField,
        CalcCodeGenerator.generate(program.getProgram(), context.typeFactory()), "PROCTIME()", true);
  }

  private static WindowSpec spec(WindowKind kind, List<Long> intervals) {
    long offset = intervals.size() > kind.requiredIntervals() ? intervals.get(kind.requiredIntervals()) : 0;
    WindowSpec spec = switch (kind) {
      case TUMBLE -> new WindowSpec(WindowSpec.Kind.TUMBLE, intervals.get(0), 0, offset);
      case HOP -> new WindowSpec(WindowSpec.Kind.HOP, intervals.get(1), intervals.get(0), offset);
      case CUMULATE -> new WindowSpec(WindowSpec.Kind.CUMULATE, intervals.get(1), intervals.get(0), offset);
      case SESSION -> new WindowSpec(WindowSpec.Kind.SESSION, intervals.get(0), 0, 0);
    };
    if (spec.size() <= 0 || (kind == WindowKind.HOP || kind == WindowKind.CUMULATE) && spec.slide() <= 0) {
      throw new SluiceException(ErrorCode.VALIDATION_ERROR,
          "The intervals of " + kind + " must be positive: " + kind.signature());
    }
    if (kind == WindowKind.CUMULATE && spec.size() % spec.slide() != 0) {
      throw new SluiceException(ErrorCode.VALIDATION_ERROR,
          "The size of CUMULATE must be a whole multiple of its step: " + kind.signature());
    }
    return spec;
  }

  private static long millis(RexNode operand, WindowKind kind, String name) {
    if (!(operand instanceof RexLiteral literal) || literal.getValueAs(Long.class) == null) {
      throw new SluiceException(ErrorCode.VALIDATION_ERROR, "The " + name.toLowerCase() + " of " + kind
          + " must be a constant INTERVAL: " + kind.signature());
    }
    return literal.getValueAs(Long.class);
  }

  private static List<Integer> descriptorFields(RexNode descriptor) {
    return ((RexCall) descriptor).getOperands().stream().map(ref -> ((RexInputRef) ref).getIndex()).toList();
  }
}
