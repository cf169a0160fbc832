package io.sluice.executor.checkpoint.storage;

import io.sluice.executor.checkpoint.CheckpointMetadata;
import io.sluice.executor.checkpoint.StateHandle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A checkpoint kept in the memory of the process ({@code execution.checkpointing.storage = jobmanager}), lost
 * when the process ends. Each piece of state is capped, as Flink caps memory-backed state, so that a job whose
 * state outgrows this storage fails its checkpoints with a clear message instead of exhausting the heap. The
 * metadata is kept in its file format, so reading it back is checked as for files.
 */
public final class MemoryCheckpointLocation implements CheckpointLocation {
  /** Flink's default cap for one piece of memory-backed state: 5 MB. */
  public static final int DEFAULT_MAX_STATE_SIZE = 5 * 1024 * 1024;

  private final String pointer;
  private final int maxStateSize;
  private final Runnable onDiscard;
  private final Map<String, byte[]> states = new ConcurrentHashMap<>();
  private volatile byte[] metadata;
  private volatile boolean discarded;

  /** @param onDiscard run (once or more) when the location is discarded, e.g. to forget it */
  MemoryCheckpointLocation(String pointer, int maxStateSize, Runnable onDiscard) {
    this.pointer = pointer;
    this.maxStateSize = maxStateSize;
    this.onDiscard = onDiscard;
  }

  @Override
  public String pointer() {
    return pointer;
  }

  @Override
  public StateOutput createState(String name) throws IOException {
    StateHandle.checkName(name);
    if (discarded) {
      throw new IOException("Checkpoint " + pointer + " was discarded");
    }
    if (states.containsKey(name)) {
      throw new IOException("State " + name + " already exists in " + pointer);
    }
    return new MemoryStateOutput(name);
  }

  @Override
  public InputStream openState(StateHandle handle) throws IOException {
    byte[] bytes = states.get(handle.name());
    if (bytes == null) {
      throw new IOException("State " + handle.name() + " of checkpoint " + pointer + " is missing");
    }
    return new ByteArrayInputStream(bytes);
  }

  @Override
  public void writeMetadata(CheckpointMetadata metadata) throws IOException {
    if (discarded || this.metadata != null) {
      throw new IOException("Checkpoint " + pointer + (discarded ? " was discarded" : " already has metadata"));
    }
    this.metadata = CheckpointMetadataFormat.write(metadata);
  }

  @Override
  public CheckpointMetadata readMetadata() throws IOException {
    byte[] bytes = metadata;
    if (bytes == null) {
      throw new IOException("No metadata in " + pointer + ": the checkpoint did not complete");
    }
    return CheckpointMetadataFormat.read(bytes, pointer);
  }

  @Override
  public void discard() {
    discarded = true;
    metadata = null;
    states.clear();
    onDiscard.run();
  }

  @Override
  public String toString() {
    return pointer;
  }

  /** Collects the bytes in memory, refusing more than the cap. */
  private final class MemoryStateOutput extends StateOutput {
    private final String name;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private boolean closed;

    MemoryStateOutput(String name) {
      this.name = name;
    }

    @Override
    public void write(int b) throws IOException {
      checkRoom(1);
      bytes.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      checkRoom(len);
      bytes.write(b, off, len);
    }

    private void checkRoom(int more) throws IOException {
      if (closed) {
        throw new IOException("State " + name + " was closed");
      }
      if ((long) bytes.size() + more > maxStateSize) {
        close();
        throw new IOException("State " + name + " is larger than the " + maxStateSize + " bytes that"
            + " execution.checkpointing.storage 'jobmanager' keeps per state; use 'filesystem' with"
            + " execution.checkpointing.dir");
      }
    }

    @Override
    public StateHandle closeAndGetHandle() throws IOException {
      if (closed) {
        throw new IOException("State " + name + " was already closed");
      }
      closed = true;
      if (discarded) {
        throw new IOException("Checkpoint " + pointer + " was discarded");
      }
      states.put(name, bytes.toByteArray());
      return new StateHandle(name, bytes.size());
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
