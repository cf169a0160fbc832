package io.sluice.shell;

import io.sluice.common.config.Configuration;
import io.sluice.engine.Session;
import io.sluice.engine.SluiceEngine;
import io.sluice.engine.StatementResult;
import io.sluice.sql.statement.Statement;
import java.util.List;
import java.util.Map;

/**
 * The shell's session in an in-process engine that lives as long as the command. However the command ends, the
 * engine is closed and its running jobs cancelled: by {@link #close} normally, or by a shutdown hook when the
 * JVM is stopped by Ctrl-C (SIGINT), which is how {@code sluice sql -f} is interrupted.
 */
public final class EngineSession implements ShellSession, AutoCloseable {
  private final SluiceEngine engine;
  private final Session session;
  private final Thread shutdownHook;

  private EngineSession(SluiceEngine engine) {
    this.engine = engine;
    this.session = engine.newSession();
    this.shutdownHook = new Thread(engine::close, "sluice-shutdown");
  }

  /** Starts an engine and opens a session in it. */
  public static EngineSession start() {
    SluiceEngine engine = SluiceEngine.start();
    try {
      EngineSession session = new EngineSession(engine);
      Runtime.getRuntime().addShutdownHook(session.shutdownHook);
      return session;
    } catch (RuntimeException e) {
      engine.close();
      throw e;
    }
  }

  @Override
  public List<Statement> parse(String script) {
    return session.parse(script);
  }

  @Override
  public StatementResult execute(Statement statement) {
    return session.execute(statement);
  }

  @Override
  public Map<String, List<String>> tableColumns() {
    return session.tableColumns();
  }

  @Override
  public Configuration configuration() {
    return session.configuration();
  }

  @Override
  public boolean awaitJobs() throws InterruptedException {
    return engine.awaitJobs(null);
  }

  /** Cancels the jobs still running and stops the engine. */
  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      return; // the JVM is already stopping, and the hook closes the engine
    }
    engine.close();
  }
}
