package io.sluice.planner;

import io.sluice.common.ErrorCode;
import io.sluice.common.SqlException;
import io.sluice.common.SqlPosition;
import io.sluice.common.types.Column;
import io.sluice.common.types.RowType;
import io.sluice.common.SluiceException;
import io.sluice.planner.calcite.CalciteFrontEnd;
import io.sluice.planner.calcite.TypeConversion;
import io.sluice.planner.catalog.Catalog;
import io.sluice.planner.catalog.CatalogObject;
import io.sluice.planner.catalog.CatalogTable;
import io.sluice.planner.changelog.AppendOnlySinkCheck;
import io.sluice.planner.changelog.ChangelogModeInference;
import io.sluice.planner.changelog.ConnectorCapabilities;
import io.sluice.planner.plan.PlanNode;
import io.sluice.planner.plan.SinkNode;
import io.sluice.planner.translate.PhysicalPlanTranslator;
import io.sluice.sql.statement.SqlFragment;
import java.util.List;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.type.SqlTypeUtil;

/**
 * Plans queries and INSERTs over the catalog: Calcite parses, validates and optimizes; the translators turn the
 * result into Sluice's physical plan; changelog-mode inference decides how updating nodes emit their changes, and
 * an INSERT of updates into a sink that takes only inserts is refused. Errors point at the line and column of the
 * user's script.
 */
public final class QueryPlanner {
  private final Catalog catalog;
  private final ConnectorCapabilities connectors;

  /** A planner that asks {@code connectors} what a table's source emits and whether its sink takes updates. */
  public QueryPlanner(Catalog catalog, ConnectorCapabilities connectors) {
    this.catalog = catalog;
    this.connectors = connectors;
  }

  /** A planner for which sources insert only and every sink takes updates ({@link ConnectorCapabilities#DEFAULT}). */
  public QueryPlanner(Catalog catalog) {
    this(catalog, ConnectorCapabilities.DEFAULT);
  }

  /** Plans a SELECT (or VALUES, WITH ...) whose rows go back to the caller. */
  public PlannedQuery planQuery(SqlFragment query) {
    try (CalciteFrontEnd frontEnd = new CalciteFrontEnd(catalog.list())) {
      RelNode logical = frontEnd.toRel(query.sql(), query.position(), 0).project();
      PlannedQuery planned = toPhysical(logical, frontEnd, query.position(), true);
      return new PlannedQuery(ChangelogModeInference.apply(planned.root()), planned.logicalPlan());
    }
  }

  /** Plans {@code INSERT INTO table query}: the query's columns are cast to the table's physical columns. */
  public PlannedQuery planInsert(String tableName, SqlFragment query, SqlPosition statementPosition) {
    CatalogObject target = catalog.require(tableName);
    if (!(target instanceof CatalogTable table)) {
      throw new SqlException(ErrorCode.VALIDATION_ERROR, statementPosition,
          "Cannot INSERT INTO view '" + tableName + "': only tables can be written.");
    }
    try (CalciteFrontEnd frontEnd = new CalciteFrontEnd(catalog.list())) {
      RelNode logical = frontEnd.toRel(query.sql(), query.position(), 0).project();
      RelDataType sinkType = TypeConversion.toRelRowType(frontEnd.typeFactory(), table.physicalSchema());
      checkAssignable(logical.getRowType(), sinkType, table, query.position());
      RelNode cast = RelOptUtil.createCastRel(logical, sinkType, true);
      PlannedQuery planned = toPhysical(cast, frontEnd, query.position(), false);
      SinkNode sink = (SinkNode) ChangelogModeInference.apply(new SinkNode(planned.root(), table.name(),
          table.physicalSchema(), table.primaryKey(), table.options()));
      if (!connectors.sinkAcceptsUpdates(table)) {
        AppendOnlySinkCheck.check(sink, table.options().get("connector"), statementPosition);
      }
      return new PlannedQuery(sink, "LogicalSink(table=[" + table.name() + "])\n" + planned.logicalPlan());
    }
  }

  /** @param keepNames whether the result's columns must keep the query's names (a sink has its own) */
  private PlannedQuery toPhysical(
      RelNode logical, CalciteFrontEnd frontEnd, SqlPosition position, boolean keepNames) {
    String logicalText = RelOptUtil.toString(logical);
    try {
      RelNode optimized = LogicalOptimizer.optimize(logical);
      if (keepNames) {
        optimized = OutputNames.restore(optimized, logical.getRowType().getFieldNames());
      }
      PlanNode root = PhysicalPlanTranslator.translate(optimized, frontEnd.typeFactory(), connectors);
      return new PlannedQuery(root, logicalText);
    } catch (SqlException e) {
      throw e;
    } catch (SluiceException e) {
      throw new SqlException(e.code(), position, e.getMessage(), e);
    }
  }

  private static void checkAssignable(
      RelDataType queryType, RelDataType sinkType, CatalogTable table, SqlPosition position) {
    List<RelDataTypeField> query = queryType.getFieldList();
    List<RelDataTypeField> sink = sinkType.getFieldList();
    if (query.size() != sink.size()) {
      throw new SqlException(ErrorCode.VALIDATION_ERROR, position,
          "The query gives " + query.size() + " columns but table '" + table.name() + "' takes "
              + sink.size() + ": " + describe(table.physicalSchema()) + ".");
    }
    for (int i = 0; i < sink.size(); i++) {
      RelDataType to = sink.get(i).getType();
      RelDataType from = query.get(i).getType();
      if (!SqlTypeUtil.canAssignFrom(to, from) && !SqlTypeUtil.canCastFrom(to, from, false)) {
        throw new SqlException(ErrorCode.VALIDATION_ERROR, position,
            "Column " + (i + 1) + " of the query ('" + query.get(i).getName() + "', " + from.getFullTypeString()
                + ") cannot be written to column '" + sink.get(i).getName() + "' of table '" + table.name()
                + "' (" + table.physicalSchema().column(i).type() + ").");
      }
    }
  }

  private static String describe(RowType rowType) {
    return String.join(", ", rowType.columns().stream().map(Column::toString).toList());
  }
}
