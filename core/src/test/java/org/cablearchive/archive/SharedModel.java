package org.cablearchive.archive;

import org.cablearchive.meaning.MiniLmMeaning;

/** The archive's meaning model, loaded once per test JVM (the model takes a second and 100 MB to load). */
public final class SharedModel {
  public static final MeaningModel MEANING = new MiniLmMeaning();

  private SharedModel() {}
}
