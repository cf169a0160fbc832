package io.sluice.bench.nexmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.IntStream;
import java.util.Map;

/**
 * The {@code person}, {@code auction} and {@code bid} tables of the benchmark, with the columns of the Nexmark SQL
 * benchmark and the watermark it declares ({@code dateTime - 4 s}), read either from the {@code nexmark}
 * generator or from the CSV files of the Flink harness ({@code bench-flink}) through the {@code filesystem}
 * source; and q13's {@code side_input}, a CSV file looked up by key.
 */
public final class NexmarkTables {
  private NexmarkTables() {}

  static final Map<String, String> COLUMNS = Map.of(
      "bid", "auction BIGINT, bidder BIGINT, price BIGINT, channel STRING, url STRING, `dateTime` TIMESTAMP(3), "
          + "extra STRING",
      "auction", "id BIGINT, itemName STRING, description STRING, initialBid BIGINT, reserve BIGINT, "
          + "`dateTime` TIMESTAMP(3), expires TIMESTAMP(3), seller BIGINT, category BIGINT, extra STRING",
      "person", "id BIGINT, name STRING, emailAddress STRING, creditCard STRING, city STRING, state STRING, "
          + "`dateTime` TIMESTAMP(3), extra STRING");

  /** The side input of q13: a small table looked up by key, not a stream of events. */
  public static final String SIDE_INPUT = "side_input";

  /** How many keys the side input has: 0 to 9,999, as q13 looks it up by {@code MOD(auction, 10000)}. */
  public static final int SIDE_INPUT_ROWS = 10_000;

  /** Whether the table is a side input (looked up, and not counted as input events) rather than a stream. */
  public static boolean isSideTable(String table) {
    return table.equals(SIDE_INPUT);
  }

  /**
   * {@code side_input (key BIGINT, value STRING)} over a CSV file of {@link #SIDE_INPUT_ROWS} rows
   * {@code <key>,value-<key>}, written under the temporary directory if it is not there yet.
   */
  public static String sideInput() {
    Path file = Path.of(System.getProperty("java.io.tmpdir"), "sluice-nexmark-side-input", "side_input.csv");
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        Path partial = Files.createTempFile(file.getParent(), "side_input", ".tmp");
        Files.write(partial, IntStream.range(0, SIDE_INPUT_ROWS).mapToObj(i -> i + ",value-" + i).toList());
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the side input " + file, e);
    }
    return "CREATE TABLE " + SIDE_INPUT + " (key BIGINT, `value` STRING) WITH ('connector' = 'filesystem', "
        + "'path' = '" + file + "', 'format' = 'csv')";
  }

  /** The columns of a table, as in {@code CREATE TABLE}. */
  public static String columns(String table) {
    return COLUMNS.get(table);
  }

  private static final String WATERMARK = ", WATERMARK FOR `dateTime` AS `dateTime` - INTERVAL '4' SECOND";

  /** The table read from the generator: a stream of {@code events} events of all kinds. */
  public static String generated(String table, long events) {
    if (isSideTable(table)) {
      return sideInput();
    }
    return "CREATE TABLE " + table + " (" + COLUMNS.get(table) + WATERMARK + ") WITH ('connector' = 'nexmark', "
        + "'table' = '" + table + "', 'events.num' = '" + events + "')";
  }

  /** The table read from {@code <directory>/<table>/} (CSV files as bench-flink's NexmarkGen writes them). */
  public static String csv(String table, Path directory) {
    if (isSideTable(table)) {
      return sideInput();
    }
    return "CREATE TABLE " + table + " (" + COLUMNS.get(table) + WATERMARK + ") WITH ('connector' = "
        + "'filesystem', 'path' = '" + directory.resolve(table) + "', 'format' = 'csv')";
  }
}
