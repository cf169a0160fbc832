package io.sluice.shell;

import io.sluice.common.ErrorCode;
import io.sluice.common.SqlException;
import io.sluice.common.SqlPosition;
import io.sluice.engine.Session;
import io.sluice.engine.SluiceEngine;
import io.sluice.shell.ScriptRunner.Script;
import io.sluice.sql.statement.Statement;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sluice validate}: checks job files for a repository's CI without running anything. Each file is checked
 * in an engine of its own: its variables are replaced, it is parsed, and every statement is checked as
 * {@link Session#validate} does (DDL and SET take effect in that engine, so later statements are checked against
 * them; queries and inserts are planned and translated into a job that is never started). Every error is printed
 * as {@code file:line:column: message} on the error stream, and checking goes on with the next statement (a
 * syntax error or an unset variable ends the file's check, as nothing after it can be read reliably).
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
        "Parses and plans every statement of the job files without running anything.",
        "Prints file:line:column: message for each error. Exit code 0 if all files are valid, 1 otherwise."
    })
final class ValidateCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Job files, or folders whose .sql files (in subfolders too) are checked.")
  List<Path> paths;

  @Option(names = "--var", paramLabel = "NAME=VALUE",
      description = "Gives $${NAME} a value; wins over the environment variable NAME. Repeatable.")
  Map<String, String> variables = new LinkedHashMap<>();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    VariableSubstitution substitution = new VariableSubstitution(variables, System.getenv());
    int files = 0;
    int errors = 0;
    for (Path path : paths) {
      List<Path> jobFiles;
      try {
        jobFiles = jobFiles(path);
      } catch (IOException e) {
        err.print(path + ": " + (Files.exists(path) ? ErrorText.describe(e) : "no such file or folder") + "\n");
        errors++;
        continue;
      }
      if (jobFiles.isEmpty()) {
        err.print(path + ": no .sql files in this folder\n");
        errors++;
      }
      for (Path file : jobFiles) {
        files++;
        errors += validate(file, substitution, err);
      }
    }
    out.print("Checked " + files + (files == 1 ? " file" : " files") + ": "
        + (errors == 0 ? "no errors" : errors + (errors == 1 ? " error" : " errors")) + ".\n");
    out.flush();
    err.flush();
    return errors == 0 ? ScriptRunner.SUCCEEDED : ScriptRunner.FAILED;
  }

  /** The file itself, or the .sql files under the folder in name order. */
  private static List<Path> jobFiles(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      if (!Files.isRegularFile(path)) {
        throw new IOException("no such file or folder");
      }
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".sql"))
          .sorted()
          .toList();
    }
  }

  /** Checks one file in a fresh engine; returns how many errors it printed. */
  private static int validate(Path file, VariableSubstitution substitution, PrintWriter err) {
    Script script;
    try {
      script = substitution.apply(new Script(file.toString(), Files.readString(file)));
    } catch (IOException e) {
      err.print(file + ": cannot read: " + ErrorText.describe(e) + "\n");
      return 1;
    } catch (SqlException e) {
      report(file, e, err);
      return 1;
    }
    try (SluiceEngine engine = SluiceEngine.start()) {
      Session session = engine.newSession();
      List<Statement> statements;
      try {
        statements = session.parse(script.text());
      } catch (SqlException e) {
        report(file, e, err);
        return 1;
      }
      int errors = 0;
      for (Statement statement : statements) {
        try {
          session.validate(statement);
        } catch (SqlException e) {
          report(file, e, err);
          errors++;
        } catch (RuntimeException e) {
          report(file, new SqlException(ErrorCode.VALIDATION_ERROR, statement.position(),
              "Unexpected error: " + ErrorText.describe(e)), err);
          errors++;
        }
      }
      return errors;
    }
  }

  private static void report(Path file, SqlException e, PrintWriter err) {
    SqlPosition position = e.position();
    // One line per error, so that CI annotations and editors can read them.
    err.print(file + ":" + position.line() + ":" + position.column() + ": " + e.detail().replace('\n', ' ') + "\n");
  }
}
