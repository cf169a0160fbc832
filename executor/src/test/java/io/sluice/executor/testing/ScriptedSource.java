package io.sluice.executor.testing;

import io.sluice.common.Row;
import io.sluice.executor.api.InputStatus;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.SourceFactory;
import io.sluice.executor.api.SourceReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A source (parallelism 1) that plays a script: each {@code pollNext} runs one step. A step that is done yields
 * MORE_AVAILABLE (END_OF_INPUT after the last one); a step that is not ready yet yields NOTHING_AVAILABLE and runs
 * again on the next call.
 */
public final class ScriptedSource implements SourceFactory {
  /** One step of the script; returns false when it cannot run yet. */
  @FunctionalInterface
  public interface Step {
    boolean run(Output out) throws Exception;
  }

  private final List<Step> steps = new ArrayList<>();

  public ScriptedSource emit(Object... fields) {
    steps.add(out -> {
      out.emit(Row.of(fields));
      return true;
    });
    return this;
  }

  public ScriptedSource watermark(long watermark) {
    steps.add(out -> {
      out.emitWatermark(watermark);
      return true;
    });
    return this;
  }

  /** Idles (NOTHING_AVAILABLE) until the condition holds. */
  public ScriptedSource waitUntil(BooleanSupplier condition) {
    steps.add(out -> condition.getAsBoolean());
    return this;
  }

  /** Any step, e.g. one that sleeps inside {@code pollNext} like a slow but busy reader. */
  public ScriptedSource step(Step step) {
    steps.add(step);
    return this;
  }

  @Override
  public SourceReader create() {
    List<Step> script = List.copyOf(steps);
    return new SourceReader() {
      private int next;

      @Override
      public InputStatus pollNext(Output out) throws Exception {
        if (next == script.size()) {
          return InputStatus.END_OF_INPUT;
        }
        if (!script.get(next).run(out)) {
          return InputStatus.NOTHING_AVAILABLE;
        }
        next++;
        return next == script.size() ? InputStatus.END_OF_INPUT : InputStatus.MORE_AVAILABLE;
      }
    };
  }
}
