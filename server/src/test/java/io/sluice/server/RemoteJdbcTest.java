package io.sluice.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.jdbc.JdbcDriverContract;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code jdbc:sluice://127.0.0.1:port}: the driver contract against a server in the test's process. */
class RemoteJdbcTest extends JdbcDriverContract {
  private SluiceServer server;

  @Override
  protected Connection connect() throws SQLException {
    if (server == null) {
      try {
        server = SluiceServer.start(new ServerSettings(ServerSettings.LOOPBACK, 0, null, null, null, null));
      } catch (IOException e) {
        throw new SQLException(e);
      }
    }
    return DriverManager.getConnection("jdbc:sluice://127.0.0.1:" + server.port());
  }

  @AfterEach
  void stopServer() throws SQLException {
    connection.close();
    server.close();
  }

  @Test
  void jobsGoOnWhenTheirClientDisconnects() throws SQLException {
    String jobId;
    try (Statement statement = connection.createStatement()) {
      statement.execute(CREATE_SLOW);
      statement.execute("CREATE TABLE sink (id BIGINT) WITH ('connector' = 'blackhole')");
      ResultSet submitted = statement.executeQuery("INSERT INTO sink SELECT id FROM slow");
      submitted.next();
      jobId = submitted.getString("job_id");
    }
    connection.close();
    try (Connection later = connect(); Statement statement = later.createStatement()) {
      assertThat(jobStatuses(statement)).containsEntry(jobId, "RUNNING");
      ResultSet tables = statement.executeQuery("SHOW TABLES");
      assertThat(tables.next()).isTrue();
    }
  }
}
