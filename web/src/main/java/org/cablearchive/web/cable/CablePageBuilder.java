package org.cablearchive.web.cable;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cablearchive.archive.ArchivedCable;
import org.cablearchive.archive.CableSummary;
import org.cablearchive.archive.Statement;
import org.cablearchive.archive.Version;
import org.cablearchive.model.Addressee;
import org.cablearchive.model.Cable;
import org.cablearchive.model.Reference;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.web.CableRow;
import org.cablearchive.web.Chrome;
import org.cablearchive.web.Opening;
import org.cablearchive.web.SitePaths;
import org.cablearchive.web.lookup.Glossary;
import org.cablearchive.web.lookup.RoutingIndicators;
import org.cablearchive.web.lookup.TagMeaning;

/** Turns an archived cable into the cable page's view model. Pure: no archive access. */
public final class CablePageBuilder {
  /** Characters of the opening in a page's description and preview (search engines show about 160). */
  private static final int DESCRIPTION = 200;
  private final Glossary glossary;
  private final RoutingIndicators routes;

  public CablePageBuilder(Glossary glossary, RoutingIndicators routes) {
    this.glossary = glossary;
    this.routes = routes;
  }

  /**
   * @param archived the cable with its versions and citing cables
   * @param version the release to show (1 = oldest), or 0 for the current one
   * @param held which of the cited IDs the archive holds
   * @param related cables like this one
   * @param baseUrl scheme and host for the citation, e.g. {@code https://cables.example.org}
   * @param place its rank, thread and people, from the archive's network
   */
  public CablePage build(ArchivedCable archived, int version, Set<ReferenceId> held, List<CableSummary> related,
      String baseUrl, CablePage.Place place) {
    Cable cable = version >= 1 ? archived.versions().get(version - 1).cable() : archived.cable();
    Changes changes = changes(archived, version);
    ReferenceId documentId = cable.documentId();
    String id = documentId.value();
    String subject = cable.subject() == null ? "" : cable.subject();
    String url = baseUrl + SitePaths.cable(documentId);
    String classification = cable.classification() == null ? "" : cable.classification().label();
    String origin = cable.origin() == null ? "" : cable.origin();
    return new CablePage(
        chrome(cable, id, subject, origin, classification, url),
        id,
        subject,
        new CablePage.Fact(orUnknown(SitePaths.minute(cable.created())), SitePaths.created(cable.created())),
        new CablePage.Fact(released(cable), SitePaths.released(cable.released())),
        new CablePage.Fact(classification, classification.isEmpty() ? "/classification" : SitePaths.classification(classification)),
        new CablePage.Fact(origin, origin.isEmpty() ? "/origin" : SitePaths.origin(origin)),
        archived.telegram() == null ? null : TelegramSections.of(archived.telegram(), documentId),
        articles(cable.articles()),
        cable.header(),
        recipients(cable.from()),
        recipients(cable.to()),
        recipients(cable.info()),
        BodyLayout.split(cable.body(), cable.paragraphs(),
            number -> paragraphCitation(cable, number, classification, origin, url)),
        cable.tags().stream().map(this::tag).toList(),
        references(cable.references(), held),
        archived.citedBy().stream().map(CableRow::of).toList(),
        related.stream().map(CableRow::of).toList(),
        versions(archived, version),
        metadataConflicts(archived.cable()),
        olderVersionNotice(archived, version),
        changes.title(),
        changes.lines(),
        classifiedBy(cable),
        cable.declassifyOn() == null ? "" : cable.declassifyOn().toString(),
        glossary.reasons(cable.classificationReasons()),
        glossary.caveats(cable.handling()),
        url,
        "#cablegate #" + id,
        citation(cable, classification, origin, url),
        "/api/cables/" + id,
        place);
  }

  /** Some early pages state no release date: the box says so rather than showing an empty link. */
  private static String orUnknown(String text) {
    return text.isEmpty() ? "unknown" : text;
  }

  /** "2011-08-30 01:44", "2011-09-02 00:00 (given at import)" when the source stated no date, or "unknown". */
  static String released(Cable cable) {
    return orUnknown(SitePaths.minute(cable.released())) + (cable.releasedGiven() ? " (given at import)" : "");
  }

  private static List<CablePage.Link> articles(List<String> articles) {
    return articles.stream().map(a -> new CablePage.Link(a, ArticleAddress.href(a).orElse(null))).toList();
  }

  private List<CablePage.Recipient> recipients(List<Addressee> addressees) {
    return addressees.stream().map(a -> new CablePage.Recipient(
        a.route() == null ? "" : a.route().code(),
        routes.station(a.route()).orElse(""),
        a.name() == null ? "" : a.name(),
        a.precedence() == null ? "" : a.precedence().name())).toList();
  }

  private CablePage.TagView tag(String tag) {
    TagMeaning meaning = glossary.tag(tag);
    return new CablePage.TagView(tag, SitePaths.tag(tag), meaning.kind().label(), meaning.description());
  }

  private static List<CablePage.ReferenceView> references(List<Reference> references, Set<ReferenceId> held) {
    List<CablePage.ReferenceView> out = new ArrayList<>();
    for (Reference r : references) {
      ReferenceId id = r.id();
      out.add(new CablePage.ReferenceView(
          r.bullet() == null ? "" : r.bullet(),
          r.text() == null ? "" : r.text(),
          id == null ? "" : id.value(),
          id == null ? null : SitePaths.cable(id),
          id != null && held.contains(id)));
    }
    return out;
  }

  private static List<CablePage.VersionView> versions(ArchivedCable archived, int shown) {
    List<CablePage.VersionView> out = new ArrayList<>();
    List<Version> versions = archived.versions();
    for (int i = 0; i < versions.size(); i++) {
      Version v = versions.get(i);
      out.add(new CablePage.VersionView(i + 1, released(v.cable()),
          SitePaths.cable(archived.cable().documentId()) + "?version=" + (i + 1), v.current(), i + 1 == shown,
          statedOtherwise(versions, i)));
    }
    return out;
  }

  /** The cable's conflicting statements, each a sentence: "Releases of the same text state different origin: …". */
  private static List<String> metadataConflicts(Cable current) {
    return current.problems().stream().filter(p -> p.code().equals(Statement.CONFLICT))
        .map(p -> Character.toUpperCase(p.message().charAt(0)) + p.message().substring(1) + ".").toList();
  }

  /**
   * What release {@code i} states otherwise than the first earlier release of the same text, when there is
   * one: a version that differs in its metadata, not in its text.
   */
  private static String statedOtherwise(List<Version> versions, int i) {
    Cable cable = versions.get(i).cable();
    for (int j = 0; j < i; j++) {
      Cable earlier = versions.get(j).cable();
      if (Statement.sameText(earlier, cable)) {
        List<String> fields = new ArrayList<>();
        for (Statement.Difference d : Statement.of(cable).differences(Statement.of(earlier))) {
          fields.add(d.field() + " " + d.value() + " (version " + (j + 1) + ": " + d.otherValue() + ")");
        }
        return "the text of version " + (j + 1) + ", stating " + String.join(", ", fields);
      }
    }
    return "";
  }

  /** The frame with a description and a shared link's preview: ID, subject, origin, date, classification, opening. */
  private static Chrome chrome(Cable cable, String id, String subject, String origin, String classification, String url) {
    String facts = String.join(", ", java.util.stream.Stream.of(origin, SitePaths.day(cable.created()), classification)
        .filter(s -> !s.isEmpty()).toList());
    String opening = Opening.of(cable, DESCRIPTION);
    String description = facts + (facts.isEmpty() || opening.isEmpty() ? "" : ". ") + opening;
    String title = "Cable " + id + (subject.isEmpty() ? "" : ": " + subject);
    return new Chrome(title, "", null, description,
        new Chrome.Preview("article", title, url, description, cable.created() == null ? null : cable.created().toString()), true);
  }

  private record Changes(String title, List<CablePage.ChangedLine> lines) {}

  /**
   * What changed: from the release shown to the current one, or, on the current text, from the release
   * before it. Empty when there is a single release.
   */
  private static Changes changes(ArchivedCable archived, int shown) {
    List<Version> versions = archived.versions();
    int current = -1;
    for (int i = 0; i < versions.size(); i++) {
      current = versions.get(i).current() ? i : current;
    }
    int older = shown >= 1 && shown - 1 != current ? shown - 1 : current - 1;
    if (current < 0 || older < 0) {
      return new Changes("", List.of());
    }
    Version from = versions.get(older);
    Version to = versions.get(current);
    String title = "Changes from the text released " + SitePaths.minute(from.released()) + " to the text released "
        + SitePaths.minute(to.released());
    List<CablePage.ChangedLine> lines = TextChanges.between(from.cable().body(), to.cable().body());
    if (lines == null) {
      return new Changes(title, List.of(new CablePage.ChangedLine("…", "The texts differ; they are too long to compare line by line.")));
    }
    if (lines.isEmpty() && Statement.sameText(from.cable(), to.cable())) {
      List<String> fields = new ArrayList<>();
      for (Statement.Difference d : Statement.of(from.cable()).differences(Statement.of(to.cable()))) {
        fields.add(d.field() + " " + d.value() + " → " + d.otherValue());
      }
      return new Changes(title, List.of(new CablePage.ChangedLine("…", "The text is the same; the releases state other"
          + " metadata: " + String.join(", ", fields) + ".")));
    }
    if (lines.isEmpty()) {
      return new Changes(title, List.of(new CablePage.ChangedLine("…", "The body is the same; the releases differ elsewhere (header or page).")));
    }
    return new Changes(title, lines);
  }

  private static String olderVersionNotice(ArchivedCable archived, int shown) {
    if (shown < 1 || archived.versions().get(shown - 1).current()) {
      return "";
    }
    return "You are reading the text released " + SitePaths.minute(archived.versions().get(shown - 1).released())
        + "; the current text was released " + SitePaths.minute(archived.cable().released()) + ".";
  }

  private static String classifiedBy(Cable cable) {
    String by = cable.classifiedBy() == null ? "" : cable.classifiedBy();
    String title = cable.classifiedByTitle() == null ? "" : cable.classifiedByTitle();
    // Some parsers keep the title inside the name too ("Ambassador Carlos Pascual"): never say it twice.
    return by.startsWith(title) ? by.trim() : (title + " " + by).trim();
  }

  /** "09MEXICO3093 ¶3, Embassy Mexico, 2009-10-27 22:38 UTC, CONFIDENTIAL, https://…/cable/09MEXICO3093#par3". */
  private static String paragraphCitation(Cable cable, int number, String classification, String origin, String url) {
    return String.join(", ", cable.documentId().value() + " \u00b6" + number, origin,
        SitePaths.minute(cable.created()) + " UTC", classification, url + "#par" + number);
  }

  /** "09MEXICO3093, Embassy Mexico, 2009-10-27 22:38, CONFIDENTIAL, https://…/cable/09MEXICO3093". */
  private static String citation(Cable cable, String classification, String origin, String url) {
    return String.join(", ", cable.documentId().value(), origin, SitePaths.minute(cable.created()) + " UTC", classification, url);
  }
}
