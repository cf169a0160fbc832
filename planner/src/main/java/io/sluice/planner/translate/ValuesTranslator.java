package io.sluice.planner.translate;

import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.planner.calcite.TypeConversion;
import io.sluice.planner.plan.PlanNode;
import io.sluice.planner.plan.ValuesNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.core.Values;
import org.apache.calcite.rex.RexLiteral;

final class ValuesTranslator implements RelTranslator<Values> {
  @Override
  public PlanNode translate(Values rel, List<PlanNode> inputs, TranslationContext context) {
    RowType type = TypeConversion.toRowType(rel.getRowType());
    List<List<Object>> rows = new ArrayList<>();
    for (List<RexLiteral> tuple : rel.getTuples()) {
      List<Object> row = new ArrayList<>(tuple.size());
      for (int i = 0; i < tuple.size(); i++) {
        row.add(internalValue(tuple.get(i), type.column(i).type()));
      }
      rows.add(row);
    }
    return new ValuesNode(type, rows);
  }

  private static Object internalValue(RexLiteral literal, DataType type) {
    if (literal.isNull()) {
      return null;
    }
    return literal.getValueAs(type.root().internalClass());
  }
}
