package io.sluice.planner.codegen;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import io.sluice.planner.plan.GeneratedCode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.calcite.DataContext;
import org.codehaus.janino.SimpleCompiler;

/**
 * Compiles generated code with Janino and creates instances. Classes are cached by source text, so a job with
 * many parallel instances, or the same query run twice, compiles each class once.
 */
public final class CodeCompiler {
  private static final Map<String, Class<?>> CACHE = new ConcurrentHashMap<>();

  private CodeCompiler() {}

  /** A new instance of the generated class, which must have a constructor taking a {@link DataContext}. */
  public static <T> T instantiate(GeneratedCode code, Class<T> type, DataContext context) {
    Class<?> compiled = CACHE.computeIfAbsent(code.source(), source -> compile(code));
    try {
      return type.cast(compiled.getConstructor(DataContext.class).newInstance(context));
    } catch (ReflectiveOperationException e) {
      throw new SluiceException(ErrorCode.UNSUPPORTED, "Cannot instantiate generated " + code.className(), e);
    }
  }

  private static Class<?> compile(GeneratedCode code) {
    SimpleCompiler compiler = new SimpleCompiler();
    compiler.setParentClassLoader(CodeCompiler.class.getClassLoader());
    try {
      compiler.cook(code.source());
      return compiler.getClassLoader().loadClass(code.className());
    } catch (Exception e) {
      // A planner bug, not a user error: show the source so it can be reported.
      throw new SluiceException(ErrorCode.UNSUPPORTED,
          "Generated code does not compile: " + e.getMessage() + "\n" + code.source(), e);
    }
  }
}
