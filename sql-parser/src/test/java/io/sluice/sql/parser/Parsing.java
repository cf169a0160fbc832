package io.sluice.sql.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sluice.common.SqlException;
import io.sluice.sql.statement.Statement;
import java.util.List;

/** Shortcuts for the parser tests. */
final class Parsing {
  private Parsing() {}

  /** Parses a script that must hold exactly one statement of the given kind. */
  static <T extends Statement> T parseOne(String script, Class<T> kind) {
    List<Statement> statements = StatementParser.parse(script);
    assertThat(statements).hasSize(1);
    assertThat(statements.get(0)).isInstanceOf(kind);
    return kind.cast(statements.get(0));
  }

  /** The error parsing {@code script} must throw. */
  static SqlException parseError(String script) {
    SqlException error = catchThrowableOfType(SqlException.class, () -> StatementParser.parse(script));
    assertThat(error).as("error for %s", script).isNotNull();
    return error;
  }
}
