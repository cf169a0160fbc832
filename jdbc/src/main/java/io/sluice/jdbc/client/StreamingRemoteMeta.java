package io.sluice.jdbc.client;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.AvaticaStatement;
import org.apache.calcite.avatica.MissingResultsException;
import org.apache.calcite.avatica.NoSuchStatementException;
import org.apache.calcite.avatica.QueryState;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.remote.TypedValue;

/**
 * The client's side of the protocol, for the embedded and the remote driver alike: Avatica's {@code RemoteMeta}
 * with rows read lazily, one fetch at a time, so that a streaming query's {@code executeQuery} returns at once
 * and {@code next()} waits for the next change.
 *
 * <p>Avatica's own row iterator fetches in its constructor and loops over empty frames without looking at the
 * statement, so a query with no rows yet would block {@code executeQuery}, and neither {@code Statement.cancel()}
 * nor a query timeout could stop a {@code next()} waiting for rows. Ours checks both between fetches (the server
 * answers a fetch within about half a second even when no row came): a cancel stops the query on the server and
 * ends the rows; a passed timeout does the same and throws {@link QueryTimeoutException}.
 */
public final class StreamingRemoteMeta extends ForwardingMeta {
  private final AvaticaConnection connection;

  /** @param remote Avatica's client meta for the connection, which sends requests to the service */
  public StreamingRemoteMeta(AvaticaConnection connection, Meta remote) {
    super(remote);
    this.connection = connection;
  }

  @Override
  public Iterable<Object> createIterable(StatementHandle h, QueryState state, Signature signature,
      List<TypedValue> parameters, Frame firstFrame) {
    AvaticaStatement statement = connection.statementMap.get(h.id);
    long timeoutMillis = 0;
    int fetchSize = AvaticaStatement.DEFAULT_FETCH_SIZE;
    if (statement != null) {
      try {
        timeoutMillis = statement.getQueryTimeout() * 1000L;
        fetchSize = statement.getFetchSize() > 0 ? statement.getFetchSize() : fetchSize;
      } catch (java.sql.SQLException e) {
        // A closed statement: keep the defaults, the first fetch will fail.
      }
    }
    long deadline = timeoutMillis > 0 ? System.nanoTime() + timeoutMillis * 1_000_000L : 0;
    AtomicBoolean cancelled;
    try {
      cancelled = connection.getCancelFlag(h);
    } catch (NoSuchStatementException e) {
      cancelled = new AtomicBoolean();
    }
    int rowsPerFetch = fetchSize;
    AtomicBoolean cancelFlag = cancelled;
    return () -> new Rows(h, firstFrame, cancelFlag, deadline, rowsPerFetch);
  }

  /** The rows of one result, fetched when asked for. */
  private final class Rows implements Iterator<Object> {
    private final StatementHandle handle;
    private final AtomicBoolean cancelled;
    private final long deadlineNanos;
    private final int fetchSize;
    private Frame frame;
    private Iterator<Object> rows;
    private long offset;

    Rows(StatementHandle handle, Frame firstFrame, AtomicBoolean cancelled, long deadlineNanos, int fetchSize) {
      this.handle = handle;
      this.cancelled = cancelled;
      this.deadlineNanos = deadlineNanos;
      this.fetchSize = fetchSize;
      this.frame = firstFrame == null ? Frame.MORE : firstFrame;
      this.rows = frame.rows.iterator();
    }

    @Override
    public boolean hasNext() {
      while (!rows.hasNext()) {
        if (frame.done) {
          return false;
        }
        if (cancelled.get()) {
          stopOnServer();
          return false;
        }
        if (deadlineNanos != 0 && System.nanoTime() - deadlineNanos > 0) {
          stopOnServer();
          throw new QueryTimeoutException();
        }
        try {
          frame = fetch(handle, offset, fetchSize);
        } catch (NoSuchStatementException | MissingResultsException e) {
          // The server no longer knows the statement or its query: it was closed (or the server restarted).
          return false;
        }
        rows = frame.rows.iterator();
      }
      return true;
    }

    @Override
    public Object next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      offset++;
      return rows.next();
    }

    /** Closing the statement on the server stops its query's job; the JDBC statement stays usable. */
    private void stopOnServer() {
      frame = Frame.EMPTY;
      rows = frame.rows.iterator();
      closeStatement(handle);
    }
  }
}
