package io.sluice.bench;

import io.sluice.engine.Session;
import io.sluice.engine.SluiceEngine;
import io.sluice.engine.StatementResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Pushes rows from {@code datagen} through a projection and a filter into {@code blackhole} and prints rows per
 * second: one warm-up run, then several measured runs, median reported. Usage:
 * {@code ProjectionBenchmark [rows] [runs] [parallelism]}.
 */
public final class ProjectionBenchmark {
  private ProjectionBenchmark() {}

  public static void main(String[] args) throws Exception {
    long rows = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int parallelism = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    try (SluiceEngine engine = SluiceEngine.start()) {
      Session session = engine.newSession();
      session.executeSql("SET 'parallelism.default' = '" + parallelism + "'");
      session.executeSql("CREATE TABLE src (id BIGINT, price INT, name STRING) WITH ("
          + "'connector' = 'datagen', 'rows-per-second' = '1000000000000', "
          + "'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '" + rows + "', "
          + "'fields.price.min' = '1', 'fields.price.max' = '1000', 'fields.name.length' = '8')");
      session.executeSql("CREATE TABLE sink (id BIGINT, cents BIGINT, name STRING) WITH ('connector' = 'blackhole')");
      String insert = "INSERT INTO sink SELECT id, price * 100, UPPER(name) FROM src WHERE MOD(id, 10) <> 0";

      System.out.printf("Warm-up: %,d rows%n", rows);
      run(engine, session, insert);
      List<Double> rates = new ArrayList<>();
      for (int i = 1; i <= runs; i++) {
        double seconds = run(engine, session, insert);
        double rate = rows / seconds;
        rates.add(rate);
        System.out.printf("Run %d: %,d rows in %.2f s = %,.0f rows/s%n", i, rows, seconds, rate);
      }
      Collections.sort(rates);
      System.out.printf("%n| benchmark | parallelism | rows | median rows/s |%n|---|---|---|---|%n");
      System.out.printf("| datagen → Calc(projection, filter) → blackhole | %d | %,d | %,.0f |%n",
          parallelism, rows, rates.get(rates.size() / 2));
    }
  }

  private static double run(SluiceEngine engine, Session session, String insert) throws InterruptedException {
    long start = System.nanoTime();
    StatementResult result = session.executeSql(insert);
    if (!(result instanceof StatementResult.JobSubmitted)) {
      throw new IllegalStateException("Expected a job, got " + result);
    }
    if (!engine.awaitJobs(Duration.ofMinutes(10))) {
      throw new IllegalStateException("The benchmark job failed or did not finish");
    }
    return (System.nanoTime() - start) / 1e9;
  }
}
