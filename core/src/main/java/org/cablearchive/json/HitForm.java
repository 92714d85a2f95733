package org.cablearchive.json;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.cablearchive.archive.CableSummary;

/**
 * A search hit's JSON: the summary's fields (id, subject, created, …) sit beside citedByCount and
 * snippets rather than under a nested object, so that a script reads {@code hits[0].id}.
 */
abstract class HitForm {
  @JsonUnwrapped
  abstract CableSummary cable();
}
