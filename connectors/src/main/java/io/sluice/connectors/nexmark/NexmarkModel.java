package io.sluice.connectors.nexmark;

import io.sluice.connectors.datagen.RowRandom;

/**
 * The arithmetic of the Nexmark model (as in Beam's and Flink's Nexmark generators): which kind an event is,
 * which entity ids exist when it happens, its event time, and how it picks the persons and auctions it refers to.
 *
 * <p>Events are numbered {@code 0, 1, 2, ...}. They come in blocks of {@code total = person + auction + bid}
 * proportions: in each block the first events create persons, the next ones auctions, the rest are bids. Entity
 * ids are therefore functions of the event number: the {@code i}-th person ever created has id {@code 1000 + i},
 * and likewise for auctions. Event time is {@code baseTime} plus the event number times the inter-event delay
 * ({@code 1 s / first-event.rate}), truncated to microseconds and then to milliseconds: it depends on the count
 * of events only, never on how fast they are produced.
 *
 * <p>References: a random <em>active person</em> is one of the last 1,000 persons or one of the next 10 (not yet
 * created, so a join partner may arrive after the row that refers to it); a random <em>in-flight auction</em> is
 * one of the last 100 auctions or of the next 10. The <em>hot</em> seller, bidder and auction are the first
 * (the second, for the bidder) entity of the current block of 100 ids, so the hot keys rotate as the stream
 * advances. All ids here are "base 0"; {@link #FIRST_ID} is added when a row is made.
 */
final class NexmarkModel {
  static final long FIRST_ID = 1000;
  static final int FIRST_CATEGORY = 10;
  static final int NUM_CATEGORIES = 5;
  private static final int NUM_ACTIVE_PEOPLE = 1000;
  private static final int NUM_IN_FLIGHT_AUCTIONS = 100;
  private static final int ID_LEAD = 10;
  private static final int HOT_ID_BLOCK = 100;

  enum Kind { PERSON, AUCTION, BID }

  private final NexmarkConfig config;
  private final int total;
  private final double delayMicros;
  /** Events it takes to create {@link #NUM_IN_FLIGHT_AUCTIONS} auctions: how far ahead an auction's expiry lies. */
  private final long auctionHorizonEvents;

  NexmarkModel(NexmarkConfig config) {
    this.config = config;
    this.total = config.totalProportion();
    this.delayMicros = 1_000_000.0 / config.firstEventRate();
    this.auctionHorizonEvents = (long) NUM_IN_FLIGHT_AUCTIONS * total / config.auctionProportion();
  }

  NexmarkConfig config() {
    return config;
  }

  Kind kindOf(long event) {
    long offset = event % total;
    if (offset < config.personProportion()) {
      return Kind.PERSON;
    }
    return offset < config.personProportion() + config.auctionProportion() ? Kind.AUCTION : Kind.BID;
  }

  /** The first offset in a block of events of this kind, and the first after it. */
  int firstOffset(Kind kind) {
    return switch (kind) {
      case PERSON -> 0;
      case AUCTION -> config.personProportion();
      case BID -> config.personProportion() + config.auctionProportion();
    };
  }

  int endOffset(Kind kind) {
    return switch (kind) {
      case PERSON -> config.personProportion();
      case AUCTION -> config.personProportion() + config.auctionProportion();
      case BID -> total;
    };
  }

  /** Event time of an event, epoch milliseconds. */
  long timestamp(long event) {
    return config.baseTime() + (long) (event * delayMicros) / 1000;
  }

  /** The person created by this event, or the last one created before it. */
  long lastPerson(long event) {
    long epoch = event / total;
    long offset = Math.min(event % total, config.personProportion() - 1);
    return epoch * config.personProportion() + offset;
  }

  /** The auction created by this event, or the last one created before it (-1 before the first). */
  long lastAuction(long event) {
    long epoch = event / total;
    long offset = event % total;
    if (offset < config.personProportion()) {
      epoch--;
      offset = config.auctionProportion() - 1;
    } else if (offset >= config.personProportion() + config.auctionProportion()) {
      offset = config.auctionProportion() - 1;
    } else {
      offset -= config.personProportion();
    }
    return epoch * config.auctionProportion() + offset;
  }

  /** How long, in milliseconds of event time, it takes to create the next in-flight auctions. */
  long auctionHorizonMillis(long event) {
    return timestamp(event + auctionHorizonEvents) - timestamp(event);
  }

  long seller(long event, RowRandom random) {
    long lastPerson = lastPerson(event);
    return random.nextInt(config.hotSellerRatio()) > 0
        ? lastPerson / HOT_ID_BLOCK * HOT_ID_BLOCK
        : activePerson(lastPerson, random);
  }

  long bidder(long event, RowRandom random) {
    long lastPerson = lastPerson(event);
    return random.nextInt(config.hotBidderRatio()) > 0
        ? lastPerson / HOT_ID_BLOCK * HOT_ID_BLOCK + 1
        : activePerson(lastPerson, random);
  }

  long auction(long event, RowRandom random) {
    long lastAuction = Math.max(0, lastAuction(event));
    if (random.nextInt(config.hotAuctionRatio()) > 0) {
      return lastAuction / HOT_ID_BLOCK * HOT_ID_BLOCK;
    }
    long min = Math.max(lastAuction - NUM_IN_FLIGHT_AUCTIONS, 0);
    return min + random.nextInt((int) (lastAuction - min + 1 + ID_LEAD));
  }

  private static long activePerson(long lastPerson, RowRandom random) {
    long people = lastPerson + 1;
    long active = Math.min(people, NUM_ACTIVE_PEOPLE);
    return people - active + random.nextInt((int) active + ID_LEAD);
  }

  /** Log-uniform from 100 to 100,000,000 (cents): a third below 10,000, a third from there to 1,000,000. */
  static long price(RowRandom random) {
    return Math.round(Math.pow(10.0, random.nextDouble() * 6.0) * 100.0);
  }
}
