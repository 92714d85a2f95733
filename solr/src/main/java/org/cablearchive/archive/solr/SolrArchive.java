package org.cablearchive.archive.solr;

import static org.cablearchive.archive.solr.SchemaFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.ArchiveStats;
import org.cablearchive.archive.ReleaseDates;
import org.cablearchive.archive.ArchivedCable;
import org.cablearchive.archive.CableMeaning;
import org.cablearchive.archive.CableSummary;
import org.cablearchive.archive.CableToEmbed;
import org.cablearchive.archive.EmbeddedCable;
import org.cablearchive.archive.Hit;
import org.cablearchive.archive.MeaningCoverage;
import org.cablearchive.archive.MeaningModel;
import org.cablearchive.archive.SearchMode;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.archive.PublishedDocument;
import org.cablearchive.archive.Statement;
import org.cablearchive.archive.StoreOutcome;
import org.cablearchive.archive.Telegram;
import org.cablearchive.archive.Version;
import org.cablearchive.archive.lucene.QueryLanguage;
import org.cablearchive.json.CableJson;
import org.cablearchive.model.Cable;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.network.CableNetwork;
import org.cablearchive.archive.SortOrder;

/**
 * The archive in a SolrCloud collection prepared by {@link SolrCollections#create}. Like the embedded
 * archive it keeps one searchable document per cable (its current version) and one stored document per
 * release; queries are parsed by the embedded archive's parser and sent to Solr as exactly that query.
 *
 * <p>Storing consults the releases of every cable, read from the collection on the first store and
 * kept in memory, and sends documents in batches; {@link #commit} sends the rest. Two processes storing
 * into one collection at the same moment are not coordinated; within one process, stores of one cable
 * are serialised.
 *
 * <p>Connected with a {@link MeaningModel}, this process (never Solr) computes the meaning vectors of
 * the texts it stores and of the queries it runs; Solr keeps them in a dense vector field and finds the
 * nearest with its knn query parser.
 */
public final class SolrArchive implements Archive {
  private static final int LOCK_STRIPES = 64;
  /** More documents than the release published of any telegram. */
  private static final int MAX_TELEGRAM_DOCUMENTS = 1000;

  private final SolrClient client;
  private final String collection;
  private final Object[] locks = new Object[LOCK_STRIPES];
  private final Citations citations;
  private final UpdateBuffer updates = new UpdateBuffer(this);
  /** The meaning model, or null for words only. */
  private final MeaningModel meaning;
  private final CollectionNetwork network = new CollectionNetwork(this);
  private KnownReleases known;

  SolrArchive(SolrClient client, String collection, MeaningModel meaning) {
    this.client = client;
    this.collection = collection;
    this.meaning = meaning;
    for (int i = 0; i < LOCK_STRIPES; i++) {
      locks[i] = new Object();
    }
    this.citations = new Citations(this);
  }

  /**
   * Connects to an existing collection of a SolrCloud.
   *
   * @param zkHost the cluster's ZooKeeper, {@code host:port[,host:port...][/chroot]}
   * @throws IllegalArgumentException when the address is malformed or the collection does not exist
   * @throws IOException when the cluster cannot be reached
   */
  public static SolrArchive connect(String zkHost, String collection) throws IOException {
    return connect(zkHost, collection, null);
  }

  /**
   * Connects to an existing collection of a SolrCloud, to store and search with a meaning model
   * (null: by words only, and texts stored without vectors).
   *
   * @throws IllegalArgumentException when the address is malformed or the collection does not exist
   * @throws IOException when the cluster cannot be reached
   */
  public static SolrArchive connect(String zkHost, String collection, MeaningModel meaning) throws IOException {
    SolrClient client = clientFor(ZkAddress.parse(zkHost));
    boolean exists;
    try {
      exists = CollectionAdminRequest.listCollections(client).contains(collection);
    } catch (SolrServerException | SolrException | IOException e) {
      client.close();
      throw new IOException("cannot reach SolrCloud at " + zkHost + ": " + e.getMessage(), e);
    }
    if (!exists) {
      client.close();
      throw new IllegalArgumentException("no collection '" + collection + "' on " + zkHost + ": create it with solr-init");
    }
    return new SolrArchive(client, collection, meaning);
  }

  static SolrClient clientFor(ZkAddress address) {
    return new CloudSolrClient.Builder(address.hosts(), address.chroot()).build();
  }

  @Override
  public StoreOutcome store(Cable cable) throws IOException {
    String id = cable.documentId().value();
    KnownReleases known = knownReleases();
    Release incoming = Release.of(cable);
    CableMeaning meant = meaning != null && becomesCurrent(known.get(id), incoming) ? meaning.meaningOf(cable) : null;
    synchronized (locks[Math.floorMod(id.hashCode(), LOCK_STRIPES)]) {
      TreeSet<Release> releases = known.get(id);
      if (releases == null) {
        updates.add(CableDocuments.version(cable, incoming), current(cable, incoming, meant));
        known.put(id, new TreeSet<>(List.of(incoming)));
        citations.changed(id, cable.citedIds(), List.of());
        return StoreOutcome.ADDED;
      }
      Release held = releases.stream().filter(r -> r.hash() == incoming.hash()).findFirst().orElse(null);
      if (held != null) {
        return held.trust() < incoming.trust() ? redate(id, cable, releases, held, incoming) : StoreOutcome.UNCHANGED;
      }
      boolean conflict = releases.stream().anyMatch(incoming::sameText);
      Release latest = releases.last();
      releases.add(incoming);
      known.put(id, releases);
      if (incoming.compareTo(latest) < 0) {
        updates.add(CableDocuments.version(cable, incoming));
        return conflict ? StoreOutcome.CONFLICT : StoreOutcome.VERSION_ADDED;
      }
      Cable replaced = versionText(id, latest);
      updates.add(CableDocuments.version(cable, incoming), current(cable, incoming, meant));
      // re-adding the cable document resets its cited-by count, so its own count is recomputed at commit
      citations.changed(id, cable.citedIds(), replaced.citedIds());
      return conflict ? StoreOutcome.CONFLICT : StoreOutcome.UPDATED;
    }
  }

  /**
   * Replaces the date of a held text with the better one this release gives: its version document
   * anew (same key), and the cable document again, for its release date or because another text is
   * now the latest.
   */
  private StoreOutcome redate(String id, Cable cable, TreeSet<Release> releases, Release held, Release incoming)
      throws IOException {
    Release latestBefore = releases.last();
    Cable currentBefore = latestBefore.equals(held) ? cable : versionText(id, latestBefore);
    releases.remove(held);
    releases.add(incoming);
    knownReleases().put(id, releases);
    Release latest = releases.last();
    Cable current = latest.equals(incoming) ? cable : versionText(id, latest);
    // the cable document is sent anew: its vector is worked out again
    updates.add(CableDocuments.version(cable, incoming), current(current, latest, meaning == null ? null : meaning.meaningOf(current)));
    citations.changed(id, current.citedIds(), currentBefore.citedIds());
    return StoreOutcome.DATED;
  }

  /** Whether storing a release would make it the current one (worked out before the lock: the model is slow). */
  private static boolean becomesCurrent(TreeSet<Release> releases, Release incoming) {
    return releases == null
        || (releases.stream().noneMatch(r -> r.hash() == incoming.hash()) && incoming.compareTo(releases.last()) > 0);
  }

  private SolrInputDocument current(Cable cable, Release release, CableMeaning meant) {
    return meant == null ? CableDocuments.current(cable, release) : CableDocuments.current(cable, release, meaning.name(), meant);
  }

  @Override
  public List<CableToEmbed> cablesToEmbed(String after, int limit) throws IOException {
    if (meaning == null || limit <= 0) {
      return List.of();
    }
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "*:*");
    params.add("fq", KIND + ":" + KIND_CABLE);
    params.add("fq", "-" + MEANING_MODEL + ":" + quoted(meaning.name()));
    if (after != null) {
      params.add("fq", KEY + ":{" + quoted(after) + " TO *]");
    }
    params.set("fl", KEY + "," + CURRENT_VERSION);
    params.set("sort", KEY + " asc");
    params.set("rows", limit);
    List<String> versions = new ArrayList<>();
    for (SolrDocument doc : query(params).getResults()) {
      versions.add((String) doc.getFirstValue(CURRENT_VERSION));
    }
    Map<String, CableToEmbed> byKey = new HashMap<>();
    for (SolrDocument version : getByIds(versions, KEY + "," + CABLE)) {
      String key = (String) version.getFirstValue(KEY);
      long hash = Release.ofVersion(key, Release.UNKNOWN, false, 0).hash();
      byKey.put(key, new CableToEmbed(CableJson.read((String) version.getFirstValue(CABLE)), hash));
    }
    return versions.stream().map(byKey::get).filter(java.util.Objects::nonNull).toList();
  }

  /**
   * Sends each cable document again with its vector (its words, fields and cited-by count are
   * rebuilt from the stored text; the count at the next commit).
   */
  @Override
  public void storeMeanings(List<EmbeddedCable> cables) throws IOException {
    if (meaning == null) {
      throw new IllegalStateException("collection " + collection + " was connected without a meaning model");
    }
    KnownReleases known = knownReleases();
    for (EmbeddedCable embedded : cables) {
      Cable cable = embedded.cable().cable();
      String id = cable.documentId().value();
      synchronized (locks[Math.floorMod(id.hashCode(), LOCK_STRIPES)]) {
        TreeSet<Release> releases = known.get(id);
        if (releases == null || releases.last().hash() != embedded.cable().text()) {
          continue;
        }
        updates.add(CableDocuments.current(cable, releases.last(), meaning.name(), embedded.meaning()));
        citations.changed(id, List.of(), List.of());
      }
    }
  }

  @Override
  public MeaningCoverage meaningCoverage() throws IOException {
    long cables = count(KIND + ":" + KIND_CABLE);
    return meaning == null ? new MeaningCoverage(null, cables, 0)
        : new MeaningCoverage(meaning.name(), cables, count(MEANING_MODEL + ":" + quoted(meaning.name())));
  }

  /** How many documents match a query. */
  long count(String q) throws IOException {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", q);
    params.set("rows", 0);
    return query(params).getResults().getNumFound();
  }

  MeaningModel meaning() {
    return meaning;
  }

  private synchronized KnownReleases knownReleases() throws IOException {
    if (known == null) {
      known = KnownReleases.load(this);
    }
    return known;
  }

  /** The text of one stored release, whether or not it has reached the cluster yet. */
  private Cable versionText(String id, Release release) throws IOException {
    return versionText(id, release.versionKey(id));
  }

  private Cable versionText(String id, String key) throws IOException {
    SolrInputDocument queued = updates.get(key);
    Object json = queued != null ? queued.getFieldValue(CABLE) : null;
    if (json == null) {
      SolrDocument version = getById(key, CABLE);
      if (version == null) {
        throw new IOException("collection " + collection + " lacks version " + key + " of " + id);
      }
      json = version.getFirstValue(CABLE);
    }
    return CableJson.read((String) json);
  }

  @Override
  public void commit() throws IOException {
    updates.flush();
    hardCommit();
    if (citations.recount()) {
      hardCommit();
    }
    network.committed();
  }

  /** Commits with {@code expungeDeletes}: each core merges away its replaced documents. */
  @Override
  public void commitAndReclaimSpace() throws IOException {
    updates.flush();
    UpdateRequest expunge = new UpdateRequest();
    expunge.setAction(UpdateRequest.ACTION.COMMIT, true, true);
    expunge.setParam("expungeDeletes", "true");
    try {
      client.request(expunge, collection);
    } catch (SolrServerException | SolrException e) {
      throw new IOException("SolrCloud could not commit " + collection + ": " + e.getMessage(), e);
    }
    if (citations.recount()) {
      hardCommit();
    }
  }

  @Override
  public Optional<ArchivedCable> find(ReferenceId id) throws IOException {
    SolrDocument stored = getById(id.value(), CURRENT_VERSION);
    if (stored == null) {
      return Optional.empty();
    }
    List<Version> versions = StoredVersions.of(this, id.value(), (String) stored.getFirstValue(CURRENT_VERSION));
    Cable current = versions.stream().filter(Version::current).findFirst().orElseThrow().cable();
    return Optional.of(new ArchivedCable(Statement.withConflicts(current, versions), versions, citedBy(id),
        telegram(current.id()).orElse(null)));
  }

  @Override
  public Optional<Telegram> telegram(ReferenceId id) throws IOException {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "{!term f=" + TELEGRAM + "}" + keyword(id.value()));
    params.set("fq", KIND + ":" + KIND_CABLE);
    params.set("fl", KEY + "," + CURRENT_VERSION);
    params.set("rows", MAX_TELEGRAM_DOCUMENTS);
    List<SolrDocument> found = query(params).getResults();
    if (found.isEmpty() || found.size() == 1 && id.value().equals(found.get(0).getFirstValue(KEY))) {
      return Optional.empty(); // published whole: no stored text need be read
    }
    List<String> keys = found.stream().map(doc -> (String) doc.getFirstValue(CURRENT_VERSION)).toList();
    List<PublishedDocument> documents = new ArrayList<>();
    for (SolrDocument version : getByIds(keys, CABLE)) {
      documents.add(PublishedDocument.of(CableJson.read((String) version.getFirstValue(CABLE))));
    }
    return documents.stream().anyMatch(PublishedDocument::part) ? Optional.of(Telegram.of(id, documents)) : Optional.empty();
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    return request.mode() == SearchMode.WORDS ? searchWords(request) : new MeaningSearch(this).run(request);
  }

  /** A search by words: every match, paged by Solr's cursor. */
  SearchResult searchWords(SearchRequest request) throws IOException {
    Query parsed = QueryLanguage.parse(request.query());
    if (request.sort() == SortOrder.RANK) {
      return RankedSearch.run(this, request, QueryWriter.write(parsed), network());
    }
    PageCursor cursor = PageCursor.parse(request.cursor(), request.sort());
    QueryResponse response = query(SearchParams.of(request, QueryWriter.write(parsed), cursor));
    Map<String, Cable> texts = request.snippets() ? currentTexts(response.getResults()) : Map.of();
    List<Hit> hits = new ArrayList<>();
    for (SolrDocument doc : response.getResults()) {
      Cable text = texts.get((String) doc.getFirstValue(KEY));
      hits.add(new Hit(Summaries.of(doc), Summaries.citedByCount(doc),
          text == null ? List.of() : QueryLanguage.snippets(parsed, text)));
    }
    long total = response.getResults().getNumFound();
    return new SearchResult(total, hits, SearchAnswer.facets(response, request.facets()),
        request.histogram() == null ? List.of() : SearchAnswer.histogram(response, request.histogram()),
        cursor.next(hits.size(), SearchParams.limit(request), total, response.getNextCursorMark()));
  }

  /** The current text of each hit, read in one request, for its snippets. */
  Map<String, Cable> currentTexts(List<SolrDocument> hits) throws IOException {
    List<String> keys = new ArrayList<>();
    for (SolrDocument hit : hits) {
      keys.add((String) hit.getFirstValue(CURRENT_VERSION));
    }
    Map<String, Cable> texts = new HashMap<>();
    for (SolrDocument version : getByIds(keys, CABLE)) {
      Cable cable = CableJson.read((String) version.getFirstValue(CABLE));
      texts.put(cable.documentId().value(), cable);
    }
    return texts;
  }

  @Override
  public List<CableSummary> citedBy(ReferenceId id) throws IOException {
    return citations.citing(id);
  }

  @Override
  public List<CableSummary> related(ReferenceId id, int limit, SearchMode by) throws IOException {
    SolrDocument stored = getById(id.value(), CURRENT_VERSION + "," + MEANING + "," + MEANING_MODEL);
    if (stored == null || limit <= 0) {
      return List.of();
    }
    Cable current = versionText(id.value(), (String) stored.getFirstValue(CURRENT_VERSION));
    return new RelatedCables(this).of(current, stored, Math.min(limit, SearchParams.MAX_LIMIT), by);
  }

  @Override
  public ArchiveStats stats() throws IOException {
    return new CollectionStats(this).read();
  }

  @Override
  public ReleaseDates releaseDates() throws IOException {
    return new CollectionStats(this).releaseDates();
  }

  @Override
  public CableNetwork network() throws IOException {
    return network.get();
  }

  @Override
  public List<CableSummary> summaries(List<ReferenceId> ids) throws IOException {
    Map<String, SolrDocument> found = new HashMap<>();
    for (SolrDocument doc : getByIds(ids.stream().map(ReferenceId::value).distinct().toList(), SUMMARY_FIELDS)) {
      found.put((String) doc.getFirstValue(KEY), doc);
    }
    List<CableSummary> summaries = new ArrayList<>();
    for (ReferenceId id : ids) {
      SolrDocument doc = found.get(id.value());
      if (doc != null) {
        summaries.add(Summaries.of(doc));
      }
    }
    return summaries;
  }

  /** Pages through the matching cables by key, reading each page's current texts in one request. */
  @Override
  public void export(String query, CableSink sink) throws IOException {
    QueryWriter.Written written = QueryWriter.write(QueryLanguage.parse(query == null ? "" : query));
    SearchRequest all = new SearchRequest(query, Map.of(), SortOrder.RANK, SearchParams.MAX_LIMIT, null, false, 0, null, false);
    String mark = "*";
    while (true) {
      ModifiableSolrParams params = SearchParams.of(all, written, new PageCursor(SortOrder.RANK, 0, mark));
      params.set("fl", KEY + "," + CURRENT_VERSION);
      QueryResponse response = query(params);
      List<String> versions = new ArrayList<>();
      response.getResults().forEach(doc -> versions.add((String) doc.getFirstValue(CURRENT_VERSION)));
      for (SolrDocument version : getByIds(versions, CABLE)) {
        sink.accept(CableJson.read((String) version.getFirstValue(CABLE)));
      }
      String next = response.getNextCursorMark();
      if (next == null || next.equals(mark)) {
        return;
      }
      mark = next;
    }
  }

  @Override
  public void close() throws IOException {
    client.close();
  }

  String collection() {
    return collection;
  }

  SolrClient client() {
    return client;
  }

  /** Runs a search; a query Solr cannot parse becomes a {@link org.cablearchive.archive.QueryException}. */
  QueryResponse query(SolrParams params) throws IOException {
    try {
      return client.query(collection, params, SolrRequest.METHOD.POST);
    } catch (SolrServerException | SolrException e) {
      throw QueryErrors.translate(e, collection);
    }
  }

  /** Real-time get: sees documents stored since the last commit. */
  SolrDocument getById(String key, String fields) throws IOException {
    List<SolrDocument> docs = getByIds(List.of(key), fields);
    return docs.isEmpty() ? null : docs.get(0);
  }

  List<SolrDocument> getByIds(List<String> keys, String fields) throws IOException {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("fl", fields);
    try {
      return keys.isEmpty() ? List.of() : client.getById(collection, keys, params);
    } catch (SolrServerException | SolrException e) {
      throw QueryErrors.translate(e, collection);
    }
  }

  /** Sends documents to the cluster now. */
  void send(List<SolrInputDocument> docs) throws IOException {
    UpdateRequest update = new UpdateRequest();
    update.add(docs);
    try {
      client.request(update, collection);
    } catch (SolrServerException | SolrException e) {
      throw new IOException("SolrCloud refused an update to " + collection + ": " + e.getMessage(), e);
    }
  }

  private void hardCommit() throws IOException {
    try {
      client.commit(collection, true, true);
    } catch (SolrServerException | SolrException e) {
      throw new IOException("SolrCloud could not commit " + collection + ": " + e.getMessage(), e);
    }
  }
}
