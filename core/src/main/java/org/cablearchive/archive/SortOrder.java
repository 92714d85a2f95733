package org.cablearchive.archive;

/** How results are ordered. Ties are broken by reference ID so that paging is stable. */
public enum SortOrder {
  RELEVANCE,
  CREATED_ASC,
  CREATED_DESC,
  RELEASED_ASC,
  RELEASED_DESC,
  /** Most-cited first. */
  CITED_DESC,
  /** Highest citation rank first ({@link org.cablearchive.network.CitationRank}). */
  RANK
}
