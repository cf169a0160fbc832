package io.sluice.jdbc;

import io.sluice.jdbc.client.EmbeddedServiceFactory;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a Sluice URL into Avatica's connection properties. What follows {@code jdbc:sluice:} is empty (embedded) or
 * {@code //host:port}, optionally followed by {@code ;key=value} pairs, as in Avatica's URLs.
 */
final class SluiceUrl {
  private static final Pattern REMOTE = Pattern.compile("//([^:/;]+|\\[[^\\]]+]):(\\d+)/?(;.*)?");

  private SluiceUrl() {}

  /**
   * Sets Avatica's properties for the service the URL names; the login moves from JDBC's {@code user} and {@code password}
   * to Avatica's HTTP authentication properties, so that the password is never forwarded in the connection's
   * properties.
   *
   * @param suffix the URL after {@code jdbc:sluice:}
   * @param properties the connection's properties, changed in place
   */
  static void configure(String suffix, Properties properties) throws SQLException {
    if (suffix.isEmpty() || suffix.startsWith(";")) {
      putAll(suffix, properties);
      properties.setProperty("factory", EmbeddedServiceFactory.class.getName());
      return;
    }
    Matcher remote = REMOTE.matcher(suffix);
    if (!remote.matches()) {
      throw new SQLException("Not a Sluice URL: " + SluiceDriver.PREFIX + suffix
          + "; expected " + SluiceDriver.PREFIX + " or " + SluiceDriver.PREFIX + "//host:port");
    }
    putAll(remote.group(3) == null ? "" : remote.group(3), properties);
    boolean ssl = Boolean.parseBoolean((String) properties.remove("ssl"));
    String user = (String) properties.remove("user");
    String password = (String) properties.remove("password");
    if (user != null) {
      properties.setProperty("authentication", "BASIC");
      properties.setProperty("avatica_user", user);
      properties.setProperty("avatica_password", password == null ? "" : password);
    }
    String url = (ssl ? "https" : "http") + "://" + remote.group(1) + ":" + remote.group(2);
    properties.setProperty("url", url);
    properties.setProperty("serialization", "protobuf");
  }

  /** The {@code ;key=value} pairs of the URL, which win over the properties given with it, as in Avatica. */
  private static void putAll(String pairs, Properties properties) throws SQLException {
    for (String pair : pairs.split(";")) {
      if (pair.isBlank()) {
        continue;
      }
      int equals = pair.indexOf('=');
      if (equals < 0) {
        throw new SQLException("Expected key=value in the URL, got '" + pair + "'");
      }
      properties.setProperty(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
    }
  }
}
