package io.sluice.connectors.kafka;

import io.sluice.connectors.TableOptions;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Kafka client properties a table passes through {@code 'properties.*'}, checked against an allow-list.
 *
 * <p>Why an allow-list: {@code WITH} options are written by whoever may create a table, and several Kafka client
 * properties reach far beyond Kafka: {@code sasl.jaas.config} names login modules to load and may hold
 * credentials inline, {@code *.class} / {@code *.classes} properties ({@code interceptor.classes},
 * {@code partitioner.class}, {@code sasl.login.callback.handler.class}, ...) load arbitrary classes, and
 * {@code config.providers} reads files and environment variables into the configuration. Only properties that
 * tune the network, batching, security protocol and TLS stores pass; serializers, the transactional id, the
 * isolation of the sink and auto commit are the connector's to set. The values of passwords never appear in
 * messages ({@link #isSecret}).
 */
final class KafkaClientProperties {
  /** Properties that tune a consumer, a producer or both, and load nothing. */
  private static final Set<String> ALLOWED = Set.of(
      // connection and identity
      "bootstrap.servers", "group.id", "client.id", "client.rack", "client.dns.lookup",
      "connections.max.idle.ms", "reconnect.backoff.ms", "reconnect.backoff.max.ms", "retry.backoff.ms",
      "retry.backoff.max.ms", "request.timeout.ms", "default.api.timeout.ms", "socket.connection.setup.timeout.ms",
      "socket.connection.setup.timeout.max.ms", "metadata.max.age.ms", "receive.buffer.bytes", "send.buffer.bytes",
      // consumer
      "auto.offset.reset", "isolation.level", "fetch.min.bytes", "fetch.max.bytes", "fetch.max.wait.ms",
      "max.partition.fetch.bytes", "max.poll.records", "max.poll.interval.ms", "session.timeout.ms",
      "heartbeat.interval.ms", "check.crcs", "allow.auto.create.topics", "group.instance.id",
      // producer
      "acks", "linger.ms", "batch.size", "buffer.memory", "compression.type", "compression.gzip.level",
      "compression.lz4.level", "compression.zstd.level", "max.request.size", "max.block.ms", "delivery.timeout.ms",
      "retries", "enable.idempotence", "max.in.flight.requests.per.connection", "transaction.timeout.ms",
      "partitioner.ignore.keys", "partitioner.adaptive.partitioning.enable", "partitioner.availability.timeout.ms",
      // security: the protocol, SASL without inline JAAS, TLS stores by path
      "security.protocol", "sasl.mechanism", "sasl.kerberos.service.name", "ssl.protocol", "ssl.enabled.protocols",
      "ssl.cipher.suites", "ssl.endpoint.identification.algorithm", "ssl.keystore.type", "ssl.keystore.location",
      "ssl.keystore.password", "ssl.key.password", "ssl.truststore.type", "ssl.truststore.location",
      "ssl.truststore.password", "ssl.keymanager.algorithm", "ssl.trustmanager.algorithm",
      "ssl.secure.random.implementation");

  private KafkaClientProperties() {}

  /**
   * The table's {@code 'properties.*'} as client properties.
   *
   * @throws io.sluice.common.SluiceException naming the first property that is not allowed, and why
   */
  static Properties of(TableOptions options) {
    Properties properties = new Properties();
    for (Map.Entry<String, String> entry : options.withPrefix(KafkaOptions.PROPERTIES).entrySet()) {
      String name = entry.getKey();
      if (!ALLOWED.contains(name)) {
        throw options.invalid("the Kafka client property 'properties." + name + "' is not allowed"
            + reason(name) + ". Allowed properties: " + String.join(", ", new TreeSet<>(ALLOWED)));
      }
      properties.setProperty(name, entry.getValue().trim());
    }
    return properties;
  }

  /** Whether the value of a property must never be shown. */
  static boolean isSecret(String name) {
    return name.contains("password") || name.contains("jaas") || name.contains("secret");
  }

  private static String reason(String name) {
    if (name.equals("sasl.jaas.config")) {
      return " (it loads login modules and may hold credentials; configure JAAS for the JVM instead)";
    }
    if (name.endsWith(".class") || name.endsWith(".classes")) {
      return " (it loads classes)";
    }
    if (name.startsWith("config.providers")) {
      return " (it reads files and the environment)";
    }
    if (name.endsWith("serializer") || name.endsWith("deserializer") || name.equals("transactional.id")
        || name.equals("enable.auto.commit") || name.equals("auto.commit.interval.ms")) {
      return " (the connector sets it)";
    }
    return "";
  }
}
