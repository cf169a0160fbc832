package io.sluice.jdbc.meta;

import io.sluice.engine.Session;
import io.sluice.engine.SessionUser;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.calcite.avatica.ConnectionPropertiesImpl;
import org.apache.calcite.avatica.Meta;

/** One JDBC connection on the server: its user's session, its statements' prepared SQL and open queries. */
final class OpenConnection implements AutoCloseable {
  private final SessionUser user;
  private final Session session;
  private final AtomicInteger nextStatementId = new AtomicInteger();
  private final Map<Integer, String> preparedSql = new ConcurrentHashMap<>();
  private final Map<Integer, OpenQuery> queries = new ConcurrentHashMap<>();
  private Meta.ConnectionProperties properties = new ConnectionPropertiesImpl();

  OpenConnection(SessionUser user, Session session) {
    this.user = user;
    this.session = session;
  }

  SessionUser user() {
    return user;
  }

  /** The session; statements of one connection run one at a time, as a session is not thread-safe. */
  Session session() {
    return session;
  }

  Meta.StatementHandle createStatement(String connectionId) {
    return new Meta.StatementHandle(connectionId, nextStatementId.incrementAndGet(), null);
  }

  synchronized Meta.ConnectionProperties syncProperties(Meta.ConnectionProperties update) {
    properties = properties.merge(update);
    return properties;
  }

  void prepare(int statementId, String sql) {
    preparedSql.put(statementId, sql);
  }

  String preparedSql(int statementId) {
    String sql = preparedSql.get(statementId);
    if (sql == null) {
      throw SluiceMeta.error(new IllegalStateException("Statement " + statementId + " was not prepared"));
    }
    return sql;
  }

  void openQuery(int statementId, OpenQuery query) {
    OpenQuery previous = queries.put(statementId, query);
    if (previous != null) {
      previous.close();
    }
  }

  OpenQuery query(int statementId) {
    return queries.get(statementId);
  }

  /** Stops the statement's query, if it has one running. */
  void closeQuery(int statementId) {
    OpenQuery query = queries.remove(statementId);
    if (query != null) {
      query.close();
    }
  }

  void closeStatement(int statementId) {
    preparedSql.remove(statementId);
    closeQuery(statementId);
  }

  /** Stops every query of the connection; INSERT jobs go on. */
  @Override
  public void close() {
    queries.keySet().forEach(this::closeQuery);
  }
}
