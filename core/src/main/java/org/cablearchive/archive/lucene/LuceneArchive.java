package org.cablearchive.archive.lucene;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.cablearchive.archive.Archive;
import org.cablearchive.archive.ArchiveOverview;
import org.cablearchive.archive.ArchiveStats;
import org.cablearchive.archive.ArchivedCable;
import org.cablearchive.archive.CableMeaning;
import org.cablearchive.archive.CableSummary;
import org.cablearchive.archive.CableToEmbed;
import org.cablearchive.archive.EmbeddedCable;
import org.cablearchive.archive.FacetField;
import org.cablearchive.archive.MeaningCoverage;
import org.cablearchive.archive.MeaningModel;
import org.cablearchive.archive.ReleaseDates;
import org.cablearchive.archive.SearchMode;
import org.cablearchive.archive.SearchRequest;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.archive.PublishedDocument;
import org.cablearchive.archive.Statement;
import org.cablearchive.archive.StoreOutcome;
import org.cablearchive.archive.Telegram;
import org.cablearchive.archive.Version;
import org.cablearchive.model.Cable;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.network.CableNetwork;

/**
 * The archive as an embedded Lucene index in {@code <data>/index}. Each reference ID has one
 * searchable document holding its current release, and one stored-only document per other distinct
 * text; replacing the current release is one atomic update, so a commit — and therefore a crash —
 * never separates them. Storing reads the index only to replace a current release: the texts held per
 * ID are kept in memory ({@link KnownVersions}).
 * Searches see what was stored up to the last {@link #commit()}.
 *
 * <p>Opened with a {@link MeaningModel}, the archive searches by meaning, and storing gives each text
 * that becomes current its vector; {@link #storeMeanings} gives vectors to texts stored without.
 */
public final class LuceneArchive implements Archive {
  /**
   * Locks that order the stores of one document, one per stripe of IDs. A thread holds its stripe while
   * Lucene writes out an indexing buffer on it (seconds), and another thread storing a cable of the same
   * stripe meanwhile waits: with 1,024 stripes that happened at nearly every commit of an import, and one
   * core idled for seconds (docs/benchmarks.md, "The import's own work").
   */
  private static final int LOCK_STRIPES = 1 << 16;
  /** Lucene's indexing buffer: 512 MB, or an eighth of the heap when that is less (an import holds as much again in text). */
  private static final double RAM_BUFFER_MB = Math.min(512, Runtime.getRuntime().maxMemory() / 8.0 / (1 << 20));
  /** Each storing thread encodes and compresses with its own buffers and compression context. */
  private final ThreadLocal<StoredForms> storedForms = ThreadLocal.withInitial(StoredForms::new);
  /**
   * Commit data naming the layout of stored documents: raise {@link #LAYOUT} whenever what is stored
   * changes, the parser's reading of a telegram included. Layout 5 added each cable document's facts for
   * the network of people, posts and references; layout 6 keeps a section published on its own under its
   * published ID, indexes each document's telegram, and marks given release dates and each release's
   * layout; layout 7 tells releases apart by their statement as well as their text (a release's hash covers
   * both, and its statement's hash is stored beside it). Archives of layouts 4 to 6 are still read, and
   * {@code cables reparse} brings them up to date.
   */
  static final String LAYOUT_KEY = "cables.layout";
  static final int LAYOUT_NUMBER = 7;
  static final String LAYOUT = Integer.toString(LAYOUT_NUMBER);
  /**
   * Commit data keeping the archive's overview ({@link StoredOverview}) and the version of the index it
   * describes. A later writer carries a commit's data into its own commits unchanged, but any change to the
   * index raises its version: an overview whose version is not the view's is not read.
   */
  static final String OVERVIEW_KEY = "cables.overview";
  static final String OVERVIEW_VERSION_KEY = "cables.overview.version";
  /** The oldest layout this version reads, and {@code reparse} brings up to date. */
  static final int OLDEST_READ = 4;
  /** The first layout keeping the facts of every document under the ID it was published as. */
  private static final int LAYOUT_WITH_EVERY_DOCUMENTS_FACTS = 6;
  /** How long a search may take before it is stopped: a backstop behind {@link QueryCost}, for a busy machine. */
  public static final Duration DEFAULT_SEARCH_TIMEOUT = Duration.ofSeconds(5);
  /** The most units of work a search may cost before it runs (see {@link QueryCost}). */
  public static final long DEFAULT_MAX_SEARCH_COST = QueryCost.MAX;

  private final Path dataDir;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final KnownVersions known;
  private final LatestReleases latest;
  private final CableDocuments documents;
  private final Analyzer analyzer = ArchiveAnalyzer.create();
  /** The meaning model, or null for an archive opened without one (words only). */
  private final MeaningModel meaning;
  private final Object[] locks = new Object[LOCK_STRIPES];
  private final ScheduledExecutorService refresher;
  /** Commits made, and the commits the current view holds: a search after a commit waits for a view holding it. */
  private final java.util.concurrent.atomic.AtomicLong commits = new java.util.concurrent.atomic.AtomicLong();
  private volatile long commitsSeen;
  private final Object refreshing = new Object();
  /** Held while a commit is made: its overview must be the view it commits. */
  private final Object committing = new Object();
  /** The layout the archive's commit names: older than {@link #LAYOUT} until {@code reparse} has run. */
  private volatile int layout;
  private volatile Duration searchTimeout = DEFAULT_SEARCH_TIMEOUT;
  private volatile long maxSearchCost = QueryCost.MAX;
  /** Set by {@link #warmInBackground()}: from then on each new view of a read-only archive is warmed as it opens. */
  private volatile boolean warming;
  /** Builds the network of each new view of a read-only archive before any request asks for it. */
  private final ExecutorService warmer = Executors.newSingleThreadExecutor(daemon("archive-network"));
  /** Threads that search a large view's slices side by side, one per core. */
  private final ExecutorService searchThreads = Executors.newFixedThreadPool(
      Runtime.getRuntime().availableProcessors(), daemon("archive-search"));

  /**
   * @param writer the index's writer, or null for an archive opened only to read
   * @param layout the layout the archive's commit names
   * @param meaning the meaning model, or null
   */
  private LuceneArchive(Path dataDir, Directory directory, IndexWriter writer, int layout, MeaningModel meaning)
      throws IOException {
    this.dataDir = dataDir;
    this.meaning = meaning;
    this.directory = directory;
    this.writer = writer;
    this.layout = layout;
    FacetsConfig facets = CableDocuments.facetsConfig();
    this.documents = new CableDocuments(facets);
    SearcherFactory searcherFactory = new SearcherFactory() {
      @Override
      public ArchiveSearcher newSearcher(org.apache.lucene.index.IndexReader reader, org.apache.lucene.index.IndexReader previous)
          throws IOException {
        ArchiveSearcher searcher = new ArchiveSearcher(reader, facets, searchThreads);
        if (writer == null && warming) {
          warm(searcher);
        }
        return searcher;
      }
    };
    if (writer == null) {
      this.known = null;
      this.latest = null;
      this.searchers = new SearcherManager(directory, searcherFactory);
      this.refresher = followCommits(searchers);
    } else {
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        this.known = KnownVersions.load(reader);
      }
      this.latest = new LatestReleases(writer);
      this.searchers = new SearcherManager(writer, searcherFactory);
      this.refresher = null;
    }
    for (int i = 0; i < locks.length; i++) {
      locks[i] = new Object();
    }
  }

  /**
   * Builds the current view's network in the background now, and each later view's as it opens, so that
   * the reading room's requests find it built. Not done on opening: on two cores the build (seconds of
   * processor time, and the compiler's work on its code) held a server's start back by more than its
   * own time, and a command that only searches never needs it.
   */
  @Override
  public void warmInBackground() throws IOException {
    if (writer != null || warming) {
      return;
    }
    warming = true;
    ArchiveSearcher searcher = (ArchiveSearcher) searchers.acquire();
    try {
      warm(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Builds a view's cables in ID order and its network in the background: a view that is already
   * closed, or replaced before its turn, is skipped.
   */
  private void warm(ArchiveSearcher searcher) {
    warmer.submit(() -> {
      if (!searcher.getIndexReader().tryIncRef()) {
        return;
      }
      try {
        searcher.idOrder();
        searcher.network();
      } catch (IOException | RuntimeException e) {
        // a request on this view builds it again and reports what failed
      } finally {
        try {
          searcher.getIndexReader().decRef();
        } catch (IOException ignored) {
          // closing a view the manager already let go of: nothing to keep
        }
      }
    });
  }

  /**
   * Re-opens the reader every second, so that an archive opened to read sees what an import in
   * another process commits (each commit is a consistent point: readers never see half an import step).
   */
  private static ScheduledExecutorService followCommits(SearcherManager searchers) {
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("archive-refresh"));
    timer.scheduleWithFixedDelay(() -> {
      try {
        searchers.maybeRefresh();
      } catch (IOException | RuntimeException e) {
        // the importer may be deleting merged-away files right now: the next round sees a complete commit
      }
    }, 1, 1, TimeUnit.SECONDS);
    return timer;
  }

  private static ThreadFactory daemon(String name) {
    return runnable -> {
      Thread t = new Thread(runnable, name);
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * Opens an existing archive only to read it. Any number of processes may do so while one other
   * process imports into it; searches follow that import's commits.
   *
   * @throws NoSuchFileException when {@code dataDir} holds no archive
   */
  public static LuceneArchive openReadOnly(Path dataDir) throws IOException {
    return openReadOnly(dataDir, null);
  }

  /**
   * Opens an existing archive only to read it, searching by meaning with {@code meaning} (null: by words only).
   *
   * @throws NoSuchFileException when {@code dataDir} holds no archive
   */
  public static LuceneArchive openReadOnly(Path dataDir, MeaningModel meaning) throws IOException {
    Path indexDir = dataDir.resolve("index");
    if (!Files.isDirectory(dataDir)) {
      throw new NoSuchFileException(dataDir.toString(), null, "no archive here");
    }
    if (!Files.isDirectory(indexDir)) {
      if (!onlyImportTraces(dataDir)) {
        throw new NoSuchFileException(dataDir.toString(), null, "no archive here");
      }
      // an import stopped, or is starting, before it created its index: nothing to read yet
      return empty(dataDir, meaning);
    }
    Directory directory = FSDirectory.open(indexDir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        if (hasSegmentFiles(directory)) {
          throw new CorruptIndexException("its commit point (segments_N) is missing", indexDir.toString());
        }
        // an import stopped, or still running, before its first commit: nothing to read yet
        directory.close();
        return empty(dataDir, meaning);
      }
      return new LuceneArchive(dataDir, directory, null, readableLayout(directory, dataDir), meaning);
    } catch (CorruptIndexException | EOFException | IndexFormatTooOldException | IndexFormatTooNewException e) {
      directory.close();
      throw new IOException(damaged(dataDir, e), e);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Opens the archive in {@code dataDir} to store cables, creating it when absent. One process at a time
   * may hold it open. An archive of an older layout is refused, naming the command that brings it up to
   * date: the cables stored into it would be kept otherwise than those it holds.
   */
  public static LuceneArchive open(Path dataDir) throws IOException {
    return open(dataDir, null);
  }

  /**
   * Opens the archive in {@code dataDir}, creating it when absent, to store and search with a meaning
   * model (null: words only, and texts stored without vectors). One process at a time may hold it open.
   * An archive of an older layout is refused, naming the command that brings it up to date.
   */
  public static LuceneArchive open(Path dataDir, MeaningModel meaning) throws IOException {
    LuceneArchive archive = openWriting(dataDir, meaning);
    if (archive.layout < LAYOUT_NUMBER) {
      String message = archive.builtEarlier() + "; nothing can be stored into it until it is brought up to date with: "
          + archive.reparseCommand();
      archive.close();
      throw new IOException(message);
    }
    return archive;
  }

  /** Opens the archive in {@code dataDir} to bring it up to date, its texts rewritten without meaning vectors. */
  public static LuceneArchive openToReparse(Path dataDir) throws IOException {
    return openToReparse(dataDir, null);
  }

  /**
   * Opens the archive in {@code dataDir} to bring it up to date, whatever its layout: {@link #pendingReparse},
   * {@link #releases}, {@link #replace} and {@link #markUpToDate} are what {@code cables reparse} does with it.
   * With a meaning model, each current text rewritten gets its vector again (null: texts are rewritten
   * without vectors, which {@code cables embed} gives back).
   */
  public static LuceneArchive openToReparse(Path dataDir, MeaningModel meaning) throws IOException {
    if (!Files.isDirectory(dataDir.resolve("index"))) {
      throw new NoSuchFileException(dataDir.toString(), null, "no archive here");
    }
    return openWriting(dataDir, meaning);
  }

  private static LuceneArchive openWriting(Path dataDir, MeaningModel meaning) throws IOException {
    Path indexDir = dataDir.resolve("index");
    Files.createDirectories(indexDir);
    Directory directory = FSDirectory.open(indexDir);
    IndexWriter writer = null;
    try {
      boolean exists = DirectoryReader.indexExists(directory);
      if (!exists && hasSegmentFiles(directory)) {
        // creating an index here would delete the files of the one whose commit point is gone
        throw new CorruptIndexException("its commit point (segments_N) is missing", indexDir.toString());
      }
      int layout = exists ? readableLayout(directory, dataDir) : LAYOUT_NUMBER;
      writer = new IndexWriter(directory, writerConfig());
      writer.setLiveCommitData(Map.of(LAYOUT_KEY, Integer.toString(layout)).entrySet());
      if (!exists) {
        writer.commit();
      }
      return new LuceneArchive(dataDir, directory, writer, layout, meaning);
    } catch (LockObtainFailedException e) {
      abandon(writer, directory);
      throw new IOException("the archive in " + dataDir + " is being written by another process (a running"
          + " cables import): let it finish or stop it, then run the command again", e);
    } catch (CorruptIndexException | EOFException | NoSuchFileException | IndexFormatTooOldException
        | IndexFormatTooNewException e) {
      abandon(writer, directory);
      throw new IOException(damaged(dataDir, e), e);
    } catch (IOException | RuntimeException e) {
      abandon(writer, directory);
      throw e;
    }
  }

  /**
   * An empty archive, only to read, for a folder an import has not committed to yet. It is kept in memory:
   * creating it on disk would take the index's lock, and an import starting at that moment would fail.
   */
  private static LuceneArchive empty(Path dataDir, MeaningModel meaning) throws IOException {
    Directory memory = new org.apache.lucene.store.ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(memory, writerConfig())) {
      writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT).entrySet());
      writer.commit();
    }
    return new LuceneArchive(dataDir, memory, null, LAYOUT_NUMBER, meaning);
  }

  /** Whether the folder holds nothing but what an import makes first (so that reading never litters other folders). */
  private static boolean onlyImportTraces(Path dataDir) throws IOException {
    try (var entries = Files.list(dataDir)) {
      return entries.allMatch(p -> p.getFileName().toString().equals("rejects"));
    }
  }

  /** Releases what a failed open took, changing nothing on disk (a rollback commits nothing). */
  private static void abandon(IndexWriter writer, Directory directory) throws IOException {
    try {
      if (writer != null) {
        writer.rollback();
      }
    } finally {
      directory.close();
    }
  }

  /**
   * The layout of the archive's cables (that of this version for an empty archive); refuses an archive
   * holding cables stored in a layout this version does not read.
   */
  private static int readableLayout(Directory directory, Path dataDir) throws IOException {
    SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
    if (commit.totalMaxDoc() == 0) {
      return LAYOUT_NUMBER;
    }
    String named = commit.getUserData().get(LAYOUT_KEY);
    int layout;
    try {
      layout = named == null ? 1 : Integer.parseInt(named);
    } catch (NumberFormatException e) {
      layout = -1;
    }
    if (layout < OLDEST_READ || layout > LAYOUT_NUMBER) {
      throw new IOException("the archive in " + dataDir + " was written by another version of Cable Archive (its cables"
          + " are stored in layout " + (named == null ? "1" : named) + ", this version reads layouts " + OLDEST_READ
          + " to " + LAYOUT + "); import the sources again into a new folder (cables import --data NEW_FOLDER PATH...)");
    }
    return layout;
  }

  /**
   * What is out of date when the archive was stored in an older layout than this version's: one line
   * naming the command that brings it up to date; empty when it is up to date.
   */
  public Optional<String> outdated() {
    return layout >= LAYOUT_NUMBER ? Optional.empty()
        : Optional.of(builtEarlier() + "; bring it up to date with: " + reparseCommand());
  }

  /** What an archive of an older layout (4 to 6, those this version reads) lacks. */
  private String builtEarlier() {
    String lacks = layout < 5
        ? "sections published on their own are kept as versions of their telegram, cables lack their headings and subject"
            + " markings, and the pages of people, posts and threads know none of them"
        : layout < 6 ? "sections published on their own are kept as versions of their telegram, and cables were read by an"
            + " earlier parser"
        : "releases of one text are told apart by their text alone, so that a second statement of its metadata would be lost";
    return "the archive in " + dataDir + " was built by an earlier version of Cable Archive (layout " + layout + ": "
        + lacks + ")";
  }

  private String reparseCommand() {
    return "cables reparse --data " + dataDir;
  }

  /** Whether the folder holds index files (a commit point in the making does not count). */
  private static boolean hasSegmentFiles(Directory directory) throws IOException {
    for (String file : directory.listAll()) {
      if (file.startsWith("_") || (file.startsWith(IndexFileNames.SEGMENTS) && !file.startsWith(IndexFileNames.PENDING_SEGMENTS))) {
        return true;
      }
    }
    return false;
  }

  /** One line: what is wrong and the two ways back. */
  private static String damaged(Path dataDir, IOException e) {
    boolean incompatible = e instanceof IndexFormatTooOldException || e instanceof IndexFormatTooNewException;
    String reason = e.getMessage() == null ? "" : e.getMessage();
    int resource = reason.indexOf(" (resource=");
    reason = resource > 0 ? reason.substring(0, resource) : reason;
    if (e instanceof NoSuchFileException) {
      reason = "missing file " + reason;
    } else if (e instanceof EOFException) {
      reason = "a file ends too early" + (reason.isEmpty() ? "" : ": " + reason);
    }
    return "the archive in " + dataDir + (incompatible ? " was written by an incompatible version" : " is damaged")
        + " (" + (reason.length() > 160 ? reason.substring(0, 160) + "…" : reason) + "); import the sources again into a new folder"
        + " (cables import --data NEW_FOLDER PATH...)"
        + (incompatible ? "" : ", or keep what is intact with Lucene's CheckIndex -exorcise " + dataDir.resolve("index")
            + ", which drops the damaged segments (their cables are lost until imported again)");
  }

  private static IndexWriterConfig writerConfig() {
    IndexWriterConfig config = new IndexWriterConfig(ArchiveAnalyzer.create());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setCodec(new ArchiveCodec());
    config.setRAMBufferSizeMB(RAM_BUFFER_MB);
    // while a commit writes out the buffers, storing threads go on filling new ones rather than help it:
    // a thread helps inside a store, holding its stripe of IDs (LOCK_STRIPES)
    config.setCheckPendingFlushUpdate(false);
    config.setUseCompoundFile(false);
    TieredMergePolicy merges = new TieredMergePolicy();
    merges.setNoCFSRatio(0.0);
    config.setMergePolicy(merges);
    return config;
  }

  /**
   * How long a search may take (default {@link #DEFAULT_SEARCH_TIMEOUT}); one that takes longer fails with
   * {@link org.cablearchive.archive.SearchTimeoutException}.
   */
  public LuceneArchive searchTimeout(Duration timeout) {
    this.searchTimeout = timeout;
    return this;
  }

  /**
   * The most units of work a search may cost ({@link QueryCost}; default {@link #DEFAULT_MAX_SEARCH_COST}):
   * a search costing more is refused before it runs. For benchmarks and tests.
   */
  public LuceneArchive maxSearchCost(long units) {
    this.maxSearchCost = units;
    return this;
  }

  /**
   * The units of work {@code request} would cost, which {@link #search} bounds: postings and word
   * positions to read, weighed (see {@link QueryCost}). For benchmarks and tests.
   */
  public long costOf(SearchRequest request) throws IOException {
    ArchiveSearcher searcher = acquire();
    try {
      return new CableSearch(searcher, analyzer, searchTimeout, maxSearchCost).cost(request).units();
    } finally {
      searchers.release(searcher);
    }
  }

  /** The directory the archive lives in. */
  public Path dataDir() {
    return dataDir;
  }

  @Override
  public StoreOutcome store(Cable cable) throws IOException {
    return storeAll(List.of(cable)).get(0);
  }

  /**
   * Encodes and compresses the whole batch first, then indexes it: done cable by cable, compressing
   * between the words of every cable left the indexing's tables out of the processor's caches.
   */
  @Override
  public List<StoreOutcome> storeAll(List<Cable> cables) throws IOException {
    checkWritable();
    StoredForms forms = storedForms.get();
    List<StoredForms.Form> prepared = new ArrayList<>(cables.size());
    for (Cable cable : cables) {
      Objects.requireNonNull(cable.id(), "a cable without a reference ID cannot be stored");
      prepared.add(forms.of(cable));
    }
    List<CableMeaning> meanings = meaningsOf(prepared);
    List<StoreOutcome> outcomes = new ArrayList<>(cables.size());
    for (int i = 0; i < prepared.size(); i++) {
      outcomes.add(store(prepared.get(i), forms, meanings.get(i)));
    }
    return outcomes;
  }

  /**
   * The meaning of each text that storing would make current (null for the others, and for all without
   * a model), worked out before any lock is taken: the model takes milliseconds a cable.
   */
  private List<CableMeaning> meaningsOf(List<StoredForms.Form> forms) {
    List<CableMeaning> meanings = new ArrayList<>(forms.size());
    for (StoredForms.Form form : forms) {
      Cable cable = form.cable();
      KnownVersions.Texts texts = known.get(cable.documentId().value());
      boolean becomesCurrent = texts == null || (texts.indexOf(form.hash()) < 0
          && texts.isLater(form.hash(), Releases.epochMillis(cable.released()), cable.releasedGiven()));
      meanings.add(meaning != null && becomesCurrent ? meaning.meaningOf(form.cable()) : null);
    }
    return meanings;
  }

  private StoreOutcome store(StoredForms.Form form, StoredForms forms, CableMeaning meant) throws IOException {
    Cable cable = form.cable();
    long hash = form.hash();
    long statement = form.statement();
    BytesRef stored = new BytesRef(form.bytes());
    long released = Releases.epochMillis(cable.released());
    boolean given = cable.releasedGiven();
    String id = cable.documentId().value();
    synchronized (lock(id)) {
      KnownVersions.Texts texts = known.get(id);
      if (texts == null) {
        writer.addDocument(current(cable, hash, stored, meant));
        latest.stored(cable, hash);
        known.put(id, KnownVersions.Texts.first(hash, statement, released, given));
        return StoreOutcome.ADDED;
      }
      int held = texts.indexOf(hash);
      if (held >= 0) {
        if (!texts.betterDated(held, released, given)) {
          return StoreOutcome.UNCHANGED;
        }
        rewrite(id, releasesOf(cable.documentId(), texts, held, cable), forms);
        return StoreOutcome.DATED;
      }
      boolean conflict = texts.holdsTextOf(hash, statement);
      boolean later = texts.isLater(hash, released, given);
      if (later) {
        // the current release moves to a version document, in one atomic replacement
        Cable previous = latest.release(cable.documentId(), texts.currentHash());
        Term currentDocument = new Term(IndexFields.ID, IndexFields.keyword(id));
        BytesRef previousStored = new BytesRef(forms.of(previous).bytes());
        writer.updateDocuments(currentDocument,
            List.of(documents.version(previous, texts.currentHash(), previousStored), current(cable, hash, stored, meant)));
        latest.stored(cable, hash);
      } else {
        writer.addDocument(documents.version(cable, hash, stored));
      }
      known.put(id, texts.plus(hash, statement, released, given));
      return conflict ? StoreOutcome.CONFLICT : later ? StoreOutcome.UPDATED : StoreOutcome.VERSION_ADDED;
    }
  }

  private Object lock(String id) {
    return locks[Math.floorMod(id.hashCode(), LOCK_STRIPES)];
  }

  /** The stored releases of a document, text {@code replaced} being {@code replacement} instead. */
  private List<Cable> releasesOf(ReferenceId id, KnownVersions.Texts texts, int replaced, Cable replacement)
      throws IOException {
    List<Cable> releases = new ArrayList<>(texts.hashes().length);
    for (int i = 0; i < texts.hashes().length; i++) {
      releases.add(i == replaced ? replacement : latest.release(id, texts.hashes()[i]));
    }
    return releases;
  }

  /**
   * Stores these releases as all of document {@code id}'s, the latest current, in one atomic replacement
   * of its documents. Texts given twice are kept once, with the more trustworthy date.
   */
  private void rewrite(String id, List<Cable> releases, StoredForms forms) throws IOException {
    List<StoredForms.Form> kept = new ArrayList<>();
    KnownVersions.Texts texts = null;
    for (Cable release : releases) {
      StoredForms.Form form = forms.of(release);
      long released = Releases.epochMillis(release.released());
      int held = texts == null ? -1 : texts.indexOf(form.hash());
      if (held < 0) {
        kept.add(form);
        texts = texts == null ? KnownVersions.Texts.first(form.hash(), form.statement(), released, release.releasedGiven())
            : texts.plus(form.hash(), form.statement(), released, release.releasedGiven());
      } else if (texts.betterDated(held, released, release.releasedGiven())) {
        kept.set(held, form);
        texts = texts.redated(held, released, release.releasedGiven());
      }
    }
    List<Document> docs = new ArrayList<>(kept.size());
    for (int i = 0; i < kept.size(); i++) {
      StoredForms.Form form = kept.get(i);
      BytesRef bytes = new BytesRef(form.bytes());
      docs.add(i == texts.current() ? current(form.cable(), form.hash(), bytes, meaningOf(form.cable()))
          : documents.version(form.cable(), form.hash(), bytes));
    }
    writer.updateDocuments(new Term(IndexFields.VERSION_OF, id), docs);
    StoredForms.Form current = kept.get(texts.current());
    latest.stored(current.cable(), current.hash());
    known.put(id, texts);
  }

  /** What {@code reparse} has to do: the documents holding a release stored in an older layout. */
  public record Pending(List<ReferenceId> ids, long releases) {}

  /**
   * The documents that hold a release stored in an older layout than this version's, in ID order; with
   * {@code all}, every document (to read every release again after the parser has changed).
   */
  public Pending pendingReparse(boolean all) throws IOException {
    checkWritable();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      return OlderReleases.find(reader, all ? Integer.MAX_VALUE : LAYOUT_NUMBER);
    }
  }

  /** Every stored release of the document kept under {@code id}, stored but not yet committed ones included. */
  public List<Cable> releases(ReferenceId id) throws IOException {
    checkWritable();
    synchronized (lock(id.value())) {
      KnownVersions.Texts texts = known.get(id.value());
      return texts == null ? List.of() : releasesOf(id, texts, -1, null);
    }
  }

  /**
   * The meaning of a text rewritten as current (a release redated, or read again by reparse): a rewrite
   * replaces the document, so its vector is worked out again, or left out without a model.
   */
  private CableMeaning meaningOf(Cable cable) {
    return meaning == null ? null : meaning.meaningOf(cable);
  }

  private org.apache.lucene.document.Document current(Cable cable, long hash, BytesRef stored, CableMeaning meant)
      throws IOException {
    return meant == null ? documents.current(cable, hash, stored) : documents.current(cable, hash, stored, meaning.name(), meant);
  }

  @Override
  public List<CableToEmbed> cablesToEmbed(String after, int limit) throws IOException {
    if (meaning == null || limit <= 0) {
      return List.of();
    }
    ArchiveSearcher searcher = acquire();
    try {
      Query lacking = new BooleanQuery.Builder()
          .add(new TermRangeQuery(IndexFields.VERSION_OF, after == null ? null : new BytesRef(after), null, false, false),
              BooleanClause.Occur.FILTER)
          .add(CableSearch.CABLES, BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(IndexFields.MEANING_MODEL, meaning.name())), BooleanClause.Occur.MUST_NOT)
          .build();
      Sort byId = new Sort(new SortField(IndexFields.VERSION_OF, SortField.Type.STRING));
      ScoreDoc[] docs = searcher.search(lacking, limit, byId).scoreDocs;
      List<CableToEmbed> cables = new ArrayList<>(docs.length);
      org.apache.lucene.index.StoredFields stored = searcher.storedFields();
      for (ScoreDoc doc : docs) {
        Cable cable = StoredVersions.cable(stored, doc.doc);
        cables.add(new CableToEmbed(cable, known == null ? 0 : known.get(cable.documentId().value()).currentHash()));
      }
      return cables;
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Stores {@code releases} in place of every release of the document kept under {@code id}, each under
   * its own {@link Cable#documentId()}: those that belong elsewhere now join the releases of their document.
   * Each document is replaced atomically, but not the documents together: commit between calls, not during.
   */
  public void replace(ReferenceId id, List<Cable> releases) throws IOException {
    checkWritable();
    StoredForms forms = storedForms.get();
    Map<String, List<Cable>> byDocument = new LinkedHashMap<>();
    for (Cable release : releases) {
      byDocument.computeIfAbsent(release.documentId().value(), key -> new ArrayList<>()).add(release);
    }
    List<Cable> own = byDocument.remove(id.value());
    synchronized (lock(id.value())) {
      if (own == null) {
        writer.deleteDocuments(new Term(IndexFields.VERSION_OF, id.value()));
        known.remove(id.value());
      } else {
        rewrite(id.value(), own, forms);
      }
    }
    for (Map.Entry<String, List<Cable>> moved : byDocument.entrySet()) {
      synchronized (lock(moved.getKey())) {
        List<Cable> joined = new ArrayList<>(releases(ReferenceId.of(moved.getKey())));
        joined.addAll(moved.getValue());
        rewrite(moved.getKey(), joined, forms);
      }
    }
  }

  /**
   * Rewrites each cable document with its vector: Lucene adds no field to a document in place. The
   * stored release is encoded again from the cable read, which gives the same bytes and text hash (a
   * text whose hash differs is left out, as is one no longer current).
   */
  @Override
  public void storeMeanings(List<EmbeddedCable> cables) throws IOException {
    checkWritable();
    if (meaning == null) {
      throw new IllegalStateException("the archive in " + dataDir + " was opened without a meaning model");
    }
    StoredForms forms = storedForms.get();
    for (EmbeddedCable embedded : cables) {
      Cable cable = embedded.cable().cable();
      String id = cable.documentId().value();
      StoredForms.Form form = forms.of(cable);
      synchronized (lock(id)) {
        KnownVersions.Texts texts = known.get(id);
        if (texts == null || texts.currentHash() != embedded.cable().text() || form.hash() != embedded.cable().text()) {
          continue;
        }
        writer.updateDocument(new Term(IndexFields.ID, IndexFields.keyword(id)),
            documents.current(cable, form.hash(), new BytesRef(form.bytes()), meaning.name(), embedded.meaning()));
      }
    }
  }

  /** Records in the archive's commit that every release is stored in this version's layout, and commits. */
  public void markUpToDate() throws IOException {
    checkWritable();
    synchronized (committing) {
      Map<String, String> data = commitData();
      data.put(LAYOUT_KEY, LAYOUT);
      writer.setLiveCommitData(data.entrySet());
      keepOverview();
      writer.commit();
      layout = LAYOUT_NUMBER;
      commits.incrementAndGet();
    }
  }

  @Override
  public MeaningCoverage meaningCoverage() throws IOException {
    ArchiveSearcher searcher = acquire();
    try {
      long cables = searcher.count(CableSearch.CABLES);
      if (meaning == null) {
        return new MeaningCoverage(null, cables, 0);
      }
      return new MeaningCoverage(meaning.name(), cables,
          searcher.count(new TermQuery(new Term(IndexFields.MEANING_MODEL, meaning.name()))));
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Writes out the largest of Lucene's indexing buffers that no other thread is filling, on the calling
   * thread. Left to the commit, one thread wrote out all of them at the end of an import while the other
   * core idled (half a gigabyte of buffers; docs/benchmarks.md, "The import's own work"). Only one: a
   * thread that wrote out buffers until none was left would also write out, a few cables at a time, the
   * buffers a thread still storing keeps filling.
   */
  @Override
  public void finishStoring() throws IOException {
    checkWritable();
    writer.flushNextBuffer();
  }

  @Override
  public void commit() throws IOException {
    checkWritable();
    synchronized (committing) {
      keepOverview();
      writer.commit();
      // the next search opens the new view: an import commits often and searches seldom
      commits.incrementAndGet();
    }
  }

  /**
   * Works out the overview of what the next commit holds and keeps it in that commit's data, with the
   * version the commit will have. When working it out failed, the commit keeps none; when another thread
   * stored cables meanwhile, the commit's version is not the one kept. Either way a reader works the
   * overview out when asked.
   */
  private void keepOverview() throws IOException {
    Map<String, String> data = commitData();
    data.remove(OVERVIEW_KEY);
    data.remove(OVERVIEW_VERSION_KEY);
    try {
      searchers.maybeRefreshBlocking();
      commitsSeen = commits.get();
      long version = viewVersion();
      ArchiveOverview overview = ArchiveOverview.searched(this);
      if (viewVersion() == version) {
        data.put(OVERVIEW_KEY, StoredOverview.write(overview));
        // Lucene counts the act of committing new commit data as one change to the index (its version
        // rises by one), and any other change raises it further (LuceneArchiveOverviewTest pins this)
        data.put(OVERVIEW_VERSION_KEY, Long.toString(version + 1));
      }
    } catch (IOException | RuntimeException e) {
      // the commit matters more than its overview, which a reader can always work out
    }
    // not a change of the index: the version stays the view's
    writer.setLiveCommitData(data.entrySet(), false);
  }

  /** The data the next commit will keep, to change. */
  private Map<String, String> commitData() {
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
    }
    return data;
  }

  private long viewVersion() throws IOException {
    ArchiveSearcher searcher = (ArchiveSearcher) searchers.acquire();
    try {
      return ((DirectoryReader) searcher.getIndexReader()).getVersion();
    } finally {
      searchers.release(searcher);
    }
  }

  /** Read from the view's commit when it keeps the overview of that view, else worked out. */
  @Override
  public ArchiveOverview overview() throws IOException {
    Optional<ArchiveOverview> kept = keptOverview();
    return kept.isPresent() ? kept.get() : ArchiveOverview.searched(this);
  }

  /** The overview the current view's commit keeps for it, if it keeps one. */
  Optional<ArchiveOverview> keptOverview() throws IOException {
    ArchiveSearcher searcher = acquire();
    try {
      DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
      Map<String, String> data = reader.getIndexCommit().getUserData();
      String text = data.get(OVERVIEW_KEY);
      if (text == null || !Long.toString(reader.getVersion()).equals(data.get(OVERVIEW_VERSION_KEY))) {
        return Optional.empty();
      }
      return StoredOverview.read(text, ids -> summaries(searcher, ids), indexBytes());
    } catch (IllegalArgumentException unreadable) {
      return Optional.empty();
    } finally {
      searchers.release(searcher);
    }
  }

  /** Merges away the segments' replaced documents, then commits: giving every cable its vector rewrites every cable document. */
  @Override
  public void commitAndReclaimSpace() throws IOException {
    checkWritable();
    writer.forceMergeDeletes(true);
    commit();
  }

  /** The current view of the index, re-opened first when a commit happened since it was opened. */
  private ArchiveSearcher acquire() throws IOException {
    long wanted = commits.get();
    if (commitsSeen < wanted) {
      // one thread re-opens; the others wait for it rather than take the view from before the commit
      synchronized (refreshing) {
        if (commitsSeen < wanted) {
          searchers.maybeRefreshBlocking();
          commitsSeen = wanted;
        }
      }
    }
    return (ArchiveSearcher) searchers.acquire();
  }

  @Override
  public Optional<ArchivedCable> find(ReferenceId id) throws IOException {
    ArchiveSearcher searcher = acquire();
    try {
      List<StoredVersions.Entry> entries = StoredVersions.of(searcher, id);
      if (entries.isEmpty()) {
        return Optional.empty();
      }
      List<Version> versions = new ArrayList<>();
      Cable current = null;
      for (StoredVersions.Entry entry : entries) {
        Cable cable = StoredVersions.cable(searcher, entry);
        boolean isCurrent = entry == StoredVersions.current(entries);
        versions.add(new Version(cable.released(), cable.source(), isCurrent, cable));
        current = isCurrent ? cable : current;
      }
      return Optional.of(new ArchivedCable(Statement.withConflicts(current, versions), versions,
          citedBy(searcher, id, current), telegram(searcher, current.id(), current)));
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public Optional<Telegram> telegram(ReferenceId id) throws IOException {
    ArchiveSearcher searcher = acquire();
    try {
      return Optional.ofNullable(telegram(searcher, id, null));
    } finally {
      searchers.release(searcher);
    }
  }

  /** The current documents of telegram {@code id}: the telegram itself and any sections published on their own. */
  private static Query documentsOf(ReferenceId id) {
    return cables(new TermQuery(new Term(IndexFields.TELEGRAM, IndexFields.keyword(id.value()))));
  }

  /**
   * The documents of a telegram published in more than one document, or only in sections; null for one
   * published whole. Most telegrams have one document: counting them costs no stored cable read, and when
   * that one is the document already read ({@code known}, a document of telegram {@code id}) it is not read again.
   * The view's reference graph, when built, knows the count without a search (an eighth of a cable page's
   * first view, docs/benchmarks.md).
   */
  private Telegram telegram(ArchiveSearcher searcher, ReferenceId id, Cable known) throws IOException {
    Query documentsOf = documentsOf(id);
    NetworkOfView built = builtNetwork(searcher);
    int count = built != null ? built.network().documentsOf(id) : searcher.count(documentsOf);
    if (count == 0 || count == 1 && known != null && !known.part()) {
      return null; // published whole: reading where its sections begin would find nothing to show
    }
    List<PublishedDocument> documents = new ArrayList<>(count);
    if (count == 1 && known != null) {
      documents.add(PublishedDocument.of(known));
    } else {
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc doc : searcher.search(documentsOf, count).scoreDocs) {
        documents.add(PublishedDocument.of(StoredVersions.cable(stored, doc.doc)));
      }
    }
    return documents.stream().anyMatch(PublishedDocument::part) ? Telegram.of(id, documents) : null;
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    ArchiveSearcher searcher = acquire();
    try {
      CableSearch words = new CableSearch(searcher, analyzer, searchTimeout, maxSearchCost);
      return request.mode() == SearchMode.WORDS ? words.run(request) : new MeaningSearch(searcher, analyzer, meaning, words).run(request);
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public List<CableSummary> citedBy(ReferenceId id) throws IOException {
    ArchiveSearcher searcher = acquire();
    try {
      return citedBy(searcher, id, null);
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * The citing cables, oldest first: from the view's reference graph when it is built already (no search),
   * else by searching for them (a page never waits for the graph's build). Layouts before 6 keep no facts
   * for every cable, so their graph is not asked.
   *
   * @param held the current text of the cable kept under {@code id}, or null when not known here
   */
  private List<CableSummary> citedBy(ArchiveSearcher searcher, ReferenceId id, Cable held) throws IOException {
    NetworkOfView built = builtNetwork(searcher);
    if (built == null) {
      return citedBySearch(searcher, id);
    }
    CableNetwork network = built.network();
    List<ReferenceId> citing = new ArrayList<>(network.citedBy(id));
    // the graph leaves out a cable's reference to itself, which the search finds
    boolean citesItself = held != null ? held.citedIds().contains(id)
        : network.standing(id).map(CableNetwork.Standing::held).orElse(false) && citesItself(searcher, id);
    if (citesItself) {
      citing.add(id);
    }
    if (citing.isEmpty()) {
      return List.of();
    }
    // the search's order: by date written (none counting as 0, as the sort reads a missing value), then ID
    List<CableSummary> summaries = new ArrayList<>(summaries(searcher, built, citing));
    summaries.sort(Comparator.comparingLong((CableSummary s) -> s.created() == null ? 0 : s.created().toEpochMilli())
        .thenComparing(s -> s.id().value()));
    return summaries;
  }

  /**
   * The view's network when it is built already and the archive's layout keeps every cable's facts under
   * its published ID (layout 6 and later), else null.
   */
  private NetworkOfView builtNetwork(ArchiveSearcher searcher) {
    return layout >= LAYOUT_WITH_EVERY_DOCUMENTS_FACTS ? searcher.networkIfBuilt() : null;
  }

  /** The summaries of held cables among {@code ids}, in the order given: from the network's table when it is built. */
  private static List<CableSummary> summaries(ArchiveSearcher searcher, NetworkOfView built, List<ReferenceId> ids)
      throws IOException {
    if (built == null) {
      return summaries(searcher, ids);
    }
    List<CableSummary> summaries = new ArrayList<>(ids.size());
    for (ReferenceId id : ids) {
      CableSummary summary = built.summary(id);
      if (summary != null) {
        summaries.add(summary);
      }
    }
    return summaries;
  }

  private static boolean citesItself(ArchiveSearcher searcher, ReferenceId id) throws IOException {
    return searcher.count(new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.ID, IndexFields.keyword(id.value()))), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(IndexFields.CITES, IndexFields.keyword(id.value()))), BooleanClause.Occur.FILTER)
        .build()) > 0;
  }

  /** The citing cables, oldest first, searched for. */
  private static List<CableSummary> citedBySearch(ArchiveSearcher searcher, ReferenceId id) throws IOException {
    Query citing = cables(new TermQuery(new Term(IndexFields.CITES, IndexFields.keyword(id.value()))));
    int count = searcher.count(citing);
    if (count == 0) {
      return List.of();
    }
    Sort oldestFirst = new Sort(new SortField(IndexFields.CREATED, SortField.Type.LONG),
        new SortField(IndexFields.VERSION_OF, SortField.Type.STRING));
    return summaries(searcher, searcher.search(citing, count, oldestFirst).scoreDocs);
  }

  /**
   * Read from the cable's stored list when it has one worked out the way this archive would work it out
   * now, else worked out here ("more like this", and the nearest vectors).
   */
  @Override
  public List<CableSummary> related(ReferenceId id, int limit, SearchMode by) throws IOException {
    ArchiveSearcher searcher = acquire();
    try {
      RelatedCables relating = relating(searcher);
      if (by == RELATED_BY && limit <= RELATED_KEPT) {
        NetworkOfView built = builtNetwork(searcher);
        int doc = built == null ? relating.cableDocument(id) : built.document(id);
        StoredRelated stored = doc < 0 ? null : StoredRelated.of(searcher.getIndexReader(), doc);
        if (stored != null && stored.way().equals(relating.way(doc))) {
          List<ReferenceId> ids = stored.cables().stream().limit(limit).map(entry -> new ReferenceId(entry.id())).toList();
          return ids.isEmpty() ? List.of() : summaries(searcher, built, ids);
        }
      }
      List<Integer> docs = relating.of(id, limit, by);
      return Summaries.read(searcher.getIndexReader(), docs.stream().mapToInt(Integer::intValue).toArray());
    } finally {
      searchers.release(searcher);
    }
  }

  private RelatedCables relating(ArchiveSearcher searcher) {
    return new RelatedCables(searcher, analyzer, meaning == null ? null : meaning.name());
  }

  /**
   * Reads every cable document's stored list once: one missing, of another way, or naming a cable that is
   * no longer held with the text it named is out of date.
   */
  @Override
  public List<ReferenceId> cablesToRelate(boolean all) throws IOException {
    ArchiveSearcher searcher = acquire();
    try {
      RelatedCables relating = relating(searcher);
      Map<String, Long> currentTexts = new HashMap<>();
      forEachCable(searcher, (doc, entry) -> currentTexts.put(entry.id(), entry.textHash()));
      List<ReferenceId> stale = new ArrayList<>();
      forEachCable(searcher, (doc, entry) -> {
        StoredRelated stored = all ? null : StoredRelated.of(searcher.getIndexReader(), doc);
        boolean upToDate = stored != null && stored.way().equals(relating.way(doc))
            && stored.cables().stream().allMatch(named -> Long.valueOf(named.textHash()).equals(currentTexts.get(named.id())));
        if (!upToDate) {
          stale.add(new ReferenceId(entry.id()));
        }
      });
      stale.sort(Comparator.comparing(ReferenceId::value));
      return stale;
    } finally {
      searchers.release(searcher);
    }
  }

  /** A cable document of the view, with its ID and text hash. */
  @FunctionalInterface
  private interface CableVisitor {
    void visit(int doc, StoredRelated.Entry cable) throws IOException;
  }

  private static void forEachCable(ArchiveSearcher searcher, CableVisitor visitor) throws IOException {
    Weight cables = searcher.createWeight(searcher.rewrite(CableSearch.CABLES),
        ScoreMode.COMPLETE_NO_SCORES, 1);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = cables.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live == null || live.get(doc)) {
          visitor.visit(leaf.docBase + doc, StoredRelated.entryOf(searcher.getIndexReader(), leaf.docBase + doc));
        }
      }
    }
  }

  /**
   * Works each list out in the current view and stores it by a doc-values update of the cable's document,
   * which the next commit makes durable with everything else: a list only ever names cables of a committed
   * view, and a rewrite of the document drops it. A cable stored anew since the view (its text hash differs)
   * is left for the next pass.
   */
  @Override
  public void storeRelated(List<ReferenceId> ids) throws IOException {
    checkWritable();
    ArchiveSearcher searcher = acquire();
    try {
      RelatedCables relating = relating(searcher);
      for (ReferenceId id : ids) {
        int doc = relating.cableDocument(id);
        if (doc < 0) {
          continue;
        }
        StoredRelated.Entry cable = StoredRelated.entryOf(searcher.getIndexReader(), doc);
        List<StoredRelated.Entry> cables = new ArrayList<>(RELATED_KEPT);
        for (int related : relating.of(id, RELATED_KEPT, RELATED_BY)) {
          cables.add(StoredRelated.entryOf(searcher.getIndexReader(), related));
        }
        BytesRef list = new BytesRef(new StoredRelated(relating.way(doc), cables).encode());
        synchronized (lock(id.value())) {
          KnownVersions.Texts texts = known.get(id.value());
          if (texts != null && texts.currentHash() == cable.textHash()) {
            writer.updateDocValues(new Term(IndexFields.ID, IndexFields.keyword(id.value())),
                new BinaryDocValuesField(IndexFields.RELATED_DV, list));
          }
        }
      }
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public ArchiveStats stats() throws IOException {
    ArchiveSearcher searcher = acquire();
    try {
      long cables = searcher.count(CableSearch.CABLES);
      long versions = cables + searcher.count(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_VERSION)));
      Facets all = searcher.allFacets();
      Map<Integer, Long> byYear = new TreeMap<>();
      all(all, FacetField.YEAR).forEach((year, n) -> byYear.put(Integer.parseInt(year), n));
      return new ArchiveStats(cables, versions, all(all, FacetField.CLASSIFICATION), all(all, FacetField.ORIGIN), byYear, indexBytes());
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public ReleaseDates releaseDates() throws IOException {
    ArchiveSearcher searcher = acquire();
    try {
      return searcher.releaseDates();
    } finally {
      searchers.release(searcher);
    }
  }

  /** Every value of a facet over all cables, highest count first, then by value. */
  private static Map<String, Long> all(Facets facets, FacetField field) throws IOException {
    Map<String, Long> counts = new LinkedHashMap<>();
    if (facets == null) {
      return counts;
    }
    FacetResult result;
    try {
      result = facets.getAllChildren(field.key());
    } catch (IllegalArgumentException notIndexedYet) {
      return counts;
    }
    if (result != null) {
      java.util.Arrays.stream(result.labelValues)
          .sorted(Comparator.comparingLong((LabelAndValue lv) -> -lv.value.longValue()).thenComparing(lv -> lv.label))
          .forEach(lv -> counts.put(lv.label, lv.value.longValue()));
    }
    return counts;
  }

  @Override
  public CableNetwork network() throws IOException {
    ArchiveSearcher searcher = acquire();
    try {
      return searcher.network();
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Read from the documents of the view's reference graph when it is built already (no search: a person's
   * page asks for three lists), else one search for all the IDs, a set of terms intersected with each
   * segment's terms in order.
   */
  @Override
  public List<CableSummary> summaries(List<ReferenceId> ids) throws IOException {
    if (ids.isEmpty()) {
      return List.of();
    }
    ArchiveSearcher searcher = acquire();
    try {
      return summaries(searcher, builtNetwork(searcher), ids);
    } finally {
      searchers.release(searcher);
    }
  }

  private static List<CableSummary> summaries(ArchiveSearcher searcher, List<ReferenceId> ids) throws IOException {
    List<BytesRef> terms = ids.stream().map(id -> new BytesRef(IndexFields.keyword(id.value()))).distinct().toList();
    ScoreDoc[] docs = searcher.search(new org.apache.lucene.search.TermInSetQuery(IndexFields.ID, terms), terms.size()).scoreDocs;
    Map<ReferenceId, CableSummary> found = new HashMap<>();
    for (CableSummary summary : summaries(searcher, docs)) {
      found.put(summary.id(), summary);
    }
    List<CableSummary> ordered = new ArrayList<>(ids.size());
    for (ReferenceId id : ids) {
      CableSummary summary = found.get(id);
      if (summary != null) {
        ordered.add(summary);
      }
    }
    return ordered;
  }

  /**
   * From the view's reference graph when it is built already, else one search for all of them and a count
   * of the telegram's documents for each not found.
   */
  @Override
  public Set<ReferenceId> held(List<ReferenceId> ids) throws IOException {
    if (ids.isEmpty()) {
      return Set.of();
    }
    ArchiveSearcher searcher = acquire();
    try {
      NetworkOfView built = builtNetwork(searcher);
      Set<ReferenceId> held = new HashSet<>();
      if (built != null) {
        ids.stream().filter(built.network()::holds).forEach(held::add);
      } else {
        summaries(searcher, ids).forEach(summary -> held.add(summary.id()));
        for (ReferenceId id : ids) {
          // a telegram held only in sections: its sections' documents name it as their telegram
          if (!held.contains(id) && searcher.count(documentsOf(id)) > 0) {
            held.add(id);
          }
        }
      }
      return held;
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public void export(String query, CableSink sink) throws IOException {
    Query parsed = CablesOnly.of(new ArchiveQueryParser(analyzer).parse(query == null ? "" : query));
    ArchiveSearcher searcher = acquire();
    try {
      CurrentDocuments.forEach(searcher, parsed, sink);
    } finally {
      searchers.release(searcher);
    }
  }

  private long indexBytes() throws IOException {
    long bytes = 0;
    for (String file : directory.listAll()) {
      try {
        bytes += directory.fileLength(file);
      } catch (java.nio.file.NoSuchFileException mergedAway) {
        // a merge removed it while we counted
      }
    }
    return bytes;
  }

  private static Query cables(Query query) {
    return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST).add(CableSearch.CABLES, BooleanClause.Occur.FILTER).build();
  }

  private static List<CableSummary> summaries(ArchiveSearcher searcher, ScoreDoc[] docs) throws IOException {
    return Summaries.read(searcher.getIndexReader(), Arrays.stream(docs).mapToInt(doc -> doc.doc).toArray());
  }

  /** Commits what was stored and closes the index. */
  @Override
  public void close() throws IOException {
    try {
      if (refresher != null) {
        refresher.shutdownNow();
      }
      if (latest != null) {
        latest.close();
      }
      searchers.close();
      searchThreads.shutdownNow();
      warmer.shutdownNow();
      if (writer != null) {
        writer.close();
      }
    } finally {
      directory.close();
    }
  }

  private void checkWritable() {
    if (writer == null) {
      throw new IllegalStateException("the archive in " + dataDir + " was opened only to read");
    }
  }
}
