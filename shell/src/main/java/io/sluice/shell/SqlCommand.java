package io.sluice.shell;

import io.sluice.shell.ScriptRunner.Script;
import io.sluice.shell.print.OutputFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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

  /** Exactly one of -f and -e. */
  static final class Source {
    @Option(names = {"-f", "--file"}, paramLabel = "FILE", required = true,
        description = "The script to run; '-' reads standard input.")
    String file;

    @Option(names = {"-e", "--execute"}, paramLabel = "SQL", required = true,
        description = "The statements to run, each ended by ';'.")
    String sql;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "How query results are printed: table (the default) or csv. "
          + "In csv mode only data goes to standard output.")
  OutputFormat format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
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
    try (EngineSession session = EngineSession.start()) {
      return new ScriptRunner(session, format, spec.commandLine().getOut(), err).run(script);
    }
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
