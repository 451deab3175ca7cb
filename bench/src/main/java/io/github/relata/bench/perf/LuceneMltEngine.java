package io.github.relata.bench.perf;

import io.github.relata.Article;
import io.github.relata.bench.LuceneMltRanker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * The baseline: Lucene {@link MoreLikeThis} over an in-memory index ({@link ByteBuffersDirectory}), set up
 * as the quality bench's {@code LuceneMltRanker}: fields title and body, both with term vectors, analysed
 * by the post's language's analyzer ({@link EnglishAnalyzer}, {@link SwedishAnalyzer}, else
 * {@link StandardAnalyzer}); MoreLikeThis made by {@link LuceneMltRanker#moreLikeThis} (minTermFreq 1,
 * minDocFreq 2, maxQueryTerms 25, boost on); a query is {@code like(doc)} searched for k + 1 hits
 * (BM25), the query post dropped.
 *
 * <p>As posts come in two languages, each language has its own pair of fields ({@code title_en},
 * {@code body_en}, {@code title_sv}, ...) and its own MoreLikeThis, so a query matches posts of its own
 * language only, as Relata's default does, and English statistics are not mixed with Swedish ones.
 *
 * <p>Besides the analysed fields each document stores what a site needs to show a related list, as Relata
 * keeps it in its articles: id, title, summary, URL and date; and an {@code ord} doc value that maps
 * documents to positions. The index is built with {@code IndexWriter.addDocument} on every core (a RAM
 * buffer of {@value #RAM_BUFFER_MB} MB, no forced merge), committed, and read with one
 * {@link DirectoryReader}. Hits are returned as Lucene doc ids: their stored fields are not loaded, which
 * spares MoreLikeThis work that Relata does (it returns the articles).
 */
final class LuceneMltEngine implements PerfEngine {

  static final String NAME = "lucene-mlt";
  static final double RAM_BUFFER_MB = 64;
  static final String ID = "id";
  static final String TITLE = "title";
  static final String BODY = "body";
  static final String SUMMARY = "summary";
  static final String URL = "url";
  static final String DATE = "date";
  static final String ORD = "ord";
  /** The languages with fields of their own; the synthetic posts are in these. */
  private static final List<String> KNOWN_LANGUAGES = List.of("en", "sv");
  private static final FieldType TEXT_WITH_VECTORS = LuceneMltRanker.TEXT_WITH_VECTORS;

  private final int threads = Runtime.getRuntime().availableProcessors();
  private final ThreadLocal<Queries> queries = new ThreadLocal<>();
  private List<String> languages = List.of();
  private Analyzer analyzer;
  private ByteBuffersDirectory directory;
  private DirectoryReader reader;
  private IndexSearcher searcher;
  private int[] docOf = new int[0];
  private byte[] languageOf = new byte[0];
  private IndexWriter addWriter;
  private DirectoryReader addReader;
  private int nextOrd;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void build(List<Article> articles) {
    close();
    int n = articles.size();
    languages = KNOWN_LANGUAGES;
    analyzer = analyzer(languages);
    directory = new ByteBuffersDirectory();
    languageOf = new byte[n];
    try (IndexWriter writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE))) {
      ParallelLoop.sum(n, threads, i -> {
        Article article = articles.get(i);
        languageOf[i] = (byte) languageIndex(article);
        try {
          writer.addDocument(document(article, i));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return 1;
      });
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the in-memory Lucene index", e);
    }
    try {
      reader = DirectoryReader.open(directory);
      searcher = new IndexSearcher(reader);
      searcher.setQueryCache(null);
      docOf = docsByOrd(reader, n);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the in-memory Lucene index", e);
    }
  }

  private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
    return new IndexWriterConfig(analyzer).setOpenMode(mode).setRAMBufferSizeMB(RAM_BUFFER_MB);
  }

  private static Analyzer analyzer(List<String> languages) {
    Map<String, Analyzer> byField = new HashMap<>();
    for (String lang : languages) {
      Analyzer language = switch (lang) {
        case "en" -> new EnglishAnalyzer();
        case "sv" -> new SwedishAnalyzer();
        default -> new StandardAnalyzer();
      };
      byField.put(TITLE + "_" + lang, language);
      byField.put(BODY + "_" + lang, language);
    }
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), byField);
  }

  private int languageIndex(Article article) {
    String lang = article.language() == null ? "en" : article.language().toLowerCase(Locale.ROOT);
    int index = languages.indexOf(lang);
    if (index < 0) {
      throw new IllegalArgumentException("no Lucene fields for language " + lang + " (post " + article.id() + "): known " + languages);
    }
    return index;
  }

  private Document document(Article article, int ord) {
    String lang = languages.get(languageIndex(article));
    Document document = new Document();
    document.add(new StoredField(ID, article.id()));
    document.add(new StoredField(TITLE, article.title()));
    document.add(new StoredField(SUMMARY, article.summary()));
    if (article.url() != null) {
      document.add(new StoredField(URL, article.url()));
    }
    LocalDate date = article.publishedDate();
    if (date != null) {
      document.add(new StoredField(DATE, date.toString()));
    }
    document.add(new NumericDocValuesField(ORD, ord));
    document.add(new Field(TITLE + "_" + lang, article.title(), TEXT_WITH_VECTORS));
    document.add(new Field(BODY + "_" + lang, article.body(), TEXT_WITH_VECTORS));
    return document;
  }

  private static int[] docsByOrd(DirectoryReader reader, int n) throws IOException {
    int[] docs = new int[n];
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues ords = leaf.reader().getNumericDocValues(ORD);
      if (ords == null) {
        continue;
      }
      for (int doc = ords.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ords.nextDoc()) {
        docs[(int) ords.longValue()] = leaf.docBase + doc;
      }
    }
    return docs;
  }

  @Override
  public int size() {
    return docOf.length;
  }

  /** Returns the Lucene doc id of the post at position {@code ord}. */
  int doc(int ord) {
    return docOf[ord];
  }

  /** One thread's MoreLikeThis per language, for one reader (MoreLikeThis is not thread-safe). */
  private record Queries(DirectoryReader reader, MoreLikeThis[] byLanguage) {}

  private MoreLikeThis moreLikeThis(int language) throws IOException {
    Queries mine = queries.get();
    if (mine == null || mine.reader() != reader) {
      MoreLikeThis[] byLanguage = new MoreLikeThis[languages.size()];
      for (int l = 0; l < byLanguage.length; l++) {
        byLanguage[l] = LuceneMltRanker.moreLikeThis(reader, analyzer, TITLE + "_" + languages.get(l), BODY + "_" + languages.get(l));
      }
      mine = new Queries(reader, byLanguage);
      queries.set(mine);
    }
    return mine.byLanguage()[language];
  }

  @Override
  public List<ScoreDoc> query(int ord, int k) {
    int doc = docOf[ord];
    try {
      return LuceneMltRanker.like(searcher, moreLikeThis(languageOf[ord]), doc, k);
    } catch (IOException e) {
      throw new UncheckedIOException("MoreLikeThis query failed for post " + ord, e);
    }
  }

  @Override
  public void beginAdds() {
    try {
      addWriter = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.APPEND));
      addReader = DirectoryReader.open(addWriter);
      nextOrd = docOf.length;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open an IndexWriter for adding", e);
    }
  }

  /** Adds the post with {@code IndexWriter.addDocument} and reopens the near-real-time reader, as a site would to see it. */
  @Override
  public IndexSearcher add(Article article) {
    try {
      addWriter.addDocument(document(article, nextOrd++));
      DirectoryReader newer = DirectoryReader.openIfChanged(addReader, addWriter);
      if (newer != null) {
        addReader.close();
        addReader = newer;
      }
      return new IndexSearcher(addReader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot add post " + article.id(), e);
    }
  }

  /** Rolls the writer back to the built commit, discarding the added posts. */
  @Override
  public void endAdds() {
    try {
      IOUtils.close(addReader, addWriter == null ? null : addWriter::rollback);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot roll back the added posts", e);
    } finally {
      addReader = null;
      addWriter = null;
    }
  }

  @Override
  public long allPairs(int k, int threads, int queries) {
    int size = docOf.length;
    return ParallelLoop.sum(queries, threads, i -> query(PerfEngine.spread(i, queries, size), k).size());
  }

  @Override
  public void close() {
    endAdds();
    try {
      IOUtils.close(reader, directory, analyzer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the Lucene index", e);
    } finally {
      reader = null;
      searcher = null;
      directory = null;
      analyzer = null;
      docOf = new int[0];
      languageOf = new byte[0];
    }
  }
}
