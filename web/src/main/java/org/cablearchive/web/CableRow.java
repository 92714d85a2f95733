package org.cablearchive.web;

import org.cablearchive.archive.CableSummary;

/** One line of a list of cables, ready to show: every value is display text or a site path. */
public record CableRow(
    String id, String href, String subject, String created, String released, String origin, String originHref,
    String classification, String classificationHref) {

  public static CableRow of(CableSummary summary) {
    String classification = summary.classification() == null ? "" : summary.classification().label();
    String origin = summary.origin() == null ? "" : summary.origin();
    return new CableRow(
        summary.id().value(),
        SitePaths.cable(summary.id()),
        summary.subject() == null ? "" : summary.subject(),
        SitePaths.minute(summary.created()),
        SitePaths.minute(summary.released()),
        origin,
        origin.isEmpty() ? "/origin" : SitePaths.origin(origin),
        classification,
        classification.isEmpty() ? "/classification" : SitePaths.classification(classification));
  }
}
