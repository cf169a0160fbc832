package io.sluice.sql.parser;

import static io.sluice.sql.parser.Parsing.parseError;
import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.ErrorCode;
import io.sluice.common.SqlException;
import io.sluice.common.SqlPosition;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The first syntax error of a script: where it is, what was found and what was expected. */
class SyntaxErrorTest {

  @Test
  void misspelledKeywordListsTheStatementsThatCouldStart() {
    SqlException error = parseError("SELEC id FROM t;");

    assertThat(error.code()).isEqualTo(ErrorCode.SYNTAX_ERROR);
    assertThat(error.position()).isEqualTo(SqlPosition.START);
    assertThat(error.detail()).isEqualTo("Unexpected 'SELEC', expected one of: BEGIN, CREATE, DESC, DESCRIBE, "
        + "DROP, EXECUTE, EXIT, EXPLAIN, HELP, INSERT, QUIT, RESET, SELECT, SET, SHOW, STOP, VALUES, WITH, (");
    assertThat(error.getMessage()).startsWith("line 1, column 1: Unexpected 'SELEC'");
  }

  @Test
  void errorOnTheSecondLine() {
    SqlException error = parseError("SHOW TABLES;\n  SHOW TABLE;");

    assertThat(error.position()).isEqualTo(new SqlPosition(2, 8));
    assertThat(error.detail()).isEqualTo("Unexpected 'TABLE', expected one of: CHECKPOINTS, JOBS, TABLES, VIEWS");
  }

  @Test
  void firstErrorWinsAndLaterStatementsDoNotMatter() {
    SqlException error = parseError("SHOW TABLES;\nDROP x;\nSELEC 1;\nCREATE");

    assertThat(error.position()).isEqualTo(new SqlPosition(2, 6));
  }

  @Test
  void extraTokensAfterAStatementExpectItsEnd() {
    SqlException error = parseError("SHOW TABLES please");

    assertThat(error.position()).isEqualTo(new SqlPosition(1, 13));
    assertThat(error.detail()).isEqualTo("Unexpected 'please', expected ; or end of input");
  }

  @Test
  void endOfInputIsNamed() {
    SqlException error = parseError("CREATE VIEW v AS");

    assertThat(error.position()).isEqualTo(new SqlPosition(1, 17));
    assertThat(error.detail()).isEqualTo("Unexpected end of input, expected one of: SELECT, VALUES, WITH, (");
  }

  @Test
  void optionalPartsBeforeTheErrorAreListedToo() {
    assertThat(parseError("CREATE TABLE t").detail()).isEqualTo("Unexpected end of input, expected ( or .");
    assertThat(parseError("DROP TABLE").detail()).isEqualTo("Unexpected end of input, expected IF or identifier");
  }

  @Test
  void reservedWordWhereANameIsExpected() {
    SqlException error = parseError("DESCRIBE select");

    assertThat(error.position()).isEqualTo(new SqlPosition(1, 10));
    assertThat(error.detail()).isEqualTo("Unexpected 'select', expected identifier");
  }

  @Test
  void insertNeedsAQuery() {
    assertThat(parseError("INSERT INTO t;").detail())
        .isEqualTo("Unexpected ';', expected one of: SELECT, VALUES, WITH, (, .");
  }

  @Test
  void stopJobOptions() {
    assertThat(parseError("STOP JOB 'j' WITH CANCEL").detail())
        .isEqualTo("Unexpected 'CANCEL', expected DRAIN or SAVEPOINT");
    assertThat(parseError("STOP JOB j").detail()).isEqualTo("Unexpected 'j', expected string literal");
  }

  @Test
  void timeZoneClause() {
    assertThat(parseError("CREATE TABLE t (a TIMESTAMP WITH ZONE)").detail())
        .isEqualTo("Unexpected 'ZONE', expected LOCAL or TIME");
  }

  @Test
  void longTokensAreShortened() {
    String longName = "x".repeat(100);

    assertThat(parseError("SHOW TABLES " + longName).detail()).startsWith("Unexpected '" + "x".repeat(40) + "...'");
  }

  @Test
  void unterminatedString() {
    SqlException error = parseError("SHOW TABLES;\nSELECT 'abc FROM t;\nSHOW VIEWS;");

    assertThat(error.code()).isEqualTo(ErrorCode.SYNTAX_ERROR);
    assertThat(error.position()).isEqualTo(new SqlPosition(2, 8));
    assertThat(error.detail()).isEqualTo("Unterminated string literal: the closing ' is missing");
  }

  @Test
  void unterminatedStringAfterEscapedQuote() {
    assertThat(parseError("SET 'a' = 'it''").detail()).startsWith("Unterminated string literal");
  }

  @Test
  void unterminatedQuotedIdentifierAndComment() {
    SqlException name = parseError("DESCRIBE `orders");
    SqlException comment = parseError("SHOW TABLES; /* the end\n SHOW VIEWS;");
    SqlException doubleQuoted = parseError("SELECT \"a");

    assertThat(name.position()).isEqualTo(new SqlPosition(1, 10));
    assertThat(name.detail()).startsWith("Unterminated quoted identifier");
    assertThat(comment.position()).isEqualTo(new SqlPosition(1, 14));
    assertThat(comment.detail()).isEqualTo("Unterminated comment: the closing */ is missing");
    assertThat(doubleQuoted.detail()).startsWith("Unterminated double-quoted text");
  }

  @Test
  void closedCommentsThatLookOpenAreFine() {
    assertThat(StatementParser.parse("/**/ SHOW TABLES /***/; /* a * b **/ SHOW VIEWS /*/ x */")).hasSize(2);
  }

  @Test
  void nothingIsPrintedToTheConsole() {
    PrintStream originalErr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      parseError("CREATE TABLE t (a INT,, b INT)");
      parseError("SELEC 1");
    } finally {
      System.setErr(originalErr);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
