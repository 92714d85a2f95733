package org.cablearchive.network;

/** The structured places of a cable that name a person. */
public enum Role {
  /** The signature at the end of the telegram. */
  SIGNED,
  /** The "Classified By" line. */
  CLASSIFIED,
  /** A person tag on the TAGS line. */
  TAGGED;

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
