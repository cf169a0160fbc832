package io.sluice.sql.statement;

import io.sluice.common.SqlPosition;

/**
 * One parsed statement of a script. Every statement knows where it starts in the script and its own text, so
 * errors found later (validation, planning) can point at the right line and column.
 */
public sealed interface Statement
    permits CreateTableStatement, CreateViewStatement, DropStatement, ShowTablesStatement, ShowViewsStatement,
        DescribeStatement, SetStatement, ResetStatement, InsertStatement, QueryStatement, ExplainStatement,
        ShowJobsStatement, StopJobStatement, StatementSetStatement, HelpStatement, QuitStatement,
        CreateSavepointStatement, ShowCheckpointsStatement, DescribeJobStatement {

  /** Where the statement's first token is in the script. */
  SqlPosition position();

  /** The statement's text as typed, without the closing semicolon. */
  String text();
}
