package io.sluice.planner.calcite;

import io.sluice.common.SqlPosition;
import io.sluice.planner.catalog.CatalogObject;
import io.sluice.planner.functions.BuiltInFunctions;
import java.util.List;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.config.CalciteConnectionConfig;
import org.apache.calcite.config.CalciteConnectionProperty;
import org.apache.calcite.config.Lex;
import org.apache.calcite.config.NullCollation;
import org.apache.calcite.plan.Contexts;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlConformanceEnum;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql2rel.SqlToRelConverter;
import org.apache.calcite.tools.FrameworkConfig;
import org.apache.calcite.tools.Frameworks;
import org.apache.calcite.tools.Planner;

/**
 * Calcite's parser, validator and SQL-to-relational converter, set up as Flink users expect: identifiers are
 * case-sensitive and quoted with back-ticks, and the functions are {@link BuiltInFunctions} plus the aggregates
 * of {@link SluiceOperatorTable}. One instance serves one statement over a snapshot of the catalog.
 */
public final class CalciteFrontEnd implements AutoCloseable {
  public static final SqlConformanceEnum CONFORMANCE = SqlConformanceEnum.LENIENT;

  private final Planner planner;

  public CalciteFrontEnd(List<CatalogObject> catalogObjects) {
    SchemaPlus root = Frameworks.createRootSchema(false);
    // Flink's type name that Calcite lacks, so CAST(x AS STRING) works in queries as in DDL. Calcite looks up
    // named types from the root schema.
    root.add("STRING", factory -> factory.createTypeWithNullability(
        factory.createSqlType(SqlTypeName.VARCHAR, Integer.MAX_VALUE), true));
    BuiltInFunctions.register(root);
    SchemaPlus schema = root.add(CatalogSchema.NAME, new CatalogSchema(catalogObjects));
    FrameworkConfig config = Frameworks.newConfigBuilder()
        .parserConfig(SqlParser.config().withLex(Lex.JAVA).withConformance(CONFORMANCE))
        .defaultSchema(schema)
        .operatorTable(SluiceOperatorTable.create())
        .typeSystem(SluiceTypeSystem.INSTANCE)
        // NULL sorts as the smallest value (first ascending, last descending), as in Flink. Calcite's planner
        // takes the validator's null collation from the connection configuration in the context.
        .context(Contexts.of(CalciteConnectionConfig.DEFAULT
            .set(CalciteConnectionProperty.DEFAULT_NULL_COLLATION, NullCollation.LOW.name())))
        .sqlValidatorConfig(SqlValidator.Config.DEFAULT
            .withConformance(CONFORMANCE)
            .withIdentifierExpansion(true))
        .sqlToRelConverterConfig(SqlToRelConverter.config().withExpand(false).withTrimUnusedFields(false))
        .build();
    this.planner = Frameworks.getPlanner(config);
  }

  /**
   * Parses, validates and converts a query to relational algebra.
   *
   * @param start where {@code sql} starts in the user's script, for error positions
   * @param prefixLength characters Sluice added in front of the user's text, not counted in error columns
   */
  public RelRoot toRel(String sql, SqlPosition start, int prefixLength) {
    try {
      SqlNode validated = planner.validate(planner.parse(sql));
      return planner.rel(validated);
    } catch (Exception | AssertionError e) {
      throw CalciteErrors.map(e, start, prefixLength);
    }
  }

  /** Parses and validates a query and returns the type of its rows. */
  public RelDataType validate(String sql, SqlPosition start, int prefixLength) {
    try {
      return planner.validateAndGetType(planner.parse(sql)).right;
    } catch (Exception | AssertionError e) {
      throw CalciteErrors.map(e, start, prefixLength);
    }
  }

  public JavaTypeFactory typeFactory() {
    return (JavaTypeFactory) planner.getTypeFactory();
  }

  @Override
  public void close() {
    planner.close();
  }
}
