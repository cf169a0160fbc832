package io.sluice.planner.translate;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import io.sluice.planner.calcite.TypeConversion;
import io.sluice.planner.plan.PlanNode;
import io.sluice.planner.plan.UnionNode;
import java.util.List;
import org.apache.calcite.rel.core.Union;

final class UnionTranslator implements RelTranslator<Union> {
  @Override
  public PlanNode translate(Union rel, List<PlanNode> inputs, TranslationContext context) {
    if (!rel.all) {
      throw new SluiceException(ErrorCode.UNSUPPORTED,
          "UNION without ALL needs de-duplication, which is not supported yet; use UNION ALL.");
    }
    return new UnionNode(inputs, TypeConversion.toRowType(rel.getRowType()));
  }
}
