package io.sluice.common;

/**
 * The catalogue of errors users can see. Each code has a stable number (for scripts and the JDBC driver's
 * SQLState-like vendor code) and a one-line meaning; the message of the exception says what happened.
 */
public enum ErrorCode {
  SYNTAX_ERROR(1001, "The statement does not parse."),
  VALIDATION_ERROR(1002, "The statement parses but is not valid (unknown column, wrong types, ...)."),
  UNKNOWN_TABLE(1003, "A table or view that is not in the catalog."),
  TABLE_EXISTS(1004, "CREATE of a table or view whose name is taken."),
  UNSUPPORTED(1005, "A valid statement the engine cannot run (yet)."),
  UNDEFINED_VARIABLE(1006, "A ${NAME} in a job file that neither --var nor the environment gives a value."),
  UNKNOWN_CONNECTOR(2001, "A 'connector' option that names no known connector."),
  INVALID_TABLE_OPTION(2002, "An unknown, missing or malformed option in CREATE TABLE ... WITH."),
  UNKNOWN_CONFIG_KEY(3001, "SET or RESET of a key the engine does not know."),
  INVALID_CONFIG_VALUE(3002, "SET of a value that does not fit the key's type."),
  UNKNOWN_JOB(4001, "A job id that names no job."),
  JOB_FAILED(4002, "A job ended with an error."),
  SAVEPOINT_FAILED(4003, "A savepoint could not be taken (no savepoint directory, the job is not running, ...)."),
  RESTORE_FAILED(4004, "A job cannot start from 'execution.state-recovery.path' (nothing there, state that no"
      + " longer fits the query)."),
  IO_ERROR(5001, "A file could not be read or written.");

  private final int number;
  private final String meaning;

  ErrorCode(int number, String meaning) {
    this.number = number;
    this.meaning = meaning;
  }

  public int number() {
    return number;
  }

  public String meaning() {
    return meaning;
  }
}
