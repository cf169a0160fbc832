package io.sluice.planner.calcite;

import io.sluice.common.types.Column;
import io.sluice.planner.catalog.CatalogObject;
import io.sluice.planner.catalog.CatalogTable;
import io.sluice.planner.catalog.CatalogView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/**
 * Shows the catalog to Calcite. A table without computed columns or WATERMARK is its {@link PhysicalTable}; a
 * table with either, and a view, are {@link ExpandedTable}s defined by SQL over other tables. A table with a
 * WATERMARK also has a hidden {@link RowShapeTable}, against which its watermark expression is converted.
 */
public final class CatalogSchema extends AbstractSchema {
  /** The name of this schema under Calcite's root schema. */
  public static final String NAME = "sluice";

  private final List<CatalogObject> objects;

  public CatalogSchema(List<CatalogObject> objects) {
    this.objects = List.copyOf(objects);
  }

  @Override
  protected Map<String, Table> getTableMap() {
    Map<String, Table> tables = new HashMap<>();
    for (CatalogObject object : objects) {
      if (object instanceof CatalogTable table) {
        PhysicalTable physical = new PhysicalTable(table);
        if (table.computedColumns().isEmpty() && table.watermark() == null) {
          tables.put(table.name(), physical);
        } else {
          tables.put(PhysicalTable.hiddenName(table.name()), physical);
          tables.put(table.name(), new ExpandedTable(table.schema(), computedProjection(table), List.of(NAME),
              watermark(table)));
        }
        if (table.watermark() != null) {
          tables.put(RowShapeTable.hiddenName(table.name()), new RowShapeTable(table.schema()));
        }
      } else if (object instanceof CatalogView view) {
        tables.put(view.name(), new ExpandedTable(view.schema(), view.query().sql(), List.of(NAME), null));
      }
    }
    return tables;
  }

  private static ExpandedTable.Watermark watermark(CatalogTable table) {
    if (table.watermark() == null) {
      return null;
    }
    return new ExpandedTable.Watermark(table.schema().indexOf(table.watermark().rowtimeColumn()),
        "SELECT (" + table.watermark().expression().sql() + ") FROM "
            + quote(RowShapeTable.hiddenName(table.name())));
  }

  /** {@code SELECT `a`, (expr) AS `b` FROM `t$physical`}: the table seen through its computed columns. */
  static String computedProjection(CatalogTable table) {
    List<String> items = new ArrayList<>();
    for (Column column : table.schema().columns()) {
      String name = quote(column.name());
      items.add(table.isComputed(column)
          ? "(" + table.computedColumns().get(column.name()).sql() + ") AS " + name
          : name);
    }
    return "SELECT " + items.stream().collect(Collectors.joining(", "))
        + " FROM " + quote(PhysicalTable.hiddenName(table.name()));
  }

  public static String quote(String identifier) {
    return "`" + identifier.replace("`", "``") + "`";
  }
}
