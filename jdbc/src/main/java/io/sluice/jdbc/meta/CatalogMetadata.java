package io.sluice.jdbc.meta;

import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.planner.catalog.Catalog;
import io.sluice.planner.catalog.CatalogObject;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.MetaImpl;

/**
 * {@code DatabaseMetaData.getTables} and {@code getColumns} over the engine's catalog. Sluice has one catalog
 * and one schema, so catalog and schema are null; name patterns are SQL LIKE patterns as JDBC says.
 */
final class CatalogMetadata {
  private static final List<String> TABLE_COLUMNS = List.of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME",
      "TABLE_TYPE", "REMARKS", "TYPE_CAT", "TYPE_SCHEM", "TYPE_NAME", "SELF_REFERENCING_COL_NAME",
      "REF_GENERATION");

  private final Catalog catalog;

  CatalogMetadata(Catalog catalog) {
    this.catalog = catalog;
  }

  Meta.MetaResultSet tables(Meta.StatementHandle h, Meta.Pat tableNamePattern, List<String> types) {
    List<List<Object>> rows = new ArrayList<>();
    for (CatalogObject object : matching(tableNamePattern)) {
      if (types == null || types.contains(object.kind())) {
        rows.add(Arrays.asList(null, null, object.name(), object.kind(), null, null, null, null, null, null));
      }
    }
    return MetaResults.metadata(h, strings(TABLE_COLUMNS), rows);
  }

  Meta.MetaResultSet columns(Meta.StatementHandle h, Meta.Pat tableNamePattern, Meta.Pat columnNamePattern) {
    Pattern columnPattern = like(columnNamePattern);
    List<List<Object>> rows = new ArrayList<>();
    for (CatalogObject object : matching(tableNamePattern)) {
      int ordinal = 0;
      for (Column column : object.schema().columns()) {
        ordinal++;
        if (columnPattern.matcher(column.name()).matches()) {
          rows.add(columnRow(object.name(), column, ordinal));
        }
      }
    }
    List<ColumnMetaData> columns = new ArrayList<>();
    addColumns(columns, String.class, "TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME");
    addColumns(columns, int.class, "DATA_TYPE");
    addColumns(columns, String.class, "TYPE_NAME");
    addColumns(columns, int.class, "COLUMN_SIZE", "BUFFER_LENGTH", "DECIMAL_DIGITS", "NUM_PREC_RADIX", "NULLABLE");
    addColumns(columns, String.class, "REMARKS", "COLUMN_DEF");
    addColumns(columns, int.class, "SQL_DATA_TYPE", "SQL_DATETIME_SUB", "CHAR_OCTET_LENGTH", "ORDINAL_POSITION");
    addColumns(columns, String.class, "IS_NULLABLE", "SCOPE_CATALOG", "SCOPE_SCHEMA", "SCOPE_TABLE");
    addColumns(columns, short.class, "SOURCE_DATA_TYPE");
    addColumns(columns, String.class, "IS_AUTOINCREMENT", "IS_GENERATEDCOLUMN");
    return MetaResults.metadata(h, columns, rows);
  }

  /** {@code TABLE} and {@code VIEW}. */
  Meta.MetaResultSet tableTypes(Meta.StatementHandle h) {
    return MetaResults.metadata(h, strings(List.of("TABLE_TYPE")), List.of(List.of("TABLE"), List.of("VIEW")));
  }

  private static List<Object> columnRow(String table, Column column, int ordinal) {
    DataType type = column.type();
    Integer size = type.precision() == DataType.NO_PRECISION ? null : type.precision();
    Integer digits = type.scale() == DataType.NO_PRECISION ? null : type.scale();
    int nullable = type.nullable() ? DatabaseMetaData.columnNullable : DatabaseMetaData.columnNoNulls;
    return Arrays.asList(null, null, table, column.name(), type.root().jdbcType(), type.toString(), size, null,
        digits, type.root().isNumeric() ? 10 : null, nullable, null, null, null, null,
        type.root().isString() ? size : null, ordinal, type.nullable() ? "YES" : "NO", null, null, null, null,
        "NO", "NO");
  }

  private List<CatalogObject> matching(Meta.Pat tableNamePattern) {
    Pattern pattern = like(tableNamePattern);
    return catalog.list().stream().filter(object -> pattern.matcher(object.name()).matches()).toList();
  }

  /** A LIKE pattern as a regular expression; a null pattern matches everything. */
  static Pattern like(Meta.Pat pat) {
    if (pat == null || pat.s == null) {
      return Pattern.compile(".*", Pattern.DOTALL);
    }
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pat.s.length(); i++) {
      char c = pat.s.charAt(i);
      if (c == '\\' && i + 1 < pat.s.length()) {
        regex.append(Pattern.quote(String.valueOf(pat.s.charAt(++i))));
      } else if (c == '%') {
        regex.append(".*");
      } else if (c == '_') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  private static List<ColumnMetaData> strings(List<String> names) {
    List<ColumnMetaData> columns = new ArrayList<>();
    names.forEach(name -> addColumns(columns, String.class, name));
    return columns;
  }

  private static void addColumns(List<ColumnMetaData> columns, Class<?> type, String... names) {
    for (String name : names) {
      columns.add(MetaImpl.columnMetaData(name, columns.size(), type, true));
    }
  }
}
