package org.cablearchive.network;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's name read from one structured place of a cable, in a form that can be compared: upper-case
 * ASCII words, the surname (with its particles, {@code VAN VOORST}), the given names in order (initials
 * as single letters) and a generational suffix. What cannot be read as a name (a station, a caveat, a
 * redaction) is not a name: the readers return empty.
 *
 * <p>Two spellings are {@linkplain #compatible compatible} when their surnames are equal and nothing in
 * their given names conflicts: first names equal or one the other's usual short form (Chris, Christopher),
 * or an initial matching the other's first letter; middle names likewise where both have one; suffixes
 * equal where both have one. A surname alone is compatible with nothing: it is never enough to merge.
 */
public record PersonName(String surname, List<String> given, String suffix) {
  private static final Set<String> PARTICLES = Set.of("VAN", "VON", "DE", "DEL", "DELLA", "DER", "DEN", "DA", "DI", "DU",
      "LA", "LE", "ST", "BIN", "IBN", "AL", "EL", "TER", "DOS", "DAS");
  private static final Set<String> SUFFIXES = Set.of("JR", "SR", "II", "III", "IV");
  /** Words of office and of the "Classified By" line: what stands before a name, never in it. */
  private static final Set<String> TITLE_WORDS = Set.of("AMBASSADOR", "AMBASADOR", "AMB", "AMBASSADORS", "DEPUTY",
      "CHIEF", "CHEIF", "OF", "MISSION", "DCM", "ADCM", "CDA", "CHARGE", "CHG", "D'AFFAIRES", "D'AFFAIRE", "D'AFFAIRS",
      "AFFAIRES", "AFFAIRS", "A.I", "AI", "ACTING", "POLITICAL", "POLITICO", "ECONOMIC", "ECON", "COUNSELOR",
      "COUNSELLOR", "COUNCELOR", "MINISTER", "MINCOUNS", "POLCOUNS", "ECONCOUNS", "POLMINCOUNS", "ECONMIN", "POLMIN",
      "ECPO", "POLEC", "PE", "POL", "CONSUL", "GENERAL", "CG", "PRINCIPAL", "OFFICER", "OFFICE", "SECTION", "HEAD",
      "DIRECTOR", "SECRETARY", "FIRST", "SECOND", "THIRD", "ATTACHE", "DEFENSE", "MILITARY", "PUBLIC", "MANAGEMENT",
      "REGIONAL", "SECURITY", "RSO", "PAO", "DAO", "USAID", "REPRESENTATIVE", "PERMANENT", "ALTERNATE", "SENIOR",
      "ADVISOR", "ADVISER", "COORDINATOR", "ASSISTANT", "UNDER", "SPECIAL", "ENVOY", "COMMERCIAL", "AGRICULTURAL",
      "LABOR", "REFUGEE", "RESIDENT", "LEGAL", "CONSULAR", "FOR", "THE", "AND", "EMBASSY", "U.S", "US", "DEPARTMENT",
      "DEPT", "STATE", "BY", "CLASSIFIED", "UNIT", "INTERNAL", "EXTERNAL", "AFFAIR", "INTERAGENCY", "PROVINCIAL",
      "GLOBAL", "PDAS", "DAS", "MC", "M-C", "IO", "EUR", "NEA", "WHA", "EAP", "AF", "SCA", "ISN", "AIT", "EXECUTIVE",
      "SPOKESMAN", "CHAIRMAN", "PRESIDENT", "VICE", "SENATOR", "CONGRESSMAN", "REP", "SEN", "GEN", "ADM", "COL",
      "LTC", "MAJ", "CAPT", "DR", "MR", "MRS", "MS", "MISS", "HON", "HONORABLE", "SIR", "PRT", "POLCOUNSELOR", "ECONCOUNSELOR", "DEPPOLCOUNS", "POLMILOFF", "POLMC", "ECONMC", "COM", "POLOFF", "ECONOFF", "POLECON", "CONGEN", "CONSGEN", "TEAM",
      "LEADER", "ACTG", "INTERIM", "CONSUL-GENERAL", "MINISTER-COUNSELOR", "POLITICAL-ECONOMIC", "POL-MIL",
      "POLITICAL-MILITARY", "ECONOMIC-POLITICAL", "COORDINATING", "SECTION-CHIEF");
  /** Words that mark a text as something other than a name: addressees, caveats, telegram words. */
  private static final Set<String> NOT_NAMES = Set.of("AMEMBASSY", "AMCONSUL", "USMISSION", "SECSTATE", "COLLECTIVE",
      "STATES", "MEMBER", "SENSITIVE", "UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "NOFORN", "QUOTE", "UNQUOTE",
      "MINIMIZE", "CONSIDERED", "IMMEDIATE", "PRIORITY", "ROUTINE", "GUIDANCE", "END", "TEXT", "NNNN", "BT", "SIPDIS",
      "REASONS", "REASON", "REF", "REFTEL", "PARA", "EMBASSY", "CONSULATE", "WASHDC", "AN", "THE", "OF", "AND", "IN",
      "TO", "FROM", "FOR", "DERIVED", "MULTIPLE", "SOURCES", "NA", "N/A", "NONE", "UNKNOWN", "STATE", "USG", "GOVERNMENT",
      "DEPARTMENT", "RIGHTS", "HUMAN", "ORGANIZATION", "COUNCIL");
  /** Usual short forms of given names, each with its full form. */
  private static final Map<String, String> SHORT_FORMS = shortForms();
  private static final Pattern WORD = Pattern.compile("[A-Z][A-Z'\\-]*\\.?|[A-Z]\\.?");
  private static final Pattern TAG_PERSON =
      Pattern.compile("^(?:[A-Z]{3,5}\\s*\\()?\\s*([A-Z][A-Z' \\-]*?)\\s*,\\s*([A-Z][A-Z. \\-]*?)\\s*\\.?\\s*\\)?$");
  private static final Pattern CLASSIFIED_BY = Pattern.compile("(?i).*classified\\s+by[:\\s]+");

  public PersonName {
    given = List.copyOf(given);
    suffix = suffix == null ? "" : suffix;
  }

  /** A signature: {@code PASCUAL}, {@code VAN VOORST}, {@code C. PASCUAL}, {@code TIMKEN JR}. */
  public static Optional<PersonName> ofSigner(String text) {
    List<String> words = words(text);
    if (words == null || words.isEmpty()) {
      return Optional.empty();
    }
    words = withoutRepeats(words);
    String suffix = takeSuffix(words);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    int surnameStart = surnameStart(words);
    List<String> given = new ArrayList<>();
    for (String w : words.subList(0, surnameStart)) {
      if (!isInitial(w)) {
        return Optional.empty(); // two full words in a signature are more often two signers than one name
      }
      given.add(w.substring(0, 1));
    }
    return named(words.subList(surnameStart, words.size()), given, suffix);
  }

  /** A person tag: {@code CLINTON, HILLARY}, {@code STEINBERG, JAMES B}, {@code OVIP (STEINBERG, JAMES B.)}. */
  public static Optional<PersonName> ofTag(String tag) {
    if (tag == null || tag.indexOf(',') < 0) {
      return Optional.empty();
    }
    Matcher m = TAG_PERSON.matcher(ascii(tag).toUpperCase(Locale.ROOT).strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    List<String> surname = words(m.group(1));
    List<String> given = words(m.group(2));
    if (surname == null || given == null || given.isEmpty() || surname.size() > 3 || given.size() > 4) {
      return Optional.empty();
    }
    String suffix = takeSuffix(given);
    return named(surname, initialsCut(given), suffix);
  }

  /** A classifying officer as the "Classified By" line names him, title words stripped; see {@link Officer}. */
  public static Optional<Officer> ofClassifier(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = CLASSIFIED_BY.matcher(ascii(text)).replaceFirst("").replace('\u201d', ' ').replace('"', ' ');
    t = t.replaceFirst("^\\(U\\)\\s*", "").replaceAll("(?i)\\ba\\.\\s?i\\.?(?=[\\s,]|$)", " ");
    int semicolon = t.lastIndexOf(';');
    String titleBefore = semicolon >= 0 ? t.substring(0, semicolon) : "";
    t = semicolon >= 0 ? t.substring(semicolon + 1) : t;
    String suffix = "";
    Matcher reversed = Pattern.compile("^([A-Z][A-Z'\\-]+),\\s*([A-Z][A-Z. ]+)$").matcher(t.strip());
    if (reversed.matches() && t.equals(t.toUpperCase(Locale.ROOT))) {
      return ofTag(t.strip()).map(name -> new Officer(name, ""));
    }
    int comma = t.indexOf(',');
    if (comma >= 0) {
      String after = t.substring(comma + 1).strip().replace(".", "").toUpperCase(Locale.ROOT);
      suffix = SUFFIXES.contains(after) ? after : "";
      t = t.substring(0, comma);
    }
    t = t.replaceAll("(?i)\\s+-?for\\b.*$", "");
    String[] tokens = t.strip().split("\\s+");
    List<String> upper = new ArrayList<>();
    for (String token : tokens) {
      upper.add(token.toUpperCase(Locale.ROOT));
    }
    if (upper.isEmpty() || upper.get(0).isEmpty()) {
      return Optional.empty();
    }
    List<String> name = new ArrayList<>(upper);
    String trailing = takeSuffix(name);
    suffix = suffix.isEmpty() ? trailing : suffix;
    int start = name.size();
    while (start > 0 && isNameWord(name.get(start - 1)) && !isTitleWord(name.get(start - 1))) {
      start--;
    }
    if (start == name.size()) {
      return Optional.empty();
    }
    List<String> nameWords = new ArrayList<>();
    for (String w : name.subList(start, name.size())) {
      nameWords.add(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
    }
    int surnameStart = surnameStart(nameWords);
    List<String> given = initialsCut(nameWords.subList(0, surnameStart));
    if (given.size() > 4) {
      return Optional.empty();
    }
    String title = String.join(" ", List.of(tokens).subList(0, Math.min(start, tokens.length))).strip();
    title = (titleBefore.isBlank() ? title : titleBefore.strip() + (title.isEmpty() ? "" : " " + title)).strip();
    String officeTitle = title;
    return named(nameWords.subList(surnameStart, nameWords.size()), given, suffix).map(n -> new Officer(n, officeTitle));
  }

  /** A classifying officer: the name, and the words of office written before it ({@code Ambassador}), or empty. */
  public record Officer(PersonName name, String title) {}

  /** The surname as one key: its words run together without hyphens or apostrophes ({@code VANVOORST}). */
  public String surnameKey() {
    return surname.replaceAll("[^A-Z]", "");
  }

  /** Whether the name has a given name written out (not only initials): a name that can be found in a text. */
  public boolean isFull() {
    return callingName() != null;
  }

  /** Whether only a surname is known. */
  public boolean isSurnameOnly() {
    return given.isEmpty();
  }

  /** The first given name written out, or null. */
  public String callingName() {
    for (String g : given) {
      if (g.length() > 1) {
        return g;
      }
    }
    return null;
  }

  /** Whether the two spellings may name one person (see the class comment). */
  public boolean compatible(PersonName other) {
    if (!surnameKey().equals(other.surnameKey()) || given.isEmpty() || other.given.isEmpty()) {
      return false;
    }
    if (!suffix.isEmpty() && !other.suffix.isEmpty() && !suffix.equals(other.suffix)) {
      return false;
    }
    if (!sameGiven(given.get(0), other.given.get(0))) {
      return false;
    }
    return given.size() < 2 || other.given.size() < 2 || sameGiven(given.get(1), other.given.get(1));
  }

  private static boolean sameGiven(String a, String b) {
    if (a.length() == 1 || b.length() == 1) {
      return full(a).charAt(0) == full(b).charAt(0) || a.charAt(0) == b.charAt(0);
    }
    return full(a).equals(full(b));
  }

  /** Whether a given name is written in a short form (Tom, Chris): the full form is shown when known. */
  public boolean hasShortForm() {
    return given.stream().anyMatch(SHORT_FORMS::containsKey);
  }

  /** The full form of a given name (Chris → CHRISTOPHER); a name without a short form is itself. */
  static String full(String given) {
    return SHORT_FORMS.getOrDefault(given, given);
  }

  /** The name as a reader writes it: {@code Carlos Pascual}, {@code James B. Steinberg}, {@code Carol van Voorst}. */
  public String display() {
    StringBuilder b = new StringBuilder();
    for (String g : given) {
      b.append(g.length() == 1 ? g + "." : capitalised(g)).append(' ');
    }
    String[] words = surname.split(" ");
    for (int i = 0; i < words.length; i++) {
      boolean particle = i < words.length - 1 && PARTICLES.contains(words[i]) && !given.isEmpty();
      b.append(particle ? words[i].toLowerCase(Locale.ROOT) : capitalised(words[i])).append(i < words.length - 1 ? " " : "");
    }
    if (!suffix.isEmpty()) {
      b.append(", ").append(suffix.equals("JR") || suffix.equals("SR") ? capitalised(suffix) + "." : suffix);
    }
    return b.toString();
  }

  /** The words a text names this person by, for a phrase search: the given names and surname, lower case. */
  public String phrase() {
    StringBuilder b = new StringBuilder();
    for (String g : given) {
      b.append(g.toLowerCase(Locale.ROOT)).append(' ');
    }
    return b.append(surname.toLowerCase(Locale.ROOT)).toString();
  }

  @Override
  public String toString() {
    return display();
  }

  private static Optional<PersonName> named(List<String> surnameWords, List<String> given, String suffix) {
    if (surnameWords.isEmpty()) {
      return Optional.empty();
    }
    String surname = String.join(" ", surnameWords);
    String key = surname.replaceAll("[^A-Z]", "");
    String last = surnameWords.get(surnameWords.size() - 1);
    if (key.length() < 2 || last.length() < 2 || isTitleWord(last) || NOT_NAMES.contains(last) || key.matches("X{3,}.*")
        || given.stream().anyMatch(g -> NOT_NAMES.contains(g) || g.matches("X{3,}"))) {
      return Optional.empty();
    }
    return Optional.of(new PersonName(surname, given, suffix));
  }

  /** Upper-case ASCII words of a text, or null when a word is not name-like (digits, slashes, symbols). */
  private static List<String> words(String text) {
    if (text == null) {
      return null;
    }
    String t = ascii(text).toUpperCase(Locale.ROOT).strip().replaceAll("^[.\\-]+", "");
    List<String> words = new ArrayList<>();
    for (String w : t.split("\\s+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (!WORD.matcher(w).matches() || NOT_NAMES.contains(w.replace(".", ""))) {
        return null;
      }
      words.add(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
    }
    return words;
  }

  private static boolean isNameWord(String w) {
    return WORD.matcher(w).matches() && w.replace(".", "").length() >= 1 && !w.contains("/");
  }

  private static boolean isTitleWord(String w) {
    String bare = w.replaceAll("[.,;:]", "");
    if (TITLE_WORDS.contains(bare)) {
      return true;
    }
    for (String part : bare.split("-")) {
      if (!part.isEmpty() && TITLE_WORDS.contains(part) && part.length() > 1) {
        return true;
      }
    }
    return false;
  }

  private static boolean isInitial(String w) {
    return w.length() == 1;
  }

  /** Where the surname begins: the last word, with the particles before it ({@code VAN VOORST}). */
  private static int surnameStart(List<String> words) {
    int start = words.size() - 1;
    while (start > 0 && PARTICLES.contains(words.get(start - 1)) && start - 1 > 0) {
      start--;
    }
    if (start == 1 && PARTICLES.contains(words.get(0)) && words.size() == 2) {
      start = 0; // "VAN VOORST" signed alone
    }
    return start;
  }

  /** Given names with run-together initials split ({@code JB} stays a name; {@code J.B} becomes J, B). */
  private static List<String> initialsCut(List<String> given) {
    List<String> out = new ArrayList<>();
    for (String g : given) {
      for (String part : g.split("\\.")) {
        if (!part.isEmpty()) {
          out.add(part);
        }
      }
    }
    return out;
  }

  private static String takeSuffix(List<String> words) {
    if (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1).replace(".", ""))) {
      return words.remove(words.size() - 1).replace(".", "");
    }
    return "";
  }

  private static List<String> withoutRepeats(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      if (!out.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  static String ascii(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('\u2019', '\'');
  }

  private static String capitalised(String word) {
    StringBuilder b = new StringBuilder(word.toLowerCase(Locale.ROOT));
    for (int i = 0; i < b.length(); i++) {
      boolean starts = i == 0 || b.charAt(i - 1) == '-' || b.charAt(i - 1) == '\''
          || (i == 2 && Character.toLowerCase(b.charAt(0)) == 'm' && b.charAt(1) == 'c' && b.length() > 3);
      if (starts) {
        b.setCharAt(i, Character.toUpperCase(b.charAt(i)));
      }
    }
    return b.toString();
  }

  private static Map<String, String> shortForms() {
    String[][] pairs = {
      {"CHRIS", "CHRISTOPHER"}, {"RICK", "RICHARD"}, {"RICH", "RICHARD"}, {"DICK", "RICHARD"}, {"TOM", "THOMAS"},
      {"JIM", "JAMES"}, {"JIMMY", "JAMES"}, {"BOB", "ROBERT"}, {"ROB", "ROBERT"}, {"BILL", "WILLIAM"},
      {"WILL", "WILLIAM"}, {"MIKE", "MICHAEL"}, {"DAVE", "DAVID"}, {"JOE", "JOSEPH"}, {"TONY", "ANTHONY"},
      {"SAM", "SAMUEL"}, {"DAN", "DANIEL"}, {"STEVE", "STEPHEN"}, {"GREG", "GREGORY"}, {"PAM", "PAMELA"},
      {"LIZ", "ELIZABETH"}, {"BETH", "ELIZABETH"}, {"KATE", "KATHERINE"}, {"KATHY", "KATHERINE"},
      {"NICK", "NICHOLAS"}, {"TIM", "TIMOTHY"}, {"ANDY", "ANDREW"}, {"DREW", "ANDREW"}, {"JON", "JONATHAN"},
      {"KEN", "KENNETH"}, {"LARRY", "LAWRENCE"}, {"MATT", "MATTHEW"}, {"RON", "RONALD"}, {"DON", "DONALD"},
      {"DOUG", "DOUGLAS"}, {"JEFF", "JEFFREY"}, {"JERRY", "GERALD"}, {"PEGGY", "MARGARET"}, {"MEG", "MARGARET"},
      {"VAL", "VALERIE"}, {"FRANK", "FRANCIS"}, {"FRAN", "FRANCIS"}, {"ALEX", "ALEXANDER"}, {"BEN", "BENJAMIN"},
      {"CHUCK", "CHARLES"}, {"CHARLIE", "CHARLES"}, {"ED", "EDWARD"}, {"TED", "EDWARD"}, {"PHIL", "PHILIP"},
      {"SUE", "SUSAN"}, {"TOMMY", "THOMAS"}, {"PAT", "PATRICK"}, {"STAN", "STANLEY"}, {"GENE", "EUGENE"},
      {"HANK", "HENRY"}, {"JACK", "JOHN"}, {"TERRY", "TERENCE"}, {"VINCE", "VINCENT"}, {"MARTY", "MARTIN"},
    };
    Map<String, String> forms = new java.util.HashMap<>();
    for (String[] p : pairs) {
      forms.put(p[0], p[1]);
    }
    return Map.copyOf(forms);
  }
}
