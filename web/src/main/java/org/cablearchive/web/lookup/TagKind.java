package org.cablearchive.web.lookup;

/** What a code on the TAGS line stands for. */
public enum TagKind {
  SUBJECT("Subject tag"),
  COUNTRY("Country code (FIPS 10-4)"),
  ORGANIZATION("Organization tag"),
  PERSON("Person tag"),
  OTHER("Tag");

  private final String label;

  TagKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
