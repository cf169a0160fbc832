package io.sluice.planner;

import io.sluice.common.ErrorCode;
import io.sluice.common.SqlException;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.planner.calcite.CalciteFrontEnd;
import io.sluice.planner.calcite.CatalogSchema;
import io.sluice.planner.calcite.TypeConversion;
import io.sluice.planner.catalog.Catalog;
import io.sluice.planner.catalog.CatalogObject;
import io.sluice.planner.catalog.CatalogTable;
import io.sluice.planner.catalog.CatalogView;
import io.sluice.sql.statement.ColumnDefinition;
import io.sluice.sql.statement.CreateTableStatement;
import io.sluice.sql.statement.CreateViewStatement;
import io.sluice.sql.statement.SqlFragment;
import io.sluice.sql.statement.WatermarkDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns CREATE TABLE and CREATE VIEW statements into catalog objects: derives the types of computed columns and
 * views with Calcite, and checks primary keys and watermarks against the columns.
 */
public final class TableResolver {
  private static final String SELECT = "SELECT ";

  private final Catalog catalog;

  public TableResolver(Catalog catalog) {
    this.catalog = catalog;
  }

  public CatalogTable resolve(CreateTableStatement statement) {
    List<Column> physical = new ArrayList<>();
    for (ColumnDefinition column : statement.columns()) {
      if (column instanceof ColumnDefinition.Physical p) {
        boolean inKey = statement.primaryKey().contains(p.name());
        // Primary key columns are NOT NULL, as in Flink.
        physical.add(new Column(p.name(), inKey ? p.type().notNull() : p.type()));
      }
    }
    checkPrimaryKey(statement);
    RowType physicalSchema = new RowType(physical);
    Map<String, SqlFragment> computed = new LinkedHashMap<>();
    List<Column> all = new ArrayList<>();
    CatalogTable physicalOnly = table(statement, physicalSchema, physicalSchema, Map.of(), null);
    for (ColumnDefinition column : statement.columns()) {
      if (column instanceof ColumnDefinition.Computed c) {
        DataType type = expressionType(c.expression(), physicalOnly);
        computed.put(c.name(), c.expression());
        all.add(new Column(c.name(), type));
      } else {
        all.add(physical.get(physicalSchema.indexOf(column.name())));
      }
    }
    CatalogTable resolved = table(statement, new RowType(all), physicalSchema, computed, null);
    if (statement.watermark() == null) {
      return resolved;
    }
    return table(statement, resolved.schema(), physicalSchema, computed, watermark(statement, resolved));
  }

  public CatalogView resolve(CreateViewStatement statement) {
    try (CalciteFrontEnd frontEnd = new CalciteFrontEnd(catalog.list())) {
      RowType schema = TypeConversion.toRowType(
          frontEnd.validate(statement.query().sql(), statement.query().position(), 0));
      return new CatalogView(statement.name(), schema, statement.query(), statement.temporary());
    }
  }

  private CatalogTable.Watermark watermark(CreateTableStatement statement, CatalogTable table) {
    WatermarkDefinition definition = statement.watermark();
    int index = table.schema().indexOf(definition.rowtimeColumn());
    if (index < 0) {
      throw new SqlException(ErrorCode.VALIDATION_ERROR, definition.expression().position(),
          "The rowtime column '" + definition.rowtimeColumn() + "' of the WATERMARK is not a column of '"
              + statement.name() + "'. Columns: " + String.join(", ", table.schema().names()) + ".");
    }
    requireTimestamp(table.schema().column(index).type(), "rowtime column '" + definition.rowtimeColumn() + "'",
        definition.expression());
    DataType type = expressionType(definition.expression(), table);
    requireTimestamp(type, "watermark expression", definition.expression());
    return new CatalogTable.Watermark(table.schema().column(index).name(), definition.expression());
  }

  private static void requireTimestamp(DataType type, String what, SqlFragment where) {
    if (!type.root().isTimestamp()) {
      throw new SqlException(ErrorCode.VALIDATION_ERROR, where.position(),
          "The " + what + " must be of type TIMESTAMP or TIMESTAMP_LTZ, but is " + type + ".");
    }
  }

  /** The type of an expression over the columns of {@code table}. */
  private DataType expressionType(SqlFragment expression, CatalogTable table) {
    List<CatalogObject> objects = new ArrayList<>(catalog.list());
    objects.removeIf(o -> o.name().equals(table.name()));
    objects.add(table);
    try (CalciteFrontEnd frontEnd = new CalciteFrontEnd(objects)) {
      String sql = SELECT + expression.sql() + "\nFROM " + CatalogSchema.quote(table.name());
      return TypeConversion.toDataType(
          frontEnd.validate(sql, expression.position(), SELECT.length()).getFieldList().get(0).getType());
    }
  }

  private static void checkPrimaryKey(CreateTableStatement statement) {
    for (String key : statement.primaryKey()) {
      boolean found = statement.columns().stream()
          .anyMatch(c -> c.name().equals(key) && c instanceof ColumnDefinition.Physical);
      if (!found) {
        throw new SqlException(ErrorCode.VALIDATION_ERROR, statement.position(),
            "Primary key column '" + key + "' is not a physical column of table '" + statement.name() + "'.");
      }
    }
  }

  private static CatalogTable table(CreateTableStatement statement, RowType schema, RowType physical,
      Map<String, SqlFragment> computed, CatalogTable.Watermark watermark) {
    return new CatalogTable(statement.name(), schema, physical, computed, watermark, statement.primaryKey(),
        statement.options(), statement.temporary());
  }
}
