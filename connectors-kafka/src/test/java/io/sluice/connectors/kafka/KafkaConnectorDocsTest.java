package io.sluice.connectors.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.connectors.ConnectorDocs;
import io.sluice.connectors.ConnectorFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the Kafka sections of {@code docs/connectors.md} in step with the options the factories declare. */
class KafkaConnectorDocsTest {
  private static final Path DOCS = Path.of("..", "docs", "connectors.md");

  @Test
  void docsHoldTheRenderedSectionOfBothConnectors() throws Exception {
    String docs = Files.readString(DOCS);
    for (ConnectorFactory factory : List.of(new KafkaConnectorFactory(), new UpsertKafkaConnectorFactory())) {
      assertThat(docs)
          .as("%s lacks the current section of '%s'; run ConnectorDocs.main with this module on the class path "
              + "and paste its output", DOCS, factory.identifier())
          .contains(ConnectorDocs.renderSection(factory));
    }
  }
}
