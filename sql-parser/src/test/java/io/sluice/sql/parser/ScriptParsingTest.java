package io.sluice.sql.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.SqlPosition;
import io.sluice.sql.statement.QueryStatement;
import io.sluice.sql.statement.ShowJobsStatement;
import io.sluice.sql.statement.ShowTablesStatement;
import io.sluice.sql.statement.ShowViewsStatement;
import io.sluice.sql.statement.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a script splits into statements: separators, comments, positions and text. */
class ScriptParsingTest {

  @Test
  void emptyScriptsHaveNoStatements() {
    assertThat(StatementParser.parse("")).isEmpty();
    assertThat(StatementParser.parse("   \n\t ")).isEmpty();
    assertThat(StatementParser.parse(";;; ;")).isEmpty();
    assertThat(StatementParser.parse("-- only a comment\n/* and\n another */ ;")).isEmpty();
  }

  @Test
  void lastSemicolonIsOptional() {
    assertThat(StatementParser.parse("SHOW TABLES")).hasSize(1);
    assertThat(StatementParser.parse("SHOW TABLES;")).hasSize(1);
    assertThat(StatementParser.parse("SHOW TABLES; SHOW VIEWS")).hasSize(2);
  }

  @Test
  void severalStatementsOnOneLineAndEmptyStatementsBetween() {
    List<Statement> statements = StatementParser.parse("SHOW TABLES;; SHOW VIEWS ; ;SHOW JOBS;");

    assertThat(statements).extracting(Statement::getClass)
        .containsExactly(ShowTablesStatement.class, ShowViewsStatement.class, ShowJobsStatement.class);
    assertThat(statements).extracting(Statement::position).containsExactly(
        new SqlPosition(1, 1), new SqlPosition(1, 15), new SqlPosition(1, 29));
    assertThat(statements).extracting(Statement::text).containsExactly("SHOW TABLES", "SHOW VIEWS", "SHOW JOBS");
  }

  @Test
  void positionsAreOneBasedLineAndColumnOfTheFirstToken() {
    String script = "SHOW TABLES;\n"
        + "-- a comment line\n"
        + "   /* a block */  SELECT *\n"
        + "  FROM t;\n"
        + "\tSHOW VIEWS";

    List<Statement> statements = StatementParser.parse(script);

    assertThat(statements).extracting(Statement::position).containsExactly(
        new SqlPosition(1, 1), new SqlPosition(3, 19), new SqlPosition(5, 2));
    assertThat(statements.get(1).text()).isEqualTo("SELECT *\n  FROM t");
  }

  @Test
  void keywordsIgnoreCase() {
    assertThat(StatementParser.parse("show tables; Show Views; sHoW jObS")).extracting(Statement::getClass)
        .containsExactly(ShowTablesStatement.class, ShowViewsStatement.class, ShowJobsStatement.class);
  }

  @Test
  void commentsMayAppearInsideStatements() {
    ShowTablesStatement show = Parsing.parseOne("SHOW /* which? */ -- these:\n TABLES -- done\n;",
        ShowTablesStatement.class);

    assertThat(show.text()).isEqualTo("SHOW /* which? */ -- these:\n TABLES");
  }

  @Test
  void semicolonsInsideStringsQuotedNamesAndCommentsDoNotEndAStatement() {
    String script = "SELECT 'a;b', `c;d`, \"e;f\" /* ; */ FROM t -- ;\n WHERE x = 'it''s;'; SHOW TABLES";

    List<Statement> statements = StatementParser.parse(script);

    assertThat(statements).hasSize(2);
    assertThat(statements.get(0).text())
        .isEqualTo("SELECT 'a;b', `c;d`, \"e;f\" /* ; */ FROM t -- ;\n WHERE x = 'it''s;'");
  }

  @Test
  void queryTextIsKeptVerbatim() {
    String query = "SELECT  a||b, x <> y, c::INT, `weird col`, \"q\", 1.5e3, ?, #, $x, ~z, [1], {f}, @p, ü\n"
        + "FROM   t /*+ OPTIONS('k'='v') */  WHERE s LIKE '%;%'";

    QueryStatement statement = Parsing.parseOne(query + " ;  -- trailing\n", QueryStatement.class);

    assertThat(statement.query().sql()).isEqualTo(query);
    assertThat(statement.text()).isEqualTo(query);
    assertThat(statement.query().position()).isEqualTo(SqlPosition.START);
  }

  @Test
  void crlfLineEndingsCountAsOneLine() {
    List<Statement> statements = StatementParser.parse("SHOW TABLES;\r\n\r\n  SHOW VIEWS");

    assertThat(statements.get(1).position()).isEqualTo(new SqlPosition(3, 3));
  }

  @Test
  void unicodeNamesAndText() {
    QueryStatement statement = Parsing.parseOne("SELECT 'größe', 名前 FROM tàble", QueryStatement.class);

    assertThat(statement.text()).isEqualTo("SELECT 'größe', 名前 FROM tàble");
  }
}
