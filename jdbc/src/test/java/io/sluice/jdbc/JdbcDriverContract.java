package io.sluice.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a JDBC user can count on, whatever the URL: every test runs against the embedded driver and against a
 * server ({@code RemoteJdbcTest} in the server module).
 */
public abstract class JdbcDriverContract {
  /** Ten rows, then the end. */
  public static final String CREATE_T = "CREATE TABLE t (id BIGINT, name STRING) WITH ('connector' = 'datagen',"
      + " 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '10',"
      + " 'fields.name.length' = '3')";
  /** Five rows a second without end, all with a positive id. */
  public static final String CREATE_SLOW = "CREATE TABLE slow (id BIGINT) WITH ('connector' = 'datagen',"
      + " 'rows-per-second' = '5', 'fields.id.min' = '1', 'fields.id.max' = '1000')";

  protected Connection connection;

  /** A new connection to a fresh engine (embedded) or to the test's server. */
  protected abstract Connection connect() throws SQLException;

  @BeforeEach
  void open() throws SQLException {
    connection = connect();
  }

  @AfterEach
  void closeConnection() throws SQLException {
    connection.close();
  }

  @Test
  void ddlAndSetAnswerWithAMessage() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      assertThat(statement.execute(CREATE_T)).isTrue();
      assertThat(single(statement.getResultSet(), ResultShapes.MESSAGE)).isEqualTo("Table 't' has been created.");
      assertThat(single(statement.executeQuery("SET 'parallelism.default' = '2'"), ResultShapes.MESSAGE))
          .isEqualTo("Option 'parallelism.default' set to '2'.");
      ResultSet options = statement.executeQuery("SET");
      List<String> parallelism = new ArrayList<>();
      while (options.next()) {
        if (options.getString("key").equals("parallelism.default")) {
          parallelism.add(options.getString("value"));
        }
      }
      assertThat(parallelism).containsExactly("2");
    }
  }

  @Test
  void anInsertAnswersWithItsJobId() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(CREATE_T);
      statement.execute("CREATE TABLE sink (id BIGINT) WITH ('connector' = 'blackhole')");
      assertThat(statement.execute("INSERT INTO sink SELECT id FROM t")).isTrue();
      ResultSet submitted = statement.getResultSet();
      assertThat(submitted.next()).isTrue();
      String jobId = submitted.getString(ResultShapes.JOB_ID);
      assertThat(jobId).matches("[0-9a-f]{8}");
      assertThat(submitted.getString(ResultShapes.JOB_NAME)).isEqualTo("INSERT INTO sink SELECT id FROM t");
      assertThat(jobStatuses(statement)).containsKey(jobId);
    }
  }

  @Test
  void aBoundedQueryGivesEveryRowWithItsKindThenEnds() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(CREATE_T);
      ResultSet rows = statement.executeQuery("SELECT id, CHAR_LENGTH(name) AS len FROM t WHERE id > 7");
      assertThat(rows.getMetaData().getColumnLabel(1)).isEqualTo(ResultShapes.OP);
      assertThat(rows.getMetaData().getColumnLabel(2)).isEqualTo("id");
      List<String> read = new ArrayList<>();
      while (rows.next()) {
        read.add(rows.getString("op") + " " + rows.getLong("id") + " " + rows.getInt("len"));
      }
      assertThat(read).containsExactly("+I 8 3", "+I 9 3", "+I 10 3");
    }
  }

  @Test
  void anAggregationShowsItsUpdates() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(CREATE_T);
      ResultSet rows = statement.executeQuery("SELECT COUNT(*) AS n FROM t WHERE id <= 2");
      List<String> read = new ArrayList<>();
      while (rows.next()) {
        read.add(rows.getString(1) + " " + rows.getLong(2));
      }
      assertThat(read).containsExactly("+I 1", "-U 1", "+U 2");
    }
  }

  @Test
  void nextWaitsForTheNextRowOfAnEndlessQuery() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(CREATE_SLOW);
      ResultSet rows = statement.executeQuery("SELECT id FROM slow");
      for (int i = 0; i < 3; i++) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getLong("id")).isBetween(1L, 1000L);
      }
      rows.close();
    }
  }

  @Test
  void cancelStopsANextThatWaitsAndTheQueryJob() throws Exception {
    try (Statement statement = connection.createStatement(); Statement other = connection.createStatement()) {
      statement.execute(CREATE_SLOW);
      ResultSet rows = statement.executeQuery("SELECT id FROM slow WHERE id < 0");
      CompletableFuture<Object> reader = CompletableFuture.supplyAsync(() -> {
        try {
          return rows.next();
        } catch (SQLException e) {
          return e;
        }
      });
      Thread.sleep(700);
      assertThat(reader).isNotDone();
      statement.cancel();
      assertThat(reader.get(10, TimeUnit.SECONDS)).isIn(false, Boolean.FALSE)
          .as("next() after cancel returns false");
      awaitNoRunningJob(other);
    }
  }

  @Test
  void aQueryTimeoutEndsAWaitingNext() throws Exception {
    try (Statement statement = connection.createStatement(); Statement other = connection.createStatement()) {
      statement.execute(CREATE_SLOW);
      statement.setQueryTimeout(1);
      ResultSet rows = statement.executeQuery("SELECT id FROM slow WHERE id < 0");
      long start = System.nanoTime();
      assertThatThrownBy(rows::next).isInstanceOf(SQLTimeoutException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
      awaitNoRunningJob(other);
    }
  }

  @Test
  void metadataListsTablesViewsAndColumns() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(CREATE_T);
      statement.execute("CREATE VIEW v AS SELECT id FROM t WHERE id > 5");
    }
    DatabaseMetaData metaData = connection.getMetaData();
    List<String> tables = new ArrayList<>();
    try (ResultSet rs = metaData.getTables(null, null, "%", null)) {
      while (rs.next()) {
        tables.add(rs.getString("TABLE_NAME") + ":" + rs.getString("TABLE_TYPE"));
      }
    }
    assertThat(tables).containsExactlyInAnyOrder("t:TABLE", "v:VIEW");
    List<String> columns = new ArrayList<>();
    try (ResultSet rs = metaData.getColumns(null, null, "t", "%")) {
      while (rs.next()) {
        columns.add(rs.getString("COLUMN_NAME") + " " + rs.getString("TYPE_NAME") + " " + rs.getInt("DATA_TYPE")
            + " " + rs.getInt("ORDINAL_POSITION"));
      }
    }
    assertThat(columns).containsExactly("id BIGINT -5 1", "name STRING 12 2");
  }

  @Test
  void anErrorSaysWhatIsWrong() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(CREATE_T);
      assertThatThrownBy(() -> statement.executeQuery("SELECT nope FROM t"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("line 1, column 8").hasMessageContaining("nope");
      // The statement can still be used.
      assertThat(single(statement.executeQuery("SHOW TABLES"), 1)).isEqualTo("t");
    }
  }

  /** SHOW JOBS as job id to status. */
  protected static java.util.Map<String, String> jobStatuses(Statement statement) throws SQLException {
    java.util.Map<String, String> statuses = new java.util.LinkedHashMap<>();
    try (ResultSet jobs = statement.executeQuery("SHOW JOBS")) {
      while (jobs.next()) {
        statuses.put(jobs.getString("job id"), jobs.getString("status"));
      }
    }
    return statuses;
  }

  private static void awaitNoRunningJob(Statement statement) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (jobStatuses(statement).containsValue("RUNNING")) {
      assertThat(System.nanoTime()).as("every job stopped").isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  private static String single(ResultSet rs, Object column) throws SQLException {
    assertThat(rs.next()).isTrue();
    String value = column instanceof Integer i ? rs.getString(i) : rs.getString((String) column);
    assertThat(rs.next()).isFalse();
    return value;
  }
}
