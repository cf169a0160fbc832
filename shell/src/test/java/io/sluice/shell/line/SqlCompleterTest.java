package io.sluice.shell.line;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.config.SluiceOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.Test;

class SqlCompleterTest {

  @Test
  void offersQuotedOptionKeysAfterSet() {
    assertThat(complete("SET ")).contains("'parallelism.default'", "'sql-client.display.max-column-width'")
        .hasSize(SluiceOptions.ALL.size());
    assertThat(complete("reset ")).contains("'pipeline.name'");
    assertThat(complete("SET 'pipe")).contains("'pipeline.name'");
  }

  @Test
  void offersKeywordsElsewhere() {
    assertThat(complete("")).contains("SELECT", "CREATE", "SHOW");
    assertThat(complete("SELECT * FR")).contains("FROM").doesNotContain("'pipeline.name'");
  }

  @Test
  void offersTablesAndTheColumnsOfTheTablesNamed() {
    SqlCompleter completer = new SqlCompleter(() -> Map.of(
        "orders", List.of("order_id", "amount"), "clicks", List.of("user_name", "url")));

    assertThat(complete(completer, "SELECT * FROM ")).contains("orders", "clicks", "FROM");
    assertThat(complete(completer, "SELECT  FROM clicks")).contains("user_name", "url").doesNotContain("amount");
    assertThat(complete(completer, "SELECT ")).contains("user_name", "order_id");
  }

  private static List<String> complete(String line) {
    return complete(new SqlCompleter(), line);
  }

  private static List<String> complete(SqlCompleter completer, String line) {
    List<Candidate> candidates = new ArrayList<>();
    completer.complete(null, new SqlLineParser().parse(line, line.length(), ParseContext.COMPLETE),
        candidates);
    return candidates.stream().map(Candidate::value).toList();
  }
}
