package io.sluice.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps {@code docs/connectors.md} in step with the options the factories declare. */
class ConnectorDocsTest {
  private static final Path DOCS = Path.of("..", "docs", "connectors.md");

  @Test
  void docsHoldTheRenderedSectionOfEveryConnector() throws Exception {
    String docs = Files.readString(DOCS);
    for (ConnectorFactory factory : TestTables.REGISTRY.factories()) {
      assertThat(docs)
          .as("%s lacks the current section of '%s'; run ConnectorDocs.main and paste its output",
              DOCS, factory.identifier())
          .contains(ConnectorDocs.renderSection(factory));
    }
  }

  @Test
  void tablesListEveryOption() {
    for (ConnectorFactory factory : TestTables.REGISTRY.factories()) {
      String table = ConnectorDocs.renderOptionTable(factory);
      assertThat(table).contains("| `connector` | yes |");
      for (ConnectorOption<?> option : factory.options()) {
        assertThat(table).contains("| `" + option.key() + "` |");
      }
    }
  }
}
