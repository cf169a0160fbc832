package io.sluice.planner.translate;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import io.sluice.planner.plan.PlanNode;
import java.util.List;
import org.apache.calcite.rel.core.Window;

/**
 * Refuses an OVER window the optimizer did not turn into a rank, with a message that shows what is supported.
 * OVER aggregation (e.g. {@code SUM(x) OVER (... ROWS BETWEEN ...)}) is not implemented yet.
 */
final class WindowTranslator implements RelTranslator<Window> {
  @Override
  public PlanNode translate(Window rel, List<PlanNode> inputs, TranslationContext context) {
    throw new SluiceException(ErrorCode.UNSUPPORTED, "OVER windows are not supported yet, except "
        + "ROW_NUMBER() OVER (PARTITION BY ... ORDER BY ...) bounded in an outer query for Top-N or deduplication, "
        + "e.g. SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY k ORDER BY v DESC) AS rn FROM t) "
        + "WHERE rn <= 3.");
  }
}
