package io.sluice.connectors.jdbc;

import io.sluice.common.types.RowType;
import io.sluice.connectors.TableContext;
import io.sluice.connectors.TableOptions;
import io.sluice.connectors.TableSink;
import io.sluice.executor.api.OperatorFactory;
import java.util.List;
import java.util.UUID;

/**
 * The sink side of the {@code jdbc} connector. A table with a PRIMARY KEY is written in upsert mode (insert or
 * replace by key, delete by key; on a database without an upsert statement, delete and insert) and takes updates; one without takes inserts only, appended. Writers buffer and
 * retry ({@link JdbcSinkOperator}), or commit once per checkpoint ({@link ExactlyOnceJdbcSinkOperator}).
 */
final class JdbcSink {
  private JdbcSink() {}

  /** Checks the options and describes the sink; opens no connection. */
  static TableSink create(TableContext context) {
    TableOptions options = TableOptions.of(context);
    String url = options.get(JdbcOptions.URL);
    JdbcUrls.check(context.tableName(), url);
    JdbcDialect dialect = JdbcDialect.of(url);
    String table = options.get(JdbcOptions.TABLE_NAME);
    RowType schema = context.physicalSchema();
    List<String> keys = context.primaryKey();
    JdbcRowWriter writer;
    if (keys.isEmpty()) {
      writer = new JdbcRowWriter(dialect.insert(table, schema.names()), null, false, schema, List.of());
    } else {
      boolean upsert = dialect.supportsUpsert();
      writer = new JdbcRowWriter(upsert ? dialect.upsert(table, schema.names(), keys)
          : dialect.insert(table, schema.names()), dialect.delete(table, keys), !upsert, schema,
          keys.stream().map(schema.names()::indexOf).toList());
    }
    JdbcConnectionSpec connection = new JdbcConnectionSpec(url, options.get(JdbcOptions.DRIVER),
        options.get(JdbcOptions.USERNAME), options.get(JdbcOptions.PASSWORD));
    DeliveryGuarantee guarantee = options.get(JdbcSinkOptions.DELIVERY_GUARANTEE);
    JdbcSinkSpec spec = new JdbcSinkSpec(connection, table, writer,
        options.get(JdbcSinkOptions.BUFFER_FLUSH_MAX_ROWS),
        options.get(JdbcSinkOptions.BUFFER_FLUSH_INTERVAL).toMillis(), options.get(JdbcSinkOptions.MAX_RETRIES),
        guarantee);
    OperatorFactory writers;
    if (guarantee == DeliveryGuarantee.EXACTLY_ONCE) {
      CommitMarkers markers = new CommitMarkers(dialect.table(options.get(JdbcSinkOptions.MARKER_TABLE)),
          UUID.randomUUID().toString());
      writers = () -> new ExactlyOnceJdbcSinkOperator(spec, markers);
    } else {
      writers = () -> new JdbcSinkOperator(spec);
    }
    return TableSink.of(writers, !keys.isEmpty());
  }
}
