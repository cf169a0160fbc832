package io.sluice.state;

/** The processing-time clock state TTL is measured with; tests inject a manual one. */
@FunctionalInterface
public interface TtlClock {
  TtlClock SYSTEM = System::currentTimeMillis;

  long currentTimeMillis();
}
