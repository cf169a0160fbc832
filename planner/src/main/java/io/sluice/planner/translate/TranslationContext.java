package io.sluice.planner.translate;

import org.apache.calcite.adapter.java.JavaTypeFactory;

/** What translators share: the type factory of the statement being planned. */
record TranslationContext(JavaTypeFactory typeFactory) {}
