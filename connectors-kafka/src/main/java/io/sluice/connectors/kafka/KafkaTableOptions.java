package io.sluice.connectors.kafka;

import io.sluice.common.types.DataType;
import io.sluice.connectors.TableContext;
import io.sluice.connectors.TableOptions;
import io.sluice.connectors.TableSink;
import io.sluice.connectors.TableSource;
import io.sluice.connectors.kafka.format.FormatSettings;
import io.sluice.connectors.kafka.format.RecordFormat;
import io.sluice.connectors.kafka.sink.KafkaSinkSpec;
import io.sluice.connectors.kafka.sink.KafkaSinks;
import io.sluice.connectors.kafka.source.KafkaSourceReader;
import io.sluice.connectors.kafka.source.KafkaSourceSpec;
import io.sluice.executor.api.SourceFactory;
import io.sluice.executor.api.SourceReader;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads and checks the options of a {@code kafka} or {@code upsert-kafka} table into the specs its readers and
 * writers run from. Every check that the option declarations cannot make is here, so that {@code CREATE TABLE}
 * reports it.
 */
final class KafkaTableOptions {
  private final TableContext context;
  private final TableOptions options;
  private final boolean upsert;

  KafkaTableOptions(TableContext context, boolean upsert) {
    this.context = context;
    this.options = TableOptions.of(context);
    this.upsert = upsert;
  }

  /**
   * The table's source: its options checked, one reader per subtask. An upsert table's readers turn the upserts
   * into a changelog with retractions.
   */
  TableSource source() {
    KafkaSourceSpec spec = sourceSpec();
    SourceFactory readers = new SourceFactory() {
      @Override
      public SourceReader create() {
        return new KafkaSourceReader(spec);
      }

      @Override
      public boolean isBounded() {
        return spec.boundedMode() == BoundedMode.LATEST_OFFSET;
      }
    };
    return upsert ? TableSource.changelog(readers) : TableSource.of(readers);
  }

  /** The table's sink: its options checked; an upsert sink takes updates and deletions. */
  TableSink sink() {
    return TableSink.of(KafkaSinks.writerFactory(sinkSpec()), upsert);
  }

  private KafkaSourceSpec sourceSpec() {
    Pattern pattern = topicPattern();
    List<String> topics = topics();
    if ((pattern == null) == topics.isEmpty()) {
      throw options.invalid("set exactly one of 'topic' and 'topic-pattern'");
    }
    Properties properties = KafkaClientProperties.of(options);
    StartupMode mode = upsert ? StartupMode.EARLIEST_OFFSET : options.get(KafkaOptions.STARTUP_MODE);
    Long timestamp = options.getOptional(KafkaOptions.STARTUP_TIMESTAMP).orElse(null);
    if (mode == StartupMode.TIMESTAMP && timestamp == null) {
      throw options.invalid("'scan.startup.mode' = 'timestamp' needs 'scan.startup.timestamp-millis'");
    }
    Map<Integer, Long> specific = specificOffsets(mode);
    return new KafkaSourceSpec(context.tableName(), topics, pattern, properties, mode, timestamp, specific,
        options.get(KafkaOptions.BOUNDED_MODE), layout(), upsert);
  }

  private KafkaSinkSpec sinkSpec() {
    List<String> topics = topics();
    if (topics.size() != 1 || options.getOptional(KafkaOptions.TOPIC_PATTERN).isPresent()) {
      throw options.invalid("a table written to needs exactly one 'topic'");
    }
    DeliveryGuarantee guarantee = options.get(KafkaOptions.DELIVERY_GUARANTEE);
    String prefix = options.getOptional(KafkaOptions.TRANSACTIONAL_ID_PREFIX).orElse(null);
    if (guarantee == DeliveryGuarantee.EXACTLY_ONCE && (prefix == null || prefix.isBlank())) {
      throw options.invalid("'sink.delivery-guarantee' = 'exactly-once' needs 'sink.transactional-id-prefix'");
    }
    return new KafkaSinkSpec(context.tableName(), topics.get(0), KafkaClientProperties.of(options), guarantee,
        prefix, layout(), upsert);
  }

  private List<String> topics() {
    return options.getOptional(KafkaOptions.TOPIC)
        .map(text -> Arrays.stream(text.split(";")).map(String::trim).filter(t -> !t.isEmpty()).toList())
        .orElse(List.of());
  }

  private Pattern topicPattern() {
    return options.getOptional(KafkaOptions.TOPIC_PATTERN).map(text -> {
      try {
        return Pattern.compile(text);
      } catch (PatternSyntaxException e) {
        throw options.invalidValue(KafkaOptions.TOPIC_PATTERN.key(), "a Java regular expression");
      }
    }).orElse(null);
  }

  private Map<Integer, Long> specificOffsets(StartupMode mode) {
    String text = options.getOptional(KafkaOptions.STARTUP_SPECIFIC_OFFSETS).orElse(null);
    if (mode != StartupMode.SPECIFIC_OFFSETS) {
      return Map.of();
    }
    if (text == null) {
      throw options.invalid("'scan.startup.mode' = 'specific-offsets' needs 'scan.startup.specific-offsets'");
    }
    Map<Integer, Long> offsets = new HashMap<>();
    for (String entry : text.split(";")) {
      String[] parts = entry.trim().split(",");
      if (parts.length != 2 || !parts[0].trim().startsWith("partition:") || !parts[1].trim().startsWith("offset:")) {
        throw options.invalidValue(KafkaOptions.STARTUP_SPECIFIC_OFFSETS.key(),
            "'partition:<n>,offset:<n>' entries separated by semicolons");
      }
      try {
        offsets.put(Integer.parseInt(parts[0].trim().substring("partition:".length()).trim()),
            Long.parseLong(parts[1].trim().substring("offset:".length()).trim()));
      } catch (NumberFormatException e) {
        throw options.invalidValue(KafkaOptions.STARTUP_SPECIFIC_OFFSETS.key(), "whole numbers");
      }
    }
    return offsets;
  }

  private RecordLayout layout() {
    RecordFormat valueFormat = upsert
        ? options.get(KafkaOptions.VALUE_FORMAT) : options.getOptional(KafkaOptions.FORMAT).orElse(null);
    if (valueFormat == null) {
      throw options.invalid("'format' is required: csv or json");
    }
    RecordFormat keyFormat = upsert ? options.get(KafkaOptions.KEY_FORMAT) : null;
    List<String> key = upsert ? context.primaryKey() : List.of();
    if (upsert && key.isEmpty()) {
      throw options.invalid("'upsert-kafka' needs a PRIMARY KEY: its columns are the record key");
    }
    String timestampField = timestampField(key);
    return RecordLayout.of(context.physicalSchema(), key, timestampField, keyFormat, valueFormat,
        formatSettings(valueFormat));
  }

  private String timestampField(List<String> key) {
    String name = options.getOptional(KafkaOptions.TIMESTAMP_FIELD).orElse(null);
    if (name == null) {
      return null;
    }
    int index = context.physicalSchema().indexOf(name);
    if (index < 0) {
      throw options.invalidValue(KafkaOptions.TIMESTAMP_FIELD.key(), "a physical column of the table");
    }
    DataType type = context.physicalSchema().column(index).type();
    if (!type.root().isTimestamp() || key.contains(name)) {
      throw options.invalidValue(KafkaOptions.TIMESTAMP_FIELD.key(),
          "a TIMESTAMP or TIMESTAMP_LTZ column that is not part of the key");
    }
    return name;
  }

  private FormatSettings formatSettings(RecordFormat valueFormat) {
    String delimiter = options.get(KafkaOptions.CSV_FIELD_DELIMITER);
    if (delimiter.length() != 1) {
      throw options.invalidValue(KafkaOptions.CSV_FIELD_DELIMITER.key(), "one character");
    }
    boolean ignore = valueFormat == RecordFormat.CSV
        ? options.get(KafkaOptions.CSV_IGNORE_PARSE_ERRORS) : options.get(KafkaOptions.JSON_IGNORE_PARSE_ERRORS);
    return new FormatSettings(delimiter.charAt(0), ignore);
  }
}
