package io.sluice.connectors.datagen;

/** The time sources of a reader: one to pace it, one for generated dates and times. Tests pass a fake. */
interface DatagenClock {
  DatagenClock SYSTEM = new DatagenClock() {
    @Override
    public long nanoTime() {
      return System.nanoTime();
    }

    @Override
    public long currentTimeMillis() {
      return System.currentTimeMillis();
    }
  };

  /** Monotonic, for pacing. */
  long nanoTime();

  /** Wall clock, epoch milliseconds, for DATE, TIME and TIMESTAMP values. */
  long currentTimeMillis();
}
