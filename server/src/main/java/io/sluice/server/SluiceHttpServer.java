package io.sluice.server;

import org.apache.calcite.avatica.server.AvaticaHandler;
import org.apache.calcite.avatica.server.AvaticaServerConfiguration;
import org.apache.calcite.avatica.server.HttpServer;
import org.eclipse.jetty.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.LoginService;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.security.Constraint;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * Avatica's Jetty server with two changes: it listens on one address (Avatica's listens on all), and Basic
 * authentication checks the users file ({@link UserFileLoginService}) rather than a Jetty properties file of
 * plain or weakly hashed passwords.
 */
final class SluiceHttpServer extends HttpServer {
  private final String host;
  private final LoginService loginService;

  /**
   * @param config null for no authentication
   * @param loginService the users' login; null without authentication
   * @param sslFactory null for plain HTTP
   */
  SluiceHttpServer(String host, int port, AvaticaHandler handler, AvaticaServerConfiguration config,
      LoginService loginService, SslContextFactory.Server sslFactory) {
    super(port, handler, config, null, sslFactory);
    this.host = host;
    this.loginService = loginService;
  }

  @Override
  protected ServerConnector getServerConnector() {
    ServerConnector connector = super.getServerConnector();
    connector.setHost(host);
    return connector;
  }

  @Override
  protected ConstraintSecurityHandler configureBasicAuthentication(Server server,
      AvaticaServerConfiguration config) {
    server.addBean(loginService);
    return configureCommonAuthentication(Constraint.__BASIC_AUTH, config.getAllowedRoles(),
        new BasicAuthenticator(), null, loginService);
  }
}
