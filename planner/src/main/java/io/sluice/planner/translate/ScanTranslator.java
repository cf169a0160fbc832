package io.sluice.planner.translate;

import io.sluice.planner.calcite.PhysicalTable;
import io.sluice.planner.catalog.CatalogTable;
import io.sluice.planner.plan.PlanNode;
import io.sluice.planner.plan.ScanNode;
import java.util.List;
import org.apache.calcite.rel.core.TableScan;

final class ScanTranslator implements RelTranslator<TableScan> {
  @Override
  public PlanNode translate(TableScan rel, List<PlanNode> inputs, TranslationContext context) {
    CatalogTable table = rel.getTable().unwrapOrThrow(PhysicalTable.class).table();
    return new ScanNode(table.name(), table.physicalSchema(), table.primaryKey(), table.options(),
        context.connectors().sourceChangelogMode(table));
  }
}
