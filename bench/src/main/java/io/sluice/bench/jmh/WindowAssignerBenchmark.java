package io.sluice.bench.jmh;

import io.sluice.common.Row;
import io.sluice.executor.operators.window.TimeWindow;
import io.sluice.executor.operators.window.WindowAssigner;
import io.sluice.executor.operators.window.Windowing;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Finding a row's windows from its event time, as the window operators do for every row: TUMBLE of 10 s, and HOP
 * of 10 s every 2 s (five windows per row, Nexmark q5's shape). Timestamps advance by a millisecond per call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WindowAssignerBenchmark {
  private final Windowing tumble = new Windowing.TimeAttribute(new WindowAssigner.Tumbling(10_000, 0), 0);
  private final Windowing hop = new Windowing.TimeAttribute(new WindowAssigner.Hopping(10_000, 2_000, 0), 0);
  private long time = 1_700_000_000_000L;

  private Row nextRow() {
    return Row.of(time++, 42L);
  }

  @Benchmark
  public List<TimeWindow> tumble() {
    return tumble.windows(nextRow());
  }

  @Benchmark
  public List<TimeWindow> hop() {
    return hop.windows(nextRow());
  }
}
