package io.sluice.sql.parser;

import io.sluice.common.ErrorCode;
import io.sluice.common.SqlException;
import io.sluice.common.SqlPosition;
import io.sluice.sql.parser.SluiceStatementParser.BeginStatementSetContext;
import io.sluice.sql.parser.SluiceStatementParser.CreateStatementContext;
import io.sluice.sql.parser.SluiceStatementParser.CreateViewBodyContext;
import io.sluice.sql.parser.SluiceStatementParser.DescribeStatementContext;
import io.sluice.sql.parser.SluiceStatementParser.DropStatementContext;
import io.sluice.sql.parser.SluiceStatementParser.ExecuteStatementSetContext;
import io.sluice.sql.parser.SluiceStatementParser.ExplainStatementContext;
import io.sluice.sql.parser.SluiceStatementParser.HelpStatementContext;
import io.sluice.sql.parser.SluiceStatementParser.InsertStatementContext;
import io.sluice.sql.parser.SluiceStatementParser.QueryContext;
import io.sluice.sql.parser.SluiceStatementParser.QuitStatementContext;
import io.sluice.sql.parser.SluiceStatementParser.ResetStatementContext;
import io.sluice.sql.parser.SluiceStatementParser.SetStatementContext;
import io.sluice.sql.parser.SluiceStatementParser.ShowStatementContext;
import io.sluice.sql.parser.SluiceStatementParser.StatementContext;
import io.sluice.sql.parser.SluiceStatementParser.StatementSetBlockContext;
import io.sluice.sql.parser.SluiceStatementParser.StopJobStatementContext;
import io.sluice.sql.statement.CreateSavepointStatement;
import io.sluice.sql.statement.CreateViewStatement;
import io.sluice.sql.statement.DescribeJobStatement;
import io.sluice.sql.statement.DescribeStatement;
import io.sluice.sql.statement.DropStatement;
import io.sluice.sql.statement.ExplainStatement;
import io.sluice.sql.statement.HelpStatement;
import io.sluice.sql.statement.InsertStatement;
import io.sluice.sql.statement.QueryStatement;
import io.sluice.sql.statement.QuitStatement;
import io.sluice.sql.statement.ResetStatement;
import io.sluice.sql.statement.SetStatement;
import io.sluice.sql.statement.ShowCheckpointsStatement;
import io.sluice.sql.statement.ShowJobsStatement;
import io.sluice.sql.statement.ShowTablesStatement;
import io.sluice.sql.statement.ShowViewsStatement;
import io.sluice.sql.statement.Statement;
import io.sluice.sql.statement.StatementSetStatement;
import io.sluice.sql.statement.StopJobStatement;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns the parse tree of one statement into its {@link Statement} record. Every statement gets the position
 * of its first token and its text up to, not including, the closing semicolon; queries are copied, not
 * parsed. CREATE TABLE is built by {@link CreateTableBuilder}.
 */
final class StatementBuilder extends SluiceStatementBaseVisitor<Statement> {
  private final ScriptText script;

  StatementBuilder(ScriptText script) {
    this.script = script;
  }

  @Override
  public Statement visitStatement(StatementContext context) {
    // Each alternative of 'statement' is one rule: build from it.
    return visit(context.getChild(0));
  }

  @Override
  public Statement visitCreateStatement(CreateStatementContext context) {
    if (context.createTableBody() != null) {
      return new CreateTableBuilder(script, context).build();
    }
    if (context.createSavepointBody() != null) {
      return new CreateSavepointStatement(ScriptText.positionOf(context), script.textOf(context),
          Literals.string(context.createSavepointBody().jobId));
    }
    CreateViewBodyContext view = context.createViewBody();
    return new CreateViewStatement(ScriptText.positionOf(context), script.textOf(context),
        Literals.qualifiedName(view.qualifiedName()), script.fragmentOf(view.query()),
        context.TEMPORARY() != null, view.ifNotExists() != null);
  }

  /** {@code DROP TEMPORARY} drops the same objects as {@code DROP}: Sluice's catalog lives in the session. */
  @Override
  public Statement visitDropStatement(DropStatementContext context) {
    DropStatement.Kind kind = context.kind.getType() == SluiceStatementLexer.TABLE
        ? DropStatement.Kind.TABLE : DropStatement.Kind.VIEW;
    return new DropStatement(ScriptText.positionOf(context), script.textOf(context), kind,
        Literals.qualifiedName(context.qualifiedName()), context.ifExists() != null);
  }

  @Override
  public Statement visitShowStatement(ShowStatementContext context) {
    SqlPosition position = ScriptText.positionOf(context);
    String text = script.textOf(context);
    return switch (context.target.getType()) {
      case SluiceStatementLexer.TABLES -> new ShowTablesStatement(position, text);
      case SluiceStatementLexer.VIEWS -> new ShowViewsStatement(position, text);
      case SluiceStatementLexer.CHECKPOINTS -> new ShowCheckpointsStatement(position, text,
          Literals.string(context.jobId));
      default -> new ShowJobsStatement(position, text);
    };
  }

  @Override
  public Statement visitDescribeStatement(DescribeStatementContext context) {
    if (context.jobId != null) {
      return new DescribeJobStatement(ScriptText.positionOf(context), script.textOf(context),
          Literals.string(context.jobId));
    }
    return new DescribeStatement(ScriptText.positionOf(context), script.textOf(context),
        Literals.qualifiedName(context.qualifiedName()));
  }

  @Override
  public Statement visitSetStatement(SetStatementContext context) {
    if (context.configKey() == null) {
      return new SetStatement(ScriptText.positionOf(context), script.textOf(context), null, null);
    }
    return new SetStatement(ScriptText.positionOf(context), script.textOf(context),
        configText(context.configKey(), "key"), configText(context.configValue(), "value"));
  }

  @Override
  public Statement visitResetStatement(ResetStatementContext context) {
    String key = context.configKey() == null ? null : configText(context.configKey(), "key");
    return new ResetStatement(ScriptText.positionOf(context), script.textOf(context), key);
  }

  @Override
  public InsertStatement visitInsertStatement(InsertStatementContext context) {
    return new InsertStatement(ScriptText.positionOf(context), script.textOf(context),
        Literals.qualifiedName(context.qualifiedName()), script.fragmentOf(context.query()));
  }

  @Override
  public Statement visitQuery(QueryContext context) {
    return new QueryStatement(ScriptText.positionOf(context), script.textOf(context), script.fragmentOf(context));
  }

  @Override
  public Statement visitExplainStatement(ExplainStatementContext context) {
    // The explained statement is the last child whatever its kind; PLAN FOR comes before it.
    Statement explained = visit(context.getChild(context.getChildCount() - 1));
    return new ExplainStatement(ScriptText.positionOf(context), script.textOf(context), explained);
  }

  @Override
  public Statement visitStopJobStatement(StopJobStatementContext context) {
    return new StopJobStatement(ScriptText.positionOf(context), script.textOf(context),
        Literals.string(context.jobId), !context.SAVEPOINT().isEmpty(), !context.DRAIN().isEmpty());
  }

  @Override
  public Statement visitExecuteStatementSet(ExecuteStatementSetContext context) {
    return statementSet(context, context.statementSetBlock().insertStatement());
  }

  /** {@code STATEMENT SET BEGIN ... END} without EXECUTE, as in {@code EXPLAIN STATEMENT SET ...}. */
  @Override
  public Statement visitStatementSetBlock(StatementSetBlockContext context) {
    return statementSet(context, context.insertStatement());
  }

  @Override
  public Statement visitBeginStatementSet(BeginStatementSetContext context) {
    return statementSet(context, context.insertStatement());
  }

  @Override
  public Statement visitHelpStatement(HelpStatementContext context) {
    return new HelpStatement(ScriptText.positionOf(context), script.textOf(context));
  }

  @Override
  public Statement visitQuitStatement(QuitStatementContext context) {
    return new QuitStatement(ScriptText.positionOf(context), script.textOf(context));
  }

  private StatementSetStatement statementSet(ParserRuleContext context, List<InsertStatementContext> inserts) {
    return new StatementSetStatement(ScriptText.positionOf(context), script.textOf(context),
        inserts.stream().map(this::visitInsertStatement).toList());
  }

  /**
   * A SET or RESET key or value: a string literal's value, or unquoted text as written. Unquoted text must be
   * one run of characters ({@code table.exec.mini-batch.enabled}, {@code 10s}): with spaces in it, where it
   * ends would be a guess.
   */
  private String configText(ParserRuleContext context, String what) {
    if (context.getStart().getType() == SluiceStatementLexer.STRING && context.getChildCount() == 1) {
      return Literals.string(context.getStart());
    }
    Token previous = null;
    for (ParseTree child : context.children) {
      Token token = ((TerminalNode) child).getSymbol();
      if (previous != null && token.getStartIndex() != previous.getStopIndex() + 1) {
        throw new SqlException(ErrorCode.SYNTAX_ERROR, ScriptText.positionOf(token), "The unquoted " + what + " '"
            + script.textOf(context) + "' contains spaces or comments; quote it, as in SET 'key' = 'value'");
      }
      previous = token;
    }
    return script.textOf(context);
  }
}
