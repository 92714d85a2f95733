package org.cablearchive.model;

/** "SECTION 01 OF 04": which part of a multi-part telegram this is. */
public record Section(int number, int of) {}
