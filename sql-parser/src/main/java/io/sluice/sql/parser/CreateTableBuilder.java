package io.sluice.sql.parser;

import io.sluice.common.ErrorCode;
import io.sluice.common.SqlException;
import io.sluice.common.types.DataType;
import io.sluice.sql.parser.SluiceStatementParser.ColumnConstraintContext;
import io.sluice.sql.parser.SluiceStatementParser.ColumnDefinitionContext;
import io.sluice.sql.parser.SluiceStatementParser.CreateStatementContext;
import io.sluice.sql.parser.SluiceStatementParser.CreateTableBodyContext;
import io.sluice.sql.parser.SluiceStatementParser.IdentifierContext;
import io.sluice.sql.parser.SluiceStatementParser.NotEnforcedContext;
import io.sluice.sql.parser.SluiceStatementParser.TableConstraintContext;
import io.sluice.sql.parser.SluiceStatementParser.TableElementContext;
import io.sluice.sql.parser.SluiceStatementParser.TableOptionContext;
import io.sluice.sql.parser.SluiceStatementParser.WatermarkDefinitionContext;
import io.sluice.sql.parser.SluiceStatementParser.WithOptionsContext;
import io.sluice.sql.statement.ColumnDefinition;
import io.sluice.sql.statement.CreateTableStatement;
import io.sluice.sql.statement.WatermarkDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Builds one {@link CreateTableStatement} and checks what needs no catalog: column names and option keys are
 * unique, and there is at most one WATERMARK and one PRIMARY KEY. Whether the key and the rowtime column name
 * declared columns, and their types, is checked by the planner, which knows the computed columns' types. The
 * table's own COMMENT is accepted but not kept: {@link CreateTableStatement} has no place for it.
 *
 * <p>Used once: create, call {@link #build()}, drop.
 */
final class CreateTableBuilder {
  private final ScriptText script;
  private final CreateStatementContext statement;
  private final List<ColumnDefinition> columns = new ArrayList<>();
  private final Set<String> columnNames = new HashSet<>();
  private WatermarkDefinition watermark;
  private List<String> primaryKey = List.of();
  private boolean hasPrimaryKey;

  CreateTableBuilder(ScriptText script, CreateStatementContext statement) {
    this.script = script;
    this.statement = statement;
  }

  CreateTableStatement build() {
    CreateTableBodyContext body = statement.createTableBody();
    for (TableElementContext element : body.tableElement()) {
      if (element.columnDefinition() != null) {
        addColumn(element.columnDefinition());
      } else if (element.watermarkDefinition() != null) {
        setWatermark(element.watermarkDefinition());
      } else {
        TableConstraintContext constraint = element.tableConstraint();
        setPrimaryKey(constraint, constraint.keyColumns, constraint.notEnforced());
      }
    }
    return new CreateTableStatement(
        ScriptText.positionOf(statement),
        script.textOf(statement),
        Literals.qualifiedName(body.qualifiedName()),
        List.copyOf(columns),
        watermark,
        primaryKey,
        options(body.withOptions()),
        statement.TEMPORARY() != null,
        body.ifNotExists() != null);
  }

  private void addColumn(ColumnDefinitionContext column) {
    String name = Literals.identifier(column.identifier());
    if (!columnNames.add(name)) {
      throw validationError(column, "Duplicate column '" + name + "'");
    }
    String comment =
        column.commentClause() == null ? null : Literals.string(column.commentClause().STRING().getSymbol());
    if (column.expression() != null) {
      columns.add(new ColumnDefinition.Computed(name, script.fragmentOf(column.expression()), comment));
      return;
    }
    DataType type = DataTypeParser.parse(column.dataType());
    boolean notNull = column.nullability() != null && column.nullability().NOT() != null;
    columns.add(new ColumnDefinition.Physical(name, notNull ? type.notNull() : type, comment));
    if (column.columnConstraint() != null) {
      ColumnConstraintContext constraint = column.columnConstraint();
      setPrimaryKey(constraint, List.of(column.identifier()), constraint.notEnforced());
    }
  }

  private void setWatermark(WatermarkDefinitionContext definition) {
    if (watermark != null) {
      throw validationError(definition, "A table can have only one WATERMARK");
    }
    watermark = new WatermarkDefinition(
        Literals.identifier(definition.identifier()), script.fragmentOf(definition.expression()));
  }

  private void setPrimaryKey(
      ParserRuleContext constraint, List<IdentifierContext> keyColumns, NotEnforcedContext notEnforced) {
    if (hasPrimaryKey) {
      throw validationError(constraint, "A table can have only one PRIMARY KEY");
    }
    if (notEnforced == null) {
      // Flink's rule, kept so that the same DDL works in both: keys are trusted, never checked.
      throw new SqlException(ErrorCode.UNSUPPORTED, ScriptText.positionOf(constraint),
          "A PRIMARY KEY must be declared NOT ENFORCED: Sluice trusts keys and does not check them");
    }
    List<String> names = new ArrayList<>();
    for (IdentifierContext keyColumn : keyColumns) {
      String name = Literals.identifier(keyColumn);
      if (names.contains(name)) {
        throw validationError(keyColumn, "Column '" + name + "' appears twice in the PRIMARY KEY");
      }
      names.add(name);
    }
    hasPrimaryKey = true;
    primaryKey = List.copyOf(names);
  }

  /** The WITH options in the order written; an absent WITH clause gives no options. */
  private static Map<String, String> options(WithOptionsContext with) {
    if (with == null) {
      return Map.of();
    }
    Map<String, String> options = new LinkedHashMap<>();
    for (TableOptionContext option : with.tableOption()) {
      String key = Literals.string(option.key);
      if (options.containsKey(key)) {
        throw new SqlException(ErrorCode.VALIDATION_ERROR, ScriptText.positionOf(option.key),
            "Duplicate option '" + key + "'");
      }
      options.put(key, Literals.string(option.value));
    }
    return Collections.unmodifiableMap(options);
  }

  private static SqlException validationError(ParserRuleContext at, String detail) {
    return new SqlException(ErrorCode.VALIDATION_ERROR, ScriptText.positionOf(at), detail);
  }
}
