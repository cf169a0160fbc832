package io.sluice.connectors.datagen;

/** A clock that moves only when told to. */
final class FakeClock implements DatagenClock {
  long nanos;
  long millis;

  FakeClock(long millis) {
    this.millis = millis;
  }

  void advanceMillis(long delta) {
    nanos += delta * 1_000_000L;
    millis += delta;
  }

  @Override
  public long nanoTime() {
    return nanos;
  }

  @Override
  public long currentTimeMillis() {
    return millis;
  }
}
