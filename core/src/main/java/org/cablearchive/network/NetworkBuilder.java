package org.cablearchive.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cablearchive.model.ReferenceId;

/**
 * Builds a {@link CableNetwork} from the facts of every current cable, one cable at a time: what it keeps
 * per cable is a few ints and shared strings, so a whole release fits in tens of megabytes.
 */
public final class NetworkBuilder {
  private final List<ReferenceId> ids = new ArrayList<>();
  private final Map<String, Integer> held = new HashMap<>();
  private final IntList station = new IntList(1024);
  private final Interned strings = new Interned();
  private final List<String> stationNames = new ArrayList<>();
  private final Map<String, Integer> stationIndex = new HashMap<>();
  private final Map<Integer, Map<String, Integer>> originVotes = new HashMap<>();
  private final Map<Integer, Map<String, Integer>> senderVotes = new HashMap<>();
  private final IntList citesStart = new IntList(1024);
  private final List<String> cited = new ArrayList<>();
  private final IntList tagsStart = new IntList(1024);
  private final IntList tags = new IntList(4096);
  private final List<String> tagNames = new ArrayList<>();
  private final Map<String, Integer> tagIndex = new HashMap<>();
  private final IntList toStart = new IntList(1024);
  private final List<CableFacts.Station> to = new ArrayList<>();
  private final IntList infoStart = new IntList(1024);
  private final List<CableFacts.Station> info = new ArrayList<>();
  private final PeopleBuilder people = new PeopleBuilder();
  private long[] millis = new long[1024];
  private final Map<String, String> normalised = new HashMap<>();
  private final Map<Integer, Map<String, Integer>> ownRoutes = new HashMap<>();
  /** Each telegram's first section published on its own (lowest ID), by the telegram's ID. */
  private final Map<String, Integer> firstPart = new HashMap<>();
  /** How many sections of each telegram are published on their own, by the telegram's ID. */
  private final Map<String, Integer> partCount = new HashMap<>();
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  /** Adds one current cable; a cable given twice counts once (the first is kept). */
  public NetworkBuilder add(CableFacts facts) {
    String id = facts.id().value();
    if (held.containsKey(id)) {
      return this;
    }
    int cable = ids.size();
    held.put(id, cable);
    ids.add(facts.id());
    if (cable == millis.length) {
      millis = java.util.Arrays.copyOf(millis, cable * 2);
    }
    millis[cable] = facts.created() == null ? Long.MIN_VALUE : facts.created().toEpochMilli();
    int year = facts.created() == null ? 0 : java.time.LocalDate.ofEpochDay(Math.floorDiv(millis[cable], 86_400_000L)).getYear();
    // a section published on its own under a garbled ID is its telegram's post's
    int s = stationOf(facts.telegram().station());
    station.add(s);
    if (facts.origin() != null && !facts.origin().isBlank()) {
      originVotes.computeIfAbsent(s, k -> new HashMap<>()).merge(strings.of(facts.origin().strip()), 1, Integer::sum);
    }
    if (facts.senderRoute() != null && !facts.senderRoute().isBlank()) {
      // the DE line names the post's own indicator: it outweighs what addressees write
      ownRoutes.computeIfAbsent(s, k -> new HashMap<>()).merge(strings.of(facts.senderRoute().strip()), 1, Integer::sum);
    }
    if (facts.sender() != null && !facts.sender().isBlank()) {
      senderVotes.computeIfAbsent(s, k -> new HashMap<>()).merge(normal(facts.sender()), 1, Integer::sum);
    }
    citesStart.add(cited.size());
    for (ReferenceId c : facts.cites()) {
      if (!c.value().equals(id)) {
        cited.add(strings.of(c.value()));
      }
    }
    tagsStart.add(tags.size());
    for (String tag : facts.tags()) {
      String t = tag.strip();
      if (!t.isEmpty()) {
        Integer index = tagIndex.computeIfAbsent(t, k -> {
          tagNames.add(k);
          return tagNames.size() - 1;
        });
        tags.add(index);
      }
    }
    toStart.add(to.size());
    facts.to().forEach(a -> to.add(station(a)));
    infoStart.add(info.size());
    facts.info().forEach(a -> info.add(station(a)));
    people.add(cable, facts.telegram().station(), year, facts);
    if (!facts.telegram().equals(facts.id())) {
      firstPart.merge(facts.telegram().value(), cable, (a, b) -> ids.get(a).compareTo(ids.get(b)) <= 0 ? a : b);
      partCount.merge(facts.telegram().value(), 1, Integer::sum);
    }
    return this;
  }

  private CableFacts.Station station(CableFacts.Station a) {
    return new CableFacts.Station(a.route() == null ? null : strings.of(a.route()), normal(a.name()));
  }

  private int stationOf(String name) {
    return stationIndex.computeIfAbsent(name, k -> {
      stationNames.add(k);
      return stationNames.size() - 1;
    });
  }

  /** A station name as one spelling: upper case, single spaces (each distinct text normalised once). */
  private String normal(String name) {
    return normalised.computeIfAbsent(name, n -> strings.of(SPACES.matcher(n.strip()).replaceAll(" ").toUpperCase(Locale.ROOT)));
  }

  /** How many distinct cables were added so far. */
  public int heldCount() {
    return ids.size();
  }

  public CableNetwork build() {
    int cables = ids.size();
    citesStart.add(cited.size());
    tagsStart.add(tags.size());
    toStart.add(to.size());
    infoStart.add(info.size());
    long[] createdAt = java.util.Arrays.copyOf(millis, cables);
    // nodes: the held cables first, then every cited ID the archive does not hold
    List<ReferenceId> nodes = new ArrayList<>(ids);
    Map<String, Integer> nodeIndex = new HashMap<>(held);
    int[] cites = new int[cited.size()];
    for (int i = 0; i < cited.size(); i++) {
      String c = cited.get(i);
      Integer n = nodeIndex.get(c);
      if (n == null) {
        n = nodes.size();
        nodes.add(ReferenceId.of(c));
        nodeIndex.put(c, n);
      }
      cites[i] = n;
    }
    int nodeCount = nodes.size();
    int[] heldAs = heldAs(nodes, cables);
    int[] start = new int[nodeCount + 1];
    int[] heldStart = citesStart.toArray();
    int[] edges = distinctEdges(heldStart, cites, cables, start, nodeCount);
    double[] rank = CitationRank.of(nodeCount, start, edges);
    int[] nodeStation = new int[nodeCount];
    for (int n = 0; n < nodeCount; n++) {
      nodeStation[n] = n < cables ? station.get(n) : stationOf(nodes.get(n).station());
    }
    Map<String, String> postNames = postNames();
    PeopleBuilder.Result found = people.build(ids.toArray(ReferenceId[]::new), createdAt,
        s -> postNames.getOrDefault(s, s));
    PostTable posts = postTable(postNames, createdAt, found.chiefs());
    return new CableNetwork(nodes.toArray(ReferenceId[]::new), cables, heldAs, Map.copyOf(partCount), nodeIndex, createdAt, nodeStation,
        stationNames.toArray(String[]::new), start, edges, rank, tagsStart.toArray(), tags.toArray(),
        tagNames.toArray(String[]::new), found, posts);
  }

  /**
   * The held cable holding each node's text: itself for a held cable; for a cited telegram the release
   * published only in sections of its own ({@code 09SANJOSE525} as {@code 09SECTION01OF03SANJOSE525}), its
   * first such section, since a reader following the reference finds the telegram there; -1 for the rest.
   */
  private int[] heldAs(List<ReferenceId> nodes, int cables) {
    int[] heldAs = new int[nodes.size()];
    for (int n = 0; n < heldAs.length; n++) {
      heldAs[n] = n < cables ? n : firstPart.getOrDefault(nodes.get(n).value(), -1);
    }
    return heldAs;
  }

  /** The edges of each node without repeats, as {@code start}/edges arrays over all nodes (unheld nodes cite nothing). */
  private static int[] distinctEdges(int[] heldStart, int[] cites, int cables, int[] start, int nodeCount) {
    IntList edges = new IntList(cites.length);
    for (int n = 0; n < nodeCount; n++) {
      start[n] = edges.size();
      if (n < cables) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int e = heldStart[n]; e < heldStart[n + 1]; e++) {
          if (cites[e] != n && seen.add(cites[e])) {
            edges.add(cites[e]);
          }
        }
      }
    }
    start[nodeCount] = edges.size();
    return edges.toArray();
  }

  private Map<String, String> postNames() {
    Map<String, String> names = new HashMap<>();
    originVotes.forEach((s, votes) -> names.put(stationNames.get(s), winner(votes)));
    return names;
  }

  private static String winner(Map<String, Integer> votes) {
    return votes.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey).orElse("");
  }

  /** What a post page needs that is not about people: who sent and received what, and under which indicator. */
  record PostTable(List<Post> posts, int[] toStart, int[] to, int[] infoStart, int[] info) {}

  private PostTable postTable(Map<String, String> postNames, long[] createdAt, Map<String, List<Post.YearSigners>> chiefs) {
    int cables = ids.size();
    Map<String, Integer> senderToStation = new HashMap<>();
    senderVotes.forEach((s, votes) -> {
      String sender = winner(votes);
      senderToStation.merge(sender, s, (a, b) -> stationNames.get(a).compareTo(stationNames.get(b)) <= 0 ? a : b);
    });
    Map<String, Map<Integer, Integer>> routeVotes = new HashMap<>();
    ownRoutes.forEach((s, routes) -> routes.forEach((route, n) ->
        routeVotes.computeIfAbsent(route, k -> new HashMap<>()).merge(s, n, Integer::sum)));
    for (List<CableFacts.Station> list : List.of(to, info)) {
      for (CableFacts.Station a : list) {
        Integer s = senderToStation.get(a.name());
        if (s != null && a.route() != null) {
          routeVotes.computeIfAbsent(a.route(), k -> new HashMap<>()).merge(s, 1, Integer::sum);
        }
      }
    }
    Map<String, Integer> routeToStation = new HashMap<>();
    Map<Integer, Map<String, Integer>> stationRoutes = new HashMap<>();
    routeVotes.forEach((route, votes) -> {
      int s = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      routeToStation.put(route, s);
      stationRoutes.computeIfAbsent(s, k -> new HashMap<>()).merge(route, votes.get(s), Integer::sum);
    });
    int[] toStations = resolve(to, routeToStation, senderToStation);
    int[] infoStations = resolve(info, routeToStation, senderToStation);
    int stationCount = stationNames.size();
    List<IntList> sent = lists(stationCount);
    List<IntList> receivedTo = lists(stationCount);
    List<IntList> receivedInfo = lists(stationCount);
    Integer[] newestFirst = new Integer[cables];
    for (int c = 0; c < cables; c++) {
      newestFirst[c] = c;
    }
    java.util.Arrays.sort(newestFirst, Comparator.<Integer>comparingLong(c -> -createdAt[c]).thenComparing(c -> ids.get(c)));
    int[] toStartArray = toStart.toArray();
    int[] infoStartArray = infoStart.toArray();
    for (int c : newestFirst) {
      sent.get(station.get(c)).add(c);
      addOnce(receivedTo, toStations, toStartArray, c);
      addOnce(receivedInfo, infoStations, infoStartArray, c);
    }
    List<Post> posts = new ArrayList<>();
    for (int s = 0; s < stationCount; s++) {
      if (sent.get(s).size() + receivedTo.get(s).size() + receivedInfo.get(s).size() == 0) {
        continue;
      }
      String name = stationNames.get(s);
      Map<String, Integer> senders = senderVotes.get(s);
      posts.add(new Post(name, postNames.getOrDefault(name, name), senders == null ? "" : winner(senders),
          stationRoutes.containsKey(s) ? winner(stationRoutes.get(s)) : "", refs(sent.get(s)), refs(receivedTo.get(s)),
          refs(receivedInfo.get(s)), chiefs.getOrDefault(name, List.of())));
    }
    return new PostTable(posts, toStartArray, toStations, infoStartArray, infoStations);
  }

  private static List<IntList> lists(int n) {
    List<IntList> lists = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      lists.add(new IntList(4));
    }
    return lists;
  }

  private static void addOnce(List<IntList> lists, int[] stations, int[] start, int cable) {
    for (int e = start[cable]; e < start[cable + 1]; e++) {
      int s = stations[e];
      boolean repeated = false;
      for (int f = start[cable]; f < e && !repeated; f++) {
        repeated = stations[f] == s;
      }
      if (s >= 0 && !repeated) {
        lists.get(s).add(cable);
      }
    }
  }

  /** Each addressee's station: by its routing indicator when known, else by the name its post sends under; -1 neither. */
  private static int[] resolve(List<CableFacts.Station> addressees, Map<String, Integer> byRoute, Map<String, Integer> bySender) {
    int[] stations = new int[addressees.size()];
    for (int i = 0; i < stations.length; i++) {
      CableFacts.Station a = addressees.get(i);
      Integer s = a.route() == null ? null : byRoute.get(a.route());
      if (s == null) {
        s = bySender.get(a.name());
      }
      stations[i] = s == null ? -1 : s;
    }
    return stations;
  }

  private List<ReferenceId> refs(IntList cables) {
    List<ReferenceId> list = new ArrayList<>(cables.size());
    for (int i = 0; i < cables.size(); i++) {
      list.add(ids.get(cables.get(i)));
    }
    return java.util.Collections.unmodifiableList(list);
  }

  /** Strings kept once each: a release repeats a few thousand names hundreds of thousands of times. */
  private static final class Interned {
    private final Map<String, String> values = new HashMap<>();

    String of(String value) {
      return values.computeIfAbsent(value, v -> v);
    }
  }
}
