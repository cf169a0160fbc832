package io.sluice.sql.parser;

import io.sluice.common.ErrorCode;
import io.sluice.common.SqlException;
import io.sluice.common.types.DataType;
import io.sluice.common.types.TypeRoot;
import io.sluice.sql.parser.SluiceStatementParser.DataTypeContext;
import io.sluice.sql.parser.SluiceStatementParser.TimeZoneContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Maps a column type as written in DDL to a {@link DataType}, following Flink: {@code STRING} is {@code
 * VARCHAR} of the maximum length, {@code VARCHAR} and {@code CHAR} without a length have length 1, {@code
 * DECIMAL} defaults to (10, 0), {@code TIME} to precision 0 and the timestamps to 6. Nullability ({@code NOT
 * NULL}) is applied by the caller.
 *
 * <p>Errors: a type Flink has but Sluice does not (BYTES, ARRAY, MAP, ROW, ...) is {@link
 * ErrorCode#UNSUPPORTED}; an unknown name or a misplaced length is a {@link ErrorCode#SYNTAX_ERROR}; a length
 * or precision out of range is a {@link ErrorCode#VALIDATION_ERROR}.
 */
final class DataTypeParser {
  private static final String SUPPORTED = "BOOLEAN, TINYINT, SMALLINT, INT, INTEGER, BIGINT, FLOAT, DOUBLE, "
      + "DECIMAL, CHAR, VARCHAR, STRING, DATE, TIME, TIMESTAMP, TIMESTAMP_LTZ";
  private static final Set<String> FLINK_ONLY = Set.of(
      "BYTES", "BINARY", "VARBINARY", "ARRAY", "MAP", "MULTISET", "ROW", "RAW", "INTERVAL", "STRUCTURED");
  private static final int MAX_DECIMAL_PRECISION = 38;
  private static final int MAX_TIME_PRECISION = 9;

  private DataTypeParser() {}

  /** The type, nullable; throws {@link SqlException} at the type's position when it is not one Sluice has. */
  static DataType parse(DataTypeContext context) {
    String name = Literals.identifier(context.typeName).toUpperCase(Locale.ROOT);
    if (FLINK_ONLY.contains(name)) {
      throw new SqlException(ErrorCode.UNSUPPORTED, ScriptText.positionOf(context),
          "Type " + name + " is not supported; supported types are " + SUPPORTED);
    }
    if (context.typeArguments() != null) {
      throw syntaxError(context.typeArguments().getStart(), "Type " + name + " takes no <...> arguments");
    }
    if (context.PRECISION() != null && !name.equals("DOUBLE")) {
      throw syntaxError(context.PRECISION().getSymbol(), "PRECISION can only follow DOUBLE");
    }
    List<TerminalNode> parameters =
        context.typeParameters() == null ? List.of() : context.typeParameters().INTEGER_VALUE();
    TypeRoot root = rootOf(name, context);
    int allowed = parameterCount(root, name);
    if (parameters.size() > allowed) {
      String takes = allowed == 0 ? "no length or precision"
          : allowed == 1 ? "one length or precision" : "a precision and a scale";
      throw syntaxError(context.typeParameters().getStart(), name + " takes " + takes);
    }
    return switch (root) {
      case DECIMAL -> decimal(parameters);
      case CHAR, VARCHAR -> name.equals("STRING") ? DataType.string() : withLength(root, parameters);
      case TIME, TIMESTAMP, TIMESTAMP_LTZ -> withPrecision(root, parameters);
      default -> DataType.of(root);
    };
  }

  /** How many numbers may follow the type's name in parentheses. */
  private static int parameterCount(TypeRoot root, String name) {
    return switch (root) {
      case DECIMAL -> 2;
      case CHAR, VARCHAR, TIME, TIMESTAMP, TIMESTAMP_LTZ -> name.equals("STRING") ? 0 : 1;
      default -> 0;
    };
  }

  private static TypeRoot rootOf(String name, DataTypeContext context) {
    TypeRoot root = switch (name) {
      case "BOOLEAN" -> TypeRoot.BOOLEAN;
      case "TINYINT" -> TypeRoot.TINYINT;
      case "SMALLINT" -> TypeRoot.SMALLINT;
      case "INT", "INTEGER" -> TypeRoot.INTEGER;
      case "BIGINT" -> TypeRoot.BIGINT;
      case "FLOAT" -> TypeRoot.FLOAT;
      case "DOUBLE" -> TypeRoot.DOUBLE;
      case "DECIMAL", "DEC", "NUMERIC" -> TypeRoot.DECIMAL;
      case "CHAR" -> TypeRoot.CHAR;
      case "VARCHAR", "STRING" -> TypeRoot.VARCHAR;
      case "DATE" -> TypeRoot.DATE;
      case "TIME" -> TypeRoot.TIME;
      case "TIMESTAMP" -> TypeRoot.TIMESTAMP;
      case "TIMESTAMP_LTZ" -> TypeRoot.TIMESTAMP_LTZ;
      default -> throw syntaxError(context.getStart(),
          "Unknown type '" + Literals.identifier(context.typeName) + "'; supported types are " + SUPPORTED);
    };
    return applyTimeZone(root, name, context.timeZone());
  }

  /** {@code WITHOUT TIME ZONE} changes nothing; {@code WITH LOCAL TIME ZONE} makes a TIMESTAMP_LTZ. */
  private static TypeRoot applyTimeZone(TypeRoot root, String name, TimeZoneContext timeZone) {
    if (timeZone == null) {
      return root;
    }
    boolean plainTimeOrTimestamp = name.equals("TIME") || name.equals("TIMESTAMP");
    if (timeZone.WITHOUT() != null && plainTimeOrTimestamp) {
      return root;
    }
    if (timeZone.LOCAL() != null && name.equals("TIMESTAMP")) {
      return TypeRoot.TIMESTAMP_LTZ;
    }
    if (timeZone.LOCAL() == null && timeZone.WITHOUT() == null && name.equals("TIMESTAMP")) {
      throw new SqlException(ErrorCode.UNSUPPORTED, ScriptText.positionOf(timeZone),
          "TIMESTAMP WITH TIME ZONE is not supported; use TIMESTAMP_LTZ (TIMESTAMP WITH LOCAL TIME ZONE)");
    }
    throw syntaxError(timeZone.getStart(), "'" + timeZoneText(timeZone) + "' cannot follow " + name);
  }

  private static String timeZoneText(TimeZoneContext timeZone) {
    return timeZone.WITHOUT() != null ? "WITHOUT TIME ZONE"
        : timeZone.LOCAL() != null ? "WITH LOCAL TIME ZONE" : "WITH TIME ZONE";
  }

  private static DataType decimal(List<TerminalNode> parameters) {
    if (parameters.isEmpty()) {
      return DataType.of(TypeRoot.DECIMAL);
    }
    int precision = inRange(parameters.get(0), 1, MAX_DECIMAL_PRECISION, "DECIMAL precision");
    int scale = parameters.size() < 2 ? 0 : inRange(parameters.get(1), 0, precision, "DECIMAL scale");
    return DataType.of(TypeRoot.DECIMAL, precision, scale);
  }

  private static DataType withLength(TypeRoot root, List<TerminalNode> parameters) {
    if (parameters.isEmpty()) {
      return DataType.of(root);
    }
    return DataType.of(root, inRange(parameters.get(0), 1, DataType.MAX_LENGTH, root.sqlName() + " length"));
  }

  private static DataType withPrecision(TypeRoot root, List<TerminalNode> parameters) {
    if (parameters.isEmpty()) {
      return DataType.of(root);
    }
    return DataType.of(root, inRange(parameters.get(0), 0, MAX_TIME_PRECISION, root.sqlName() + " precision"));
  }

  private static int inRange(TerminalNode number, int min, int max, String what) {
    long value;
    try {
      value = Long.parseLong(number.getText());
    } catch (NumberFormatException tooLong) {
      value = Long.MAX_VALUE;
    }
    if (value < min || value > max) {
      throw new SqlException(ErrorCode.VALIDATION_ERROR, ScriptText.positionOf(number.getSymbol()),
          what + " must be between " + min + " and " + max + ", not " + number.getText());
    }
    return (int) value;
  }

  private static SqlException syntaxError(Token at, String detail) {
    return new SqlException(ErrorCode.SYNTAX_ERROR, ScriptText.positionOf(at), detail);
  }
}
