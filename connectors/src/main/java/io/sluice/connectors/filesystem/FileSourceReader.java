package io.sluice.connectors.filesystem;

import io.sluice.common.ErrorCode;
import io.sluice.common.Row;
import io.sluice.common.SluiceException;
import io.sluice.executor.api.CheckpointedFunction;
import io.sluice.executor.api.Counter;
import io.sluice.executor.api.InputStatus;
import io.sluice.executor.api.OperatorContext;
import io.sluice.executor.api.Output;
import io.sluice.executor.api.SourceReader;
import io.sluice.state.ListState;
import io.sluice.state.OperatorStateStore;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the files of one parallel share of a filesystem table ({@link FileAssignment}), one file after the other,
 * decoding records straight from a byte buffer ({@link RecordDecoder}). A bad record fails the job with an error
 * naming the file and line, or, with {@code '<format>.ignore-parse-errors'}, is skipped and counted in
 * {@value #BAD_RECORDS_SKIPPED}.
 *
 * <p>Its position (operator state, see {@link FileReaderState}: the files taken, the begun files with offset and
 * line) is written between two {@link #pollNext} calls, always at a record boundary. Restored, a reader treats
 * every file any old reader finished or began as taken (union list state), and continues the begun files it got
 * its share of (list state, split on rescale) before new ones; so at any parallelism each record is read once.
 *
 * <p>Bounded, the reader ends after the last file it found when it opened; monitored, it lists the directory
 * again every monitor interval and never ends. Files are taken to be complete when they appear (move them into
 * the directory when written, as for Flink).
 */
final class FileSourceReader implements SourceReader, CheckpointedFunction {
  /** The counter of records skipped because they did not parse. */
  static final String BAD_RECORDS_SKIPPED = "numBadRecordsSkipped";
  static final int MAX_BATCH = 1000;
  private static final int BUFFER_SIZE = 256 * 1024;

  private final FileSourceSpec spec;
  private final RecordDecoder decoder;
  private final int arity;
  /** Files read to the end, or (after a restore) finished or begun by any reader: never to be listed again. */
  private final Set<String> finished = new HashSet<>();
  /** Files to read next, with where to start: begun files taken over from a checkpoint, then listed ones. */
  private final ArrayDeque<FileReaderState.Cursor> pending = new ArrayDeque<>();
  private int subtask;
  private int parallelism;
  private Counter badRecords;
  private ListState<Row> begunState;
  private ListState<String> takenState;
  private long nextScanNanos;

  private Path current;
  private FileChannel channel;
  private byte[] buffer = new byte[BUFFER_SIZE];
  /** File offset of {@code buffer[0]}. */
  private long bufferOffset;
  private int pos;
  private int limit;
  private boolean endOfFile;
  private long line = 1;

  FileSourceReader(FileSourceSpec spec) {
    this.spec = spec;
    this.decoder = spec.newDecoder();
    this.arity = spec.schema().arity();
  }

  /** Writes the position into the operator state; nothing else to write. */
  @Override
  public byte[] snapshotState(long checkpointId) {
    List<Row> begun = new ArrayList<>();
    Set<String> taken = new TreeSet<>(finished);
    if (current != null) {
      begun.add(new FileReaderState.Cursor(current.toString(), bufferOffset + pos, line).toRow());
    }
    for (FileReaderState.Cursor next : pending) {
      if (next.offset() > 0) {
        begun.add(next.toRow());
      }
    }
    begun.forEach(cursor -> taken.add(FileReaderState.Cursor.of(cursor).path()));
    begunState.update(begun);
    takenState.update(List.copyOf(taken));
    return null;
  }

  @Override
  public void open(OperatorContext context) {
    subtask = context.subtaskIndex();
    parallelism = context.parallelism();
    badRecords = context.metrics().counter(BAD_RECORDS_SKIPPED);
    OperatorStateStore store = context.operatorState();
    begunState = store.getListState(FileReaderState.BEGUN);
    takenState = store.getUnionListState(FileReaderState.TAKEN);
    takenState.get().forEach(finished::add);
    begunState.get().forEach(cursor -> pending.add(FileReaderState.Cursor.of(cursor)));
    scan();
  }

  @Override
  public InputStatus pollNext(Output out) throws IOException {
    int emitted = 0;
    while (emitted < MAX_BATCH) {
      if (current == null && !nextFile()) {
        if (spec.monitorInterval() == null) {
          return InputStatus.END_OF_INPUT;
        }
        return emitted > 0 ? InputStatus.MORE_AVAILABLE : InputStatus.NOTHING_AVAILABLE;
      }
      emitted += readRecords(out, MAX_BATCH - emitted);
    }
    return InputStatus.MORE_AVAILABLE;
  }

  @Override
  public void close() throws IOException {
    closeFile();
  }

  /** Decodes and emits up to {@code max} records of the current file; closes it at its end. */
  private int readRecords(Output out, int max) throws IOException {
    int emitted = 0;
    while (emitted < max) {
      if (pos == limit && endOfFile) {
        finished.add(current.toString());
        closeFile();
        return emitted;
      }
      Object[] fields = new Object[arity];
      int end;
      try {
        end = decoder.decode(buffer, pos, limit, endOfFile, fields);
      } catch (BadRecordException e) {
        skipBadRecord(e);
        continue;
      }
      if (end < 0) {
        fill();
        continue;
      }
      pos = end;
      line += 1 + decoder.extraLines();
      if (decoder.decodedRecord()) {
        out.emit(Row.of(fields));
        emitted++;
      }
    }
    return emitted;
  }

  private void skipBadRecord(BadRecordException e) {
    if (!spec.ignoreParseErrors()) {
      throw new SluiceException(ErrorCode.IO_ERROR, "Bad record at " + current + ":" + line + ": "
          + e.getMessage() + ". Set '" + spec.ignoreParseErrorsKey() + "' = 'true' to skip and count bad records.");
    }
    badRecords.inc();
    pos = e.end();
    line += 1 + decoder.extraLines();
  }

  /** Moves the unread bytes to the front of the buffer (growing it if they fill it) and reads more after them. */
  private void fill() throws IOException {
    if (pos > 0) {
      System.arraycopy(buffer, pos, buffer, 0, limit - pos);
      bufferOffset += pos;
      limit -= pos;
      pos = 0;
    }
    if (limit == buffer.length) {
      buffer = java.util.Arrays.copyOf(buffer, 2 * buffer.length);
    }
    int read = channel.read(ByteBuffer.wrap(buffer, limit, buffer.length - limit));
    if (read < 0) {
      endOfFile = true;
    } else {
      limit += read;
    }
  }

  private boolean nextFile() throws IOException {
    if (pending.isEmpty() && spec.monitorInterval() != null && System.nanoTime() >= nextScanNanos) {
      scan();
    }
    FileReaderState.Cursor next = pending.poll();
    if (next == null) {
      return false;
    }
    openFile(Path.of(next.path()), next.offset(), next.line());
    return true;
  }

  /** Lists the table's files and queues those of this subtask not read yet. */
  private void scan() {
    boolean monitored = spec.monitorInterval() != null;
    if (monitored) {
      nextScanNanos = System.nanoTime() + spec.monitorInterval().toNanos();
    }
    List<Path> files = FileAssignment.list(spec.path());
    Set<String> queued = new HashSet<>();
    pending.forEach(cursor -> queued.add(cursor.path()));
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      String name = file.toString();
      if (FileAssignment.isMine(file, i, monitored, subtask, parallelism) && !finished.contains(name)
          && !file.equals(current) && !queued.contains(name)) {
        pending.add(new FileReaderState.Cursor(name, 0, 1));
      }
    }
  }

  private void openFile(Path file, long offset, long firstLine) throws IOException {
    try {
      channel = FileChannel.open(file, StandardOpenOption.READ);
    } catch (NoSuchFileException e) {
      throw new SluiceException(ErrorCode.IO_ERROR, "File " + file + " disappeared before it was read", e);
    }
    channel.position(offset);
    current = file;
    bufferOffset = offset;
    pos = 0;
    limit = 0;
    endOfFile = false;
    line = firstLine;
  }

  private void closeFile() throws IOException {
    if (channel != null) {
      channel.close();
      channel = null;
    }
    current = null;
  }
}
