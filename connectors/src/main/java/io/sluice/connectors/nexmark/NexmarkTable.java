package io.sluice.connectors.nexmark;

import io.sluice.common.types.TypeRoot;
import io.sluice.connectors.datagen.RowRandom;
import java.util.List;
import java.util.Locale;

/**
 * The three tables of the Nexmark benchmark, with their columns as in the Nexmark SQL benchmark, and how one
 * event becomes a row of its table. A row is a pure function of the event number and the seed: the random
 * numbers of event {@code e} are drawn from a {@link RowRandom} reset to {@code (e, seed)}, in a fixed order.
 */
enum NexmarkTable {
  PERSON(NexmarkModel.Kind.PERSON, List.of(
      column("id", TypeRoot.BIGINT), column("name", TypeRoot.VARCHAR), column("emailAddress", TypeRoot.VARCHAR),
      column("creditCard", TypeRoot.VARCHAR), column("city", TypeRoot.VARCHAR), column("state", TypeRoot.VARCHAR),
      column("dateTime", TypeRoot.TIMESTAMP), column("extra", TypeRoot.VARCHAR))) {
    @Override
    Object[] row(long event, RowRandom random, NexmarkModel model, NexmarkText text) {
      String name = text.name(random);
      String email = NexmarkText.word(random, 7, ' ') + "@" + NexmarkText.word(random, 5, ' ') + ".com";
      String creditCard = creditCard(random);
      String city = NexmarkText.CITIES[random.nextInt(NexmarkText.CITIES.length)];
      String state = NexmarkText.STATES[random.nextInt(NexmarkText.STATES.length)];
      int size = 8 + name.length() + email.length() + creditCard.length() + city.length() + state.length();
      String extra = text.extra(random, size, model.config().personAvgSize());
      return new Object[] {model.lastPerson(event) + NexmarkModel.FIRST_ID, name, email, creditCard, city, state,
          model.timestamp(event), extra};
    }
  },

  AUCTION(NexmarkModel.Kind.AUCTION, List.of(
      column("id", TypeRoot.BIGINT), column("itemName", TypeRoot.VARCHAR), column("description", TypeRoot.VARCHAR),
      column("initialBid", TypeRoot.BIGINT), column("reserve", TypeRoot.BIGINT),
      column("dateTime", TypeRoot.TIMESTAMP), column("expires", TypeRoot.TIMESTAMP),
      column("seller", TypeRoot.BIGINT), column("category", TypeRoot.BIGINT), column("extra", TypeRoot.VARCHAR))) {
    @Override
    Object[] row(long event, RowRandom random, NexmarkModel model, NexmarkText text) {
      long seller = model.seller(event, random) + NexmarkModel.FIRST_ID;
      long category = NexmarkModel.FIRST_CATEGORY + random.nextInt(NexmarkModel.NUM_CATEGORIES);
      long initialBid = NexmarkModel.price(random);
      long time = model.timestamp(event);
      long expires = time + 1 + random.nextInt((int) Math.max(2 * model.auctionHorizonMillis(event), 1));
      String itemName = NexmarkText.word(random, 20, ' ');
      String description = NexmarkText.word(random, 100, ' ');
      long reserve = initialBid + NexmarkModel.price(random);
      String extra = text.extra(random, 8 + itemName.length() + description.length() + 40,
          model.config().auctionAvgSize());
      return new Object[] {model.lastAuction(event) + NexmarkModel.FIRST_ID, itemName, description, initialBid,
          reserve, time, expires, seller, category, extra};
    }
  },

  BID(NexmarkModel.Kind.BID, List.of(
      column("auction", TypeRoot.BIGINT), column("bidder", TypeRoot.BIGINT), column("price", TypeRoot.BIGINT),
      column("channel", TypeRoot.VARCHAR), column("url", TypeRoot.VARCHAR), column("dateTime", TypeRoot.TIMESTAMP),
      column("extra", TypeRoot.VARCHAR))) {
    @Override
    Object[] row(long event, RowRandom random, NexmarkModel model, NexmarkText text) {
      long auction = model.auction(event, random) + NexmarkModel.FIRST_ID;
      long bidder = model.bidder(event, random) + NexmarkModel.FIRST_ID;
      long price = NexmarkModel.price(random);
      String channel;
      String url;
      if (random.nextInt(2) > 0) {
        int hot = random.nextInt(NexmarkText.HOT_CHANNELS.length);
        channel = text.hotChannel(hot);
        url = text.hotUrl(hot);
      } else {
        int index = random.nextInt(NexmarkText.CHANNELS);
        channel = text.channel(index);
        url = text.channelUrl(index);
      }
      String extra = text.extra(random, 32, model.config().bidAvgSize());
      return new Object[] {auction, bidder, price, channel, url, model.timestamp(event), extra};
    }
  };

  /** A column of a Nexmark table: its name and the root of its type. */
  record NexmarkColumn(String name, TypeRoot type) {}

  private final NexmarkModel.Kind kind;
  private final List<NexmarkColumn> columns;

  NexmarkTable(NexmarkModel.Kind kind, List<NexmarkColumn> columns) {
    this.kind = kind;
    this.columns = columns;
  }

  NexmarkModel.Kind kind() {
    return kind;
  }

  List<NexmarkColumn> columns() {
    return columns;
  }

  /** The row of an event of this table's kind, in the order of {@link #columns()}. */
  abstract Object[] row(long event, RowRandom random, NexmarkModel model, NexmarkText text);

  /** The name users write: lower case. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  private static NexmarkColumn column(String name, TypeRoot type) {
    return new NexmarkColumn(name, type);
  }

  /** Four groups of four digits: {@code 0123 4567 8901 2345}. */
  private static String creditCard(RowRandom random) {
    char[] digits = new char[19];
    for (int group = 0; group < 4; group++) {
      int value = random.nextInt(10_000);
      int at = group * 5;
      if (group > 0) {
        digits[at - 1] = ' ';
      }
      for (int i = 3; i >= 0; i--, value /= 10) {
        digits[at + i] = (char) ('0' + value % 10);
      }
    }
    return new String(digits);
  }
}
