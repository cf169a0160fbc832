package io.sluice.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/configuration.md lists every SET key with its current default and description. */
class ConfigDocsTest {
  @Test
  void configurationPageContainsTheGeneratedTable() throws Exception {
    String page = Files.readString(Path.of("..", "docs", "configuration.md"));
    assertThat(page)
        .as("docs/configuration.md is out of date: paste the output of ConfigDocs.main into it")
        .contains(ConfigDocs.renderTable());
  }

  @Test
  void everyRowHasFourCellsAndNoHtml() {
    for (String row : ConfigDocs.renderTable().split("\n")) {
      String unescaped = row.replace("\\|", "");
      assertThat(unescaped.chars().filter(c -> c == '|').count()).as(row).isEqualTo(5);
      assertThat(row).as(row).doesNotContain("<");
    }
  }
}
