package org.cablearchive.web.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.UnmatchedValues;
import org.cablearchive.model.ReferenceId;

/**
 * What the archive knows about a query beyond its hits, so that no search ends silently at nothing:
 * whether the cable a query names is held or cited, and which whole values no cable has
 * ({@link UnmatchedValues}). Shared by the search page and {@code /api/search}.
 *
 * @param cable the cable the query names, or empty
 * @param held whether the archive holds that cable
 * @param citedBy how many archived cables cite it
 * @param unmatched values of whole-value fields no cable has
 */
public record QueryNotices(Optional<ReferenceId> cable, boolean held, int citedBy, List<UnmatchedValues.Unmatched> unmatched) {

  public static QueryNotices of(SearchForm form, Archive archive) throws IOException {
    Optional<ReferenceId> id = form.cableId();
    if (id.isPresent()) {
      return new QueryNotices(id, archive.find(id.get()).isPresent(), archive.citedBy(id.get()).size(), List.of());
    }
    return new QueryNotices(id, false, 0, UnmatchedValues.in(form.query(), archive));
  }

  /** Whether the query names a cable the archive has a page for: held, or cited by cables it holds. */
  public boolean namesAKnownCable() {
    return cable.isPresent() && (held || citedBy > 0);
  }

  /**
   * What the archive runs for the reader's query: a query naming a cable the archive holds or cites finds
   * that cable and the cables citing it (no text spells an ID the way it is asked for); any other query,
   * one that only looks like an unknown ID included, is searched as typed.
   */
  public String archiveQuery(SearchForm form) {
    return namesAKnownCable() ? "id:" + cable.get().value() + "^10 OR cites:" + cable.get().value() : form.query();
  }

  /** The notices of the search page, each with the searches that work instead. */
  List<SearchPage.Notice> notices(SearchForm form) {
    List<SearchPage.Notice> notices = new ArrayList<>();
    cable.filter(id -> !namesAKnownCable()).ifPresent(id -> notices.add(new SearchPage.Notice(
        "The archive holds no cable " + id.value() + ", and no cable it holds cites it.", List.of())));
    for (UnmatchedValues.Unmatched u : unmatched) {
      List<SearchPage.Link> links = u.suggestions().stream()
          .map(s -> new SearchPage.Link(s.query() + " (" + SearchPageBuilder.count(s.count()) + ")",
              form.withQuery(s.query()).at("/search")))
          .toList();
      notices.add(new SearchPage.Notice(u.problem(), links));
    }
    return notices;
  }
}
