package org.cablearchive.model;

/** What a REF line points at: another cable, or something that is not one. */
public enum ReferenceKind {
  CABLE,
  EMAIL,
  TEL,
  MEMO,
  REPORT,
  OTHER
}
