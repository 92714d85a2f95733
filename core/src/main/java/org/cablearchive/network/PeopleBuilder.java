package org.cablearchive.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.cablearchive.model.ReferenceId;

/**
 * Gathers every name the cables give in their signatures, "Classified By" lines and person tags, and
 * decides who is who. The rules, in order:
 *
 * <ol>
 *   <li>Spellings with a given name written out are grouped by surname; within a surname, the fullest
 *       spellings come first, and each spelling joins the one person all of whose spellings are
 *       {@linkplain PersonName#compatible compatible} with it. A spelling compatible with two people is
 *       kept apart rather than guessed.</li>
 *   <li>A surname alone, or with initials only ({@code PASCUAL}, {@code C. PASCUAL}), is read per post:
 *       on each of its cables it is the person of that surname (and initials) named on the same cable
 *       (same-cable rule), or else the one such person who signed or classified cables at the same post
 *       within a year of that cable, or who signed or classified five times as many there then as all
 *       others of that name together (same-post rule). Signatures settled by the same-cable rule count as
 *       signing there. Cables no rule settles stay with a person known by
 *       the surname at that post: a surname is never enough on its own.</li>
 *   <li>A surname alone in the "Classified By" line counts only on a cable signed with that surname.</li>
 * </ol>
 */
final class PeopleBuilder {
  private final IntList occCable = new IntList(1024);
  private final IntList occRole = new IntList(1024);
  private final IntList occName = new IntList(1024);
  private final IntList occStation = new IntList(1024);
  private final IntList occYear = new IntList(1024);
  private final IntList occTitle = new IntList(1024);
  private final IntList occWriting = new IntList(1024);
  private final List<PersonName> names = new ArrayList<>();
  private final Map<PersonName, Integer> nameIndex = new HashMap<>();
  private final Indexed stations = new Indexed();
  private final Indexed titles = new Indexed();
  private final Indexed writings = new Indexed();
  /**
   * Each distinct text read once: a release repeats a few thousand signatures and "Classified By" lines
   * over hundreds of thousands of cables, and reading a name takes a dozen pattern matches.
   */
  private final Map<String, Optional<PersonName>> signers = new HashMap<>();
  private final Map<String, Optional<PersonName.Officer>> officers = new HashMap<>();
  private final Map<String, Optional<PersonName>> personTags = new HashMap<>();

  /** Reads the names of one cable; {@code station} is its post's, {@code year} its year (0 unknown). */
  void add(int cable, String station, int year, CableFacts facts) {
    Set<String> signedSurnames = new HashSet<>();
    for (String signer : facts.signers()) {
      signers.computeIfAbsent(signer, PersonName::ofSigner).ifPresent(name -> {
        signedSurnames.add(name.surnameKey());
        occurrence(cable, Role.SIGNED, name, signer.strip(), station, year, null);
      });
    }
    (facts.classifiedBy() == null ? Optional.<PersonName.Officer>empty()
        : officers.computeIfAbsent(facts.classifiedBy(), PersonName::ofClassifier)).ifPresent(officer -> {
      if (!officer.name().isSurnameOnly() || signedSurnames.contains(officer.name().surnameKey())) {
        occurrence(cable, Role.CLASSIFIED, officer.name(), facts.classifiedBy().strip(), station, year,
            title(facts.classifiedByTitle(), officer.title()));
      }
    });
    for (String tag : facts.tags()) {
      personTags.computeIfAbsent(tag, PersonName::ofTag).filter(PersonName::isFull)
          .ifPresent(name -> occurrence(cable, Role.TAGGED, name, tag.strip(), station, year, null));
    }
  }

  /** The title as given in its own field (up to its first comma), or the words before the name. */
  private static String title(String field, String beforeName) {
    String t = field != null && !field.isBlank() ? field : beforeName;
    if (t == null) {
      return null;
    }
    int comma = t.indexOf(',');
    t = (comma >= 0 ? t.substring(0, comma) : t).replaceAll("\\s+", " ").strip();
    return t.isEmpty() || t.length() > 80 ? null : t;
  }

  private void occurrence(int cable, Role role, PersonName name, String writing, String station, int year, String title) {
    Integer n = nameIndex.get(name);
    if (n == null) {
      n = names.size();
      names.add(name);
      nameIndex.put(name, n);
    }
    occCable.add(cable);
    occRole.add(role.ordinal());
    occName.add(n);
    occStation.add(stations.of(station == null ? "" : station));
    occYear.add(year);
    occTitle.add(title == null ? -1 : titles.of(title));
    occWriting.add(writings.of(writing));
  }

  /** What the people of the archive come to. */
  /** @param cableRoles beside each entry of {@code cablePeople}, the person's roles on that cable as bits by {@link Role#ordinal()} */
  record Result(List<Person> people, int[] cablePeopleStart, int[] cablePeople, int[] cableRoles,
      Map<String, List<Post.YearSigners>> chiefs) {}

  /**
   * @param ids each cable's ID
   * @param created each cable's creation time in epoch milliseconds (Long.MIN_VALUE unknown)
   * @param postName the name of a post by its station
   */
  Result build(ReferenceId[] ids, long[] created, Function<String, String> postName) {
    int occurrences = occCable.size();
    int[] personOf = new int[occurrences];
    List<Cluster> clusters = clusterFullNames();
    int[] clusterOfName = new int[names.size()];
    java.util.Arrays.fill(clusterOfName, -1);
    for (int c = 0; c < clusters.size(); c++) {
      for (int n : clusters.get(c).names) {
        clusterOfName[n] = c;
      }
    }
    List<Unit> units = new ArrayList<>();
    resolveUnits(clusters, clusterOfName, personOf, units, ids, postName);
    return assemble(clusters, units, personOf, ids, created, postName);
  }

  // ---- rule 1: full spellings ----

  /** People found from spellings with a given name: their names, and why each joined. */
  private static final class Cluster {
    final List<Integer> names = new ArrayList<>();
    final List<String> merges = new ArrayList<>();
  }

  private List<Cluster> clusterFullNames() {
    int[] counts = new int[names.size()];
    for (int i = 0; i < occName.size(); i++) {
      counts[occName.get(i)]++;
    }
    Map<String, List<Integer>> bySurname = new TreeMap<>();
    for (int n = 0; n < names.size(); n++) {
      if (names.get(n).isFull()) {
        bySurname.computeIfAbsent(names.get(n).surnameKey(), k -> new ArrayList<>()).add(n);
      }
    }
    List<Cluster> clusters = new ArrayList<>();
    for (List<Integer> group : bySurname.values()) {
      group.sort(Comparator.<Integer>comparingInt(n -> -names.get(n).given().size())
          .thenComparing(n -> names.get(n).hasShortForm()).thenComparingInt(n -> -counts[n])
          .thenComparing(n -> names.get(n).display()));
      List<Cluster> here = new ArrayList<>();
      for (int n : group) {
        PersonName name = names.get(n);
        List<Cluster> fits = here.stream()
            .filter(c -> c.names.stream().allMatch(m -> names.get(m).compatible(name))).toList();
        if (fits.size() == 1) {
          Cluster c = fits.get(0);
          c.names.add(n);
          c.merges.add("“" + name.display() + "” is " + names.get(c.names.get(0)).display()
              + ": same surname, and the given names agree (a short form, an initial or a middle name left out).");
        } else {
          Cluster c = new Cluster();
          c.names.add(n);
          if (fits.size() > 1) {
            c.merges.add("“" + name.display() + "” could be any of " + fits.size() + " people ("
                + String.join(", ", fits.stream().map(f -> names.get(f.names.get(0)).display()).toList())
                + "), so it is kept apart.");
          }
          here.add(c);
        }
      }
      clusters.addAll(here);
    }
    return clusters;
  }

  // ---- rule 2: a surname (and initials) per post ----

  /** The cables of one surname-only or initials-only spelling at one post, and who they turned out to be. */
  private static final class Unit {
    final String surname;
    final String initial;
    final int station;
    final List<Integer> occurrences = new ArrayList<>();
    final List<String> writings = new ArrayList<>();
    int remainder = -1;

    Unit(String surname, String initial, int station) {
      this.surname = surname;
      this.initial = initial;
      this.station = station;
    }
  }

  private void resolveUnits(List<Cluster> clusters, int[] clusterOfName, int[] personOf, List<Unit> units,
      ReferenceId[] ids, Function<String, String> postName) {
    Map<Integer, List<Integer>> clustersOnCable = new HashMap<>();
    Map<Long, Map<Integer, Integer>> activity = new HashMap<>(); // cluster × station → cables per year
    Map<String, Unit> byKey = new LinkedHashMap<>();
    for (int i = 0; i < occCable.size(); i++) {
      PersonName name = names.get(occName.get(i));
      int cluster = clusterOfName[occName.get(i)];
      if (cluster >= 0) {
        personOf[i] = cluster;
        clustersOnCable.computeIfAbsent(occCable.get(i), k -> new ArrayList<>(2)).add(cluster);
        if (occRole.get(i) != Role.TAGGED.ordinal() && occYear.get(i) > 0) {
          activity.computeIfAbsent(key(cluster, occStation.get(i)), k -> new HashMap<>()).merge(occYear.get(i), 1, Integer::sum);
        }
      } else if (occRole.get(i) != Role.TAGGED.ordinal()) {
        String initial = name.given().isEmpty() ? "" : name.given().get(0);
        int at = occStation.get(i);
        Unit unit = byKey.computeIfAbsent(name.surnameKey() + "|" + initial + "|" + at,
            k -> new Unit(name.surnameKey(), initial, at));
        unit.occurrences.add(i);
      } else {
        personOf[i] = -1;
      }
    }
    Map<String, List<Integer>> clustersBySurname = new HashMap<>();
    for (int c = 0; c < clusters.size(); c++) {
      clustersBySurname.computeIfAbsent(names.get(clusters.get(c).names.get(0)).surnameKey(), k -> new ArrayList<>()).add(c);
    }
    int next = clusters.size();
    Map<Unit, List<Integer>> candidatesOf = new HashMap<>();
    Map<Unit, Map<Integer, Integer>> sameCableOf = new HashMap<>();
    for (Unit unit : byKey.values()) {
      List<Integer> candidates = clustersBySurname.getOrDefault(unit.surname, List.of()).stream()
          .filter(c -> unit.initial.isEmpty() || initialFits(clusters.get(c), unit.initial)).toList();
      candidatesOf.put(unit, candidates);
      Map<Integer, Integer> sameCable = new HashMap<>();
      sameCableOf.put(unit, sameCable);
      for (int i : unit.occurrences) {
        int chosen = sameCable(candidates, clustersOnCable.get(occCable.get(i)));
        personOf[i] = chosen;
        if (chosen >= 0) {
          sameCable.merge(chosen, 1, Integer::sum);
          if (occYear.get(i) > 0) {
            // a signature settled on its own cable shows the person at that post that year
            activity.computeIfAbsent(key(chosen, unit.station), k -> new HashMap<>()).merge(occYear.get(i), 1, Integer::sum);
          }
        }
      }
    }
    for (Unit unit : byKey.values()) {
      List<Integer> candidates = candidatesOf.get(unit);
      Map<Integer, Integer> sameCable = sameCableOf.get(unit);
      Map<Integer, Integer> samePost = new HashMap<>();
      for (int i : unit.occurrences) {
        int chosen = personOf[i];
        if (chosen < 0) {
          chosen = samePost(candidates, activity, unit.station, occYear.get(i));
          if (chosen >= 0) {
            samePost.merge(chosen, 1, Integer::sum);
          }
        }
        if (chosen < 0) {
          if (unit.remainder < 0) {
            unit.remainder = next++;
            units.add(unit);
          }
          chosen = unit.remainder;
        }
        personOf[i] = chosen;
      }
      String spelling = names.get(occName.get(unit.occurrences.get(0))).display().toUpperCase(Locale.ROOT);
      String post = postName.apply(stations.get(unit.station));
      for (int c : candidates) {
        int byCable = sameCable.getOrDefault(c, 0);
        int byPost = samePost.getOrDefault(c, 0);
        if (byCable + byPost > 0) {
          clusters.get(c).merges.add("“" + spelling + "” at " + post + " is " + names.get(clusters.get(c).names.get(0)).display()
              + " on " + (byCable + byPost) + (byCable + byPost == 1 ? " cable" : " cables") + ": "
              + (byCable > 0 ? byCable + " also name the person in full (same-cable rule)" : "")
              + (byCable > 0 && byPost > 0 ? "; " : "")
              + (byPost > 0 ? byPost + " from the years the person signed or classified cables there (same-post rule)" : "")
              + ".");
        }
      }
    }
  }

  private boolean initialFits(Cluster cluster, String initial) {
    String first = names.get(cluster.names.get(0)).given().get(0);
    return PersonName.full(first).charAt(0) == initial.charAt(0) || first.charAt(0) == initial.charAt(0);
  }

  /** The one candidate named in full on the same cable, or -1. */
  private static int sameCable(List<Integer> candidates, List<Integer> onCable) {
    if (onCable == null) {
      return -1;
    }
    int found = -1;
    for (int c : candidates) {
      if (onCable.contains(c)) {
        if (found >= 0 && found != c) {
          return -1;
        }
        found = c;
      }
    }
    return found;
  }

  /**
   * The candidate who signed or classified cables at the station within a year of {@code year}, or -1:
   * the only one, or one with at least five times as many such cables as all others together (a
   * misspelt "Classified By" line on one cable must not leave a hundred signatures unsettled).
   */
  private static int samePost(List<Integer> candidates, Map<Long, Map<Integer, Integer>> activity, int station, int year) {
    if (year <= 0) {
      return -1;
    }
    int best = -1;
    int bestCount = 0;
    int others = 0;
    for (int c : candidates) {
      Map<Integer, Integer> years = activity.get(key(c, station));
      int count = 0;
      if (years != null) {
        for (int y = year - 1; y <= year + 1; y++) {
          count += years.getOrDefault(y, 0);
        }
      }
      if (count > bestCount) {
        others += bestCount;
        best = c;
        bestCount = count;
      } else {
        others += count;
      }
    }
    return bestCount > 0 && bestCount >= 5 * others ? best : -1;
  }

  private static long key(int cluster, int station) {
    return ((long) cluster << 32) | station;
  }

  // ---- the people as pages show them ----

  private Result assemble(List<Cluster> clusters, List<Unit> units, int[] personOf, ReferenceId[] ids, long[] created,
      Function<String, String> postName) {
    int people = clusters.size() + units.size();
    List<List<Integer>> occurrencesOf = new ArrayList<>(people);
    for (int p = 0; p < people; p++) {
      occurrencesOf.add(new ArrayList<>());
    }
    for (int i = 0; i < personOf.length; i++) {
      if (personOf[i] >= 0) {
        occurrencesOf.get(personOf[i]).add(i);
      }
    }
    Set<String> slugs = new HashSet<>();
    List<Person> result = new ArrayList<>(people);
    for (int p = 0; p < people; p++) {
      boolean full = p < clusters.size();
      Unit unit = full ? null : units.get(p - clusters.size());
      String name;
      String context;
      List<String> phrases = new ArrayList<>();
      List<String> merges;
      if (full) {
        Cluster c = clusters.get(p);
        name = names.get(c.names.get(0)).display();
        context = "";
        for (int n : c.names) {
          PersonName pn = names.get(n);
          addOnce(phrases, pn.phrase());
          addOnce(phrases, pn.callingName().toLowerCase(Locale.ROOT) + " " + pn.surname().toLowerCase(Locale.ROOT));
        }
        merges = c.merges;
      } else {
        PersonName written = names.get(occName.get(unit.occurrences.get(0)));
        name = written.display();
        String post = postName.apply(stations.get(unit.station));
        context = "signing at " + post;
        merges = List.of("Known only as “" + written.display().toUpperCase(Locale.ROOT) + "” at " + post
            + " on these cables: no person of that name is named in full on them or signed there in those years.");
      }
      String slug = uniqueSlug(slugs, full ? name : name + " " + stations.get(unit.station), occurrencesOf.get(p));
      result.add(person(slug, name, context, merges, phrases, occurrencesOf.get(p), ids, created, postName));
    }
    int[][] cablePeople = cablePeople(personOf, ids.length);
    return new Result(result, cablePeople[0], cablePeople[1], cablePeople[2], chiefs(personOf, result));
  }

  private static void addOnce(List<String> list, String value) {
    if (!list.contains(value)) {
      list.add(value);
    }
  }

  private String uniqueSlug(Set<String> taken, String name, List<Integer> occurrences) {
    String base = slug(name);
    String slug = base;
    if (taken.contains(slug) && !occurrences.isEmpty()) {
      slug = base + "-" + slug(stations.get(occStation.get(occurrences.get(0))));
    }
    for (int n = 2; taken.contains(slug); n++) {
      slug = base + "-" + n;
    }
    taken.add(slug);
    return slug;
  }

  /** A path segment from a name: lower-case ASCII letters and digits joined by dashes. */
  static String slug(String name) {
    String s = PersonName.ascii(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return s.isEmpty() ? "person" : s;
  }

  private Person person(String slug, String name, String context, List<String> merges, List<String> phrases,
      List<Integer> occurrences, ReferenceId[] ids, long[] created, Function<String, String> postName) {
    Map<Role, Set<Integer>> byRole = new EnumMap<>(Role.class);
    Map<String, int[]> spellingCounts = new LinkedHashMap<>();
    Map<Integer, Set<Integer>> years = new TreeMap<>();
    Map<Integer, int[]> spans = new LinkedHashMap<>();
    Map<Integer, Map<String, Integer>> titlesAt = new HashMap<>();
    Map<Integer, Set<Integer>> cablesAt = new HashMap<>();
    for (int i : occurrences) {
      int cable = occCable.get(i);
      Role role = Role.values()[occRole.get(i)];
      byRole.computeIfAbsent(role, r -> new HashSet<>()).add(cable);
      spellingCounts.computeIfAbsent(writings.get(occWriting.get(i)) + "\u0000" + role.ordinal(), k -> new int[1])[0]++;
      int year = occYear.get(i);
      years.computeIfAbsent(year, y -> new HashSet<>()).add(cable);
      if (role != Role.TAGGED && year > 0) {
        int station = occStation.get(i);
        int[] span = spans.computeIfAbsent(station, s -> new int[] {9999, 0});
        span[0] = Math.min(span[0], year);
        span[1] = Math.max(span[1], year);
        cablesAt.computeIfAbsent(station, s -> new HashSet<>()).add(cable);
        if (occTitle.get(i) >= 0) {
          titlesAt.computeIfAbsent(station, s -> new HashMap<>()).merge(titles.get(occTitle.get(i)), 1, Integer::sum);
        }
      }
    }
    Map<Role, List<ReferenceId>> cables = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      List<Integer> list = new ArrayList<>(byRole.getOrDefault(role, Set.of()));
      list.sort(Comparator.<Integer>comparingLong(c -> -created[c]).thenComparing(c -> ids[c]));
      cables.put(role, list.stream().map(c -> ids[c]).toList());
    }
    List<Person.Spelling> spellings = new ArrayList<>();
    spellingCounts.forEach((key, n) -> {
      int cut = key.indexOf('\u0000');
      spellings.add(new Person.Spelling(key.substring(0, cut), Role.values()[Integer.parseInt(key.substring(cut + 1))], n[0]));
    });
    spellings.sort(Comparator.comparingInt((Person.Spelling s) -> -s.cables()).thenComparing(Person.Spelling::text));
    List<Person.Term> posts = new ArrayList<>();
    spans.forEach((station, span) -> {
      List<String> titleList = titlesAt.getOrDefault(station, Map.of()).entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(3).map(Map.Entry::getKey).toList();
      posts.add(new Person.Term(stations.get(station), postName.apply(stations.get(station)), span[0], span[1], titleList,
          cablesAt.get(station).size()));
    });
    posts.sort(Comparator.comparingInt(Person.Term::from).thenComparing(Person.Term::station));
    Map<Integer, Integer> yearCounts = new TreeMap<>();
    years.forEach((y, set) -> yearCounts.put(y, set.size()));
    return new Person(slug, name, context, spellings, List.copyOf(merges), cables, posts, yearCounts, phrases);
  }

  /** Each post's signers by year, from the signatures as resolved. */
  private Map<String, List<Post.YearSigners>> chiefs(int[] personOf, List<Person> people) {
    Map<Integer, Map<Integer, Map<Integer, Integer>>> counts = new HashMap<>();
    Map<Long, Set<Integer>> cablesOfYear = new HashMap<>();
    for (int i = 0; i < personOf.length; i++) {
      if (occRole.get(i) == Role.SIGNED.ordinal() && personOf[i] >= 0 && occYear.get(i) > 0) {
        counts.computeIfAbsent(occStation.get(i), s -> new TreeMap<>())
            .computeIfAbsent(occYear.get(i), y -> new HashMap<>()).merge(personOf[i], 1, Integer::sum);
        cablesOfYear.computeIfAbsent(key(occStation.get(i), occYear.get(i)), k -> new HashSet<>()).add(occCable.get(i));
      }
    }
    Map<String, List<Post.YearSigners>> chiefs = new HashMap<>();
    counts.forEach((station, byYear) -> {
      List<Post.YearSigners> list = new ArrayList<>();
      byYear.forEach((year, signers) -> list.add(new Post.YearSigners(year, cablesOfYear.get(key(station, year)).size(),
          signers.entrySet().stream()
              .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
              .limit(3).map(e -> new Post.Signer(people.get(e.getKey()).slug(), people.get(e.getKey()).name(), e.getValue()))
              .toList())));
      chiefs.put(stations.get(station), list);
    });
    return chiefs;
  }

  /**
   * For each cable, the people it names, each once, with their roles on it: where each cable's list
   * starts, the lists in turn, and each entry's roles as bits.
   */
  private int[][] cablePeople(int[] personOf, int cables) {
    long[] occurrences = new long[personOf.length];
    int n = 0;
    for (int i = 0; i < personOf.length; i++) {
      if (personOf[i] >= 0) {
        // cable, person and role in one sortable number: a role needs two bits, a person fewer than 30
        occurrences[n++] = ((long) occCable.get(i) << 32) | ((long) personOf[i] << 2) | occRole.get(i);
      }
    }
    java.util.Arrays.sort(occurrences, 0, n);
    int[] start = new int[cables + 1];
    IntList people = new IntList(n);
    IntList roles = new IntList(n);
    long previous = -1;
    for (int i = 0; i < n; i++) {
      long cablePerson = occurrences[i] >>> 2;
      int role = 1 << (int) (occurrences[i] & 3);
      if (cablePerson != previous) {
        start[(int) (occurrences[i] >>> 32) + 1]++;
        people.add((int) (cablePerson & 0x3fffffff));
        roles.add(role);
        previous = cablePerson;
      } else {
        roles.set(roles.size() - 1, roles.get(roles.size() - 1) | role);
      }
    }
    for (int c = 0; c < cables; c++) {
      start[c + 1] += start[c];
    }
    return new int[][] {start, people.toArray(), roles.toArray()};
  }

  /** Strings kept once, each with its index. */
  private static final class Indexed {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    int of(String value) {
      Integer i = index.get(value);
      if (i == null) {
        i = values.size();
        values.add(value);
        index.put(value, i);
      }
      return i;
    }

    String get(int i) {
      return values.get(i);
    }
  }
}
