package io.sluice.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sluice} command: without arguments it opens the interactive shell; {@code sluice sql} runs a script.
 * Exit codes: 0 when all went well, 1 when a statement or job failed (or the shell could not start), 2 on a
 * usage error, 130 when interrupted by Ctrl-C outside the interactive shell.
 */
@Command(
    name = "sluice",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    subcommands = {SqlCommand.class, ValidateCommand.class, ServerCommand.class},
    description = {
        "Sluice, a SQL-first stream processing engine.",
        "Without a command, opens the interactive SQL shell."
    })
public final class Main implements Callable<Integer> {
  static final String HISTORY_FILE_NAME = ".sluice_history";

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with its subcommands, ready to {@link CommandLine#execute}. */
  static CommandLine commandLine() {
    return new CommandLine(new Main())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(Main::reportFailure);
  }

  /** Opens the interactive shell on the system terminal. */
  @Override
  public Integer call() throws Exception {
    try (EngineSession session = EngineSession.start()) {
      openShell(session);
    }
    return CommandLine.ExitCode.OK;
  }

  /** Runs the interactive shell on the system terminal in this session, until the user leaves. */
  static void openShell(ShellSession session) throws IOException {
    // A dumb terminal (input from a pipe, an IDE console) is fine: the shell then reads plain lines.
    try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
      new InteractiveShell(terminal, session, historyFile()).run();
    }
  }

  private static Path historyFile() {
    return Path.of(System.getProperty("user.home"), HISTORY_FILE_NAME);
  }

  /** What escaped a command (the engine failed to start, ...): one line for the user, exit code 1. */
  private static int reportFailure(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
    PrintWriter err = commandLine.getErr();
    err.print("sluice: " + ErrorText.describe(e) + "\n");
    err.flush();
    return CommandLine.ExitCode.SOFTWARE;
  }
}
