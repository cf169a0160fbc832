package io.sluice.connectors.jdbc;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import io.sluice.connectors.ConnectorOption;
import io.sluice.connectors.LookupConnectorFactory;
import io.sluice.connectors.LookupTableSource;
import io.sluice.connectors.SinkConnectorFactory;
import io.sluice.connectors.TableContext;
import io.sluice.connectors.TableOptions;
import io.sluice.connectors.TableSink;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code jdbc} connector: a table in a database reached through JDBC. Its lookup side answers lookup joins
 * ({@link JdbcLookupFunction}); its sink side writes the table ({@link JdbcSink}). The options every table has are
 * checked here ({@link JdbcUrls}); each side reads its own.
 */
public final class JdbcConnectorFactory implements LookupConnectorFactory, SinkConnectorFactory {
  public static final String IDENTIFIER = "jdbc";

  @Override
  public String identifier() {
    return IDENTIFIER;
  }

  @Override
  public List<ConnectorOption<?>> options() {
    return Stream.concat(JdbcOptions.ALL.stream(), JdbcSinkOptions.ALL.stream()).toList();
  }

  @Override
  public String description() {
    return "A table in a database reached through JDBC (H2 is built in; other drivers go on the class path). "
        + "It is looked up by key in lookup joins (JOIN t FOR SYSTEM_TIME AS OF o.proc_time ON ...), with an "
        + "optional cache and async lookups. It is written in upsert mode when the table declares a PRIMARY KEY "
        + "(H2's MERGE, PostgreSQL's ON CONFLICT, MySQL's ON DUPLICATE KEY; deletions by key), else appended "
        + "(inserts only); writes are buffered and retried, and with 'sink.delivery-guarantee' = 'exactly-once' "
        + "the rows of each checkpoint are committed in one transaction when it completes, so readers see each "
        + "row once and only after its checkpoint.";
  }

  @Override
  public TableSink createSink(TableContext context) {
    return JdbcSink.create(context);
  }

  @Override
  public LookupTableSource createLookup(TableContext context, List<Integer> lookupColumns) {
    TableOptions options = TableOptions.of(context);
    String url = options.get(JdbcOptions.URL);
    JdbcUrls.check(context.tableName(), url);
    Long maxRows = options.get(JdbcOptions.LOOKUP_CACHE_MAX_ROWS);
    Duration ttl = options.get(JdbcOptions.LOOKUP_CACHE_TTL);
    if ((maxRows == null) != (ttl == null)) {
      throw new SluiceException(ErrorCode.INVALID_TABLE_OPTION, "Table '" + context.tableName() + "' must set "
          + "both 'lookup.cache.max-rows' and 'lookup.cache.ttl' to cache lookups, or neither.");
    }
    if (maxRows != null && maxRows < 1) {
      throw new SluiceException(ErrorCode.INVALID_TABLE_OPTION, "'lookup.cache.max-rows' of table '"
          + context.tableName() + "' must be at least 1.");
    }
    int threads = options.get(JdbcOptions.LOOKUP_ASYNC) ? options.get(JdbcOptions.LOOKUP_ASYNC_THREADS) : 0;
    return new LookupTableSource(() -> new JdbcLookupFunction(new JdbcLookupSpec(url,
        options.get(JdbcOptions.TABLE_NAME), options.get(JdbcOptions.DRIVER), options.get(JdbcOptions.USERNAME),
        options.get(JdbcOptions.PASSWORD), context.physicalSchema(), lookupColumns,
        options.get(JdbcOptions.LOOKUP_MAX_RETRIES),
        maxRows == null ? null : new LookupCache(maxRows, ttl.toMillis(), System::currentTimeMillis),
        options.get(JdbcOptions.LOOKUP_CACHE_MISSING_KEY))), threads);
  }
}
