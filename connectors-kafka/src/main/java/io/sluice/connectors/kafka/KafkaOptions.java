package io.sluice.connectors.kafka;

import static io.sluice.connectors.ConnectorOption.optional;
import static io.sluice.connectors.ConnectorOption.required;

import io.sluice.common.config.ConfigOptions;
import io.sluice.connectors.ConnectorOption;
import io.sluice.connectors.kafka.format.RecordFormat;
import java.util.ArrayList;
import java.util.List;

/** The {@code WITH} options of the {@code kafka} and {@code upsert-kafka} connectors, with Flink's keys. */
public final class KafkaOptions {
  private KafkaOptions() {}

  public static final ConnectorOption<String> TOPIC = optional(ConfigOptions.stringOption("topic", null,
      "The topic to read or write; several topics to read may be separated by semicolons. A sink needs exactly "
          + "one. Either this or 'topic-pattern'."));

  public static final ConnectorOption<String> TOPIC_PATTERN = optional(ConfigOptions.stringOption(
      "topic-pattern", null, "A Java regular expression: the source reads every topic whose name matches "
          + "when the job starts. Sources only."));

  public static final ConnectorOption<String> BOOTSTRAP_SERVERS = required(ConfigOptions.stringOption(
      "properties.bootstrap.servers", null, "Comma-separated host:port pairs of Kafka brokers."));

  public static final ConnectorOption<String> GROUP_ID = optional(ConfigOptions.stringOption(
      "properties.group.id", null, "The consumer group of the source: needed for 'group-offsets', and the "
          + "group whose offsets are committed when a checkpoint completes."));

  public static final ConnectorOption<String> PROPERTIES = optional(ConfigOptions.stringOption("properties.*",
      null, "A Kafka client property, e.g. 'properties.max.poll.records'. Only an allow-list of properties "
          + "that neither load classes nor read credentials inline passes (see the Kafka section of this page); "
          + "others are refused."));

  public static final ConnectorOption<RecordFormat> FORMAT = optional(ConfigOptions.choiceOption("format",
      RecordFormat.class, null, KafkaOptions::spellings, "The format of the record values. Required for 'kafka'."));

  public static final ConnectorOption<RecordFormat> KEY_FORMAT = required(ConfigOptions.choiceOption(
      "key.format", RecordFormat.class, null, KafkaOptions::spellings, "The format of the record keys: the PRIMARY KEY columns."));

  public static final ConnectorOption<RecordFormat> VALUE_FORMAT = required(ConfigOptions.choiceOption(
      "value.format", RecordFormat.class, null, KafkaOptions::spellings, "The format of the record values: all physical columns."));

  public static final ConnectorOption<Boolean> CSV_IGNORE_PARSE_ERRORS = optional(ConfigOptions.booleanOption(
      "csv.ignore-parse-errors", false, "Skip (and count) CSV records that do not parse, instead of failing "
          + "the job with the record's topic, partition and offset."));

  public static final ConnectorOption<String> CSV_FIELD_DELIMITER = optional(ConfigOptions.stringOption(
      "csv.field-delimiter", ",", "The one character between two CSV values."));

  public static final ConnectorOption<Boolean> JSON_IGNORE_PARSE_ERRORS = optional(ConfigOptions.booleanOption(
      "json.ignore-parse-errors", false, "Skip (and count) JSON records that do not parse, instead of failing "
          + "the job with the record's topic, partition and offset."));

  public static final ConnectorOption<StartupMode> STARTUP_MODE = optional(ConfigOptions.choiceOption(
      "scan.startup.mode", StartupMode.class, StartupMode.GROUP_OFFSETS, StartupMode::spellings,
      "Where to start reading a partition that the job's checkpoint does not cover."));

  public static final ConnectorOption<Long> STARTUP_TIMESTAMP = optional(ConfigOptions.longOption(
      "scan.startup.timestamp-millis", null, "For 'timestamp': epoch milliseconds of the first record to read."));

  public static final ConnectorOption<String> STARTUP_SPECIFIC_OFFSETS = optional(ConfigOptions.stringOption(
      "scan.startup.specific-offsets", null, "For 'specific-offsets': "
          + "'partition:0,offset:42;partition:1,offset:300'. Partitions not listed start at the earliest offset."));

  public static final ConnectorOption<BoundedMode> BOUNDED_MODE = optional(ConfigOptions.choiceOption(
      "scan.bounded.mode", BoundedMode.class, BoundedMode.UNBOUNDED, BoundedMode::spellings,
      "Whether the source ends: 'latest-offset' reads each partition up to where it ended when the job "
          + "started."));

  public static final ConnectorOption<String> TIMESTAMP_FIELD = optional(ConfigOptions.stringOption(
      "timestamp-field", null, "A TIMESTAMP(3) or TIMESTAMP_LTZ(3) column that holds the Kafka record's "
          + "timestamp instead of a value of the format: a source fills it from the record, a sink sets the "
          + "record's timestamp from it. Declare the WATERMARK on it for event time from Kafka."));

  public static final ConnectorOption<DeliveryGuarantee> DELIVERY_GUARANTEE = optional(ConfigOptions
      .choiceOption("sink.delivery-guarantee", DeliveryGuarantee.class, DeliveryGuarantee.AT_LEAST_ONCE,
          DeliveryGuarantee::spellings, "What the sink promises: with 'exactly-once' the records of each "
              + "checkpoint become visible to read_committed consumers when the checkpoint completes. Needs "
              + "checkpointing for anything but 'none'."));

  public static final ConnectorOption<String> TRANSACTIONAL_ID_PREFIX = optional(ConfigOptions.stringOption(
      "sink.transactional-id-prefix", null, "Required for 'exactly-once': the start of the Kafka transactional "
          + "ids of the sink, unique among all jobs writing to the same cluster."));

  private static List<String> spellings(RecordFormat format) {
    return List.of(format.toString());
  }

  /**
   * The options of the {@code kafka} connector or, with {@code upsert}, of the {@code upsert-kafka} one, in the
   * order the docs list them. The upsert connector names its topics only, takes a key and a value format, and
   * always reads from the earliest offset.
   */
  static List<ConnectorOption<?>> of(boolean upsert) {
    List<ConnectorOption<?>> options = new ArrayList<>();
    options.add(TOPIC);
    if (!upsert) {
      options.add(TOPIC_PATTERN);
    }
    options.addAll(List.of(BOOTSTRAP_SERVERS, GROUP_ID, PROPERTIES));
    options.addAll(upsert ? List.of(KEY_FORMAT, VALUE_FORMAT) : List.of(FORMAT));
    options.addAll(List.of(CSV_IGNORE_PARSE_ERRORS, CSV_FIELD_DELIMITER, JSON_IGNORE_PARSE_ERRORS));
    if (!upsert) {
      options.addAll(List.of(STARTUP_MODE, STARTUP_TIMESTAMP, STARTUP_SPECIFIC_OFFSETS));
    }
    options.addAll(List.of(BOUNDED_MODE, TIMESTAMP_FIELD, DELIVERY_GUARANTEE, TRANSACTIONAL_ID_PREFIX));
    return List.copyOf(options);
  }
}
