package io.sluice.shell;

import io.sluice.shell.ScriptRunner.Script;
import io.sluice.shell.print.OutputFormat;
import io.sluice.shell.remote.JdbcShellSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sluice sql}: runs statements from a file or the command line without the interactive shell. */
@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
        "Runs SQL statements in order, then waits for the jobs they started.",
        "Exit code 0 if all went well, 1 if a statement or a job failed, 2 on a usage error, 130 on Ctrl-C."
    })
final class SqlCommand implements Callable<Integer> {
  static final String STANDARD_INPUT = "-";
  static final String PASSWORD_VARIABLE = "SLUICE_PASSWORD";

  /** Exactly one of -f and -e. */
  static final class Source {
    @Option(names = {"-f", "--file"}, paramLabel = "FILE", required = true,
        description = "The script to run; '-' reads standard input.")
    String file;

    @Option(names = {"-e", "--execute"}, paramLabel = "SQL", required = true,
        description = "The statements to run, each ended by ';'.")
    String sql;
  }

  /** Required, except with --endpoint, where its absence opens the interactive shell on the server. */
  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Source source;

  @Option(names = "--endpoint", paramLabel = "HOST:PORT",
      description = "Run against a Sluice server rather than an engine in this process; without -f or -e, "
          + "opens the interactive shell on it. Jobs started there keep running after this command ends.")
  String endpoint;

  @Option(names = "--user", paramLabel = "NAME",
      description = "Log in to the server as this user; the password is read from $SLUICE_PASSWORD or asked for.")
  String user;

  @Option(names = "--ssl", description = "Connect to the server over HTTPS.")
  boolean ssl;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "How query results are printed: table (the default) or csv. "
          + "In csv mode only data goes to standard output.")
  OutputFormat format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (source == null) {
      if (endpoint == null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "Missing required argument (specify one of these): (-f=FILE | -e=SQL)");
      }
      try (JdbcShellSession session = JdbcShellSession.connect(endpoint, user, password(), ssl)) {
        Main.runInteractive(session);
      }
      return CommandLine.ExitCode.OK;
    }
    PrintWriter err = spec.commandLine().getErr();
    Script script;
    try {
      script = readScript();
    } catch (IOException e) {
      String reason = e instanceof NoSuchFileException ? "no such file" : ErrorText.describe(e);
      err.print("sluice: cannot read " + source.file + ": " + reason + "\n");
      err.flush();
      return ScriptRunner.FAILED;
    }
    if (endpoint != null) {
      try (JdbcShellSession session = JdbcShellSession.connect(endpoint, user, password(), ssl)) {
        return new ScriptRunner(session, format, spec.commandLine().getOut(), err).run(script);
      }
    }
    try (EngineSession session = EngineSession.start()) {
      return new ScriptRunner(session, format, spec.commandLine().getOut(), err).run(script);
    }
  }

  /** The server password: from $SLUICE_PASSWORD, else asked for without echo; none without --user. */
  private char[] password() {
    if (user == null) {
      return null;
    }
    String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
    if (fromEnvironment != null) {
      return fromEnvironment.toCharArray();
    }
    java.io.Console console = System.console();
    return console == null ? new char[0] : console.readPassword("Password for %s: ", user);
  }

  private Script readScript() throws IOException {
    if (source.sql != null) {
      return new Script("<command line>", source.sql);
    }
    if (source.file.equals(STANDARD_INPUT)) {
      return new Script("<stdin>", new String(System.in.readAllBytes(), StandardCharsets.UTF_8));
    }
    return new Script(source.file, Files.readString(Path.of(source.file)));
  }
}
