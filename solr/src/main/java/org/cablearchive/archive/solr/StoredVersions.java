package org.cablearchive.archive.solr;

import static org.cablearchive.archive.solr.SchemaFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.cablearchive.archive.Version;
import org.cablearchive.json.CableJson;
import org.cablearchive.model.Cable;

/** The stored releases of one cable, read from its version documents, oldest release first. */
final class StoredVersions {
  /** More releases of one cable than the whole release has (at most a handful each). */
  private static final int MAX_VERSIONS = 1000;

  private StoredVersions() {}

  /**
   * Every committed version of a cable, and its current one even before a commit.
   *
   * @param currentKey the key of the current version's document, from the cable document
   */
  static List<Version> of(SolrArchive archive, String id, String currentKey) throws IOException {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "{!term f=" + VERSION_OF + "}" + id);
    params.set("fq", KIND + ":" + KIND_VERSION);
    params.set("fl", KEY + "," + VERSION_RELEASED + "," + VERSION_GIVEN + "," + VERSION_STATEMENT + "," + CABLE);
    params.set("rows", MAX_VERSIONS);
    Map<Release, SolrDocument> byRelease = new TreeMap<>();
    for (SolrDocument doc : archive.query(params).getResults()) {
      byRelease.put(release(doc), doc);
    }
    if (byRelease.values().stream().noneMatch(doc -> currentKey.equals(doc.getFirstValue(KEY)))) {
      SolrDocument current = archive.getById(currentKey, KEY + "," + VERSION_RELEASED + "," + VERSION_GIVEN + "," + VERSION_STATEMENT + "," + CABLE);
      if (current == null) {
        throw new IOException("collection " + archive.collection() + " lacks the current version of " + id);
      }
      byRelease.put(release(current), current);
    }
    List<Version> versions = new ArrayList<>();
    byRelease.forEach((release, doc) -> {
      Cable cable = CableJson.read((String) doc.getFirstValue(CABLE));
      versions.add(new Version(release.releasedAt(), cable.source(), currentKey.equals(doc.getFirstValue(KEY)), cable));
    });
    return versions;
  }

  /** The release a version document (with its key, release date, given flag and statement) stands for. */
  static Release release(SolrDocument doc) {
    Object given = doc.getFirstValue(VERSION_GIVEN);
    Object statement = doc.getFirstValue(VERSION_STATEMENT);
    return Release.ofVersion((String) doc.getFirstValue(KEY), ((Number) doc.getFirstValue(VERSION_RELEASED)).longValue(),
        given != null && ((Number) given).longValue() != 0, statement == null ? 0 : ((Number) statement).longValue());
  }
}
