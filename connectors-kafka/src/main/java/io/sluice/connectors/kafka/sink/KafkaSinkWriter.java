package io.sluice.connectors.kafka.sink;

import io.sluice.common.Row;
import io.sluice.connectors.kafka.DeliveryGuarantee;
import io.sluice.executor.api.CheckpointedFunction;
import io.sluice.executor.api.Operator;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.RestoredState;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Writes rows to Kafka without transactions. With {@code at-least-once} every checkpoint barrier waits until the
 * producer has every record acknowledged (a record sent before the barrier is durable when the checkpoint is), so
 * a failure can repeat records but not lose them; with {@code none} nothing waits.
 */
final class KafkaSinkWriter implements Operator, CheckpointedFunction {
  private final KafkaSinkSpec spec;
  private KafkaProducer<byte[], byte[]> producer;
  private RecordEncoder encoder;
  private SendErrors errors;

  KafkaSinkWriter(KafkaSinkSpec spec) {
    this.spec = spec;
  }

  @Override
  public void initializeState(RestoredState state) {
    // Nothing to restore: what was sent is in Kafka.
  }

  @Override
  public void open(OperatorContext context) {
    Properties properties = spec.producerProperties();
    producer = new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
    encoder = new RecordEncoder(spec.topic(), spec.layout());
    errors = new SendErrors(spec.tableName());
  }

  @Override
  public void processRow(Row row, Output out) {
    errors.check();
    ProducerRecord<byte[], byte[]> record = encoder.encode(row);
    if (record != null) {
      producer.send(record, errors);
    }
  }

  @Override
  public byte[] snapshotState(long checkpointId) {
    if (spec.guarantee() == DeliveryGuarantee.AT_LEAST_ONCE) {
      producer.flush();
    }
    errors.check();
    return null;
  }

  @Override
  public void endInput(Output out) {
    producer.flush();
    errors.check();
  }

  @Override
  public void close() {
    if (producer != null) {
      producer.close(Duration.ZERO);
    }
  }
}
