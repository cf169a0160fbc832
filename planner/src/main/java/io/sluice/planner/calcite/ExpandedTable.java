package io.sluice.planner.calcite;

import io.sluice.common.types.RowType;
import java.util.List;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.TemporalTable;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;

/**
 * A table defined by a query over other tables, expanded in place when a query reads it: views, and tables with
 * computed columns or a WATERMARK (a projection over their {@link PhysicalTable}, so computed columns are
 * evaluated right after the scan, in the source's task, followed by a {@link LogicalWatermarkAssigner} when the
 * table has a WATERMARK).
 */
public final class ExpandedTable extends AbstractTable implements TranslatableTable, TemporalTable {
  /**
   * The WATERMARK of a table: the rowtime column's index, and the expression as a query over the table's
   * {@link RowShapeTable}.
   */
  record Watermark(int rowtimeField, String expressionQuery) {}

  private final RowType rowType;
  private final String definition;
  private final List<String> schemaPath;
  private final Watermark watermark;

  /** @param watermark the table's WATERMARK, or null */
  ExpandedTable(RowType rowType, String definition, List<String> schemaPath, Watermark watermark) {
    this.rowType = rowType;
    this.definition = definition;
    this.schemaPath = schemaPath;
    this.watermark = watermark;
  }

  @Override
  public RelDataType getRowType(RelDataTypeFactory typeFactory) {
    return TypeConversion.toRelRowType(typeFactory, rowType);
  }

  @Override
  public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
    RelNode rel = context.expandView(relOptTable.getRowType(), definition, schemaPath,
        relOptTable.getQualifiedName()).project();
    if (watermark == null) {
      return rel;
    }
    RelNode expression = context.expandView(relOptTable.getRowType(), watermark.expressionQuery(), schemaPath,
        null).project();
    return LogicalWatermarkAssigner.create(rel, watermark.rowtimeField(), single(expression));
  }

  /** The one column of {@code SELECT expr FROM shape} as an expression over the shape's columns. */
  private static RexNode single(RelNode query) {
    if (query instanceof Project project) {
      return project.getProjects().get(0);
    }
    // The expression is the table's only column and the projection was dropped.
    return RexInputRef.of(0, query.getRowType());
  }

  /** Not used: a versioned table's versions come from its primary key and event time (see {@link PhysicalTable}). */
  @Override
  public String getSysStartFieldName() {
    return "";
  }

  @Override
  public String getSysEndFieldName() {
    return "";
  }
}
