package io.sluice.shell.line;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.common.config.SluiceOptions;
import java.util.ArrayList;
import java.util.List;
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

  private static List<String> complete(String line) {
    List<Candidate> candidates = new ArrayList<>();
    new SqlCompleter().complete(null, new SqlLineParser().parse(line, line.length(), ParseContext.COMPLETE),
        candidates);
    return candidates.stream().map(Candidate::value).toList();
  }
}
