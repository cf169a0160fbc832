package io.sluice.server;

import io.sluice.engine.SessionUser;
import io.sluice.engine.SluiceEngine;
import io.sluice.jdbc.meta.SluiceMeta;
import java.io.IOException;
import java.util.List;
import org.apache.calcite.avatica.metrics.noop.NoopMetricsSystem;
import org.apache.calcite.avatica.remote.LocalService;
import org.apache.calcite.avatica.server.AvaticaProtobufHandler;
import org.apache.calcite.avatica.server.AvaticaServerConfiguration;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * A long-lived engine served to JDBC clients ({@code jdbc:sluice://host:port}) over HTTP with Avatica's protobuf
 * protocol: {@link SluiceMeta} behind Avatica's {@link LocalService} and protobuf handler, in Jetty. Jobs belong
 * to the engine, not to connections: they keep running when their client disconnects. With a state directory,
 * the catalog and the jobs survive a restart, and jobs that were running resume from their latest checkpoint.
 */
public final class SluiceServer implements AutoCloseable {
  private final SluiceEngine engine;
  private final SluiceMeta meta;
  private final SluiceHttpServer http;
  private final List<String> recoveryProblems;
  private boolean closed;

  private SluiceServer(SluiceEngine engine, List<String> recoveryProblems, ServerSettings settings,
      UserFile users) {
    this.engine = engine;
    this.recoveryProblems = recoveryProblems;
    this.meta = new SluiceMeta(engine, SessionUser.LOCAL);
    AvaticaServerConfiguration config = users == null ? null : new UsersAuthentication(users);
    AvaticaProtobufHandler handler =
        new AvaticaProtobufHandler(new LocalService(meta), NoopMetricsSystem.getInstance(), config);
    this.http = new SluiceHttpServer(settings.host(), settings.port(), handler, config,
        users == null ? null : new UserFileLoginService(users), sslFactory(settings));
  }

  /**
   * Starts the engine (restoring its state directory, if any) and the HTTP server.
   *
   * @throws IOException if the users file cannot be read
   * @throws IllegalArgumentException if the users file is malformed
   */
  public static SluiceServer start(ServerSettings settings) throws IOException {
    UserFile users = settings.usersFile() == null ? null : UserFile.read(settings.usersFile());
    SluiceEngine engine;
    List<String> problems = List.of();
    if (settings.stateDirectory() == null) {
      engine = SluiceEngine.start();
    } else {
      SluiceEngine.Started started = SluiceEngine.start(settings.stateDirectory());
      engine = started.engine();
      problems = started.problems();
    }
    try {
      SluiceServer server = new SluiceServer(engine, problems, settings, users);
      server.http.start();
      return server;
    } catch (RuntimeException e) {
      engine.close();
      throw e;
    }
  }

  /** The port the server listens on (the one chosen when the settings asked for any). */
  public int port() {
    return http.getPort();
  }

  public SluiceEngine engine() {
    return engine;
  }

  /** What could not be restored from the state directory, one line each. */
  public List<String> recoveryProblems() {
    return recoveryProblems;
  }

  /** Waits until the server stops. */
  public void join() throws InterruptedException {
    http.join();
  }

  /**
   * Stops listening, closes the connections (their queries stop) and the engine. A durable engine's running
   * jobs are recorded as running, so they resume on the next start. Idempotent.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      http.stop();
    } finally {
      meta.closeAll();
      engine.close();
    }
  }

  private static SslContextFactory.Server sslFactory(ServerSettings settings) {
    if (settings.keystore() == null) {
      return null;
    }
    SslContextFactory.Server factory = new SslContextFactory.Server();
    factory.setKeyStorePath(settings.keystore().toAbsolutePath().toString());
    factory.setKeyStorePassword(new String(settings.keystorePassword()));
    return factory;
  }
}
