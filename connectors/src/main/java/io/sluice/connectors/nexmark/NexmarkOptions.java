package io.sluice.connectors.nexmark;

import static io.sluice.connectors.ConnectorOption.optional;
import static io.sluice.connectors.ConnectorOption.required;

import io.sluice.common.config.ConfigOption;
import io.sluice.common.config.ConfigOptions;
import io.sluice.connectors.ConnectorOption;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;

/** The options of the {@code nexmark} connector; Flink's Nexmark connector's names and defaults where it has them. */
final class NexmarkOptions {
  private NexmarkOptions() {}

  private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
      .appendPattern("yyyy-MM-dd HH:mm:ss")
      .optionalStart().appendFraction(ChronoField.MILLI_OF_SECOND, 0, 3, true).optionalEnd()
      .toFormatter();

  static final ConnectorOption<NexmarkTable> TABLE = required(ConfigOptions.choiceOption("table",
      NexmarkTable.class, null, t -> List.of(t.toString()),
      "Which events the table holds: the persons, the auctions or the bids of the stream."));

  static final ConnectorOption<Long> EVENTS_NUM = optional(ConfigOptions.longOption("events.num", 0L, 0,
      "Events in the whole stream, of all three kinds together (so a 'bid' table holds 46/50 of them); "
          + "0 for an endless stream."));

  static final ConnectorOption<Long> EVENTS_RATE = optional(ConfigOptions.longOption("events.rate", 0L, 0,
      "Events of the stream (all kinds) passed per second, in total over the parallel readers; 0 for as fast as "
          + "possible. Does not change event time, only how fast rows are emitted."));

  static final ConnectorOption<Long> FIRST_EVENT_RATE = optional(ConfigOptions.longOption("first-event.rate",
      10_000L, 1, "Events per second of event time: event time advances by 1 s / rate with every event."));

  static final ConnectorOption<Integer> PERSON_PROPORTION = proportion("person.proportion", 1);
  static final ConnectorOption<Integer> AUCTION_PROPORTION = proportion("auction.proportion", 3);
  static final ConnectorOption<Integer> BID_PROPORTION = proportion("bid.proportion", 46);

  static final ConnectorOption<Integer> HOT_AUCTION_RATIO = ratio("bid.hot-ratio.auctions", 2,
      "One bid in this many goes to a random recent auction; the others go to the hot auction.");
  static final ConnectorOption<Integer> HOT_BIDDER_RATIO = ratio("bid.hot-ratio.bidders", 4,
      "One bid in this many comes from a random recent person; the others from the hot bidder.");
  static final ConnectorOption<Integer> HOT_SELLER_RATIO = ratio("auction.hot-ratio.sellers", 4,
      "One auction in this many is sold by a random recent person; the others by the hot seller.");

  static final ConnectorOption<Integer> PERSON_AVG_SIZE = size("person.avg-size", 200);
  static final ConnectorOption<Integer> AUCTION_AVG_SIZE = size("auction.avg-size", 500);
  static final ConnectorOption<Integer> BID_AVG_SIZE = size("bid.avg-size", 100);

  static final ConnectorOption<Long> SEED = optional(ConfigOptions.longOption("seed", 0L,
      "Seed of the random values: the same options give the same stream, row for row."));

  static final ConnectorOption<String> BASE_TIME = optional(new ConfigOption<>("base-time",
      "Timestamp (yyyy-MM-dd HH:mm:ss[.SSS], UTC)", text -> {
        epochMillis(text);
        return text;
      }, "2015-07-15 00:00:00",
      "Event time of the first event. Fixed, so that runs are reproducible (Flink's connector starts at the "
          + "wall clock).", List.of()));

  /** All options, in the order the docs list them. */
  static final List<ConnectorOption<?>> ALL = List.of(TABLE, EVENTS_NUM, EVENTS_RATE, FIRST_EVENT_RATE,
      PERSON_PROPORTION, AUCTION_PROPORTION, BID_PROPORTION, HOT_AUCTION_RATIO, HOT_BIDDER_RATIO,
      HOT_SELLER_RATIO, PERSON_AVG_SIZE, AUCTION_AVG_SIZE, BID_AVG_SIZE, SEED, BASE_TIME);

  private static ConnectorOption<Integer> proportion(String key, int defaultValue) {
    return optional(ConfigOptions.positiveIntOption(key, defaultValue,
        "Events of this kind in each block of person + auction + bid proportion events."));
  }

  private static ConnectorOption<Integer> ratio(String key, int defaultValue, String description) {
    return optional(ConfigOptions.positiveIntOption(key, defaultValue, description));
  }

  private static ConnectorOption<Integer> size(String key, int defaultValue) {
    return optional(ConfigOptions.positiveIntOption(key, defaultValue,
        "Nominal size in bytes of a row of this kind, which the 'extra' column pads rows to on average."));
  }

  /** The epoch milliseconds of a {@link #BASE_TIME} value. */
  static long epochMillis(String text) {
    try {
      return LocalDateTime.parse(text, TIMESTAMP).toInstant(ZoneOffset.UTC).toEpochMilli();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a timestamp");
    }
  }
}
