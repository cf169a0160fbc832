package io.sluice.engine;

import io.sluice.common.SluiceException;
import io.sluice.common.SqlException;
import io.sluice.common.config.Configuration;
import io.sluice.engine.durable.CatalogJournal;
import io.sluice.engine.statement.StatementExecutors;
import io.sluice.sql.parser.StatementParser;
import io.sluice.sql.statement.CreateTableStatement;
import io.sluice.sql.statement.CreateViewStatement;
import io.sluice.sql.statement.DropStatement;
import io.sluice.sql.statement.Statement;
import io.sluice.common.types.Column;
import io.sluice.planner.catalog.CatalogObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A user's conversation with the engine: their SET options, and the statements they run. Not thread-safe. */
public final class Session {
  private final EngineContext context;
  private final CatalogJournal catalogJournal;

  /** @param catalogJournal where catalog changes are recorded; null for an engine without a state directory */
  Session(EngineContext context, CatalogJournal catalogJournal) {
    this.context = context;
    this.catalogJournal = catalogJournal;
  }

  /**
   * Splits and parses a script into statements.
   *
   * @throws SqlException on the first syntax error, with its line and column in the script
   */
  public List<Statement> parse(String script) {
    return StatementParser.parse(script);
  }

  /**
   * Runs one statement.
   *
   * @throws SqlException with a message for the user and the line and column in the script the statement came
   *     from (the place of the error inside the statement where it is known, else the statement's start)
   */
  public StatementResult execute(Statement statement) {
    StatementResult result;
    try {
      result = StatementExecutors.execute(statement, context);
    } catch (SqlException e) {
      throw e;
    } catch (SluiceException e) {
      throw new SqlException(e.code(), statement.position(), e.getMessage(), e);
    }
    if (catalogJournal != null && changesDurableCatalog(statement)) {
      catalogJournal.append(new CatalogJournal.Entry(statement.text(), context.user().name()));
    }
    return result;
  }

  /** CREATE and DROP of tables and views, except temporary ones, which live only as long as the process. */
  private static boolean changesDurableCatalog(Statement statement) {
    return statement instanceof CreateTableStatement table && !table.temporary()
        || statement instanceof CreateViewStatement view && !view.temporary()
        || statement instanceof DropStatement;
  }

  /**
   * Checks one statement the way {@link #execute} would run it, but starts and stops no job: queries and inserts
   * are planned and translated into a job that is then dropped. DDL, SET and RESET take effect in this session and
   * its engine's catalog as they would when run, so that later statements are checked against them; validate in
   * an engine of its own ({@code sluice validate} starts one per file).
   *
   * @throws SqlException as {@link #execute} does
   */
  public void validate(Statement statement) {
    try {
      StatementExecutors.validate(statement, context);
    } catch (SqlException e) {
      throw e;
    } catch (SluiceException e) {
      throw new SqlException(e.code(), statement.position(), e.getMessage(), e);
    }
  }

  /** Every table and view of the catalog with the names of its columns, in the catalog's order. */
  public Map<String, List<String>> tableColumns() {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    for (CatalogObject object : context.catalog().list()) {
      tables.put(object.name(), object.schema().columns().stream().map(Column::name).toList());
    }
    return tables;
  }

  /** Parses one statement and runs it. */
  public StatementResult executeSql(String sql) {
    List<Statement> statements = parse(sql);
    if (statements.size() != 1) {
      throw new IllegalArgumentException("Expected one statement, got " + statements.size());
    }
    return execute(statements.get(0));
  }

  /** The options set in this session. */
  public Configuration configuration() {
    return context.configuration();
  }

  /** Who runs this session's statements. */
  public SessionUser user() {
    return context.user();
  }

  EngineContext context() {
    return context;
  }
}
