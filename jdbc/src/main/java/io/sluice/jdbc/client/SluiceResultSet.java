package io.sluice.jdbc.client;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.TimeZone;
import org.apache.calcite.avatica.AvaticaResultSet;
import org.apache.calcite.avatica.AvaticaStatement;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.QueryState;

/**
 * Avatica's result set with JDBC's exceptions for what can happen while rows stream in: a passed query timeout
 * is an {@link SQLTimeoutException}, a failed query (its job failed, the server went away) an
 * {@link SQLException} with the reason; Avatica's cursor would let them out unchecked.
 */
final class SluiceResultSet extends AvaticaResultSet {

  SluiceResultSet(AvaticaStatement statement, QueryState state, Meta.Signature signature,
      ResultSetMetaData resultSetMetaData, TimeZone timeZone, Meta.Frame firstFrame) throws SQLException {
    super(statement, state, signature, resultSetMetaData, timeZone, firstFrame);
  }

  @Override
  public boolean next() throws SQLException {
    try {
      return super.next();
    } catch (QueryTimeoutException e) {
      throw new SQLTimeoutException(e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new SQLException(e.getMessage(), e);
    }
  }
}
