package org.cablearchive.archive.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.cablearchive.archive.Highlight;
import org.cablearchive.archive.Snippet;
import org.cablearchive.model.Cable;
import org.cablearchive.model.Paragraph;
import org.cablearchive.model.Paragraphs;

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
  /**
   * Prefixes of words, found as the words are ({@link String#indexOf}) and not by trying every word of
   * the text against an automaton: with snippets, a prefix search over the full generated release took
   * twice as long as without them, a word's a third longer (docs/benchmarks.md).
   */
  private final Set<String> prefixes = new HashSet<>();
  /** Wildcard and fuzzy patterns, and prefixes that are not all letters and digits. */
  private final List<ByteRunAutomaton> patterns = new ArrayList<>();
  /** Which ASCII characters a word the query looks for can begin with (others are always tried). */
  private final boolean[] canBegin = new boolean[128];

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
        if (q instanceof PrefixQuery prefix && isWord(prefix.getPrefix().text())) {
          prefixes.add(prefix.getPrefix().text());
        } else {
          patterns.add(automaton.get());
        }
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }
    });
    for (String word : union(words, prefixes)) {
      if (!word.isEmpty() && word.charAt(0) < canBegin.length) {
        canBegin[word.charAt(0)] = true;
      }
    }
    for (ByteRunAutomaton pattern : patterns) {
      for (int c = 0; c < canBegin.length; c++) {
        canBegin[c] |= pattern.step(0, c) != -1;
      }
    }
  }

  /** Whether the query looks for words of the text (besides patterns such as prefixes). */
  boolean looksForWholeWords() {
    return !words.isEmpty();
  }

  boolean looksForWords() {
    return !words.isEmpty() || !prefixes.isEmpty() || !patterns.isEmpty();
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  /** Whether a text is one run of letters and digits, as the words {@link #findWords} finds. */
  private static boolean isWord(String text) {
    return !text.isEmpty() && text.chars().allMatch(Character::isLetterOrDigit);
  }

  /** The best passages, best first: the paragraphs with the most distinct matching words. */
  List<Snippet> find(Cable cable, int max) {
    if (!looksForWords()) {
      return List.of();
    }
    List<Scored> scored = cable.paragraphs() instanceof Paragraphs inBody && BodyMatches.fit(inBody)
        ? scoreInBody(cable.body(), inBody, max)
        : null;
    return scored == null ? findParagraphByParagraph(cable, max) : bestOrSubject(cable, scored, max);
  }

  /** Scores every paragraph's own text: the way for paragraphs that are not all stretches of the body. */
  List<Snippet> findParagraphByParagraph(Cable cable, int max) {
    return bestOrSubject(cable, scoreEach(cable), max);
  }

  /** The best passages, or the subject's when no paragraph matches (the words may be in the subject only). */
  private List<Snippet> bestOrSubject(Cable cable, List<Scored> scored, int max) {
    if (scored.isEmpty() && cable.subject() != null) {
      score(0, cable.subject()).ifPresent(scored::add);
    }
    return best(scored, max);
  }

  private List<Scored> scoreEach(Cable cable) {
    List<Paragraph> paragraphs = cable.paragraphs().isEmpty()
        ? List.of(new Paragraph(0, null, cable.body()))
        : cable.paragraphs();
    List<Scored> scored = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      score(p.number(), p.text()).ifPresent(scored::add);
    }
    return scored;
  }

  /**
   * Finds the matches in the whole body at once and ranks its paragraphs by them, then cuts passages
   * from the best paragraphs only: collapsing and scanning each paragraph of each hit apart took half
   * as long again. Ranks as {@link #scoreEach} does, as collapsing white space moves no
   * word across another. Null when lower-casing changes the body's length, so that places would not
   * carry over.
   */
  private List<Scored> scoreInBody(String body, Paragraphs paragraphs, int max) {
    LowerCased lowerCased = LowerCased.of(body);
    String lower = lowerCased.text();
    if (lower.length() != body.length()) {
      return null;
    }
    List<Highlight> spans = new ArrayList<>();
    findWords(lowerCased, spans, new HashSet<>());
    BodyMatches matches = new BodyMatches(paragraphs);
    for (Highlight span : spans) {
      matches.add(span.start(), span.end(), lower.substring(span.start(), span.end()));
    }
    List<Scored> scored = new ArrayList<>();
    for (int index : matches.best(max)) {
      Paragraph p = paragraphs.get(index);
      score(p.number(), p.text()).ifPresent(scored::add);
    }
    return scored;
  }

  private static List<Snippet> best(List<Scored> scored, int max) {
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
    LowerCased lowerCased = LowerCased.of(text);
    if (lowerCased.text().length() != text.length()) {
      tokenise(text, spans, distinct);
    } else {
      findWords(lowerCased, spans, distinct);
    }
  }

  /** The query's words, prefixes and patterns in a lower-cased text, in the text's order, each word once. */
  private void findWords(LowerCased lowerCased, List<Highlight> spans, Set<String> distinct) {
    String lower = lowerCased.text();
    if (!patterns.isEmpty()) {
      wordByWord(lowerCased, spans, distinct);
      return;
    }
    for (String word : words) {
      for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
        int end = at + word.length();
        if (isWordEdge(lower, at - 1) && isWordEdge(lower, end)) {
          spans.add(new Highlight(at, end));
          distinct.add(word);
        }
      }
    }
    for (String prefix : prefixes) {
      for (int at = lower.indexOf(prefix); at >= 0; at = lower.indexOf(prefix, at + 1)) {
        if (isWordEdge(lower, at - 1)) {
          int end = endOfWord(lower, at + prefix.length());
          spans.add(new Highlight(at, end));
          distinct.add(lower.substring(at, end));
        }
      }
    }
    spans.sort(Comparator.comparingInt(Highlight::start));
    if (!prefixes.isEmpty()) {
      // a word both asked for and begun by a prefix, or begun by two prefixes, was found more than once
      List<Highlight> once = spans.stream().distinct().toList();
      spans.clear();
      spans.addAll(once);
    }
  }

  private static int endOfWord(String text, int at) {
    while (at < text.length() && Character.isLetterOrDigit(text.charAt(at))) {
      at++;
    }
    return at;
  }

  /**
   * Prefix, wildcard and fuzzy patterns: every run of letters and digits is tried against them, on the
   * text's bytes when it is ASCII (as nearly every cable is), so that no word is copied unless it matches.
   */
  private void wordByWord(LowerCased lowerCased, List<Highlight> spans, Set<String> distinct) {
    String lower = lowerCased.text();
    byte[] ascii = lowerCased.ascii();
    boolean isAscii = ascii != null;
    int at = 0;
    while (at < lower.length()) {
      while (at < lower.length() && !Character.isLetterOrDigit(lower.charAt(at))) {
        at++;
      }
      int start = at;
      while (at < lower.length() && Character.isLetterOrDigit(lower.charAt(at))) {
        at++;
      }
      if (at > start && mayBegin(lower.charAt(start))
          && (isAscii ? matches(lower, ascii, start, at) : matches(lower.substring(start, at)))) {
        spans.add(new Highlight(start, at));
        distinct.add(lower.substring(start, at));
      }
    }
  }

  /** Whether a word beginning with {@code c} may be one the query looks for: most words are ruled out here. */
  private boolean mayBegin(char c) {
    return c >= canBegin.length || canBegin[c];
  }

  private boolean matches(String lower, byte[] ascii, int start, int end) {
    for (ByteRunAutomaton pattern : patterns) {
      if (pattern.run(ascii, start, end - start)) {
        return true;
      }
    }
    for (String prefix : prefixes) {
      if (prefix.length() <= end - start && lower.startsWith(prefix, start)) {
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
    if (words.contains(word) || prefixes.stream().anyMatch(word::startsWith)) {
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

  /**
   * A cable's paragraph found nearest in meaning (0: its text without numbered paragraphs), as a
   * passage: around the first word of the query it holds, with the query's words marked, or from its
   * start when it holds none. Empty when the cable has no such paragraph.
   */
  Optional<Snippet> nearestInMeaning(Cable cable, int number) {
    String text = null;
    if (number <= 0) {
      text = Paragraph.textOf(cable.body(), 0, cable.body().length());
    }
    for (Paragraph p : cable.paragraphs()) {
      text = text == null && p.number() == number ? p.text() : text;
    }
    return text == null || text.isBlank() ? Optional.empty() : Optional.of(nearestInMeaning(number, text));
  }

  private Snippet nearestInMeaning(int number, String text) {
    List<Highlight> spans = new ArrayList<>();
    if (looksForWords()) {
      scan(text, spans, new HashSet<>());
    }
    Snippet passage = cut(number, text, spans);
    return new Snippet(passage.paragraph(), passage.text(), passage.highlights(), true);
  }

  /** A window of the paragraph starting a little before its first match (or at its start), cut at spaces. */
  private static Snippet cut(int number, String text, List<Highlight> spans) {
    if (text.length() <= PASSAGE_LENGTH) {
      return new Snippet(number, text, spans);
    }
    int start = spans.isEmpty() ? 0 : Math.max(0, spans.get(0).start() - LEAD);
    if (start > 0) {
      int space = text.indexOf(' ', start);
      start = space < 0 || spans.isEmpty() || space >= spans.get(0).start() ? start : space + 1;
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
