package io.sluice.planner.functions;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.fun.SqlLibrary;
import org.apache.calcite.sql.fun.SqlLibraryOperatorTableFactory;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.util.SqlOperatorTables;

/**
 * The functions queries can call: Calcite's standard and MySQL-library functions, a few more of Calcite's library
 * functions that Flink has too (IF, IFNULL, LPAD, GREATEST, ...), and Sluice's own implementations of Flink
 * functions Calcite lacks ({@link TimeFunctions}, {@link StringFunctions}). A function that is none of these is a
 * planning error ("No match found for function signature ..."), never a wrong result.
 */
public final class BuiltInFunctions {
  private static final List<Class<?>> IMPLEMENTATIONS = List.of(TimeFunctions.class, StringFunctions.class);

  private BuiltInFunctions() {}

  public static SqlOperatorTable operatorTable() {
    return SqlOperatorTables.chain(
        SqlLibraryOperatorTableFactory.INSTANCE.getOperatorTable(SqlLibrary.STANDARD, SqlLibrary.MYSQL),
        SqlOperatorTables.of(
            SqlLibraryOperators.IF,
            SqlLibraryOperators.IFNULL,
            SqlLibraryOperators.NVL,
            SqlLibraryOperators.LPAD,
            SqlLibraryOperators.RPAD,
            SqlLibraryOperators.LTRIM,
            SqlLibraryOperators.RTRIM,
            SqlLibraryOperators.GREATEST,
            SqlLibraryOperators.LEAST,
            SqlLibraryOperators.SHA1,
            SqlLibraryOperators.SHA256,
            SqlLibraryOperators.CHR));
  }

  /**
   * Registers Sluice's own functions in the root schema, under their upper- and lower-case names (identifiers are
   * case-sensitive, but Flink users write functions either way).
   */
  public static void register(SchemaPlus root) {
    for (Class<?> type : IMPLEMENTATIONS) {
      for (Method method : type.getMethods()) {
        SqlName name = method.getAnnotation(SqlName.class);
        if (name != null && Modifier.isStatic(method.getModifiers())) {
          root.add(name.value(), ScalarFunctionImpl.create(method));
          root.add(name.value().toLowerCase(Locale.ROOT), ScalarFunctionImpl.create(method));
        }
      }
    }
  }
}
