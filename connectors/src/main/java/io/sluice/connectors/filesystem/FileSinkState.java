package io.sluice.connectors.filesystem;

import io.sluice.state.ListStateDescriptor;
import io.sluice.state.serde.TypeSerializer;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a filesystem sink writer keeps in a checkpoint: which of its files the checkpoint covers. Every row the
 * writer received before the barrier is in one of them, so once the checkpoint completes they may all be made
 * visible: the pending files (rolled, waiting for a checkpoint to complete) as they are, the in-progress file up
 * to {@code validLength} bytes (what was written after the barrier is cut off).
 *
 * <p>Kept as the writer's single entry of the operator list state {@value #NAME}: on restore each old writer's
 * entry goes to exactly one new writer, at any parallelism, which finishes that writer's files.
 *
 * @param names the names of the writer's files
 * @param nextPart the part number the writer would give its next file
 * @param inProgressPart part number of the in-progress file, -1 for none
 * @param validLength bytes of the in-progress file the checkpoint covers
 * @param pendingParts part numbers of the rolled files not yet committed
 */
record FileSinkState(PartFileNames names, long nextPart, long inProgressPart, long validLength,
    List<Long> pendingParts) {
  static final String NAME = "writer-files";
  static final ListStateDescriptor<FileSinkState> DESCRIPTOR = new ListStateDescriptor<>(NAME, new Serializer());

  FileSinkState {
    pendingParts = List.copyOf(pendingParts);
  }

  /**
   * The {@code FILE_SINK_WRITER} format, version 1: the writer's names (UTF prefix, int subtask, UTF extension),
   * long next part number, boolean in-progress present [long part, long valid length], int pending count, pending
   * part numbers as longs.
   */
  private static final class Serializer implements TypeSerializer<FileSinkState> {
    @Override
    public void serialize(FileSinkState state, DataOutput out) throws IOException {
      out.writeUTF(state.names().prefix());
      out.writeInt(state.names().subtask());
      out.writeUTF(state.names().extension());
      out.writeLong(state.nextPart());
      out.writeBoolean(state.inProgressPart() >= 0);
      if (state.inProgressPart() >= 0) {
        out.writeLong(state.inProgressPart());
        out.writeLong(state.validLength());
      }
      out.writeInt(state.pendingParts().size());
      for (long part : state.pendingParts()) {
        out.writeLong(part);
      }
    }

    @Override
    public FileSinkState deserialize(DataInput in) throws IOException {
      PartFileNames names = new PartFileNames(in.readUTF(), in.readInt(), in.readUTF());
      long nextPart = in.readLong();
      long inProgressPart = -1;
      long validLength = 0;
      if (in.readBoolean()) {
        inProgressPart = in.readLong();
        validLength = in.readLong();
      }
      List<Long> pending = new ArrayList<>();
      for (int n = in.readInt(); n > 0; n--) {
        pending.add(in.readLong());
      }
      return new FileSinkState(names, nextPart, inProgressPart, validLength, pending);
    }

    @Override
    public String name() {
      return "FILE_SINK_WRITER";
    }

    @Override
    public int snapshotVersion() {
      return 1;
    }
  }
}
