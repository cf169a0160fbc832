package io.sluice.engine.statement;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import io.sluice.common.config.ConfigOption;
import io.sluice.common.config.SluiceOptions;
import io.sluice.engine.EngineContext;
import io.sluice.engine.StatementResult;
import io.sluice.sql.statement.SetStatement;
import java.util.ArrayList;
import java.util.List;

/** SET 'key' = 'value' checks and stores an option; SET alone lists every option with its current value. */
final class SetExecutor implements StatementExecutor<SetStatement> {
  @Override
  public StatementResult execute(SetStatement statement, EngineContext context) {
    if (statement.listsAll()) {
      List<List<String>> rows = new ArrayList<>();
      for (ConfigOption<?> option : SluiceOptions.ALL) {
        String value = context.configuration().toMap().getOrDefault(option.key(), option.defaultText());
        rows.add(List.of(option.key(), value));
      }
      return new StatementResult.Table(List.of("key", "value"), rows);
    }
    ConfigOption<?> option = ConfigKeys.require(statement.key());
    try {
      context.configuration().set(option, statement.value());
    } catch (IllegalArgumentException e) {
      throw new SluiceException(ErrorCode.INVALID_CONFIG_VALUE, e.getMessage(), e);
    }
    return new StatementResult.Info("Option '" + option.key() + "' set to '" + statement.value().trim() + "'.");
  }
}
