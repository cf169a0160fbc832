package io.sluice.connectors.nexmark;

import io.sluice.connectors.datagen.RowRandom;
import java.nio.charset.StandardCharsets;

/**
 * The words and strings of the Nexmark model: person names, cities and states, bid channels and their URLs,
 * random words and the {@code extra} padding. Everything that can be made once is: the 99 names, the 10,004
 * channel names and URLs, and a 1 MiB pool of random letters that {@code extra} cuts its padding from (as Flink's
 * generator does), so a row costs few allocations. The tables depend on the seed only; one instance is shared by
 * every reader of a table and is immutable.
 */
final class NexmarkText {
  private static final String[] FIRST_NAMES = {"Peter", "Paul", "Luke", "John", "Saul", "Vicky", "Kate", "Julie",
      "Sarah", "Deiter", "Walter"};
  private static final String[] LAST_NAMES = {"Shultz", "Abrams", "Spencer", "White", "Bartels", "Walton", "Smith",
      "Jones", "Noris"};
  static final String[] CITIES = {"Phoenix", "Los Angeles", "San Francisco", "Boise", "Portland", "Bend",
      "Redmond", "Seattle", "Kent", "Cheyenne"};
  static final String[] STATES = {"AZ", "CA", "ID", "OR", "WA", "WY"};
  static final String[] HOT_CHANNELS = {"Google", "Facebook", "Baidu", "Apple"};
  static final int CHANNELS = 10_000;
  private static final int POOL_SIZE = 1 << 20;
  private static final int MIN_WORD = 3;

  private final String[] names;
  private final String[] hotUrls;
  private final String[] channels;
  private final String[] channelUrls;
  private final byte[] pool;

  NexmarkText(long seed) {
    names = new String[FIRST_NAMES.length * LAST_NAMES.length];
    for (int f = 0; f < FIRST_NAMES.length; f++) {
      for (int l = 0; l < LAST_NAMES.length; l++) {
        names[f * LAST_NAMES.length + l] = FIRST_NAMES[f] + " " + LAST_NAMES[l];
      }
    }
    RowRandom random = new RowRandom();
    random.reset(seed, -1);
    pool = new byte[POOL_SIZE];
    for (int i = 0; i < POOL_SIZE; i++) {
      pool[i] = (byte) ('a' + random.nextInt(26));
    }
    hotUrls = new String[HOT_CHANNELS.length];
    for (int i = 0; i < hotUrls.length; i++) {
      hotUrls[i] = url(random);
    }
    channels = new String[CHANNELS];
    channelUrls = new String[CHANNELS];
    for (int i = 0; i < CHANNELS; i++) {
      channels[i] = "channel-" + i;
      String url = url(random);
      channelUrls[i] = random.nextInt(10) > 0 ? url + "&channel_id=" + Math.abs(Integer.reverse(i)) : url;
    }
  }

  /** {@code https://www.nexmark.com/<a>/<b>/<c>/item.htm?query=1} with three short random words. */
  private static String url(RowRandom random) {
    return "https://www.nexmark.com/" + word(random, 5, '_') + "/" + word(random, 5, '_') + "/"
        + word(random, 5, '_') + "/item.htm?query=1";
  }

  String name(RowRandom random) {
    return names[random.nextInt(names.length)];
  }

  String hotChannel(int index) {
    return HOT_CHANNELS[index];
  }

  String hotUrl(int index) {
    return hotUrls[index];
  }

  String channel(int index) {
    return channels[index];
  }

  String channelUrl(int index) {
    return channelUrls[index];
  }

  /**
   * A word of {@code 3 .. maxLength - 1} characters, each {@code filler} with probability 1/13 and a random
   * lower-case letter otherwise, with leading and trailing spaces trimmed.
   */
  static String word(RowRandom random, int maxLength, char filler) {
    int length = MIN_WORD + random.nextInt(maxLength - MIN_WORD);
    byte[] chars = new byte[length];
    for (int i = 0; i < length; i++) {
      chars[i] = random.nextInt(13) == 0 ? (byte) filler : (byte) ('a' + random.nextInt(26));
    }
    String word = new String(chars, StandardCharsets.ISO_8859_1);
    return filler == ' ' ? word.trim() : word;
  }

  /**
   * Padding that brings a row of {@code currentSize} nominal bytes to {@code averageSize} on average: empty if
   * the row is already larger, else {@code rest = averageSize - currentSize} letters plus or minus up to 20 %.
   */
  String extra(RowRandom random, int currentSize, int averageSize) {
    if (currentSize > averageSize) {
      return "";
    }
    int rest = averageSize - currentSize;
    int delta = (int) Math.round(0.2 * rest);
    int length = delta == 0 ? rest : rest - delta + random.nextInt(2 * delta);
    return letters(random, length);
  }

  /** {@code length} random lower-case letters, cut from the pool. */
  String letters(RowRandom random, int length) {
    int from = random.nextInt(POOL_SIZE - length);
    return new String(pool, from, length, StandardCharsets.ISO_8859_1);
  }
}
