package io.sluice.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.jdbc.JdbcDriverContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server with a users file: who may log in, and who sees and stops which jobs. */
class AuthenticationTest {
  @TempDir
  static Path dir;

  private static SluiceServer server;

  @BeforeAll
  static void start() throws Exception {
    Path users = dir.resolve("users");
    Files.writeString(users, "# name:role:hash\n"
        + "alice:admin:" + PasswordHashes.hash("alice-secret".toCharArray()) + "\n"
        + "bob:user:" + PasswordHashes.hash("bob-secret".toCharArray()) + "\n"
        + "carol:user:" + PasswordHashes.hash("carol-secret".toCharArray()) + "\n");
    server = SluiceServer.start(new ServerSettings(ServerSettings.LOOPBACK, 0, null, users, null, null));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Connection connect(String user, String password) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    return DriverManager.getConnection("jdbc:sluice://127.0.0.1:" + server.port(), properties);
  }

  @Test
  void aWrongPasswordOrUnknownUserIsRefused() {
    assertThatThrownBy(() -> connect("bob", "wrong")).isInstanceOf(SQLException.class)
        .hasMessageNotContaining("wrong");
    assertThatThrownBy(() -> connect("mallory", "bob-secret")).isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> DriverManager.getConnection("jdbc:sluice://127.0.0.1:" + server.port()))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void aUserSeesAndStopsOnlyTheirOwnJobsAndAnAdminAll() throws SQLException {
    String bobsJob;
    try (Connection bob = connect("bob", "bob-secret"); Statement statement = bob.createStatement()) {
      statement.execute(JdbcDriverContract.CREATE_SLOW.replace("slow", "bob_src"));
      statement.execute("CREATE TABLE bob_sink (id BIGINT) WITH ('connector' = 'blackhole')");
      ResultSet submitted = statement.executeQuery("INSERT INTO bob_sink SELECT id FROM bob_src");
      submitted.next();
      bobsJob = submitted.getString("job_id");
      assertThat(jobIds(statement)).contains(bobsJob);
    }
    try (Connection carol = connect("carol", "carol-secret"); Statement statement = carol.createStatement()) {
      assertThat(jobIds(statement)).doesNotContain(bobsJob);
      assertThatThrownBy(() -> statement.execute("STOP JOB '" + bobsJob + "'"))
          .hasMessageContaining("No job with id '" + bobsJob + "'");
      // The catalog is shared: tables are not owned.
      assertThat(statement.executeQuery("SHOW TABLES").next()).isTrue();
    }
    try (Connection alice = connect("alice", "alice-secret"); Statement statement = alice.createStatement()) {
      assertThat(jobIds(statement)).contains(bobsJob);
      ResultSet stopped = statement.executeQuery("STOP JOB '" + bobsJob + "'");
      stopped.next();
      assertThat(stopped.getString("message")).isEqualTo("Job '" + bobsJob + "' is CANCELED.");
    }
  }

  private static List<String> jobIds(Statement statement) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (ResultSet jobs = statement.executeQuery("SHOW JOBS")) {
      while (jobs.next()) {
        ids.add(jobs.getString("job id"));
      }
    }
    return ids;
  }
}
