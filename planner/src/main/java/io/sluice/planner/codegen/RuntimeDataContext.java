package io.sluice.planner.codegen;

import io.sluice.planner.functions.CurrentWatermarkFunction;
import java.util.TimeZone;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.linq4j.QueryProvider;
import org.apache.calcite.schema.SchemaPlus;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The {@link DataContext} generated code receives: the values Calcite's functions ask for by name (the current
 * time for CURRENT_TIMESTAMP and friends, the time zone), fixed when the job starts, and the operator's current
 * watermark for CURRENT_WATERMARK, which changes as watermarks arrive, so each operator instance has its own.
 * There is no schema or query provider at run time: generated code only evaluates expressions.
 */
public final class RuntimeDataContext implements DataContext {
  private static final JavaTypeFactory TYPE_FACTORY = new JavaTypeFactoryImpl();
  private final long startMillis = System.currentTimeMillis();
  private final TimeZone timeZone = TimeZone.getTimeZone("UTC");
  private Long currentWatermark;

  /**
   * Records the watermark the operator running the generated code has received, which
   * {@code CURRENT_WATERMARK(...)} returns from then on; called from that operator's thread only.
   */
  public void advanceWatermark(long watermark) {
    currentWatermark = watermark;
  }

  @Override
  public @Nullable SchemaPlus getRootSchema() {
    return null;
  }

  @Override
  public JavaTypeFactory getTypeFactory() {
    return TYPE_FACTORY;
  }

  @Override
  public QueryProvider getQueryProvider() {
    throw new UnsupportedOperationException("No queries at run time");
  }

  @Override
  public @Nullable Object get(String name) {
    return switch (name) {
      case "currentTimestamp", "localTimestamp", "utcTimestamp" -> startMillis;
      case "timeZone" -> timeZone;
      case CurrentWatermarkFunction.CONTEXT_KEY -> currentWatermark;
      case "locale" -> java.util.Locale.ROOT;
      case "cancelFlag" -> new java.util.concurrent.atomic.AtomicBoolean(false);
      default -> null;
    };
  }
}
