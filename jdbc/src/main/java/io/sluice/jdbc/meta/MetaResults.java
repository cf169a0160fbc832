package io.sluice.jdbc.meta;

import io.sluice.common.types.Column;
import io.sluice.engine.StatementResult;
import io.sluice.jdbc.ResultShapes;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.MetaImpl;

/** Builds Avatica's result sets: what a statement gave back ({@link ResultShapes}), and metadata tables. */
final class MetaResults {
  private MetaResults() {}

  /** The finished result of a statement that is not a query. */
  static Meta.MetaResultSet of(Meta.StatementHandle h, StatementResult result) {
    if (result instanceof StatementResult.Table table) {
      List<ColumnMetaData> columns = new ArrayList<>();
      for (String name : table.header()) {
        columns.add(MetaImpl.columnMetaData(name, columns.size(), String.class, true));
      }
      return finished(h, false, columns, new ArrayList<>(table.rows()), Meta.StatementType.SELECT);
    }
    if (result instanceof StatementResult.JobSubmitted job) {
      return strings(h, List.of(ResultShapes.JOB_ID, ResultShapes.JOB_NAME),
          List.of(List.of(job.jobId(), job.jobName())));
    }
    if (result instanceof StatementResult.Info info) {
      return strings(h, List.of(ResultShapes.MESSAGE), List.of(List.of(info.message())));
    }
    if (result instanceof StatementResult.Text text) {
      return strings(h, List.of(ResultShapes.TEXT), text.text().lines().map(List::of).toList());
    }
    if (result instanceof StatementResult.Quit) {
      return strings(h, List.of(ResultShapes.MESSAGE), List.of(List.of("Nothing to quit: close the connection.")));
    }
    throw new IllegalArgumentException("Not a finished result: " + result.getClass().getSimpleName());
  }

  /** The head of a query's result: the {@value ResultShapes#OP} column, then the query's; rows come by fetch. */
  static Meta.MetaResultSet streaming(Meta.StatementHandle h, List<Column> queryColumns) {
    Meta.Signature signature = Meta.Signature.create(queryColumns(queryColumns), "", List.of(),
        Meta.CursorFactory.LIST, Meta.StatementType.SELECT);
    return Meta.MetaResultSet.create(h.connectionId, h.id, false, signature, null);
  }

  static List<ColumnMetaData> queryColumns(List<Column> queryColumns) {
    List<ColumnMetaData> columns = new ArrayList<>();
    columns.add(MetaImpl.columnMetaData(ResultShapes.OP, 0, String.class, false));
    for (Column column : queryColumns) {
      columns.add(JdbcTypes.column(columns.size(), column.name(), column.type()));
    }
    return columns;
  }

  /** A finished result of text columns. */
  static Meta.MetaResultSet strings(Meta.StatementHandle h, List<String> names, List<List<String>> rows) {
    List<ColumnMetaData> columns = new ArrayList<>();
    for (String name : names) {
      columns.add(MetaImpl.columnMetaData(name, columns.size(), String.class, true));
    }
    // Not a SELECT: a client that wants an update count for DDL or INSERT is not misled by the row.
    return finished(h, false, columns, new ArrayList<>(rows), Meta.StatementType.OTHER_DDL);
  }

  /** A metadata table ({@code getTables}, ...) on a statement the server made for it. */
  static Meta.MetaResultSet metadata(Meta.StatementHandle h, List<ColumnMetaData> columns,
      List<? extends List<?>> rows) {
    return finished(h, true, columns, new ArrayList<>(rows), Meta.StatementType.SELECT);
  }

  private static Meta.MetaResultSet finished(Meta.StatementHandle h, boolean ownStatement,
      List<ColumnMetaData> columns, List<Object> rows, Meta.StatementType type) {
    Meta.Signature signature = Meta.Signature.create(columns, "", List.of(), Meta.CursorFactory.LIST, type);
    return Meta.MetaResultSet.create(h.connectionId, h.id, ownStatement, signature,
        new Meta.Frame(0, true, rows));
  }
}
