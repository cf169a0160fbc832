package io.sluice.connectors.filesystem;

import io.sluice.common.types.RowType;
import java.nio.file.Path;

/**
 * What every writer of one filesystem sink shares.
 *
 * @param directory where the part files go
 * @param schema the rows' columns
 * @param format how rows are written
 * @param rollingPolicy when part files roll
 * @param prefix the random id in the names of this sink's part files ({@link PartFileNames})
 */
record FileSinkSpec(
    Path directory, RowType schema, RowEncoder.Format format, RollingPolicy rollingPolicy, String prefix) {}
