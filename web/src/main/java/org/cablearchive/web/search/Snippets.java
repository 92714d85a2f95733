package org.cablearchive.web.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cablearchive.archive.Highlight;
import org.cablearchive.archive.Snippet;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.web.SitePaths;

/** Cuts a snippet into plain and matched pieces (the template escapes both and wraps matches in {@code <mark>}). */
public final class Snippets {
  private Snippets() {}

  public static SearchPage.SnippetView view(ReferenceId id, Snippet snippet) {
    String href = snippet.paragraph() > 0 ? SitePaths.paragraph(id, snippet.paragraph()) : SitePaths.cable(id);
    String label = snippet.paragraph() > 0 ? "¶" + snippet.paragraph() : "Text";
    return new SearchPage.SnippetView(href, label, fragments(snippet.text(), snippet.highlights()), snippet.byMeaning());
  }

  /** Overlapping or out-of-range highlights are clipped rather than trusted. */
  static List<SearchPage.Fragment> fragments(String text, List<Highlight> highlights) {
    List<Highlight> sorted = new ArrayList<>(highlights);
    sorted.sort(Comparator.comparingInt(Highlight::start));
    List<SearchPage.Fragment> out = new ArrayList<>();
    int at = 0;
    for (Highlight h : sorted) {
      int start = Math.max(at, Math.min(h.start(), text.length()));
      int end = Math.max(start, Math.min(h.end(), text.length()));
      if (end == start) {
        continue;
      }
      if (start > at) {
        out.add(new SearchPage.Fragment(text.substring(at, start), false));
      }
      out.add(new SearchPage.Fragment(text.substring(start, end), true));
      at = end;
    }
    if (at < text.length()) {
      out.add(new SearchPage.Fragment(text.substring(at), false));
    }
    return out;
  }
}
