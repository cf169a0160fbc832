package io.sluice.connectors.kafka;

import io.sluice.connectors.ConnectorOption;
import io.sluice.connectors.SinkConnectorFactory;
import io.sluice.connectors.SourceConnectorFactory;
import io.sluice.connectors.TableContext;
import io.sluice.connectors.TableSink;
import io.sluice.connectors.TableSource;
import io.sluice.connectors.kafka.sink.KafkaSinks;
import io.sluice.connectors.kafka.source.KafkaSourceReader;
import io.sluice.connectors.kafka.source.KafkaSourceSpec;
import io.sluice.executor.api.SourceFactory;
import io.sluice.executor.api.SourceReader;
import java.util.ArrayList;
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
    List<ConnectorOption<?>> options = new ArrayList<>(KafkaOptions.common());
    options.add(1, KafkaOptions.TOPIC_PATTERN);
    options.add(KafkaOptions.FORMAT);
    options.addAll(KafkaOptions.formatTuning());
    options.addAll(List.of(KafkaOptions.STARTUP_MODE, KafkaOptions.STARTUP_TIMESTAMP,
        KafkaOptions.STARTUP_SPECIFIC_OFFSETS, KafkaOptions.BOUNDED_MODE, KafkaOptions.TIMESTAMP_FIELD));
    options.addAll(KafkaOptions.sink());
    return options;
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
    return TableSource.of(readers(new KafkaTableOptions(context, false).sourceSpec()));
  }

  @Override
  public TableSink createSink(TableContext context) {
    return TableSink.of(KafkaSinks.writerFactory(new KafkaTableOptions(context, false).sinkSpec()), false);
  }

  /** The reader factory of a source spec; shared with {@code upsert-kafka}. */
  static SourceFactory readers(KafkaSourceSpec spec) {
    return new SourceFactory() {
      @Override
      public SourceReader create() {
        return new KafkaSourceReader(spec);
      }

      @Override
      public boolean isBounded() {
        return spec.boundedMode() == BoundedMode.LATEST_OFFSET;
      }
    };
  }
}
