package io.sluice.planner.codegen;

import java.util.TimeZone;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.linq4j.QueryProvider;
import org.apache.calcite.schema.SchemaPlus;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The {@link DataContext} generated code receives: the values Calcite's functions ask for by name (the current
 * time for CURRENT_TIMESTAMP and friends, the time zone), fixed when the job starts. There is no schema or query
 * provider at run time: generated code only evaluates expressions.
 */
public final class RuntimeDataContext implements DataContext {
  private static final JavaTypeFactory TYPE_FACTORY = new JavaTypeFactoryImpl();
  private final long startMillis = System.currentTimeMillis();
  private final TimeZone timeZone = TimeZone.getTimeZone("UTC");

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
      case "locale" -> java.util.Locale.ROOT;
      case "cancelFlag" -> new java.util.concurrent.atomic.AtomicBoolean(false);
      default -> null;
    };
  }
}
