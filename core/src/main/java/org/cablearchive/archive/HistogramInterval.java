package org.cablearchive.archive;

/** The bucket width of a date histogram over the created date. */
public enum HistogramInterval {
  YEAR,
  MONTH
}
