package io.github.relata.analysis;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.ne.NepaliAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.ta.TamilAnalyzer;
import org.apache.lucene.analysis.te.TeluguAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Stop-word lists by language: the Snowball lists where Snowball has one, else Lucene's list for the
 * language, which analysis removes; and the longer lists of function words of stopwords-iso, which
 * explanations leave out ("without", "every", "redan"). Thread-safe; lists are loaded once, on first use.
 */
public final class StopWords {

  private static final Map<String, String> SNOWBALL_FILES =
      ImmutableMap.<String, String>builder()
          .put("da", "danish_stop.txt")
          .put("de", "german_stop.txt")
          .put("en", "english_stop.txt")
          .put("es", "spanish_stop.txt")
          .put("fi", "finnish_stop.txt")
          .put("fr", "french_stop.txt")
          .put("hu", "hungarian_stop.txt")
          .put("id", "indonesian_stop.txt")
          .put("it", "italian_stop.txt")
          .put("nb", "norwegian_stop.txt")
          .put("nl", "dutch_stop.txt")
          .put("nn", "norwegian_stop.txt")
          .put("no", "norwegian_stop.txt")
          .put("pt", "portuguese_stop.txt")
          .put("ru", "russian_stop.txt")
          .put("sv", "swedish_stop.txt")
          .buildOrThrow();

  private static final Map<String, Supplier<CharArraySet>> LUCENE_SETS =
      ImmutableMap.<String, Supplier<CharArraySet>>builder()
          .put("ar", ArabicAnalyzer::getDefaultStopSet)
          .put("bg", BulgarianAnalyzer::getDefaultStopSet)
          .put("bn", BengaliAnalyzer::getDefaultStopSet)
          .put("ca", CatalanAnalyzer::getDefaultStopSet)
          .put("cs", CzechAnalyzer::getDefaultStopSet)
          .put("el", GreekAnalyzer::getDefaultStopSet)
          .put("et", EstonianAnalyzer::getDefaultStopSet)
          .put("eu", BasqueAnalyzer::getDefaultStopSet)
          .put("fa", PersianAnalyzer::getDefaultStopSet)
          .put("ga", IrishAnalyzer::getDefaultStopSet)
          .put("gl", GalicianAnalyzer::getDefaultStopSet)
          .put("hi", HindiAnalyzer::getDefaultStopSet)
          .put("hy", ArmenianAnalyzer::getDefaultStopSet)
          .put("lt", LithuanianAnalyzer::getDefaultStopSet)
          .put("lv", LatvianAnalyzer::getDefaultStopSet)
          .put("ne", NepaliAnalyzer::getDefaultStopSet)
          .put("ro", RomanianAnalyzer::getDefaultStopSet)
          .put("sr", SerbianAnalyzer::getDefaultStopSet)
          .put("ta", TamilAnalyzer::getDefaultStopSet)
          .put("te", TeluguAnalyzer::getDefaultStopSet)
          .put("th", ThaiAnalyzer::getDefaultStopSet)
          .put("tr", TurkishAnalyzer::getDefaultStopSet)
          .buildOrThrow();

  private static final Map<String, Set<String>> LOADED = new ConcurrentHashMap<>();
  private static final Map<String, Set<String>> FUNCTION_WORDS = new ConcurrentHashMap<>();

  private StopWords() {}

  /**
   * Returns the stop words of a language, case-folded.
   *
   * @param language an ISO 639-1 code such as "sv" or "en" (case does not matter)
   * @return an immutable set; empty for a language without a list
   * @throws NullPointerException if {@code language} is null
   */
  public static Set<String> forLanguage(String language) {
    checkNotNull(language, "language");
    String code = language.toLowerCase(Locale.ROOT);
    if (!languages().contains(code)) {
      return Set.of();
    }
    return LOADED.computeIfAbsent(code, StopWords::load);
  }

  /**
   * Returns the function words of a language, case-folded: the stopwords-iso list (version 1.1.0, MIT
   * License), which is longer than the stop-word list analysis removes ("every", "without", "redan", "får"),
   * joined with that list.
   *
   * @param language an ISO 639-1 code such as "sv" or "en" (case does not matter)
   * @return an immutable set; the stop words alone for a language stopwords-iso does not cover
   * @throws NullPointerException if {@code language} is null
   */
  public static Set<String> functionWords(String language) {
    checkNotNull(language, "language");
    String code = language.toLowerCase(Locale.ROOT);
    return FUNCTION_WORDS.computeIfAbsent(code, StopWords::loadFunctionWords);
  }

  private static Set<String> loadFunctionWords(String code) {
    ImmutableSet.Builder<String> words = ImmutableSet.<String>builder().addAll(forLanguage(code));
    if (!code.matches("[a-z]{2,3}")) {
      return words.build();
    }
    String file = "function-words/" + code + ".txt";
    try (InputStream in = StopWords.class.getResourceAsStream(file)) {
      if (in != null) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
          reader.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(words::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the function-word list " + file, e);
    }
    return words.build();
  }

  /**
   * Returns the ISO 639-1 codes that have a stop-word list.
   *
   * @return an immutable set of codes
   */
  public static Set<String> languages() {
    return ImmutableSet.<String>builder().addAll(SNOWBALL_FILES.keySet()).addAll(LUCENE_SETS.keySet()).build();
  }

  private static Set<String> load(String code) {
    String file = SNOWBALL_FILES.get(code);
    CharArraySet set;
    if (file != null) {
      // Read as Lucene's own (deprecated) IOUtils.getDecodingReader did: strict UTF-8, a bad byte is an error.
      InputStream in = SnowballFilter.class.getResourceAsStream(file);
      if (in == null) {
        throw new IllegalStateException("Lucene's stop-word list " + file + " for " + code + " is missing from lucene-analysis-common");
      }
      try (Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)))) {
        set = WordlistLoader.getSnowballWordSet(reader);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read Lucene's stop-word list " + file + " for " + code, e);
      }
    } else {
      set = LUCENE_SETS.get(code).get();
    }
    ImmutableSet.Builder<String> words = ImmutableSet.builder();
    for (Object word : set) {
      words.add(new String((char[]) word).toLowerCase(Locale.ROOT));
    }
    return words.build();
  }
}
