package io.sluice.planner;

import io.sluice.common.SqlPosition;
import io.sluice.common.types.DataType;
import io.sluice.common.types.TypeRoot;
import io.sluice.planner.catalog.Catalog;
import io.sluice.sql.statement.ColumnDefinition;
import io.sluice.sql.statement.CreateTableStatement;
import io.sluice.sql.statement.SqlFragment;
import io.sluice.sql.statement.WatermarkDefinition;
import java.util.List;
import java.util.Map;

/** Builds catalogs for planner tests without going through the statement parser. */
final class PlannerTestSupport {
  private PlannerTestSupport() {}

  static SqlFragment sql(String text) {
    return new SqlFragment(text, SqlPosition.START);
  }

  static ColumnDefinition physical(String name, TypeRoot root) {
    return new ColumnDefinition.Physical(name, root == TypeRoot.VARCHAR ? DataType.string() : DataType.of(root),
        null);
  }

  static ColumnDefinition computed(String name, String expression, SqlPosition at) {
    return new ColumnDefinition.Computed(name, new SqlFragment(expression, at), null);
  }

  static CreateTableStatement createTable(
      String name, List<ColumnDefinition> columns, WatermarkDefinition watermark) {
    return new CreateTableStatement(SqlPosition.START, "CREATE TABLE " + name, name, columns, watermark, List.of(),
        Map.of("connector", "datagen"), false, false);
  }

  /** A sink table of connector {@code connector} with the given primary key (empty for none). */
  static CreateTableStatement createSink(
      String name, List<ColumnDefinition> columns, List<String> primaryKey, String connector) {
    return new CreateTableStatement(SqlPosition.START, "CREATE TABLE " + name, name, columns, null, primaryKey,
        Map.of("connector", connector), false, false);
  }

  /**
   * Adds {@code w (k STRING, v INT, ts TIMESTAMP(3), pt AS PROCTIME(), WATERMARK FOR ts AS ts - INTERVAL '5'
   * SECOND)}.
   */
  static Catalog withEvents(Catalog catalog) {
    catalog.create(new TableResolver(catalog).resolve(createTable("w", List.of(
        physical("k", TypeRoot.VARCHAR),
        physical("v", TypeRoot.INTEGER),
        physical("ts", TypeRoot.TIMESTAMP),
        computed("pt", "PROCTIME()", SqlPosition.START)),
        new WatermarkDefinition("ts", new SqlFragment("ts - INTERVAL '5' SECOND", SqlPosition.START)))), false);
    return catalog;
  }

  /** A catalog with {@code t (id BIGINT, name STRING)}. */
  static Catalog catalogWithT() {
    Catalog catalog = new Catalog();
    catalog.create(new TableResolver(catalog).resolve(createTable("t",
        List.of(physical("id", TypeRoot.BIGINT), physical("name", TypeRoot.VARCHAR)), null)), false);
    return catalog;
  }
}
