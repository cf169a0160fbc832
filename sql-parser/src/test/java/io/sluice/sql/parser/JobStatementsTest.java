package io.sluice.sql.parser;

import static io.sluice.sql.parser.Parsing.parseError;
import static io.sluice.sql.parser.Parsing.parseOne;
import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.SqlPosition;
import io.sluice.sql.statement.CreateSavepointStatement;
import io.sluice.sql.statement.DescribeJobStatement;
import io.sluice.sql.statement.DescribeStatement;
import io.sluice.sql.statement.ExplainStatement;
import io.sluice.sql.statement.InsertStatement;
import io.sluice.sql.statement.QueryStatement;
import io.sluice.sql.statement.ShowCheckpointsStatement;
import io.sluice.sql.statement.SqlFragment;
import io.sluice.sql.statement.Statement;
import io.sluice.sql.statement.StatementSetStatement;
import io.sluice.sql.statement.StopJobStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Queries, INSERT, EXPLAIN, STOP JOB and statement sets. */
class JobStatementsTest {

  @Test
  void queriesStartWithSelectWithValuesOrParenthesis() {
    List<Statement> statements = StatementParser.parse(
        "SELECT 1; WITH a AS (SELECT 2) SELECT * FROM a; VALUES (1), (2); (SELECT 3) UNION (SELECT 4)");

    assertThat(statements).allMatch(QueryStatement.class::isInstance);
    assertThat(statements).extracting(Statement::text).containsExactly(
        "SELECT 1", "WITH a AS (SELECT 2) SELECT * FROM a", "VALUES (1), (2)", "(SELECT 3) UNION (SELECT 4)");
  }

  @Test
  void queryFragmentHasTheQueryPosition() {
    QueryStatement query = parseOne("\n\n   SELECT a\n   FROM t", QueryStatement.class);

    assertThat(query.position()).isEqualTo(new SqlPosition(3, 4));
    assertThat(query.query()).isEqualTo(new SqlFragment("SELECT a\n   FROM t", new SqlPosition(3, 4)));
  }

  @Test
  void insert() {
    InsertStatement insert =
        parseOne("INSERT INTO sink SELECT id, 'x;y' FROM src WHERE a <> b;", InsertStatement.class);

    assertThat(insert).isEqualTo(new InsertStatement(SqlPosition.START,
        "INSERT INTO sink SELECT id, 'x;y' FROM src WHERE a <> b", "sink",
        new SqlFragment("SELECT id, 'x;y' FROM src WHERE a <> b", new SqlPosition(1, 18))));
  }

  @Test
  void insertIntoQuotedDottedTableFromValues() {
    InsertStatement insert = parseOne("insert into cat.`my db`.t\nvalues (1, 'a')", InsertStatement.class);

    assertThat(insert.table()).isEqualTo("cat.my db.t");
    assertThat(insert.query()).isEqualTo(new SqlFragment("values (1, 'a')", new SqlPosition(2, 1)));
  }

  @Test
  void explainQueryAndInsert() {
    ExplainStatement query = parseOne("EXPLAIN SELECT * FROM t", ExplainStatement.class);
    ExplainStatement insert = parseOne("EXPLAIN PLAN FOR INSERT INTO s SELECT * FROM t;", ExplainStatement.class);

    assertThat(query.text()).isEqualTo("EXPLAIN SELECT * FROM t");
    assertThat(query.explained())
        .isEqualTo(new QueryStatement(new SqlPosition(1, 9), "SELECT * FROM t",
            new SqlFragment("SELECT * FROM t", new SqlPosition(1, 9))));
    assertThat(insert.explained()).isInstanceOfSatisfying(InsertStatement.class, i -> {
      assertThat(i.table()).isEqualTo("s");
      assertThat(i.position()).isEqualTo(new SqlPosition(1, 18));
    });
  }

  @Test
  void explainStatementSet() {
    ExplainStatement explain = parseOne(
        "EXPLAIN STATEMENT SET BEGIN INSERT INTO a SELECT 1; INSERT INTO b SELECT 2; END", ExplainStatement.class);

    assertThat(explain.explained()).isInstanceOfSatisfying(StatementSetStatement.class,
        set -> assertThat(set.inserts()).extracting(InsertStatement::table).containsExactly("a", "b"));
  }

  @Test
  void stopJob() {
    assertThat(parseOne("STOP JOB 'job-1'", StopJobStatement.class))
        .isEqualTo(new StopJobStatement(SqlPosition.START, "STOP JOB 'job-1'", "job-1", false, false));
    StopJobStatement both = parseOne("stop job 'j' with savepoint with drain;", StopJobStatement.class);
    assertThat(both.withSavepoint()).isTrue();
    assertThat(both.withDrain()).isTrue();
    assertThat(parseOne("STOP JOB 'j' WITH DRAIN", StopJobStatement.class).withSavepoint()).isFalse();
  }

  @Test
  void createSavepointAndShowCheckpoints() {
    assertThat(parseOne("CREATE SAVEPOINT FOR JOB 'job-1';", CreateSavepointStatement.class))
        .isEqualTo(new CreateSavepointStatement(SqlPosition.START, "CREATE SAVEPOINT FOR JOB 'job-1'", "job-1"));
    assertThat(parseOne("show checkpoints for job 'a''b'", ShowCheckpointsStatement.class))
        .isEqualTo(new ShowCheckpointsStatement(SqlPosition.START, "show checkpoints for job 'a''b'", "a'b"));
    assertThat(parseError("SHOW CHECKPOINTS 'j'").detail()).isEqualTo("Unexpected ''j'', expected FOR");
  }

  @Test
  void describeJobNeedsAQuotedIdAndLeavesTablesNamedJobAlone() {
    assertThat(parseOne("DESCRIBE JOB 'a1b2c3d4';", DescribeJobStatement.class))
        .isEqualTo(new DescribeJobStatement(SqlPosition.START, "DESCRIBE JOB 'a1b2c3d4'", "a1b2c3d4"));
    assertThat(parseOne("desc job 'x'", DescribeJobStatement.class).jobId()).isEqualTo("x");
    assertThat(parseOne("DESCRIBE job", DescribeStatement.class).name()).isEqualTo("job");
  }

  @Test
  void executeStatementSet() {
    String script = """
        EXECUTE STATEMENT SET
        BEGIN
          INSERT INTO a SELECT * FROM t WHERE x = ';';
          INSERT INTO b SELECT * FROM t;
        END;
        SHOW JOBS;""";

    List<Statement> statements = StatementParser.parse(script);

    assertThat(statements).hasSize(2);
    StatementSetStatement set = (StatementSetStatement) statements.get(0);
    assertThat(set.position()).isEqualTo(SqlPosition.START);
    assertThat(set.text()).startsWith("EXECUTE STATEMENT SET\nBEGIN").endsWith("FROM t;\nEND");
    assertThat(set.inserts()).containsExactly(
        new InsertStatement(new SqlPosition(3, 3), "INSERT INTO a SELECT * FROM t WHERE x = ';'", "a",
            new SqlFragment("SELECT * FROM t WHERE x = ';'", new SqlPosition(3, 17))),
        new InsertStatement(new SqlPosition(4, 3), "INSERT INTO b SELECT * FROM t", "b",
            new SqlFragment("SELECT * FROM t", new SqlPosition(4, 17))));
  }

  @Test
  void sqlClientStatementSet() {
    String script = "SET 'a' = 'b';\nBEGIN STATEMENT SET;\nINSERT INTO a SELECT 1;\n;\nINSERT INTO b SELECT 2;\nEND;";

    List<Statement> statements = StatementParser.parse(script);

    assertThat(statements).hasSize(2);
    StatementSetStatement set = (StatementSetStatement) statements.get(1);
    assertThat(set.position()).isEqualTo(new SqlPosition(2, 1));
    assertThat(set.text()).isEqualTo("BEGIN STATEMENT SET;\nINSERT INTO a SELECT 1;\n;\nINSERT INTO b SELECT 2;\nEND");
    assertThat(set.inserts()).extracting(InsertStatement::position)
        .containsExactly(new SqlPosition(3, 1), new SqlPosition(5, 1));
  }

  @Test
  void statementSetTakesOnlyInserts() {
    assertThat(parseError("BEGIN STATEMENT SET; SELECT 1; END;").detail())
        .isEqualTo("Unexpected 'SELECT', expected INSERT or ;");
    assertThat(parseError("EXECUTE STATEMENT SET BEGIN CREATE TABLE t (a INT); END").detail())
        .isEqualTo("Unexpected 'CREATE', expected INSERT");
    assertThat(parseError("BEGIN STATEMENT SET; END").detail()).isEqualTo("Unexpected 'END', expected INSERT or ;");
  }

  @Test
  void statementSetMissingEnd() {
    assertThat(parseError("BEGIN STATEMENT SET;\nINSERT INTO a SELECT 1;").position())
        .isEqualTo(new SqlPosition(2, 24));
    assertThat(parseError("BEGIN STATEMENT SET;\nINSERT INTO a SELECT 1;").detail())
        .isEqualTo("Unexpected end of input, expected one of: END, INSERT, ;");
  }
}
