package io.sluice.jdbc.meta;

import io.sluice.common.SluiceException;
import io.sluice.engine.Session;
import io.sluice.engine.SessionUser;
import io.sluice.engine.SluiceEngine;
import io.sluice.engine.StatementResult;
import io.sluice.sql.statement.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.calcite.avatica.AvaticaSeverity;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.NoSuchConnectionException;
import org.apache.calcite.avatica.NoSuchStatementException;
import org.apache.calcite.avatica.QueryState;
import org.apache.calcite.avatica.remote.AvaticaRuntimeException;
import org.apache.calcite.avatica.remote.TypedValue;

/**
 * The engine behind Avatica's protocol: each JDBC connection is a {@link Session} of the user who opened it, each
 * statement runs one SQL statement, and a query's rows are fetched as they arrive ({@link OpenQuery}). The same
 * instance serves the embedded driver (through Avatica's {@code LocalService}, in-process) and the server
 * (through its HTTP handler), so both speak exactly the same protocol.
 *
 * <p>Errors reach the client as {@link AvaticaRuntimeException}s with the engine's message (for SQL errors
 * {@code line L, column C: ...}, relative to the statement sent) and the {@code ErrorCode} number as vendor code.
 * Catalog metadata other than tables, columns and table types is answered with empty result sets.
 */
public final class SluiceMeta extends EmptyMetadataMeta {
  private final SluiceEngine engine;
  private final SessionUser defaultUser;
  private final CatalogMetadata catalogMetadata;
  private final Map<String, OpenConnection> connections = new ConcurrentHashMap<>();

  /**
   * @param defaultUser the user of requests not made inside {@link CurrentUser#runAs}: the local user for the
   *     embedded driver and for a server without authentication
   */
  public SluiceMeta(SluiceEngine engine, SessionUser defaultUser) {
    this.engine = engine;
    this.defaultUser = defaultUser;
    this.catalogMetadata = new CatalogMetadata(engine.catalog());
  }

  @Override
  public void openConnection(ConnectionHandle ch, Map<String, String> info) {
    SessionUser user = CurrentUser.orElse(defaultUser);
    Session session = engine.newSession(user);
    if (connections.putIfAbsent(ch.id, new OpenConnection(user, session)) != null) {
      throw error(new IllegalStateException("Connection " + ch.id + " is open already"));
    }
  }

  @Override
  public void closeConnection(ConnectionHandle ch) {
    OpenConnection connection = connections.get(ch.id);
    if (connection != null && isCurrentUsers(connection) && connections.remove(ch.id, connection)) {
      connection.close();
    }
  }

  /** Closes every connection, cancelling their queries (the server is stopping). */
  public void closeAll() {
    connections.values().forEach(OpenConnection::close);
    connections.clear();
  }

  @Override
  public ConnectionProperties connectionSync(ConnectionHandle ch, ConnectionProperties connProps) {
    return connection(ch.id).syncProperties(connProps);
  }

  @Override
  public StatementHandle createStatement(ConnectionHandle ch) {
    return connection(ch.id).createStatement(ch.id);
  }

  @Override
  public void closeStatement(StatementHandle h) {
    OpenConnection connection = connections.get(h.connectionId);
    if (connection != null && isCurrentUsers(connection)) {
      connection.closeStatement(h.id);
    }
  }

  @Override
  public StatementHandle prepare(ConnectionHandle ch, String sql, long maxRowCount) {
    OpenConnection connection = connection(ch.id);
    StatementHandle h = connection.createStatement(ch.id);
    connection.prepare(h.id, sql);
    h.signature = Signature.create(List.of(), sql, List.of(), CursorFactory.LIST, StatementType.SELECT);
    return h;
  }

  @Override
  @SuppressWarnings("deprecation")
  public ExecuteResult prepareAndExecute(StatementHandle h, String sql, long maxRowCount,
      PrepareCallback callback) throws NoSuchStatementException {
    return prepareAndExecute(h, sql, maxRowCount, -1, callback);
  }

  @Override
  public ExecuteResult prepareAndExecute(StatementHandle h, String sql, long maxRowCount, int maxRowsInFirstFrame,
      PrepareCallback callback) throws NoSuchStatementException {
    return new ExecuteResult(List.of(run(h, sql, maxRowCount)));
  }

  @Override
  @SuppressWarnings("deprecation")
  public ExecuteResult execute(StatementHandle h, List<TypedValue> parameterValues, long maxRowCount)
      throws NoSuchStatementException {
    return execute(h, parameterValues, (int) Math.min(Integer.MAX_VALUE, maxRowCount));
  }

  @Override
  public ExecuteResult execute(StatementHandle h, List<TypedValue> parameterValues, int maxRowsInFirstFrame)
      throws NoSuchStatementException {
    if (parameterValues != null && !parameterValues.isEmpty()) {
      throw error(new UnsupportedOperationException("Sluice statements take no parameters"));
    }
    return new ExecuteResult(List.of(run(h, connection(h.connectionId).preparedSql(h.id), -1)));
  }

  @Override
  public ExecuteBatchResult prepareAndExecuteBatch(StatementHandle h, List<String> sqlCommands)
      throws NoSuchStatementException {
    long[] counts = new long[sqlCommands.size()];
    for (int i = 0; i < counts.length; i++) {
      run(h, sqlCommands.get(i), -1);
      connection(h.connectionId).closeQuery(h.id);
    }
    return new ExecuteBatchResult(counts);
  }

  @Override
  public ExecuteBatchResult executeBatch(StatementHandle h, List<List<TypedValue>> parameterValues) {
    throw error(new UnsupportedOperationException("Sluice statements take no parameters"));
  }

  @Override
  public Frame fetch(StatementHandle h, long offset, int fetchMaxRowCount) throws NoSuchStatementException {
    OpenQuery query = connection(h.connectionId).query(h.id);
    if (query == null) {
      throw new NoSuchStatementException(h);
    }
    try {
      return query.fetch(fetchMaxRowCount);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw error(new IllegalStateException("Interrupted while fetching"));
    } catch (RuntimeException e) {
      throw error(e);
    }
  }

  @Override
  public boolean syncResults(StatementHandle sh, QueryState state, long offset) {
    return false;
  }

  @Override
  public void commit(ConnectionHandle ch) {}

  @Override
  public void rollback(ConnectionHandle ch) {}

  @Override
  public MetaResultSet getTables(ConnectionHandle ch, String catalog, Pat schemaPattern, Pat tableNamePattern,
      List<String> typeList) {
    return catalogMetadata.tables(connection(ch.id).createStatement(ch.id), tableNamePattern, typeList);
  }

  @Override
  public MetaResultSet getColumns(ConnectionHandle ch, String catalog, Pat schemaPattern, Pat tableNamePattern,
      Pat columnNamePattern) {
    return catalogMetadata.columns(connection(ch.id).createStatement(ch.id), tableNamePattern, columnNamePattern);
  }

  @Override
  public MetaResultSet getTableTypes(ConnectionHandle ch) {
    return catalogMetadata.tableTypes(connection(ch.id).createStatement(ch.id));
  }

  @Override
  protected StatementHandle metadataStatement(ConnectionHandle ch) {
    return connection(ch.id).createStatement(ch.id);
  }

  /** Parses and runs one statement; a query is left open for fetching. */
  private MetaResultSet run(StatementHandle h, String sql, long maxRowCount) {
    OpenConnection connection = connection(h.connectionId);
    connection.closeQuery(h.id);
    StatementResult result;
    // A session is not thread-safe; a connection's statements may be run from several client threads.
    synchronized (connection) {
      try {
        List<Statement> statements = connection.session().parse(sql);
        if (statements.size() != 1) {
          throw new IllegalArgumentException("Expected one statement, got " + statements.size());
        }
        result = connection.session().execute(statements.get(0));
      } catch (RuntimeException e) {
        throw error(e);
      }
    }
    if (result instanceof StatementResult.Query query) {
      connection.openQuery(h.id, new OpenQuery(query.handle(), maxRowCount));
      return MetaResults.streaming(h, query.columns());
    }
    return MetaResults.of(h, result);
  }

  private OpenConnection connection(String id) {
    OpenConnection connection = connections.get(id);
    if (connection == null) {
      throw error(new NoSuchConnectionException(id));
    }
    // Connection ids are chosen by clients: one is only usable by the user who opened it.
    if (!isCurrentUsers(connection)) {
      throw error(new SecurityException("Connection " + id + " belongs to another user"));
    }
    return connection;
  }

  private boolean isCurrentUsers(OpenConnection connection) {
    return connection.user().name().equals(CurrentUser.orElse(defaultUser).name());
  }

  /** The exception as the client should see it: the engine's message, its error number as vendor code. */
  static AvaticaRuntimeException error(Exception e) {
    if (e instanceof AvaticaRuntimeException avatica) {
      return avatica;
    }
    int code = e instanceof SluiceException sluice ? sluice.code().number() : -1;
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new EngineError(message, code);
  }

  /** Avatica's error with the message also as the exception's message, which in-process callers read. */
  private static final class EngineError extends AvaticaRuntimeException {
    EngineError(String message, int code) {
      super(message, code, "HY000", AvaticaSeverity.ERROR);
    }

    @Override
    public String getMessage() {
      return getErrorMessage();
    }
  }
}
