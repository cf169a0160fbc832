package io.sluice.connectors.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * How to connect: the checked URL, the driver to load and the login. {@link #toString} and {@link #mask} keep the
 * password out of everything shown.
 *
 * @param url a URL {@link JdbcUrls} accepted
 * @param driver the driver class to load first, or null
 * @param username null to connect without
 * @param password null to connect without
 */
record JdbcConnectionSpec(String url, String driver, String username, String password) {
  private static final String MASK = "******";

  Connection open() throws SQLException {
    if (driver != null) {
      try {
        Class.forName(driver);
      } catch (ClassNotFoundException e) {
        throw new SQLException("JDBC driver class " + driver + " is not on the class path");
      }
    }
    Properties login = new Properties();
    if (username != null) {
      login.setProperty("user", username);
    }
    if (password != null) {
      login.setProperty("password", password);
    }
    return DriverManager.getConnection(url, login);
  }

  /** The text with every occurrence of the password replaced, so it can be shown. */
  String mask(String text) {
    return text == null || password == null || password.isEmpty() ? text : text.replace(password, MASK);
  }

  /** Never shows the password. */
  @Override
  public String toString() {
    return "JdbcConnectionSpec[url=" + mask(url) + ", user=" + username + "]";
  }
}
