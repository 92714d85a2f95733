package org.cablearchive.archive.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.cablearchive.archive.Highlight;
import org.cablearchive.archive.Snippet;
import org.cablearchive.model.Cable;
import org.cablearchive.model.Paragraph;

/**
 * Finds the paragraphs of a cable that match a query's words and cuts a passage around the
 * matches. Works over the cable's own paragraphs so that every snippet names its paragraph
 * number, which a reader quotes ("paragraph 3").
 */
final class PassageFinder {
  static final int PASSAGE_LENGTH = 300;
  private static final int LEAD = 80;

  private final Analyzer analyzer;
  private final Set<String> words = new HashSet<>();
  private final List<ByteRunAutomaton> patterns = new ArrayList<>();

  /** Collects the words (and prefix, wildcard, fuzzy patterns) the query looks for in the text. */
  PassageFinder(Query query, Analyzer analyzer) {
    this.analyzer = analyzer;
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        return field.equals(IndexFields.TEXT) || field.equals(IndexFields.SUBJECT);
      }

      @Override
      public void consumeTerms(Query q, Term... terms) {
        for (Term t : terms) {
          words.add(t.text());
        }
      }

      @Override
      public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
        patterns.add(automaton.get());
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }
    });
  }

  boolean looksForWords() {
    return !words.isEmpty() || !patterns.isEmpty();
  }

  /** The best passages, best first: the paragraphs with the most distinct matching words. */
  List<Snippet> find(Cable cable, int max) {
    if (!looksForWords()) {
      return List.of();
    }
    List<Paragraph> paragraphs = cable.paragraphs().isEmpty()
        ? List.of(new Paragraph(0, null, cable.body()))
        : cable.paragraphs();
    List<Scored> scored = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      score(p.number(), p.text()).ifPresent(scored::add);
    }
    if (scored.isEmpty() && cable.subject() != null) {
      score(0, cable.subject()).ifPresent(scored::add);
    }
    return scored.stream()
        .sorted(Comparator.comparingInt(Scored::score).reversed())
        .limit(max)
        .map(Scored::snippet)
        .toList();
  }

  private record Scored(int score, Snippet snippet) {}

  private Optional<Scored> score(int number, String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    List<Highlight> spans = new ArrayList<>();
    Set<String> distinct = new HashSet<>();
    scan(text, spans, distinct);
    if (spans.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Scored(distinct.size() * 1000 + Math.min(spans.size(), 999), cut(number, text, spans)));
  }

  /**
   * Finds the query's words as whole words of the lower-cased text: far cheaper than tokenising every
   * paragraph of every hit, and the same words for all but odd tokens (which then go unmarked).
   */
  private void scan(String text, List<Highlight> spans, Set<String> distinct) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.length() != text.length()) {
      tokenise(text, spans, distinct);
      return;
    }
    if (patterns.isEmpty()) {
      for (String word : words) {
        for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
          int end = at + word.length();
          if (isWordEdge(lower, at - 1) && isWordEdge(lower, end)) {
            spans.add(new Highlight(at, end));
            distinct.add(word);
          }
        }
      }
      spans.sort(Comparator.comparingInt(Highlight::start));
    } else {
      wordByWord(lower, spans, distinct);
    }
  }

  /**
   * Prefix, wildcard and fuzzy patterns: every run of letters and digits is tried against them, on the
   * text's bytes when it is ASCII (as nearly every cable is), so that no word is copied unless it matches.
   */
  private void wordByWord(String lower, List<Highlight> spans, Set<String> distinct) {
    byte[] ascii = lower.getBytes(StandardCharsets.UTF_8);
    boolean isAscii = ascii.length == lower.length();
    int at = 0;
    while (at < lower.length()) {
      while (at < lower.length() && !Character.isLetterOrDigit(lower.charAt(at))) {
        at++;
      }
      int start = at;
      while (at < lower.length() && Character.isLetterOrDigit(lower.charAt(at))) {
        at++;
      }
      if (at > start && (isAscii ? matches(lower, ascii, start, at) : matches(lower.substring(start, at)))) {
        spans.add(new Highlight(start, at));
        distinct.add(lower.substring(start, at));
      }
    }
  }

  private boolean matches(String lower, byte[] ascii, int start, int end) {
    for (ByteRunAutomaton pattern : patterns) {
      if (pattern.run(ascii, start, end - start)) {
        return true;
      }
    }
    return !words.isEmpty() && words.contains(lower.substring(start, end));
  }

  private static boolean isWordEdge(String text, int at) {
    return at < 0 || at >= text.length() || !Character.isLetterOrDigit(text.charAt(at));
  }

  private void tokenise(String text, List<Highlight> spans, Set<String> distinct) {
    try (TokenStream tokens = analyzer.tokenStream(IndexFields.TEXT, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        String word = term.toString();
        if (matches(word)) {
          spans.add(new Highlight(offset.startOffset(), offset.endOffset()));
          distinct.add(word);
        }
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean matches(String word) {
    if (words.contains(word)) {
      return true;
    }
    if (patterns.isEmpty()) {
      return false;
    }
    BytesRef bytes = new BytesRef(word);
    for (ByteRunAutomaton pattern : patterns) {
      if (pattern.run(bytes.bytes, bytes.offset, bytes.length)) {
        return true;
      }
    }
    return false;
  }

  /** A window of the paragraph starting a little before its first match, cut at spaces. */
  private static Snippet cut(int number, String text, List<Highlight> spans) {
    if (text.length() <= PASSAGE_LENGTH) {
      return new Snippet(number, text, spans);
    }
    int start = Math.max(0, spans.get(0).start() - LEAD);
    if (start > 0) {
      int space = text.indexOf(' ', start);
      start = space < 0 || space >= spans.get(0).start() ? start : space + 1;
    }
    int end = Math.min(text.length(), start + PASSAGE_LENGTH);
    if (end < text.length()) {
      int space = text.lastIndexOf(' ', end);
      end = space > start ? space : end;
    }
    String prefix = start > 0 ? "… " : "";
    String suffix = end < text.length() ? " …" : "";
    int shift = prefix.length() - start;
    List<Highlight> inside = new ArrayList<>();
    for (Highlight h : spans) {
      if (h.start() >= start && h.end() <= end) {
        inside.add(new Highlight(h.start() + shift, h.end() + shift));
      }
    }
    return new Snippet(number, prefix + text.substring(start, end) + suffix, inside);
  }
}
