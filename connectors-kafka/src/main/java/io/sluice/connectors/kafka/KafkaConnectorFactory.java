package io.sluice.connectors.kafka;

import io.sluice.connectors.ConnectorOption;
import io.sluice.connectors.SinkConnectorFactory;
import io.sluice.connectors.SourceConnectorFactory;
import io.sluice.connectors.TableContext;
import io.sluice.connectors.TableSink;
import io.sluice.connectors.TableSource;
import java.util.List;

/** The {@code kafka} connector: an append-only table over the records of Kafka topics, as Flink's. */
public final class KafkaConnectorFactory implements SourceConnectorFactory, SinkConnectorFactory {
  public static final String IDENTIFIER = "kafka";

  @Override
  public String identifier() {
    return IDENTIFIER;
  }

  @Override
  public List<ConnectorOption<?>> options() {
    return KafkaOptions.of(false);
  }

  @Override
  public String description() {
    return "Reads and writes the records of Kafka topics, one row per record, the value in 'format'. Readers "
        + "split the partitions among them and keep their offsets in checkpoints; the offsets are committed to "
        + "the consumer group when a checkpoint completes. The sink writes with the chosen delivery guarantee "
        + "(exactly-once: one Kafka transaction per checkpoint). Append-only: use 'upsert-kafka' for updates.";
  }

  @Override
  public TableSource createSource(TableContext context) {
    return new KafkaTableOptions(context, false).source();
  }

  @Override
  public TableSink createSink(TableContext context) {
    return new KafkaTableOptions(context, false).sink();
  }
}
