package io.sluice.state;

import java.time.Duration;
import java.util.Objects;

/**
 * Time to live of state entries. An entry's timestamp is set whenever it is written (created or updated; reading
 * does not refresh it), and once {@code ttl} has passed since, the entry is expired: reads never return it, and a
 * read that meets it removes it. Entries nobody reads are removed in the background: every record the backend
 * processes checks a few further entries of each state with TTL and removes the expired ones (incremental
 * cleanup, as Flink's {@code cleanupIncrementally}), and full snapshots leave them out. For list state each
 * element and for map state each entry has its own timestamp.
 *
 * <p>Time is processing time from the backend's {@link TtlClock}. Turning TTL on or off changes the stored bytes
 * (each value gains an eight-byte timestamp), so a restore checks it; the duration may change between runs.
 */
public record StateTtlConfig(Duration ttl) {
  public StateTtlConfig {
    Objects.requireNonNull(ttl, "ttl");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("State TTL must be positive, was " + ttl);
    }
  }

  public static StateTtlConfig of(Duration ttl) {
    return new StateTtlConfig(ttl);
  }

  public long ttlMillis() {
    return ttl.toMillis();
  }
}
