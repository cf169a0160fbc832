package io.sluice.executor.runtime.state;

import io.sluice.state.KeyGroupRange;
import io.sluice.state.serde.ByteArrayDataOutput;
import io.sluice.state.serde.SerializerSnapshot;
import io.sluice.state.serde.TypeSerializer;
import io.sluice.state.serde.VarInts;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The event-time timers of one keyed operator instance at a checkpoint, copied on the task's thread and written
 * later, organised by key group like keyed state so that timers move with their keys when a job is restored at
 * another parallelism.
 *
 * <p>Format version 1, written after the keyed state in the same piece of a checkpoint:
 *
 * <pre>
 * int     magic 0x534C4B54 ("SLKT": Sluice keyed timers)
 * int     version (1)
 * boolean declared: false when the operator declared no timers, and nothing follows
 * ...     key serializer, namespace serializer: {@link SerializerSnapshot}s
 * long    the operator's watermark
 * int     first key group, int last key group (the range written)
 * per key group of the range, ascending:
 *   int     key group
 *   varint  timer count, then per timer, in time order:
 *           long time, varint length + key bytes, varint length + namespace bytes
 * </pre>
 *
 * Keys and namespaces are length-prefixed so that a restore can read the timers before the operator declares them
 * (only then is the namespace serializer known).
 */
public final class EventTimerSnapshot {
  public static final int MAGIC = 0x534C4B54;
  public static final int VERSION = 1;

  /** One timer as copied: its key and namespace are immutable values; the key group is the key's. */
  record Timer(long time, Object key, Object namespace, int keyGroup) {}

  /** Timers read back for some key groups, still in bytes. */
  record Restored(SerializerSnapshot namespaceSerializer, long watermark, List<RestoredTimer> timers) {}

  record RestoredTimer(long time, byte[] key, byte[] namespace) {}

  private final TypeSerializer<?> keySerializer;
  /** Null when the operator declared no timers. */
  private final TypeSerializer<?> namespaceSerializer;
  private final long watermark;
  private final List<Timer> timers;

  EventTimerSnapshot(TypeSerializer<?> keySerializer, TypeSerializer<?> namespaceSerializer, long watermark,
      List<Timer> timers) {
    this.keySerializer = keySerializer;
    this.namespaceSerializer = namespaceSerializer;
    this.watermark = watermark;
    this.timers = List.copyOf(timers);
  }

  /** The snapshot of an operator that declared no timers. */
  static EventTimerSnapshot none(TypeSerializer<?> keySerializer) {
    return new EventTimerSnapshot(keySerializer, null, Long.MIN_VALUE, List.of());
  }

  public int size() {
    return timers.size();
  }

  /** Writes the timers of the key groups in {@code range}; may run on another thread than the operator's. */
  @SuppressWarnings("unchecked")
  public void writeTo(DataOutput out, KeyGroupRange range) throws IOException {
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeBoolean(namespaceSerializer != null);
    if (namespaceSerializer == null) {
      return;
    }
    keySerializer.snapshot().write(out);
    namespaceSerializer.snapshot().write(out);
    out.writeLong(watermark);
    out.writeInt(range.start());
    out.writeInt(range.end());
    List<List<Timer>> byGroup = new ArrayList<>(range.size());
    for (int i = 0; i < range.size(); i++) {
      byGroup.add(new ArrayList<>());
    }
    for (Timer timer : timers) {
      byGroup.get(timer.keyGroup() - range.start()).add(timer);
    }
    TypeSerializer<Object> keys = (TypeSerializer<Object>) keySerializer;
    TypeSerializer<Object> namespaces = (TypeSerializer<Object>) namespaceSerializer;
    ByteArrayDataOutput scratch = new ByteArrayDataOutput(64);
    for (int i = 0; i < range.size(); i++) {
      List<Timer> group = byGroup.get(i);
      group.sort(Comparator.comparingLong(Timer::time));
      out.writeInt(range.start() + i);
      VarInts.write(out, group.size());
      for (Timer timer : group) {
        out.writeLong(timer.time());
        writeSerialized(out, scratch, keys, timer.key());
        writeSerialized(out, scratch, namespaces, timer.namespace());
      }
    }
  }

  /** Writes {@code value} length-prefixed, serialized through {@code scratch} rather than a new array each. */
  private static void writeSerialized(DataOutput out, ByteArrayDataOutput scratch, TypeSerializer<Object> serializer,
      Object value) throws IOException {
    scratch.reset();
    serializer.serialize(value, scratch);
    VarInts.write(out, scratch.size());
    scratch.writeTo(out);
  }

  /**
   * Reads timers written by {@link #writeTo}, keeping those of the key groups in {@code wanted}.
   *
   * @return null when the operator had declared no timers
   * @throws IOException when the input is not a timer snapshot of a supported version, is truncated, or its keys
   *     were written by another serializer
   */
  static Restored read(DataInput in, TypeSerializer<?> keySerializer, KeyGroupRange wanted) throws IOException {
    int magic = in.readInt();
    if (magic != MAGIC) {
      throw new IOException("Not an event-time timer snapshot (magic " + Integer.toHexString(magic) + ")");
    }
    int version = in.readInt();
    if (version != VERSION) {
      throw new IOException("Unsupported timer snapshot version " + version + ", this build reads " + VERSION);
    }
    if (!in.readBoolean()) {
      return null;
    }
    SerializerSnapshot keys = SerializerSnapshot.read(in);
    if (!keys.equals(keySerializer.snapshot())) {
      throw new IOException("Timer keys were written by " + keys + ", this operator's key serializer is "
          + keySerializer.snapshot());
    }
    SerializerSnapshot namespaces = SerializerSnapshot.read(in);
    long watermark = in.readLong();
    KeyGroupRange written = new KeyGroupRange(in.readInt(), in.readInt());
    List<RestoredTimer> timers = new ArrayList<>();
    for (int expected = written.start(); expected <= written.end(); expected++) {
      int keyGroup = in.readInt();
      if (keyGroup != expected) {
        throw new IOException("Corrupt timer snapshot: key group " + keyGroup + " where " + expected + " expected");
      }
      int count = VarInts.read(in);
      for (int t = 0; t < count; t++) {
        RestoredTimer timer = new RestoredTimer(in.readLong(), readBytes(in), readBytes(in));
        if (wanted.contains(keyGroup)) {
          timers.add(timer);
        }
      }
    }
    return new Restored(namespaces, watermark, timers);
  }


  private static byte[] readBytes(DataInput in) throws IOException {
    byte[] bytes = new byte[VarInts.read(in)];
    in.readFully(bytes);
    return bytes;
  }
}
