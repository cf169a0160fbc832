package io.sluice.planner.translate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexNode;

/** Writes an expression for EXPLAIN with input column names in place of Calcite's {@code $0}, {@code $1}. */
final class ExpressionNames {
  private static final Pattern INPUT_REF = Pattern.compile("\\$(\\d+)");

  private ExpressionNames() {}

  static String withInputNames(RexNode expr, List<RelDataTypeField> inputFields) {
    Matcher m = INPUT_REF.matcher(expr.toString());
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int index = Integer.parseInt(m.group(1));
      String name = index < inputFields.size() ? inputFields.get(index).getName() : m.group();
      m.appendReplacement(sb, Matcher.quoteReplacement(name));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
