package io.sluice.planner.calcite;

import io.sluice.common.types.RowType;
import java.util.List;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;

/**
 * A table defined by a query over other tables, expanded in place when a query reads it: views, and tables with
 * computed columns (a projection over their {@link PhysicalTable}, so computed columns are evaluated right after
 * the scan, in the source's task).
 */
public final class ExpandedTable extends AbstractTable implements TranslatableTable {
  private final RowType rowType;
  private final String definition;
  private final List<String> schemaPath;

  public ExpandedTable(RowType rowType, String definition, List<String> schemaPath) {
    this.rowType = rowType;
    this.definition = definition;
    this.schemaPath = schemaPath;
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    return TypeConversion.toRelRowType(typeFactory, rowType);
  }

  @Override
  public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
    return context.expandView(relOptTable.getRowType(), definition, schemaPath, relOptTable.getQualifiedName())
        .project();
  }
}
