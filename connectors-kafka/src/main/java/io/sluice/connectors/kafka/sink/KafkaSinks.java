package io.sluice.connectors.kafka.sink;

import io.sluice.connectors.kafka.DeliveryGuarantee;
import io.sluice.executor.api.OperatorFactory;

/** The writer operators of a Kafka sink, by delivery guarantee. */
public final class KafkaSinks {
  private KafkaSinks() {}

  public static OperatorFactory writerFactory(KafkaSinkSpec spec) {
    return spec.guarantee() == DeliveryGuarantee.EXACTLY_ONCE
        ? () -> new TransactionalKafkaWriter(spec) : () -> new KafkaSinkWriter(spec);
  }
}
