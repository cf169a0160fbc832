package io.sluice.connectors.jdbc;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import java.util.List;
import java.util.Locale;

/**
 * Which JDBC URLs a table may name. A URL is written by whoever creates the table, and several drivers run code
 * named in it when they connect: H2's {@code INIT} (any SQL, such as {@code RUNSCRIPT FROM 'http://...'} or
 * {@code CREATE ALIAS} of Java code), PostgreSQL's socket and SSL factories and logger file, MySQL's
 * deserialization, local-infile and interceptor settings. A URL setting any of them is refused, whatever the
 * spelling's case or spacing; the message names the parameter, never the URL, which may hold a password.
 */
final class JdbcUrls {
  /** Parameter names (upper case) that make a driver load classes, read files or run SQL on connecting. */
  private static final List<String> CODE_RUNNING = List.of("INIT", "RUNSCRIPT", "SOCKETFACTORY",
      "SOCKETFACTORYARG", "SSLFACTORY", "SSLFACTORYARG", "SSLHOSTNAMEVERIFIER", "SSLPASSWORDCALLBACK",
      "AUTHENTICATIONPLUGINCLASSNAME", "LOGGERFILE", "AUTODESERIALIZE", "ALLOWLOADLOCALINFILE",
      "ALLOWLOCALINFILE", "ALLOWURLINLOCALINFILE", "QUERYINTERCEPTORS", "STATEMENTINTERCEPTORS",
      "EXCEPTIONINTERCEPTORS", "CONNECTIONLIFECYCLEINTERCEPTORS", "CLIENTINFOPROVIDER");

  /** Text that runs code wherever it appears in a URL. */
  private static final List<String> CODE_RUNNING_TEXT = List.of("RUNSCRIPT", "CREATEALIAS", "CREATETRIGGER",
      "JAVA_OBJECT");

  private JdbcUrls() {}

  /**
   * @throws SluiceException with {@link ErrorCode#INVALID_TABLE_OPTION} if the URL is not a JDBC URL or sets a
   *     parameter that runs code
   */
  static void check(String tableName, String url) {
    if (!url.regionMatches(true, 0, "jdbc:", 0, 5)) {
      throw refused(tableName, "it must start with 'jdbc:'");
    }
    String compact = url.toUpperCase(Locale.ROOT).replaceAll("[\\s\"'`]", "");
    for (String text : CODE_RUNNING_TEXT) {
      if (compact.contains(text)) {
        throw refused(tableName, "it contains " + text + ", which runs code in the database");
      }
    }
    // Parameters follow ';' (H2, Derby), '?' or '&' (most others).
    for (String part : compact.split("[;?&]")) {
      int equals = part.indexOf('=');
      String name = equals < 0 ? part : part.substring(0, equals);
      if (CODE_RUNNING.contains(name)) {
        throw refused(tableName, "it sets " + name + ", which makes the driver run code when it connects");
      }
    }
  }

  private static SluiceException refused(String tableName, String why) {
    return new SluiceException(ErrorCode.INVALID_TABLE_OPTION, "The 'url' of table '" + tableName
        + "' is refused: " + why + ".");
  }
}
