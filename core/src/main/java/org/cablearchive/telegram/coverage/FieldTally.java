package org.cablearchive.telegram.coverage;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cablearchive.model.Cable;
import org.cablearchive.model.Problem;
import org.cablearchive.model.Reference;

/** How many cables have each field, and how many problems of each code they carry. */
final class FieldTally {
  /** A cable ID as the release writes them: two digits of year, the station, the serial. */
  static final Pattern RELEASE_ID = Pattern.compile("\\d{2}([A-Z]+)\\d+");

  int cables;
  final Map<String, Integer> present = new LinkedHashMap<>();
  final Map<String, Integer> problems = new TreeMap<>();

  /** Stations of the release's own IDs (empty when not given): a linked reference must name one. */
  Set<String> releaseStations = Set.of();
  /** Cables with a paragraph number given twice (a link #parN must land on one paragraph). */
  int repeatedParagraphNumbers;
  /** References linked as cables. */
  int linkedReferences;
  /** Linked references whose ID is not shaped as the release's IDs are: year, a station of the release, serial. */
  int linkedNotCableIds;

  void add(Cable c) {
    cables++;
    Set<Integer> numbers = new HashSet<>();
    if (!c.paragraphs().stream().allMatch(p -> numbers.add(p.number()))) {
      repeatedParagraphNumbers++;
    }
    for (Reference r : c.references()) {
      if (r.id() != null) {
        linkedReferences++;
        Matcher m = RELEASE_ID.matcher(r.id().value());
        if (!m.matches() || (!releaseStations.isEmpty() && !releaseStations.contains(m.group(1)))) {
          linkedNotCableIds++;
        }
      }
    }
    count("id", c.id() != null);
    count("idAsPublished", c.idAsPublished() != null);
    count("created", c.created() != null);
    count("released", c.released() != null);
    count("classification", c.classification() != null);
    count("origin", c.origin() != null);
    count("subject", c.subject() != null && !c.subject().isEmpty());
    count("subjectMarking", c.subjectMarking() != null);
    count("tags", !c.tags().isEmpty());
    count("references", !c.references().isEmpty());
    count("references citing cables", !c.citedIds().isEmpty());
    count("transmissionId", c.transmissionId() != null);
    count("precedence", c.precedence() != null);
    count("dateTimeGroup", c.dateTimeGroup() != null);
    count("from", !c.from().isEmpty());
    count("to", !c.to().isEmpty());
    count("info", !c.info().isEmpty());
    count("handling", !c.handling().isEmpty());
    count("section", c.section() != null);
    count("declassifyOn", c.declassifyOn() != null);
    count("classifiedBy", c.classifiedBy() != null);
    count("classifiedByTitle", c.classifiedByTitle() != null);
    count("classificationReasons", !c.classificationReasons().isEmpty());
    count("signers", !c.signers().isEmpty());
    count("summary", c.summary() != null);
    count("headings", !c.headings().isEmpty());
    count("paragraphs", !c.paragraphs().isEmpty());
    count("articles", !c.articles().isEmpty());
    count("partial", c.partial());
    for (Problem p : c.problems()) {
      problems.merge(p.code(), 1, Integer::sum);
    }
  }

  private void count(String field, boolean has) {
    present.merge(field, has ? 1 : 0, Integer::sum);
  }
}
