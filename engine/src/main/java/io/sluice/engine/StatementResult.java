package io.sluice.engine;

import io.sluice.common.types.Column;
import java.util.List;

/** What running one statement gives back to the shell, the JDBC driver or a test. */
public sealed interface StatementResult {

  /** A statement that changed something and has only a message to show ("Table has been created."). */
  record Info(String message) implements StatementResult {}

  /** A small, finished result: SHOW TABLES, DESCRIBE, SET, SHOW JOBS, EXPLAIN. */
  record Table(List<String> header, List<List<String>> rows) implements StatementResult {}

  /** A running query whose rows arrive as they are produced; the caller reads and closes the handle. */
  record Query(List<Column> columns, QueryHandle handle) implements StatementResult {}

  /** Text to show as it is: the plans of EXPLAIN. */
  record Text(String text) implements StatementResult {}

  /** An INSERT (or statement set) submitted as a job running in the background. */
  record JobSubmitted(String jobId, String jobName) implements StatementResult {}

  /** QUIT or EXIT: the caller should end the session. */
  record Quit() implements StatementResult {}
}
