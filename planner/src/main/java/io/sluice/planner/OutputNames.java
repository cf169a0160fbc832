package io.sluice.planner;

import java.util.List;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Calc;
import org.apache.calcite.rel.logical.LogicalCalc;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexProgram;

/**
 * Gives an optimized query the column names the user wrote. Calcite's rules drop projections that only rename
 * columns ({@code SELECT id AS a}, or {@code rn} naming a {@code ROW_NUMBER}), since they do not change the
 * rows, so the optimized plan may name its columns after its inputs; the names are put back on the top Calc, or
 * on an identity Calc added on top.
 */
final class OutputNames {
  private OutputNames() {}

  static RelNode restore(RelNode optimized, List<String> names) {
    RelDataType type = optimized.getRowType();
    if (type.getFieldNames().equals(names)) {
      return optimized;
    }
    RelDataType named = optimized.getCluster().getTypeFactory().createStructType(
        type.getFieldList().stream().map(field -> field.getType()).toList(), names);
    if (optimized instanceof Calc calc) {
      RexProgram program = calc.getProgram();
      return LogicalCalc.create(calc.getInput(), new RexProgram(program.getInputRowType(), program.getExprList(),
          program.getProjectList(), program.getCondition(), named));
    }
    return LogicalCalc.create(optimized, RexProgram.createIdentity(type, named));
  }
}
