package org.cablearchive.telegram;

import java.util.List;
import org.cablearchive.model.Classification;

/**
 * The release's classification from a classification line and its handling: {@code CONFIDENTIAL} with
 * NOFORN is CONFIDENTIAL//NOFORN; unclassified with SENSITIVE, and LIMITED OFFICIAL USE, are
 * UNCLASSIFIED//FOR OFFICIAL USE ONLY; TOP SECRET (none was released) reads as SECRET.
 */
final class Classifications {
  private Classifications() {}

  static Classification of(String level, List<String> handling) {
    boolean noforn = handling.contains("NOFORN");
    return switch (level) {
      case "UNCLASSIFIED" -> handling.contains("SENSITIVE") ? Classification.UNCLASSIFIED_FOUO : Classification.UNCLASSIFIED;
      case "LIMITED OFFICIAL USE" -> Classification.UNCLASSIFIED_FOUO;
      case "CONFIDENTIAL" -> noforn ? Classification.CONFIDENTIAL_NOFORN : Classification.CONFIDENTIAL;
      default -> noforn ? Classification.SECRET_NOFORN : Classification.SECRET;
    };
  }

  /** Whether two classifications are the same level, NOFORN and FOUO aside. */
  static boolean sameLevel(Classification a, Classification b) {
    return level(a) == level(b);
  }

  private static int level(Classification c) {
    return switch (c) {
      case UNCLASSIFIED, UNCLASSIFIED_FOUO -> 0;
      case CONFIDENTIAL, CONFIDENTIAL_NOFORN -> 1;
      case SECRET, SECRET_NOFORN -> 2;
    };
  }
}
