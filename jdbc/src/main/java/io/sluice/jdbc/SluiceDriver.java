package io.sluice.jdbc;

import io.sluice.jdbc.client.SluiceJdbcFactory;
import io.sluice.jdbc.client.StreamingRemoteMeta;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.AvaticaFactory;
import org.apache.calcite.avatica.DriverVersion;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.remote.Driver;
import org.apache.calcite.avatica.remote.Service;

/**
 * Sluice's JDBC driver, on Apache Calcite Avatica. Two kinds of URL:
 *
 * <ul>
 *   <li>{@code jdbc:sluice:} runs an engine inside this process, for the connection's lifetime; closing the
 *       connection cancels its jobs.
 *   <li>{@code jdbc:sluice://host:port} talks to a {@code sluice server} over HTTP (Avatica's protobuf
 *       protocol); {@code jdbc:sluice://host:port;ssl=true} over HTTPS. The properties {@code user} and
 *       {@code password} log in to a server that requires it; {@code truststore}, {@code truststore_password} and
 *       {@code hostname_verification} are Avatica's TLS settings.
 * </ul>
 *
 * <p>Both go through the same protocol objects ({@link io.sluice.jdbc.meta.SluiceMeta} on the engine's side), so
 * they behave alike. What each statement returns is described in {@link ResultShapes}.
 */
public final class SluiceDriver extends Driver {
  public static final String PREFIX = "jdbc:sluice:";

  static {
    new SluiceDriver().register();
  }

  @Override
  protected String getConnectStringPrefix() {
    return PREFIX;
  }

  @Override
  protected DriverVersion createDriverVersion() {
    return new DriverVersion("Sluice JDBC Driver", "0.1", "Sluice", "0.1", true, 0, 1, 0, 1);
  }

  @Override
  protected AvaticaFactory createFactory() {
    return new SluiceJdbcFactory(
        instantiateFactory("org.apache.calcite.avatica.AvaticaJdbc41Factory"));
  }

  @Override
  public boolean acceptsURL(String url) {
    return url != null && url.startsWith(PREFIX);
  }

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    Properties properties = new Properties();
    if (info != null) {
      properties.putAll(info);
    }
    SluiceUrl.configure(url.substring(PREFIX.length()), properties);
    // What Avatica's remote driver does, with the settings taken from our URL rather than parsed from Avatica's.
    AvaticaConnection connection = factory.newConnection(this, factory, url, properties);
    handler.onConnectionInit(connection);
    try {
      connection.getService().apply(new Service.OpenConnectionRequest(connection.id,
          Service.OpenConnectionRequest.serializeProperties(properties)));
    } catch (RuntimeException e) {
      closeQuietly(connection);
      throw new SQLException(rootMessage(e), e);
    }
    return connection;
  }

  @Override
  public Meta createMeta(AvaticaConnection connection) {
    // Avatica's client meta, over the service (HTTP, or in-process for jdbc:sluice:) it sets on the connection.
    return new StreamingRemoteMeta(connection, super.createMeta(connection));
  }

  private static void closeQuietly(AvaticaConnection connection) {
    try {
      connection.close();
    } catch (SQLException | RuntimeException e) {
      // The service is unreachable or refused us; there is nothing to close on its side.
    }
  }

  /** The innermost message: "Connection refused", "HTTP/401", rather than the layers wrapped around it. */
  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.toString() : cause.getMessage();
  }
}
