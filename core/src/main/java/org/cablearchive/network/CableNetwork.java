package org.cablearchive.network;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cablearchive.model.ReferenceId;

/**
 * The people, posts and references of an archive at one moment, built once per view of the archive
 * ({@link NetworkBuilder}) and then only read: every question a page asks is answered from memory.
 * Nodes are the held cables (numbered first) and every cited ID the archive keeps no document under; a
 * telegram held only in sections published on their own is one of those, and counts as held through them.
 */
public final class CableNetwork {
  private final ReferenceId[] nodes;
  private final int held;
  /** Per node, the held cable holding its text (itself, or a telegram's first section), or -1. */
  private final int[] heldAs;
  /** How many sections of each telegram are published on their own, by the telegram's ID (none for most). */
  private final Map<String, Integer> partCount;
  private final Map<String, Integer> nodeIndex;
  private final long[] created;
  private final int[] nodeStation;
  private final String[] stations;
  private final int[] citesStart;
  private final int[] cites;
  private final int[] citedByStart;
  private final int[] citedBy;
  private final double[] rank;
  private final int[] position;
  private final int[] tagsStart;
  private final int[] tags;
  private final String[] tagNames;
  private final List<Person> people;
  private final Map<String, Integer> personBySlug = new HashMap<>();
  private final int[] cablePeopleStart;
  private final int[] cablePeople;
  /** Beside each entry of {@link #cablePeople}, the person's roles on that cable as bits by {@link Role#ordinal()}. */
  private final int[] cableRoles;
  private final List<Post> posts;
  private final Map<String, Post> postByStation = new HashMap<>();
  private final Map<String, Integer> stationIndex = new HashMap<>();
  private final int[] toStart;
  private final int[] to;
  private final int[] infoStart;
  private final int[] info;
  /** Each held cable's year (0 when its date is not known). */
  private final int[] year;
  private final List<List<Companion>> companions;
  private final Map<String, List<Correspondent>> correspondents;

  CableNetwork(ReferenceId[] nodes, int held, int[] heldAs, Map<String, Integer> partCount, Map<String, Integer> nodeIndex, long[] created, int[] nodeStation,
      String[] stations, int[] citesStart, int[] cites, double[] rank, int[] tagsStart, int[] tags, String[] tagNames,
      PeopleBuilder.Result people, NetworkBuilder.PostTable posts) {
    this.nodes = nodes;
    this.held = held;
    this.heldAs = heldAs;
    this.partCount = partCount;
    this.nodeIndex = nodeIndex;
    this.created = created;
    this.nodeStation = nodeStation;
    this.stations = stations;
    this.citesStart = citesStart;
    this.cites = cites;
    this.rank = rank;
    this.tagsStart = tagsStart;
    this.tags = tags;
    this.tagNames = tagNames;
    this.people = List.copyOf(people.people());
    this.cablePeopleStart = people.cablePeopleStart();
    this.cablePeople = people.cablePeople();
    this.cableRoles = people.cableRoles();
    this.posts = List.copyOf(posts.posts());
    this.toStart = posts.toStart();
    this.to = posts.to();
    this.infoStart = posts.infoStart();
    this.info = posts.info();
    for (int i = 0; i < this.people.size(); i++) {
      personBySlug.put(this.people.get(i).slug(), i);
    }
    this.posts.forEach(p -> postByStation.put(p.station(), p));
    for (int i = 0; i < stations.length; i++) {
      stationIndex.put(stations[i], i);
    }
    this.year = new int[held];
    for (int c = 0; c < held; c++) {
      year[c] = created[c] == Long.MIN_VALUE ? 0 : java.time.LocalDate.ofEpochDay(Math.floorDiv(created[c], 86_400_000L)).getYear();
    }
    this.companions = companionsOf(this.people, cablePeopleStart, cablePeople, held);
    this.correspondents = correspondentsOf();
    int[][] reversed = reverse(nodes.length, citesStart, cites);
    this.citedByStart = reversed[0];
    this.citedBy = reversed[1];
    this.position = positions(rank, nodes);
  }

  /** The network of an empty archive. */
  public static CableNetwork empty() {
    return new NetworkBuilder().build();
  }

  private static int[][] reverse(int n, int[] start, int[] edges) {
    int[] counts = new int[n + 1];
    for (int e : edges) {
      counts[e + 1]++;
    }
    for (int i = 0; i < n; i++) {
      counts[i + 1] += counts[i];
    }
    int[] fill = Arrays.copyOf(counts, n);
    int[] reversed = new int[edges.length];
    for (int from = 0; from < n; from++) {
      for (int e = start[from]; e < start[from + 1]; e++) {
        reversed[fill[edges[e]]++] = from;
      }
    }
    return new int[][] {counts, reversed};
  }

  /** Each node's place in rank order (1 = highest); equal ranks are ordered by ID. */
  private static int[] positions(double[] rank, ReferenceId[] nodes) {
    Integer[] order = new Integer[rank.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -rank[i]).thenComparing(i -> nodes[i]));
    int[] position = new int[rank.length];
    for (int p = 0; p < order.length; p++) {
      position[order[p]] = p + 1;
    }
    return position;
  }

  // ---- the reference graph ----

  /** How many cables the archive holds. */
  public int heldCount() {
    return held;
  }

  /**
   * The place of a held cable in the order the builder was given the held cables (from 0), or -1 for an ID
   * the archive does not hold: an archive that gave them in its own order finds its records of a cable by it.
   */
  public int heldIndex(ReferenceId id) {
    Integer n = nodeIndex.get(id.value());
    return n == null || n >= held ? -1 : n;
  }

  /** How many nodes the reference graph has: held cables and cited IDs the archive does not hold. */
  public int nodeCount() {
    return nodes.length;
  }

  /** Where a cable stands in the reference graph, or empty when no held cable is or cites it. */
  public Optional<Standing> standing(ReferenceId id) {
    Integer n = nodeIndex.get(id.value());
    return n == null ? Optional.empty() : Optional.of(standing(n));
  }

  /**
   * Whether the archive holds the text of the cable {@code id}: a document kept under it, or, for a telegram
   * the release published only in sections of their own, one of those sections (when a held cable cites it).
   */
  public boolean holds(ReferenceId id) {
    Integer n = nodeIndex.get(id.value());
    return n != null && heldAs[n] >= 0;
  }

  /**
   * How many held documents are of telegram {@code id}: its own document, if held, and its sections
   * published on their own. A cable page asks it of every cable, and most telegrams have one.
   */
  public int documentsOf(ReferenceId telegram) {
    return (heldIndex(telegram) >= 0 ? 1 : 0) + partCount.getOrDefault(telegram.value(), 0);
  }

  private Standing standing(int n) {
    int doc = heldAs[n];
    return new Standing(nodes[n], doc >= 0, doc < 0 ? null : nodes[doc], rank[n], position[n], nodes.length,
        citedByStart[n + 1] - citedByStart[n], citesStart[n + 1] - citesStart[n],
        doc >= 0 && created[doc] != Long.MIN_VALUE ? Instant.ofEpochMilli(created[doc]) : null, stations[nodeStation[n]]);
  }

  /**
   * A node of the reference graph.
   *
   * @param held whether the archive holds its text, as a document of its own or, for a telegram published
   *     only in sections of their own, as those sections
   * @param document the held document holding its text: {@code id} itself, or the telegram's first section
   *     published on its own; null when not held
   * @param rank its citation rank (all ranks sum to 1)
   * @param position its place when all nodes are ordered by rank (1 = highest)
   * @param of how many nodes there are
   * @param citedBy how many held cables cite it
   * @param cites how many IDs it cites
   * @param created when it was written (held cables only, a telegram in sections by its first), or null
   * @param station the station of its ID
   */
  public record Standing(ReferenceId id, boolean held, ReferenceId document, double rank, int position, int of, int citedBy, int cites,
      Instant created, String station) {
    /** The rank against an even share: 1 is average, 10 is ten times the average. */
    public double relative() {
      return rank * of;
    }
  }

  /** A cable's rank (0 for an ID no held cable is or cites), for ordering search results. */
  public double rank(String id) {
    Integer n = nodeIndex.get(id);
    return n == null ? 0 : rank[n];
  }

  /** The IDs a cable cites, as the graph holds them. */
  public List<ReferenceId> cites(ReferenceId id) {
    Integer n = nodeIndex.get(id.value());
    return n == null ? List.of() : ids(cites, citesStart[n], citesStart[n + 1]);
  }

  /** The held cables citing an ID. */
  public List<ReferenceId> citedBy(ReferenceId id) {
    Integer n = nodeIndex.get(id.value());
    return n == null ? List.of() : ids(citedBy, citedByStart[n], citedByStart[n + 1]);
  }

  private List<ReferenceId> ids(int[] edges, int from, int to) {
    List<ReferenceId> list = new ArrayList<>(to - from);
    for (int e = from; e < to; e++) {
      list.add(nodes[edges[e]]);
    }
    return list;
  }

  /**
   * The thread of a cable: the cables it references and what they reference, and the cables citing it
   * and what cites them, up to {@code depth} steps each way, at most {@code perStep} nodes per step (the
   * highest ranked; the thread says when some were left out).
   */
  public Optional<Thread> thread(ReferenceId id, int depth, int perStep) {
    Integer focus = nodeIndex.get(id.value());
    if (focus == null) {
      return Optional.empty();
    }
    Map<Integer, Integer> step = new LinkedHashMap<>();
    step.put(focus, 0);
    boolean cut = walk(focus, depth, perStep, -1, citesStart, cites, step);
    cut |= walk(focus, depth, perStep, 1, citedByStart, citedBy, step);
    List<Thread.Node> nodesOut = new ArrayList<>();
    List<Thread.Edge> edges = new ArrayList<>();
    step.forEach((n, s) -> nodesOut.add(new Thread.Node(standing(n), s)));
    for (int n : step.keySet()) {
      for (int e = citesStart[n]; e < citesStart[n + 1]; e++) {
        if (step.containsKey(cites[e])) {
          edges.add(new Thread.Edge(nodes[n], nodes[cites[e]]));
        }
      }
    }
    return Optional.of(new Thread(id, depth, nodesOut, edges, cut));
  }

  /** Steps out from the focus one way; true when a step had more nodes than it kept. */
  private boolean walk(int focus, int depth, int perStep, int sign, int[] start, int[] edges, Map<Integer, Integer> step) {
    List<Integer> frontier = List.of(focus);
    boolean cut = false;
    for (int d = 1; d <= depth && !frontier.isEmpty(); d++) {
      java.util.Set<Integer> found = new java.util.LinkedHashSet<>();
      for (int n : frontier) {
        for (int e = start[n]; e < start[n + 1]; e++) {
          if (!step.containsKey(edges[e])) {
            found.add(edges[e]);
          }
        }
      }
      List<Integer> next = new ArrayList<>(found);
      next.sort(Comparator.<Integer>comparingInt(n -> position[n]));
      if (next.size() > perStep) {
        cut = true;
        next = new ArrayList<>(next.subList(0, perStep));
      }
      for (int n : next) {
        step.put(n, sign * d);
      }
      frontier = next;
    }
    return cut;
  }

  /**
   * The most cited cables, held or not, most citing cables first (then by rank): all of them, or those
   * of one station (by the station of their IDs), one year (of their IDs) or one tag (held cables only).
   * A null filter is no filter.
   */
  public List<Standing> mostCited(String station, Integer year, String tag, int limit) {
    Integer s = station == null ? null : stationIndex.get(station);
    if (station != null && s == null) {
      return List.of();
    }
    int tagIndex = tag == null ? -1 : Arrays.asList(tagNames).indexOf(tag);
    if (tag != null && tagIndex < 0) {
      return List.of();
    }
    List<Integer> found = new ArrayList<>();
    for (int n = 0; n < nodes.length; n++) {
      if (citedByStart[n + 1] == citedByStart[n] || (s != null && nodeStation[n] != s)
          || (year != null && nodes[n].year() != year) || (tagIndex >= 0 && !hasTag(n, tagIndex))) {
        continue;
      }
      found.add(n);
    }
    found.sort(Comparator.<Integer>comparingInt(n -> -(citedByStart[n + 1] - citedByStart[n])).thenComparingInt(n -> position[n]));
    return found.stream().limit(limit).map(this::standing).toList();
  }

  private boolean hasTag(int n, int tag) {
    if (n >= held) {
      return false;
    }
    for (int t = tagsStart[n]; t < tagsStart[n + 1]; t++) {
      if (tags[t] == tag) {
        return true;
      }
    }
    return false;
  }

  /** Every reference, citing ID first, in node order: the reference graph's edges. */
  public void forEachReference(java.util.function.BiConsumer<ReferenceId, ReferenceId> edge) {
    for (int n = 0; n < held; n++) {
      for (int e = citesStart[n]; e < citesStart[n + 1]; e++) {
        edge.accept(nodes[n], nodes[cites[e]]);
      }
    }
  }

  /** Every node of the reference graph, held cables first. */
  public void forEachNode(java.util.function.Consumer<Standing> node) {
    for (int n = 0; n < nodes.length; n++) {
      node.accept(standing(n));
    }
  }

  // ---- people ----

  /** Everyone, most cables first. */
  public List<Person> people() {
    List<Person> sorted = new ArrayList<>(people);
    sorted.sort(Comparator.comparingInt((Person p) -> -p.total()).thenComparing(Person::slug));
    return sorted;
  }

  public Optional<Person> person(String slug) {
    Integer i = personBySlug.get(slug);
    return i == null ? Optional.empty() : Optional.of(people.get(i));
  }

  /** The people a text names: those whose name or any spelling, read as words, contains every word of it. */
  public List<Person> peopleNamed(String text) {
    String[] words = PersonName.ascii(text).toUpperCase(Locale.ROOT).split("[^A-Z]+");
    List<Person> found = new ArrayList<>();
    for (Person p : people()) {
      String all = (p.name() + " " + String.join(" ", p.spellings().stream().map(Person.Spelling::text).toList()))
          .toUpperCase(Locale.ROOT);
      List<String> have = List.of(PersonName.ascii(all).split("[^A-Z]+"));
      if (Arrays.stream(words).filter(w -> !w.isEmpty()).allMatch(have::contains)) {
        found.add(p);
      }
    }
    return found;
  }

  /** The people a held cable names in its structured fields, each with the roles it names them in. */
  public List<NamedPerson> peopleOn(ReferenceId id) {
    Integer c = nodeIndex.get(id.value());
    if (c == null || c >= held) {
      return List.of();
    }
    List<NamedPerson> on = new ArrayList<>();
    for (int e = cablePeopleStart[c]; e < cablePeopleStart[c + 1]; e++) {
      java.util.EnumSet<Role> roles = java.util.EnumSet.noneOf(Role.class);
      for (Role role : Role.values()) {
        if ((cableRoles[e] & (1 << role.ordinal())) != 0) {
          roles.add(role);
        }
      }
      on.add(new NamedPerson(people.get(cablePeople[e]), java.util.Collections.unmodifiableSet(roles)));
    }
    return on;
  }

  /**
   * A person as one cable names them: the roles come from the network's build, so that a page need not
   * look the cable up in the person's lists (thousands of cables for an ambassador).
   */
  public record NamedPerson(Person person, java.util.Set<Role> roles) {}

  /** The people named on the same cables as this person, most shared cables first (at most {@link #KEPT}). */
  public List<Companion> companions(Person person, int limit) {
    Integer self = personBySlug.get(person.slug());
    if (self == null) {
      return List.of();
    }
    List<Companion> all = companions.get(self);
    return all.subList(0, Math.min(limit, all.size()));
  }

  /** How many companions and correspondents are kept for each person and post. */
  public static final int KEPT = 20;

  /** Each person's companions, counted once over every cable when the network is built. */
  private static List<List<Companion>> companionsOf(List<Person> people, int[] start, int[] onCable, int cables) {
    List<Map<Integer, Integer>> shared = new ArrayList<>(people.size());
    for (int p = 0; p < people.size(); p++) {
      shared.add(new HashMap<>());
    }
    for (int c = 0; c < cables; c++) {
      for (int a = start[c]; a < start[c + 1]; a++) {
        for (int b = start[c]; b < start[c + 1]; b++) {
          if (a != b) {
            shared.get(onCable[a]).merge(onCable[b], 1, Integer::sum);
          }
        }
      }
    }
    List<List<Companion>> companions = new ArrayList<>(people.size());
    for (Map<Integer, Integer> counts : shared) {
      companions.add(counts.entrySet().stream()
          .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(e -> people.get(e.getKey()).slug()))
          .limit(KEPT).map(e -> new Companion(people.get(e.getKey()), e.getValue())).toList());
    }
    return companions;
  }

  /** Another person, and on how many cables the two are named together. */
  public record Companion(Person person, int cables) {}

  /**
   * Every pair of people named together on the cables {@code on} accepts, with on how many: the people
   * graph's edges, keyed by the two people's numbers ({@link #personAt}), the lower in the high half.
   */
  public Map<Long, Integer> companionships(java.util.function.Predicate<ReferenceId> on) {
    Map<Long, Integer> pairs = new HashMap<>();
    for (int c = 0; c < held; c++) {
      if (!on.test(nodes[c])) {
        continue;
      }
      for (int a = cablePeopleStart[c]; a < cablePeopleStart[c + 1]; a++) {
        for (int b = a + 1; b < cablePeopleStart[c + 1]; b++) {
          int x = Math.min(cablePeople[a], cablePeople[b]);
          int y = Math.max(cablePeople[a], cablePeople[b]);
          pairs.merge(((long) x << 32) | y, 1, Integer::sum);
        }
      }
    }
    return pairs;
  }

  /** A person by their number in {@link #companionships}' keys. */
  public Person personAt(int index) {
    return people.get(index);
  }

  /** How many people there are (numbered from 0 in {@link #companionships}). */
  public int peopleCount() {
    return people.size();
  }

  // ---- posts ----

  /** Every post that sent or received a cable, most cables sent first. */
  public List<Post> posts() {
    List<Post> sorted = new ArrayList<>(posts);
    sorted.sort(Comparator.comparingInt((Post p) -> -p.sent().size()).thenComparing(Post::station));
    return sorted;
  }

  public Optional<Post> post(String station) {
    return Optional.ofNullable(postByStation.get(station));
  }

  /**
   * The posts this post wrote to most (TO and INFO), with how many cables each year: {@code limit}
   * posts (at most {@link #KEPT}), most cables first.
   */
  public List<Correspondent> correspondents(Post post, int limit) {
    List<Correspondent> all = correspondents.getOrDefault(post.station(), List.of());
    return all.subList(0, Math.min(limit, all.size()));
  }

  /** Every post's correspondents, counted once over every cable when the network is built. */
  private Map<String, List<Correspondent>> correspondentsOf() {
    Map<Long, Map<Integer, Integer>> counts = new HashMap<>();
    for (int c = 0; c < held; c++) {
      int from = nodeStation[c];
      java.util.Set<Integer> once = new java.util.HashSet<>();
      for (int[][] list : new int[][][] {{toStart, to}, {infoStart, info}}) {
        for (int e = list[0][c]; e < list[0][c + 1]; e++) {
          int s = list[1][e];
          if (s >= 0 && s != from && once.add(s)) {
            counts.computeIfAbsent(((long) from << 32) | s, k -> new TreeMap<>()).merge(year[c], 1, Integer::sum);
          }
        }
      }
    }
    Map<String, List<Correspondent>> byPost = new HashMap<>();
    counts.forEach((pair, byYear) -> {
      Post to = postByStation.get(stations[(int) (long) pair]);
      if (to != null) {
        byPost.computeIfAbsent(stations[(int) (pair >>> 32)], k -> new ArrayList<>()).add(new Correspondent(to, byYear));
      }
    });
    byPost.replaceAll((station, list) -> list.stream()
        .sorted(Comparator.comparingInt(Correspondent::total).reversed().thenComparing(c -> c.post().station()))
        .limit(KEPT).toList());
    return byPost;
  }

  /** A post written to, and how many cables each year (0: the year is not known). */
  public record Correspondent(Post post, Map<Integer, Integer> byYear, int total) {
    Correspondent(Post post, Map<Integer, Integer> byYear) {
      this(post, java.util.Collections.unmodifiableMap(byYear), byYear.values().stream().mapToInt(Integer::intValue).sum());
    }
  }
}
