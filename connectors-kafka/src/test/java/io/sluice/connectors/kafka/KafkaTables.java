package io.sluice.connectors.kafka;

import io.sluice.common.config.Configuration;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.RowType;
import io.sluice.common.types.TypeRoot;
import io.sluice.connectors.ConnectorRegistry;
import io.sluice.connectors.TableContext;
import io.sluice.executor.api.OperatorContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Tables over the embedded broker, made through the connector registry as the engine makes them. */
final class KafkaTables {
  private static final AtomicInteger TOPICS = new AtomicInteger();
  static final RowType ID_NAME = RowType.of(new Column("id", DataType.of(TypeRoot.BIGINT)),
      new Column("name", DataType.string()));
  static final ConnectorRegistry REGISTRY = ConnectorRegistry.discover();

  private KafkaTables() {}

  /** A topic name no other test uses. */
  static String newTopic(String purpose) {
    return purpose + "-" + TOPICS.incrementAndGet() + "-" + System.nanoTime() % 100_000;
  }

  /** The options of a kafka table over {@code topic}, followed by {@code more} key-value pairs. */
  static Map<String, String> options(String connector, String topic, String... more) {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("connector", connector);
    options.put("topic", topic);
    options.put("properties.bootstrap.servers", EmbeddedKafka.get().bootstrapServers());
    for (int i = 0; i < more.length; i += 2) {
      options.put(more[i], more[i + 1]);
    }
    return options;
  }

  static TableContext table(RowType schema, List<String> primaryKey, Map<String, String> options) {
    return new TableContext("t", schema, primaryKey, options);
  }

  static OperatorContext context(int subtask, int parallelism) {
    return new OperatorContext("test", subtask, parallelism, 128, new Configuration());
  }
}
