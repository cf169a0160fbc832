package io.sluice.state.internal;

import io.sluice.state.KeyGroupRange;
import io.sluice.state.ListStateDescriptor;
import io.sluice.state.StateDescriptor;
import io.sluice.state.serde.TypeSerializer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Removes expired entries while processing goes on, so that state with TTL shrinks even for keys that are never
 * read again: Flink's incremental cleanup ({@code cleanupIncrementally(5, true)}), for both backends.
 *
 * <p>Each state with TTL has a cursor, a position (key group, store key) in its {@link ByteStore}. Every
 * {@link #run} checks the next {@link #ENTRIES_PER_RUN} entries after the cursor of each state, removes those that
 * have expired (for list state, the expired elements: the entry goes once all have) and moves the cursor past
 * them; at the end of the key-group range the cursor goes back to the start. A store is thus walked completely
 * once per {@code entries / ENTRIES_PER_RUN} runs, and an expired entry is gone at the latest one full walk after
 * it expired. The cursor is a position, not an open iterator: each run reads with a fresh bounded scan
 * ({@link ByteStore#entriesAfter}), so nothing (no RocksDB iterator or snapshot) stays open between records, and
 * entries written or removed between runs are simply met or not.
 *
 * <p>Runs on the thread that uses the backend, between accesses, so the operator never sees a change it did not
 * expect (the entries removed had expired and were invisible already). Removing goes through the store's normal
 * writes, which on the heap copy a key group that a snapshot being written still shares: the snapshot keeps
 * what it froze.
 *
 * <p>Only states declared in this run are cleaned (the cleanup needs the list element serializer to see each
 * element's timestamp); a restored state the operator no longer declares keeps its entries.
 */
final class IncrementalTtlCleanup {
  /** Entries checked per state and run: Flink's default {@code cleanupSize}. */
  static final int ENTRIES_PER_RUN = 5;

  private final KeyGroupRange range;
  private final List<Cursor> cursors = new ArrayList<>();

  IncrementalTtlCleanup(KeyGroupRange range) {
    this.range = range;
  }

  /** Starts cleaning a newly declared state; does nothing for a state without TTL. */
  void register(StateDescriptor<?> descriptor, ByteStore store, KeyContext clock) {
    if (descriptor.ttl() != null) {
      cursors.add(new Cursor(store, liveFilter(descriptor, clock), range.start()));
    }
  }

  /**
   * What to keep of a stored value: itself, a shorter value, or null to remove it. Every stored value starts with
   * its write time except lists, which hold a sequence of timestamped elements.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static UnaryOperator<byte[]> liveFilter(StateDescriptor<?> descriptor, KeyContext clock) {
    if (descriptor instanceof ListStateDescriptor<?> list) {
      TtlCodec<?> codec = new TtlCodec<>(list.elementSerializer(), list.ttl(), clock);
      return stored -> codec.liveElements(stored, element -> { });
    }
    TypeSerializer<?> any = descriptor.serializers().get(0); // only the timestamp is read
    TtlCodec<?> codec = new TtlCodec<>((TypeSerializer) any, descriptor.ttl(), clock);
    return codec::liveValue;
  }

  /** Checks the next few entries of every state with TTL and removes the expired ones. */
  void run() {
    for (Cursor cursor : cursors) {
      cursor.advance();
    }
  }

  /** Forgets every state; called when the backend closes. */
  void clear() {
    cursors.clear();
  }

  private final class Cursor {
    private final ByteStore store;
    private final UnaryOperator<byte[]> live;
    private int keyGroup;
    private byte[] afterKey;

    Cursor(ByteStore store, UnaryOperator<byte[]> live, int keyGroup) {
      this.store = store;
      this.live = live;
      this.keyGroup = keyGroup;
    }

    void advance() {
      List<ByteStore.Entry> entries = store.entriesAfter(keyGroup, afterKey, ENTRIES_PER_RUN);
      for (ByteStore.Entry entry : entries) {
        byte[] kept = live.apply(entry.value());
        if (kept == null) {
          store.remove(entry.keyGroup(), entry.key());
        } else if (kept != entry.value()) {
          store.put(entry.keyGroup(), entry.key(), kept);
        }
      }
      if (entries.size() < ENTRIES_PER_RUN) {
        keyGroup = range.start();
        afterKey = null;
      } else {
        ByteStore.Entry last = entries.get(entries.size() - 1);
        keyGroup = last.keyGroup();
        afterKey = last.key();
      }
    }
  }
}
