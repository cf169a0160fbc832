package io.sluice.shell.view;

import io.sluice.engine.JobProgress;
import java.util.Locale;

/**
 * The one line the shell shows under a running query: rows in and out, the current rate, the last checkpoint and
 * the late rows. The rate is rows read per second since the previous sample, so it follows the job's pace rather
 * than its average; the first sample gives the average since the start.
 */
public final class StatusLine {
  private long previousRowsIn;
  private long previousNanos;
  private boolean sampled;
  private double rate;

  /** The line for this sample, taken {@code nowNanos} ({@link System#nanoTime()}). */
  public String format(JobProgress progress, long nowNanos) {
    if (!sampled) {
      rate = progress.averageRowsInPerSecond();
      sampled = true;
    } else if (nowNanos - previousNanos >= 100_000_000L) {
      rate = (progress.rowsIn() - previousRowsIn) * 1e9 / (nowNanos - previousNanos);
    } else {
      return text(progress);
    }
    previousRowsIn = progress.rowsIn();
    previousNanos = nowNanos;
    return text(progress);
  }

  private String text(JobProgress progress) {
    return String.format(Locale.ROOT, "rows in: %,d | rows out: %,d | %,.0f rows/s | last checkpoint: %s | "
            + "late rows: %,d | Ctrl-C cancels", progress.rowsIn(), progress.rowsOut(), rate,
        progress.lastCheckpointText(), progress.lateRows());
  }
}
