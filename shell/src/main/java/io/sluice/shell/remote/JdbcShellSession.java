package io.sluice.shell.remote;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import io.sluice.common.SqlException;
import io.sluice.common.SqlPosition;
import io.sluice.common.config.Configuration;
import io.sluice.common.config.SluiceOptions;
import io.sluice.common.types.Column;
import io.sluice.common.types.DataType;
import io.sluice.common.types.TypeRoot;
import io.sluice.engine.StatementResult;
import io.sluice.jdbc.ResultShapes;
import io.sluice.shell.ShellSession;
import io.sluice.sql.parser.StatementParser;
import io.sluice.sql.statement.QuitStatement;
import io.sluice.sql.statement.ResetStatement;
import io.sluice.sql.statement.SetStatement;
import io.sluice.sql.statement.Statement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shell's session on a server, through the JDBC driver: scripts are split and parsed here (so errors point
 * into the script as they do locally), each statement is sent on its own, and results come back in the shapes of
 * {@link ResultShapes}. The options set with SET are mirrored locally for what the shell itself reads (the column
 * width). Jobs belong to the server: a script does not wait for the jobs it submitted.
 */
public final class JdbcShellSession implements ShellSession, AutoCloseable {
  /** How the server reports an SQL error's place in the statement sent. */
  private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+): (.*)", Pattern.DOTALL);

  private final Connection connection;
  private final Configuration configuration = new Configuration();

  private JdbcShellSession(Connection connection) {
    this.connection = connection;
  }

  /**
   * Connects to a server.
   *
   * @param endpoint {@code host:port}
   * @param user null to connect without logging in
   * @throws SluiceException if the server cannot be reached or refuses the login
   */
  public static JdbcShellSession connect(String endpoint, String user, char[] password, boolean ssl) {
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
      properties.setProperty("password", password == null ? "" : new String(password));
    }
    String url = "jdbc:sluice://" + endpoint + (ssl ? ";ssl=true" : "");
    try {
      return new JdbcShellSession(DriverManager.getConnection(url, properties));
    } catch (SQLException e) {
      throw new SluiceException(ErrorCode.IO_ERROR, "Cannot connect to " + endpoint + ": " + e.getMessage(), e);
    }
  }

  /** From the server's catalog metadata; empty if it cannot be read (completion then offers keywords only). */
  @Override
  public Map<String, List<String>> tableColumns() {
    Map<String, List<String>> columns = new LinkedHashMap<>();
    try (ResultSet rs = connection.getMetaData().getColumns(null, null, "%", "%")) {
      while (rs.next()) {
        columns.computeIfAbsent(rs.getString("TABLE_NAME"), t -> new ArrayList<>()).add(rs.getString("COLUMN_NAME"));
      }
    } catch (SQLException e) {
      return Map.of();
    }
    return columns;
  }

  @Override
  public List<Statement> parse(String script) {
    return StatementParser.parse(script);
  }

  @Override
  public StatementResult execute(Statement statement) {
    if (statement instanceof QuitStatement) {
      return new StatementResult.Quit();
    }
    java.sql.Statement jdbc = null;
    try {
      jdbc = connection.createStatement();
      jdbc.execute(statement.text());
      StatementResult result = toResult(jdbc, jdbc.getResultSet());
      mirrorOptions(statement);
      if (!(result instanceof StatementResult.Query)) {
        jdbc.close();
      }
      return result;
    } catch (SQLException e) {
      closeQuietly(jdbc);
      throw translate(e, statement.position());
    }
  }

  private static StatementResult toResult(java.sql.Statement jdbc, ResultSet rs) throws SQLException {
    if (rs == null) {
      return new StatementResult.Info("Done.");
    }
    ResultSetMetaData meta = rs.getMetaData();
    List<String> labels = new ArrayList<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      labels.add(meta.getColumnLabel(i));
    }
    if (!labels.isEmpty() && labels.get(0).equals(ResultShapes.OP)) {
      List<Column> columns = new ArrayList<>();
      for (int i = 2; i <= labels.size(); i++) {
        columns.add(new Column(labels.get(i - 1), shellType(meta.getColumnType(i))));
      }
      return new StatementResult.Query(columns, new JdbcQueryHandle(jdbc, rs, columns.size(), null));
    }
    List<List<String>> rows = new ArrayList<>();
    while (rs.next()) {
      List<String> row = new ArrayList<>();
      for (int i = 1; i <= labels.size(); i++) {
        row.add(rs.getString(i));
      }
      rows.add(row);
    }
    if (labels.equals(List.of(ResultShapes.MESSAGE)) && rows.size() == 1) {
      return new StatementResult.Info(rows.get(0).get(0));
    }
    if (labels.equals(List.of(ResultShapes.JOB_ID, ResultShapes.JOB_NAME)) && rows.size() == 1) {
      return new StatementResult.JobSubmitted(rows.get(0).get(0), rows.get(0).get(1));
    }
    if (labels.equals(List.of(ResultShapes.TEXT))) {
      return new StatementResult.Text(String.join("\n", rows.stream().map(r -> r.get(0)).toList()) + "\n");
    }
    return new StatementResult.Table(labels, rows);
  }

  /**
   * The type the shell prints a column as. Numbers keep theirs; dates and times arrive as JDBC objects, which
   * the shell shows as text.
   */
  private static DataType shellType(int sqlType) {
    return switch (sqlType) {
      case Types.BOOLEAN -> DataType.of(TypeRoot.BOOLEAN);
      case Types.TINYINT -> DataType.of(TypeRoot.TINYINT);
      case Types.SMALLINT -> DataType.of(TypeRoot.SMALLINT);
      case Types.INTEGER -> DataType.of(TypeRoot.INTEGER);
      case Types.BIGINT -> DataType.of(TypeRoot.BIGINT);
      case Types.REAL -> DataType.of(TypeRoot.FLOAT);
      case Types.DOUBLE -> DataType.of(TypeRoot.DOUBLE);
      default -> DataType.string();
    };
  }

  private void mirrorOptions(Statement statement) {
    if (statement instanceof SetStatement set && !set.listsAll()) {
      SluiceOptions.find(set.key()).ifPresent(option -> configuration.set(option, set.value()));
    } else if (statement instanceof ResetStatement reset) {
      if (reset.key() == null) {
        configuration.resetAll();
      } else {
        SluiceOptions.find(reset.key()).ifPresent(configuration::reset);
      }
    }
  }

  /** The server's error as the shell reports it, moved to the statement's place in the script. */
  private static SluiceException translate(SQLException e, SqlPosition statementStart) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    Matcher matcher = POSITION.matcher(message);
    if (matcher.find()) {
      SqlPosition inStatement = new SqlPosition(Integer.parseInt(matcher.group(1)),
          Integer.parseInt(matcher.group(2)));
      return new SqlException(errorCode(e), statementStart.offset(inStatement), matcher.group(3), e);
    }
    String prefix = "Error while executing SQL";
    int colon = message.startsWith(prefix) ? message.indexOf("\": ") : -1;
    return new SluiceException(errorCode(e), colon < 0 ? message : message.substring(colon + 3), e);
  }

  private static ErrorCode errorCode(SQLException e) {
    for (ErrorCode code : ErrorCode.values()) {
      if (code.number() == e.getErrorCode()) {
        return code;
      }
    }
    return ErrorCode.UNSUPPORTED;
  }

  @Override
  public Configuration configuration() {
    return configuration;
  }

  /** The server runs the jobs; nothing to wait for here. */
  @Override
  public boolean awaitJobs() {
    return true;
  }

  @Override
  public void close() {
    closeQuietly(connection);
  }

  private static void closeQuietly(AutoCloseable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (Exception e) {
      // Nothing more to do with it.
    }
  }
}
