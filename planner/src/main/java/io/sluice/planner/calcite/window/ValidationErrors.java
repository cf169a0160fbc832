package io.sluice.planner.calcite.window;

import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.validate.SqlValidatorException;

/** Validation errors with Sluice's own wording that point at a node, as Calcite's own errors do. */
final class ValidationErrors {
  private ValidationErrors() {}

  static CalciteContextException at(SqlNode node, String message) {
    SqlParserPos pos = node.getParserPosition();
    return new CalciteContextException(message, new SqlValidatorException(message, null), pos.getLineNum(),
        pos.getColumnNum(), pos.getEndLineNum(), pos.getEndColumnNum());
  }
}
