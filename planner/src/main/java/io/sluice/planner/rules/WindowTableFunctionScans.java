package io.sluice.planner.rules;

import io.sluice.planner.calcite.window.WindowTableFunction;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.TableFunctionScan;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.util.ImmutableBitSet;
import org.apache.calcite.util.mapping.Mappings;

/**
 * What the rules need to know about a window table function scan: its input's columns come first in its output,
 * followed by the three window columns; its call refers to input columns only in its descriptors.
 */
final class WindowTableFunctionScans {
  private WindowTableFunctionScans() {}

  /** True for a scan of TUMBLE, HOP, CUMULATE or SESSION over one input. */
  static boolean isWindow(TableFunctionScan scan) {
    return scan.getInputs().size() == 1 && scan.getCall() instanceof RexCall call
        && call.getOperator() instanceof WindowTableFunction;
  }

  /** The number of input columns: the index of {@code window_start} in the output. */
  static int windowStart(TableFunctionScan scan) {
    return scan.getInput(0).getRowType().getFieldCount();
  }

  /** The input columns the call's descriptors name (the time column, SESSION's partition columns). */
  static ImmutableBitSet descriptorColumns(TableFunctionScan scan) {
    ImmutableBitSet.Builder columns = ImmutableBitSet.builder();
    for (RexNode operand : ((RexCall) scan.getCall()).getOperands()) {
      if (operand.getKind() == SqlKind.DESCRIPTOR) {
        ((RexCall) operand).getOperands().forEach(ref -> columns.set(((RexInputRef) ref).getIndex()));
      }
    }
    return columns.build();
  }

  /**
   * The same window function over a new input, whose columns are the old input's mapped by {@code mapping}
   * (every column a descriptor names must be mapped).
   */
  static TableFunctionScan withInput(TableFunctionScan scan, RelNode input, Mappings.TargetMapping mapping) {
    RexCall call = (RexCall) scan.getCall();
    List<RexNode> operands = new ArrayList<>();
    for (RexNode operand : call.getOperands()) {
      if (operand.getKind() == SqlKind.DESCRIPTOR) {
        List<RexNode> refs = new ArrayList<>();
        for (RexNode ref : ((RexCall) operand).getOperands()) {
          refs.add(RexInputRef.of(mapping.getTarget(((RexInputRef) ref).getIndex()), input.getRowType()));
        }
        operand = ((RexCall) operand).clone(operand.getType(), refs);
      }
      operands.add(operand);
    }
    RelDataType rowType = rowType(scan, input, scan.getCluster().getTypeFactory());
    return scan.copy(scan.getTraitSet(), List.of(input), call.clone(rowType, operands), scan.getElementType(),
        rowType, null);
  }

  /** The new input's columns followed by the window columns. */
  private static RelDataType rowType(TableFunctionScan scan, RelNode input, RelDataTypeFactory factory) {
    List<RelDataTypeField> fields = scan.getRowType().getFieldList();
    return factory.builder()
        .addAll(input.getRowType().getFieldList())
        .addAll(fields.subList(windowStart(scan), fields.size()))
        .build();
  }
}
