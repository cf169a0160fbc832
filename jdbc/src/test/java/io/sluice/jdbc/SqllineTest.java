package io.sluice.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sqlline.SqlLine;

/** sqlline, a JDBC client that knows nothing of Sluice, through the driver: DDL, then a bounded query. */
class SqllineTest {
  @TempDir
  Path dir;

  @Test
  void sqllineRunsDdlAndABoundedQuery() throws Exception {
    Path script = dir.resolve("script.sql");
    Files.writeString(script, JdbcDriverContract.CREATE_T + ";\n"
        + "SELECT id, UPPER(SUBSTRING(name, 1, 0)) AS empty_name FROM t WHERE id BETWEEN 4 AND 6;\n"
        + "SELECT COUNT(*) AS n FROM t WHERE id <= 2;\n");
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8);
    SqlLine sqlline = new SqlLine();
    sqlline.setOutputStream(print);
    sqlline.setErrorStream(print);
    SqlLine.Status status = sqlline.begin(new String[] {"-d", SluiceDriver.class.getName(), "-u", "jdbc:sluice:",
        "-n", "", "-p", "", "--run=" + script, "--outputformat=csv", "--isolation=TRANSACTION_NONE"},
        new ByteArrayInputStream(new byte[0]), false);
    String text = output.toString(StandardCharsets.UTF_8);

    assertThat(status).as(text).isEqualTo(SqlLine.Status.OK);
    assertThat(text.lines().filter(line -> line.startsWith("'")).toList()).as(text).containsExactly(
        "'message'", "'Table ''t'' has been created.'",
        "'op','id','empty_name'", "'+I','4',''", "'+I','5',''", "'+I','6',''",
        "'op','n'", "'+I','1'", "'-U','1'", "'+U','2'");
  }
}
