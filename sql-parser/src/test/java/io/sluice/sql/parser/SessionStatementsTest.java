package io.sluice.sql.parser;

import static io.sluice.sql.parser.Parsing.parseError;
import static io.sluice.sql.parser.Parsing.parseOne;
import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.ErrorCode;
import io.sluice.common.SqlException;
import io.sluice.common.SqlPosition;
import io.sluice.sql.statement.HelpStatement;
import io.sluice.sql.statement.QuitStatement;
import io.sluice.sql.statement.ResetStatement;
import io.sluice.sql.statement.SetStatement;
import io.sluice.sql.statement.Statement;
import org.junit.jupiter.api.Test;

/** SET, RESET, HELP, QUIT and EXIT. */
class SessionStatementsTest {

  @Test
  void setAloneListsAll() {
    SetStatement set = parseOne("SET;", SetStatement.class);

    assertThat(set.listsAll()).isTrue();
    assertThat(set.value()).isNull();
    assertThat(set.text()).isEqualTo("SET");
  }

  @Test
  void setQuotedKeyAndValue() {
    SetStatement set = parseOne("SET 'execution.checkpointing.interval' = '10 s';", SetStatement.class);

    assertThat(set.key()).isEqualTo("execution.checkpointing.interval");
    assertThat(set.value()).isEqualTo("10 s");
    assertThat(set.text()).isEqualTo("SET 'execution.checkpointing.interval' = '10 s'");
  }

  @Test
  void setValueWithEscapedQuote() {
    assertThat(parseOne("SET 'pipeline.name' = 'Bob''s job'", SetStatement.class).value()).isEqualTo("Bob's job");
  }

  @Test
  void setUnquotedKeyAndValue() {
    SetStatement set = parseOne("set table.exec.mini-batch.enabled=true", SetStatement.class);
    SetStatement negative = parseOne("SET 'parallelism.default' = -1", SetStatement.class);

    assertThat(set.key()).isEqualTo("table.exec.mini-batch.enabled");
    assertThat(set.value()).isEqualTo("true");
    assertThat(negative.value()).isEqualTo("-1");
  }

  @Test
  void unquotedKeyWithSpacesIsAnError() {
    SqlException error = parseError("SET pipeline name = 'x'");

    assertThat(error.code()).isEqualTo(ErrorCode.SYNTAX_ERROR);
    assertThat(error.position()).isEqualTo(new SqlPosition(1, 14));
    assertThat(error.detail()).contains("quote it");
  }

  @Test
  void setWithoutValue() {
    SqlException missingEquals = parseError("SET 'k' 'v'");
    SqlException missingValue = parseError("SET 'k' =;");

    assertThat(missingEquals.detail()).isEqualTo("Unexpected ''v'', expected =");
    assertThat(missingValue.position()).isEqualTo(new SqlPosition(1, 10));
    assertThat(missingValue.detail()).isEqualTo("Unexpected ';', expected a value");
  }

  @Test
  void reset() {
    assertThat(parseOne("RESET", ResetStatement.class).key()).isNull();
    assertThat(parseOne("RESET 'pipeline.name'", ResetStatement.class).key()).isEqualTo("pipeline.name");
    assertThat(parseOne("reset pipeline.name", ResetStatement.class).key()).isEqualTo("pipeline.name");
  }

  @Test
  void helpQuitExit() {
    assertThat(parseOne("HELP;", HelpStatement.class)).isEqualTo(new HelpStatement(SqlPosition.START, "HELP"));
    assertThat(parseOne("quit", QuitStatement.class)).isEqualTo(new QuitStatement(SqlPosition.START, "quit"));
    assertThat(parseOne("  Exit ;", QuitStatement.class).position()).isEqualTo(new SqlPosition(1, 3));
  }

  @Test
  void manySessionStatementsInOneScript() {
    assertThat(StatementParser.parse("SET 'a' = 'b'; RESET 'a'; SET; HELP; EXIT"))
        .extracting(Statement::text).containsExactly("SET 'a' = 'b'", "RESET 'a'", "SET", "HELP", "EXIT");
  }
}
