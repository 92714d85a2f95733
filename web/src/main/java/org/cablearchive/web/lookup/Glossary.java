package org.cablearchive.web.lookup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains the codes of a telegram: subject tags, FIPS 10-4 country codes, organisation tags, the
 * letters of a classification reason and handling caveats. Built once; immutable and thread-safe.
 */
public final class Glossary {
  /** A reason's letters: {@code (b)}, {@code (D)}, or letters after "1.4" written without parentheses. */
  private static final Pattern REASON_LETTER = Pattern.compile("\\(\\s*([a-hA-H])\\s*\\)|(?<![A-Za-z.])([a-hA-H])(?![A-Za-z.])");
  private static final Pattern CAVEAT_WORD = Pattern.compile("[A-Z]+");

  private final LookupTable subjects;
  private final Set<String> subjectCodes;
  private final LookupTable countries;
  private final Set<String> organisations;
  private final LookupTable reasons;
  private final LookupTable caveats;

  private Glossary(LookupTable subjects, Set<String> subjectCodes, LookupTable countries, Set<String> organisations,
      LookupTable reasons, LookupTable caveats) {
    this.subjects = subjects;
    this.subjectCodes = Set.copyOf(subjectCodes);
    this.countries = countries;
    this.organisations = Set.copyOf(organisations);
    this.reasons = reasons;
    this.caveats = caveats;
  }

  /** The glossary bundled with the reading room. */
  public static Glossary bundled() {
    return new Glossary(
        LookupTable.read("subject-tags.tsv", '\t'),
        codes("subject-tags.txt"),
        LookupTable.read("country-codes.tsv", '\t'),
        codes("organization-tags.txt"),
        LookupTable.read("classification-reasons.tsv", '\t'),
        LookupTable.read("handling-caveats.tsv", '\t'));
  }

  /** What a tag means; unknown tags are people when written "SURNAME, GIVEN", else {@link TagKind#OTHER}. */
  public TagMeaning tag(String tag) {
    String code = tag.trim();
    Optional<String> subject = subjects.get(code);
    if (subject.isPresent()) {
      return new TagMeaning(tag, TagKind.SUBJECT, subject.get());
    }
    Optional<String> country = countries.get(code);
    if (country.isPresent() && code.length() == 2) {
      return new TagMeaning(tag, TagKind.COUNTRY, country.get());
    }
    if (subjectCodes.contains(code.toUpperCase(Locale.ROOT))) {
      return new TagMeaning(tag, TagKind.SUBJECT, "");
    }
    if (organisations.contains(code.toUpperCase(Locale.ROOT))) {
      return new TagMeaning(tag, TagKind.ORGANIZATION, "");
    }
    if (code.contains(",") || code.contains(" ")) {
      return new TagMeaning(tag, TagKind.PERSON, "");
    }
    return new TagMeaning(tag, TagKind.OTHER, "");
  }

  /** The categories a reason line cites, in order, each once: "1.4 (b),(d)" → (b), (d). */
  public List<ClassificationReason> reasons(List<String> reasonTexts) {
    Set<Character> letters = new LinkedHashSet<>();
    for (String text : reasonTexts) {
      Matcher m = REASON_LETTER.matcher(text);
      while (m.find()) {
        String letter = m.group(1) != null ? m.group(1) : m.group(2);
        letters.add(Character.toLowerCase(letter.charAt(0)));
      }
    }
    List<ClassificationReason> out = new ArrayList<>();
    for (char letter : letters) {
      reasons.get(String.valueOf(letter)).ifPresent(meaning -> out.add(new ClassificationReason(letter, meaning)));
    }
    return out;
  }

  /** Explanations for the known caveats among the cable's handling lines. */
  public List<HandlingCaveat> caveats(List<String> handling) {
    Set<String> seen = new HashSet<>();
    List<HandlingCaveat> out = new ArrayList<>();
    for (String line : handling) {
      Matcher m = CAVEAT_WORD.matcher(line.toUpperCase(Locale.ROOT));
      while (m.find()) {
        String word = m.group();
        caveats.get(word).filter(meaning -> seen.add(word)).ifPresent(meaning -> out.add(new HandlingCaveat(word, meaning)));
      }
    }
    return out;
  }

  /** Every caveat the glossary explains, in the order of its table. */
  public List<HandlingCaveat> allCaveats() {
    return caveats.codes().stream().map(code -> new HandlingCaveat(code, caveats.get(code).orElseThrow())).toList();
  }

  /** Every reason letter with its meaning, for the explanation pages. */
  public List<ClassificationReason> allReasons() {
    List<ClassificationReason> out = new ArrayList<>();
    for (char letter = 'a'; letter <= 'h'; letter++) {
      char l = letter;
      reasons.get(String.valueOf(l)).ifPresent(meaning -> out.add(new ClassificationReason(l, meaning)));
    }
    return out;
  }

  private static Set<String> codes(String resource) {
    try (InputStream in = Glossary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("lookup resource missing from the build: " + resource);
      }
      Set<String> codes = new HashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (!line.isBlank()) {
          codes.add(line.trim().toUpperCase(Locale.ROOT));
        }
      }
      return codes;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lookup resource " + resource, e);
    }
  }
}
