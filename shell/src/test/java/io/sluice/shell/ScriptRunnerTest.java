package io.sluice.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.ErrorCode;
import io.sluice.common.Row;
import io.sluice.common.SluiceException;
import io.sluice.common.SqlException;
import io.sluice.common.SqlPosition;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.TypeRoot;
import io.sluice.engine.StatementResult;
import io.sluice.shell.ScriptRunner.Script;
import io.sluice.shell.print.OutputFormat;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptRunnerTest {
  private static final List<Column> COLUMNS = List.of(
      new Column("id", DataType.of(TypeRoot.BIGINT)), new Column("name", DataType.string()));

  private final FakeSession session = new FakeSession();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(OutputFormat format, String script) throws InterruptedException {
    return new ScriptRunner(session, format, new PrintWriter(out), new PrintWriter(err))
        .run(new Script("job.sql", script));
  }

  @Test
  void runsStatementsInOrderAndPrintsQueryResults() throws Exception {
    session.answer("SELECT 1", new StatementResult.Query(COLUMNS, FakeQueryHandle.of(Row.of(1L, "a,b"))));

    int exitCode = run(OutputFormat.TABLE, "CREATE TABLE t;\nSELECT 1;\n");

    assertThat(exitCode).isEqualTo(ScriptRunner.SUCCEEDED);
    assertThat(session.executed).containsExactly("CREATE TABLE t", "SELECT 1");
    assertThat(out.toString()).startsWith("[INFO] Ran CREATE TABLE t\n+----+")
        .contains("| +I |                    1 | a,b ").endsWith("Received a total of 1 row\n");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void keepsStandardOutputForDataInCsvMode() throws Exception {
    session.answer("SELECT 1", new StatementResult.Query(COLUMNS, FakeQueryHandle.of(Row.of(1L, "a,b"))))
        .answer("INSERT INTO s SELECT 1", new StatementResult.JobSubmitted("42", "insert-into-s"));

    int exitCode = run(OutputFormat.CSV, "CREATE TABLE t;\nINSERT INTO s SELECT 1;\nSELECT 1;");

    assertThat(exitCode).isEqualTo(ScriptRunner.SUCCEEDED);
    assertThat(out.toString()).isEqualTo("op,id,name\n+I,1,\"a,b\"\n");
    assertThat(err.toString())
        .isEqualTo("[INFO] Ran CREATE TABLE t\n[INFO] Submitted job 42 (insert-into-s).\n");
  }

  @Test
  void aSyntaxErrorRunsNothing() throws Exception {
    int exitCode = run(OutputFormat.TABLE, "CREATE TABLE t;\n\n  SELEC id FROM t;\n");

    assertThat(exitCode).isEqualTo(ScriptRunner.FAILED);
    assertThat(session.executed).isEmpty();
    assertThat(err.toString()).isEqualTo("job.sql:3:3: Unknown statement 'SELEC'\n  SELEC id FROM t;\n  ^\n");
  }

  @Test
  void anErrorStopsTheScriptAtTheFailedStatement() throws Exception {
    session.fail("SELECT x FROM t", new SqlException(ErrorCode.VALIDATION_ERROR, new SqlPosition(2, 8),
        "Column 'x' not found"));

    int exitCode = run(OutputFormat.TABLE, "CREATE TABLE t;\nSELECT x FROM t;\nDROP TABLE t;\n");

    assertThat(exitCode).isEqualTo(ScriptRunner.FAILED);
    assertThat(session.executed).containsExactly("CREATE TABLE t", "SELECT x FROM t");
    assertThat(err.toString()).isEqualTo("job.sql:2:8: Column 'x' not found\nSELECT x FROM t;\n       ^\n");
  }

  @Test
  void anErrorWithoutPositionPointsAtItsStatement() throws Exception {
    session.fail("DROP TABLE u", new SluiceException(ErrorCode.UNKNOWN_TABLE, "Table 'u' does not exist"));

    assertThat(run(OutputFormat.TABLE, "CREATE TABLE t;\n  DROP TABLE u;")).isEqualTo(ScriptRunner.FAILED);
    assertThat(err.toString()).isEqualTo("job.sql:2:3: Table 'u' does not exist\n  DROP TABLE u;\n  ^\n");
  }

  @Test
  void anUnexpectedErrorIsReportedWithItsCause() throws Exception {
    session.fail("CREATE TABLE t",
        new IllegalStateException("planning failed", new ArithmeticException("/ by zero")));

    assertThat(run(OutputFormat.TABLE, "CREATE TABLE t;")).isEqualTo(ScriptRunner.FAILED);
    assertThat(err.toString())
        .isEqualTo("job.sql:1:1: Unexpected error: planning failed; caused by: ArithmeticException: / by zero\n"
            + "CREATE TABLE t;\n^\n");
  }

  @Test
  void aFailedQueryFailsTheScript() throws Exception {
    session.answer("SELECT 1", new StatementResult.Query(COLUMNS, FakeQueryHandle.failingAfter(
        new SluiceException(ErrorCode.JOB_FAILED, "Job failed: boom"), Row.of(1L, "a"))));

    assertThat(run(OutputFormat.CSV, "SELECT 1;")).isEqualTo(ScriptRunner.FAILED);
    assertThat(out.toString()).isEqualTo("op,id,name\n+I,1,a\n");
    assertThat(err.toString()).isEqualTo("job.sql:1:1: Job failed: boom\nSELECT 1;\n^\n");
  }

  @Test
  void aFailedJobFailsTheScriptAndIsNamed() throws Exception {
    session.jobsSucceed = false;
    session.answer("SHOW JOBS", new StatementResult.Table(List.of("job id", "job name", "status"),
        List.of(List.of("1", "insert-into-a", "FINISHED"), List.of("2", "insert-into-b", "FAILED"))));

    assertThat(run(OutputFormat.TABLE, "INSERT INTO b SELECT 1;")).isEqualTo(ScriptRunner.FAILED);
    assertThat(err.toString()).startsWith("job.sql: not every job of the script finished well.\n")
        .contains("| 2      | insert-into-b | FAILED |").doesNotContain("insert-into-a");
  }

  @Test
  void quitEndsTheScript() throws Exception {
    session.answer("QUIT", new StatementResult.Quit());

    assertThat(run(OutputFormat.TABLE, "CREATE TABLE t; QUIT; DROP TABLE t;")).isEqualTo(ScriptRunner.SUCCEEDED);
    assertThat(session.executed).containsExactly("CREATE TABLE t", "QUIT");
  }
}
