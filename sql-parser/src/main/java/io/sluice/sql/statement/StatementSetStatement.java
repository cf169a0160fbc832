package io.sluice.sql.statement;

import io.sluice.common.SqlPosition;
import java.util.List;

/**
 * {@code EXECUTE STATEMENT SET BEGIN insert; insert; ... END} (also accepted as {@code BEGIN STATEMENT SET;
 * ... END;}): the inserts run as one job.
 */
public record StatementSetStatement(SqlPosition position, String text, List<InsertStatement> inserts)
    implements Statement {}
