package org.cablearchive.telegram.coverage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.cablearchive.model.Cable;
import org.cablearchive.model.Problem;

/** How many cables have each field, and how many problems of each code they carry. */
final class FieldTally {
  int cables;
  final Map<String, Integer> present = new LinkedHashMap<>();
  final Map<String, Integer> problems = new TreeMap<>();

  void add(Cable c) {
    cables++;
    count("id", c.id() != null);
    count("idAsPublished", c.idAsPublished() != null);
    count("created", c.created() != null);
    count("released", c.released() != null);
    count("classification", c.classification() != null);
    count("origin", c.origin() != null);
    count("subject", c.subject() != null && !c.subject().isEmpty());
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
