package org.cablearchive.web.person;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.HistogramBucket;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.archive.SortOrder;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.network.CableNetwork;
import org.cablearchive.network.Person;
import org.cablearchive.network.Role;
import org.cablearchive.web.CableRow;
import org.cablearchive.web.Chrome;
import org.cablearchive.web.HttpError;
import org.cablearchive.web.Pages;
import org.cablearchive.web.RecentPages;
import org.cablearchive.web.SitePaths;
import org.cablearchive.web.search.DateHistogram;

/**
 * {@code /person} and {@code /person/<slug>}. A name that is not a slug ({@code /person/PASCUAL}) goes to
 * the one person it names, or to the list of those it could name.
 */
public final class PersonController {
  static final int ROWS = 20;
  private static final int COMPANIONS = 12;
  private static final int INDEX = 500;

  private final Archive archive;
  private final Pages pages;
  private final RecentPages recent;

  public PersonController(Archive archive, Pages pages, RecentPages recent) {
    this.archive = archive;
    this.pages = pages;
    this.recent = recent;
  }

  public void register(RoutesConfig routes) {
    routes.get("/person", this::index);
    routes.get("/person/{slug}", this::show);
  }

  private void show(Context ctx) throws IOException {
    String slug = ctx.pathParam("slug");
    CableNetwork network = archive.network();
    if (network.person(slug).isEmpty()) {
      List<Person> named = network.peopleNamed(slug);
      if (named.size() == 1) {
        ctx.redirect(SitePaths.person(named.get(0).slug()), HttpStatus.SEE_OTHER);
        return;
      }
      if (named.isEmpty()) {
        throw HttpError.notFound("No person of the cables is called \"" + abbreviate(slug) + "\".");
      }
      ctx.redirect("/person?q=" + SitePaths.param(slug), HttpStatus.SEE_OTHER);
      return;
    }
    Role role = role(ctx.queryParam("role"));
    int from = from(ctx.queryParam("from"));
    Integer year = year(ctx.queryParam("year"));
    String key = "/person/" + slug + "?role=" + role + "&from=" + from + "&year=" + year;
    pages.send(ctx, recent.get(key, () -> pages.bytes("person.jte", build(network, network.person(slug).orElseThrow(), role, from, year))));
  }

  /** The person's page; {@code role} and {@code from} page through one role, {@code year} narrows every list. */
  public PersonPage build(CableNetwork network, Person person, Role paged, int from, Integer year) throws IOException {
    String path = SitePaths.person(person.slug());
    List<PersonPage.RoleSection> roles = new ArrayList<>();
    for (Role role : Role.values()) {
      List<ReferenceId> all = inYear(person.cables().get(role), year);
      if (all.isEmpty()) {
        continue;
      }
      int start = role == paged ? Math.min(from, Math.max(0, all.size() - 1)) : 0;
      List<ReferenceId> shown = all.subList(start, Math.min(all.size(), start + ROWS));
      String yearParam = year == null ? "" : "&year=" + year;
      roles.add(new PersonPage.RoleSection(role.key(), heading(role), count(all.size()),
          archive.summaries(shown).stream().map(CableRow::of).toList(),
          start + ROWS < all.size() ? path + "?role=" + role.key() + "&from=" + (start + ROWS) + yearParam + "#" + role.key() : null,
          start > 0 ? path + "?role=" + role.key() + yearParam + "#" + role.key() : null));
    }
    return new PersonPage(
        new Chrome(person.name() + (person.context().isEmpty() ? "" : ", " + person.context()), "", "/feeds/person/" + person.slug()),
        person.name(),
        person.context(),
        summary(person),
        timeline(person, path),
        year == null ? "" : Integer.toString(year),
        path,
        person.posts().stream().map(t -> new PersonPage.Term(t.post(), SitePaths.post(t.station()),
            t.from() == t.to() ? Integer.toString(t.from()) : t.from() + "–" + t.to(), String.join("; ", t.titles()),
            count(t.cables()))).toList(),
        roles,
        mentions(person),
        network.companions(person, COMPANIONS).stream().map(c -> new PersonPage.Companion(c.person().name(),
            SitePaths.person(c.person().slug()), c.person().context(), c.cables())).toList(),
        person.spellings().stream().map(s -> new PersonPage.Spelling(s.text(), heading(s.role()).toLowerCase(Locale.ROOT), s.cables()))
            .toList(),
        person.merges(),
        "/feeds/person/" + person.slug(),
        "/api/person/" + person.slug());
  }

  private static List<ReferenceId> inYear(List<ReferenceId> ids, Integer year) {
    return year == null ? ids : ids.stream().filter(id -> id.year() == year).toList();
  }

  static String heading(Role role) {
    return switch (role) {
      case SIGNED -> "Signed";
      case CLASSIFIED -> "Classified";
      case TAGGED -> "Tagged";
    };
  }

  private static String summary(Person person) {
    List<String> parts = new ArrayList<>();
    for (Role role : Role.values()) {
      int n = person.cables().get(role).size();
      if (n > 0) {
        parts.add(switch (role) {
          case SIGNED -> "signed " + count(n);
          case CLASSIFIED -> "classified " + count(n);
          case TAGGED -> "tagged in " + count(n);
        });
      }
    }
    return "Named in the structured fields of " + count(person.total()) + ": " + String.join(", ", parts) + ".";
  }

  private static DateHistogram timeline(Person person, String path) {
    if (person.years().isEmpty()) {
      return DateHistogram.of(List.of(), key -> "", "");
    }
    int first = person.years().keySet().stream().filter(y -> y > 0).min(Integer::compare).orElse(0);
    int last = person.years().keySet().stream().max(Integer::compare).orElse(0);
    List<HistogramBucket> buckets = new ArrayList<>();
    for (int y = first; y <= last && first > 0; y++) {
      buckets.add(new HistogramBucket(Integer.toString(y), person.years().getOrDefault(y, 0)));
    }
    return DateHistogram.of(buckets, key -> path + "?year=" + key, "Cables naming " + person.name() + " by year");
  }

  /** The cables whose text names the person in full: a phrase search for each full spelling. */
  private PersonPage.Mentions mentions(Person person) throws IOException {
    if (person.surnameOnly()) {
      return new PersonPage.Mentions(false, "", List.of(), "", "");
    }
    String query = mentionQuery(person);
    // best match first: the cables that name the person most (and ranking a phrase skips what cannot reach the page)
    SearchResult result = archive.search(new SearchRequest(query, Map.of(), SortOrder.RELEVANCE, ROWS, null, false, 0, null, false));
    return new PersonPage.Mentions(true, count(result.total()),
        result.hits().stream().map(h -> CableRow.of(h.cable())).toList(), "/search?q=" + SitePaths.param(query),
        String.join(" or ", person.phrases().stream().map(p -> "“" + p + "”").toList()));
  }

  /** The search that finds a person's full name in the text: each spelling as a phrase. */
  public static String mentionQuery(Person person) {
    return String.join(" OR ", person.phrases().stream().map(p -> "text:\"" + p + "\"").toList());
  }

  private void index(Context ctx) throws IOException {
    String q = ctx.queryParam("q");
    String query = q == null ? "" : q.strip();
    if (query.length() > 200) {
      throw HttpError.badRequest("q is longer than 200 characters.");
    }
    pages.send(ctx, recent.get("/person?q=" + query, () -> {
      CableNetwork network = archive.network();
      List<Person> people = query.isEmpty() ? network.people() : network.peopleNamed(query);
      List<PeoplePage.Entry> entries = people.stream().limit(INDEX).map(p -> new PeoplePage.Entry(p.name(),
          SitePaths.person(p.slug()), p.context(), p.total(), p.posts().isEmpty() ? "" : p.posts().get(p.posts().size() - 1).post()))
          .toList();
      String lead = query.isEmpty()
          ? String.format(Locale.ROOT, "%,d people are named in the cables' signatures, \"Classified By\" lines and person tags.",
              people.size()) + (people.size() > INDEX ? " The " + INDEX + " named on most cables:" : "")
          : String.format(Locale.ROOT, "%,d %s “%s”.", people.size(), people.size() == 1 ? "person matches" : "people match", query);
      return pages.bytes("people.jte", new PeoplePage(Chrome.titled("People"), query, lead, entries));
    }));
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? "cable" : "cables");
  }

  private static Role role(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    for (Role r : Role.values()) {
      if (r.key().equals(text.strip())) {
        return r;
      }
    }
    throw HttpError.badRequest("role must be signed, classified or tagged.");
  }

  private static int from(String text) {
    try {
      int from = text == null ? 0 : Integer.parseInt(text.strip());
      if (from >= 0 && from <= 10_000_000) {
        return from;
      }
    } catch (NumberFormatException e) {
      // falls through
    }
    throw HttpError.badRequest("from must be a number of cables to skip.");
  }

  private static Integer year(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (!text.strip().matches("\\d{4}")) {
      throw HttpError.badRequest("year must be four digits.");
    }
    return Integer.parseInt(text.strip());
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }
}
