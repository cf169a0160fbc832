package io.sluice.planner.catalog;

import io.sluice.common.ErrorCode;
import io.sluice.common.SluiceException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The tables and views of an engine, by name. Names are case-sensitive, as in Flink. Safe for use by several
 * sessions at once.
 */
public final class Catalog {
  private final Map<String, CatalogObject> objects = new ConcurrentSkipListMap<>();

  /**
   * Adds a table or view.
   *
   * @return false if the name was taken and {@code ifNotExists} was set (nothing changes)
   * @throws SluiceException if the name is taken and {@code ifNotExists} was not set
   */
  public boolean create(CatalogObject object, boolean ifNotExists) {
    CatalogObject previous = objects.putIfAbsent(object.name(), object);
    if (previous == null) {
      return true;
    }
    if (ifNotExists) {
      return false;
    }
    throw new SluiceException(ErrorCode.TABLE_EXISTS,
        previous.kind().charAt(0) + previous.kind().substring(1).toLowerCase() + " '" + object.name()
            + "' already exists.");
  }

  /**
   * Removes a table or view of the given kind.
   *
   * @return false if there was none and {@code ifExists} was set
   */
  public boolean drop(String name, Class<? extends CatalogObject> kind, boolean ifExists) {
    CatalogObject existing = objects.get(name);
    if (existing == null || !kind.isInstance(existing)) {
      if (ifExists) {
        return false;
      }
      String what = kind == CatalogView.class ? "View" : "Table";
      String hint = existing == null ? "" : " ('" + name + "' is a " + existing.kind().toLowerCase() + ")";
      throw new SluiceException(ErrorCode.UNKNOWN_TABLE, what + " '" + name + "' does not exist" + hint + ".");
    }
    return objects.remove(name, existing);
  }

  public Optional<CatalogObject> get(String name) {
    return Optional.ofNullable(objects.get(name));
  }

  /** The table with this name, or an error that says what exists. */
  public CatalogObject require(String name) {
    return get(name).orElseThrow(() -> new SluiceException(ErrorCode.UNKNOWN_TABLE,
        "Table or view '" + name + "' does not exist. Known: " + (objects.isEmpty() ? "none" : names()) + "."));
  }

  /** All objects, sorted by name. */
  public List<CatalogObject> list() {
    return List.copyOf(objects.values());
  }

  public List<String> names() {
    return List.copyOf(objects.keySet());
  }
}
