package io.sluice.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** {@code jdbc:sluice:}: an engine in the test's process. */
class EmbeddedJdbcTest extends JdbcDriverContract {
  @Override
  protected Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:sluice:");
  }

  @Test
  void eachConnectionHasItsOwnEngine() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(CREATE_T);
    }
    try (Connection other = connect(); Statement statement = other.createStatement()) {
      statement.execute(CREATE_T); // no conflict: the name is free in the other engine
    }
    assertThat(connection.getMetaData().getURL()).isEqualTo("jdbc:sluice:");
  }
}
