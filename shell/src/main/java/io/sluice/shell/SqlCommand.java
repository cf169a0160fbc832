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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sluice sql}: runs statements from a job file or the command line without the interactive shell, or with
 * {@code -i} alone runs an init file and opens the shell. Job files and {@code -e} text get their {@code $${NAME}}
 * references replaced first ({@link VariableSubstitution}).
 */
@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
        "Runs SQL statements in order, then waits for the jobs they started.",
        "With -i and neither -f nor -e, runs the init file and opens the interactive shell.",
        "$${NAME} in the statements is replaced by the value of --var NAME=VALUE, else of the environment "
            + "variable NAME.",
        "Exit code 0 if all went well, 1 if a statement or a job failed, 2 on a usage error, 130 on Ctrl-C."
    })
final class SqlCommand implements Callable<Integer> {
  static final String STANDARD_INPUT = "-";
  static final String PASSWORD_VARIABLE = "SLUICE_PASSWORD";

  /** At most one of -f and -e. */
  static final class Source {
    @Option(names = {"-f", "--file"}, paramLabel = "FILE", required = true,
        description = "The job file to run; '-' reads standard input.")
    String file;

    @Option(names = {"-e", "--execute"}, paramLabel = "SQL", required = true,
        description = "The statements to run, each ended by ';'.")
    String sql;
  }

  /** Optional: without -f or -e the interactive shell opens (after -i, or on the server of --endpoint). */
  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Source source;

  @Option(names = {"-i", "--init"}, paramLabel = "FILE",
      description = "A file of statements (CREATE TABLE, SET, ...) to run first, in the same session.")
  String init;

  @Option(names = "--var", paramLabel = "NAME=VALUE",
      description = "Gives $${NAME} a value; wins over the environment variable NAME. Repeatable.")
  Map<String, String> variables = new LinkedHashMap<>();

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
    if (source == null && init == null && endpoint == null) {
      // The shell without an init file is plain `sluice`; here a forgotten -f is the likelier mistake.
      throw new ParameterException(spec.commandLine(),
          "Missing required argument: one of -f=FILE, -e=SQL or -i=FILE (alone, it opens the shell)");
    }
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    VariableSubstitution substitution = new VariableSubstitution(variables, System.getenv());
    Script initScript;
    Script script;
    try {
      initScript = init == null ? null : readFile(init);
      script = source == null ? null : source.sql != null ? new Script("<command line>", source.sql)
          : readFile(source.file);
    } catch (IOException e) {
      err.print("sluice: " + e.getMessage() + "\n");
      err.flush();
      return ScriptRunner.FAILED;
    }
    if (endpoint != null) {
      try (JdbcShellSession session = JdbcShellSession.connect(endpoint, user, password(), ssl)) {
        return run(session, initScript, script, substitution);
      }
    }
    try (EngineSession session = EngineSession.start()) {
      return run(session, initScript, script, substitution);
    }
  }

  /** Runs the init file, then the job file or, without one, the interactive shell. */
  private int run(ShellSession session, Script initScript, Script script, VariableSubstitution substitution)
      throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (initScript != null) {
      int initCode = new ScriptRunner(session, format, out, err).runStatements(initScript, substitution);
      if (initCode != ScriptRunner.SUCCEEDED) {
        return initCode;
      }
    }
    if (script == null) {
      Main.openShell(session);
      return ScriptRunner.SUCCEEDED;
    }
    return new ScriptRunner(session, format, out, err).run(script, substitution);
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

  /** The file's text, standard input for {@value #STANDARD_INPUT}. */
  static Script readFile(String file) throws IOException {
    if (file.equals(STANDARD_INPUT)) {
      return new Script("<stdin>", new String(System.in.readAllBytes(), StandardCharsets.UTF_8));
    }
    try {
      return new Script(file, Files.readString(Path.of(file)));
    } catch (NoSuchFileException e) {
      throw new IOException("cannot read " + file + ": no such file", e);
    } catch (IOException e) {
      throw new IOException("cannot read " + file + ": " + ErrorText.describe(e), e);
    }
  }
}
