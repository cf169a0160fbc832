package io.sluice.connectors.kafka;

import io.sluice.connectors.ConnectorOption;
import io.sluice.connectors.SinkConnectorFactory;
import io.sluice.connectors.SourceConnectorFactory;
import io.sluice.connectors.TableContext;
import io.sluice.connectors.TableSink;
import io.sluice.connectors.TableSource;
import java.util.List;

/**
 * The {@code upsert-kafka} connector: a table keyed by its PRIMARY KEY over a (compacted) topic, as Flink's. A
 * record's key holds the primary key, its value the whole row; a record without value (a tombstone) deletes its
 * key's row.
 */
public final class UpsertKafkaConnectorFactory implements SourceConnectorFactory, SinkConnectorFactory {
  public static final String IDENTIFIER = "upsert-kafka";

  @Override
  public String identifier() {
    return IDENTIFIER;
  }

  @Override
  public List<ConnectorOption<?>> options() {
    return KafkaOptions.of(true);
  }

  @Override
  public String description() {
    return "A keyed changelog in a Kafka topic, keyed by the table's PRIMARY KEY (in 'key.format'; the whole "
        + "row in 'value.format'). The sink writes inserts and updates as the key's new value and deletions (and "
        + "the update-befores of an input not keyed by the primary key) as tombstones, records without value. "
        + "The source reads the topic from the "
        + "start and turns the upserts into a changelog: the first value of a key inserts its row, a later one "
        + "updates it, a tombstone deletes it; the latest value of each key is kept in the reader's state.";
  }

  @Override
  public TableSource createSource(TableContext context) {
    return new KafkaTableOptions(context, true).source();
  }

  @Override
  public TableSink createSink(TableContext context) {
    return new KafkaTableOptions(context, true).sink();
  }
}
