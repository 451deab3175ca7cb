package io.github.relata.bench;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * The Lucene baseline: Apache Lucene's {@link MoreLikeThis} over an in-memory index.
 *
 * <p>Each post is a document with the fields {@code title} and {@code body}, both indexed with term
 * vectors and analysed by the analyzer of the corpus's most common language (see
 * {@link LanguageAnalyzers}: {@code EnglishAnalyzer} for {@code en}, {@code SwedishAnalyzer} for
 * {@code sv}, {@code StandardAnalyzer} as fallback); the corpora are single-language. MoreLikeThis
 * settings: minTermFreq {@value #MIN_TERM_FREQ}, minDocFreq {@value #MIN_DOC_FREQ}, maxQueryTerms
 * {@value #MAX_QUERY_TERMS}, boost on, fields title and body, the rest Lucene's defaults. A query is
 * {@code like(docId)}, searched for k + 1 hits with the default similarity (BM25); the query post is
 * dropped. Scores are Lucene's.
 *
 * <p>Not thread-safe ({@link MoreLikeThis} is not).
 */
public final class LuceneMltRanker implements Ranker {

  /** The name in reports: {@value}. */
  public static final String NAME = "lucene-mlt";

  /** MoreLikeThis's minTermFreq: {@value}. */
  public static final int MIN_TERM_FREQ = 1;
  /** MoreLikeThis's minDocFreq: {@value}. */
  public static final int MIN_DOC_FREQ = 2;
  /** MoreLikeThis's maxQueryTerms: {@value}. */
  public static final int MAX_QUERY_TERMS = 25;
  static final String ID = "id";
  static final String TITLE = "title";
  static final String BODY = "body";

  /** An analysed, unstored text field with term vectors, which MoreLikeThis reads. */
  public static final FieldType TEXT_WITH_VECTORS = textWithVectors();

  private final Map<String, Integer> docById = new HashMap<>();
  private String[] idByDoc = new String[0];
  private Analyzer analyzer;
  private DirectoryReader reader;
  private IndexSearcher searcher;
  private MoreLikeThis moreLikeThis;

  /** Creates an empty ranker; call {@link #index} before querying. */
  public LuceneMltRanker() {}

  private static FieldType textWithVectors() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setStoreTermVectors(true);
    type.freeze();
    return type;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void index(List<CorpusPost> posts) {
    checkNotNull(posts, "posts");
    close();
    docById.clear();
    analyzer = LanguageAnalyzers.forLanguage(LanguageAnalyzers.majorityLanguage(posts));
    try {
      ByteBuffersDirectory directory = new ByteBuffersDirectory();
      IndexWriterConfig config =
          new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        for (CorpusPost post : posts) {
          checkArgument(docById.put(post.id(), -1) == null, "duplicate post id: %s", post.id());
          writer.addDocument(document(post));
        }
      }
      reader = DirectoryReader.open(directory);
      searcher = new IndexSearcher(reader);
      searcher.setQueryCache(null);
      mapIds();
      moreLikeThis = moreLikeThis();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the in-memory Lucene index", e);
    }
  }

  private static Document document(CorpusPost post) {
    Document document = new Document();
    document.add(new StoredField(ID, post.id()));
    document.add(new Field(TITLE, post.title(), TEXT_WITH_VECTORS));
    document.add(new Field(BODY, post.body(), TEXT_WITH_VECTORS));
    return document;
  }

  private void mapIds() throws IOException {
    idByDoc = new String[reader.maxDoc()];
    StoredFields stored = reader.storedFields();
    for (int doc = 0; doc < idByDoc.length; doc++) {
      idByDoc[doc] = stored.document(doc).get(ID);
      docById.put(idByDoc[doc], doc);
    }
  }

  private MoreLikeThis moreLikeThis() throws IOException {
    return moreLikeThis(reader, analyzer, TITLE, BODY);
  }

  /**
   * Returns a MoreLikeThis with this baseline's settings over {@code fields} of {@code reader}: the
   * settings that every comparison with Lucene in the bench uses.
   */
  public static MoreLikeThis moreLikeThis(IndexReader reader, Analyzer analyzer, String... fields) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(reader);
    mlt.setAnalyzer(analyzer);
    mlt.setMinTermFreq(MIN_TERM_FREQ);
    mlt.setMinDocFreq(MIN_DOC_FREQ);
    mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
    mlt.setBoost(true);
    mlt.setFieldNames(fields);
    return mlt;
  }

  @Override
  public List<String> related(String id, int k) {
    return scored(id, k).stream().map(RankedPost::id).toList();
  }

  @Override
  public List<RankedPost> scored(String id, int k) {
    checkNotNull(id, "id");
    checkArgument(k > 0, "k must be positive: %s", k);
    checkState(moreLikeThis != null, "index(posts) must be called before related(id, k)");
    Integer doc = docById.get(id);
    checkArgument(doc != null, "unknown post id: %s", id);
    try {
      List<RankedPost> result = new ArrayList<>(k);
      for (ScoreDoc hit : like(searcher, moreLikeThis, doc, k)) {
        result.add(new RankedPost(idByDoc[hit.doc], hit.score));
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException("MoreLikeThis query failed for post " + id, e);
    }
  }

  /**
   * Returns the {@code k} best hits of {@code like(doc)}, the query post left out: the query every
   * comparison with Lucene in the bench makes (k + 1 hits, the default similarity, BM25).
   */
  public static List<ScoreDoc> like(IndexSearcher searcher, MoreLikeThis moreLikeThis, int doc, int k) throws IOException {
    TopDocs top = searcher.search(moreLikeThis.like(doc), k + 1);
    List<ScoreDoc> hits = new ArrayList<>(k);
    for (ScoreDoc hit : top.scoreDocs) {
      if (hit.doc != doc && hits.size() < k) {
        hits.add(hit);
      }
    }
    return hits;
  }

  /** Closes the index reader and the analyzer; {@link #index} may be called again afterwards. */
  @Override
  public void close() {
    try {
      IOUtils.close(reader, analyzer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the Lucene index", e);
    } finally {
      reader = null;
      searcher = null;
      moreLikeThis = null;
      analyzer = null;
    }
  }

  @Override
  public String toString() {
    return NAME + "[posts=" + idByDoc.length + "]";
  }
}
