package io.github.relata.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.ne.NepaliAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.ta.TamilAnalyzer;
import org.apache.lucene.analysis.te.TeluguAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Chooses Lucene's analyzer for a language: the language's own analyzer (stop words and a stemmer) where
 * lucene-analysis-common has one, {@link CJKAnalyzer} for Chinese, Japanese and Korean, and
 * {@link StandardAnalyzer} for anything else.
 */
final class LanguageAnalyzers {

  private LanguageAnalyzers() {}

  /** Returns a new analyzer for an ISO 639-1 code such as {@code "en"}; case-insensitive. */
  static Analyzer forLanguage(String lang) {
    return switch (lang.toLowerCase(Locale.ROOT)) {
      case "ar" -> new ArabicAnalyzer();
      case "bg" -> new BulgarianAnalyzer();
      case "bn" -> new BengaliAnalyzer();
      case "ca" -> new CatalanAnalyzer();
      case "cs" -> new CzechAnalyzer();
      case "da" -> new DanishAnalyzer();
      case "de" -> new GermanAnalyzer();
      case "el" -> new GreekAnalyzer();
      case "en" -> new EnglishAnalyzer();
      case "es" -> new SpanishAnalyzer();
      case "et" -> new EstonianAnalyzer();
      case "eu" -> new BasqueAnalyzer();
      case "fa" -> new PersianAnalyzer();
      case "fi" -> new FinnishAnalyzer();
      case "fr" -> new FrenchAnalyzer();
      case "ga" -> new IrishAnalyzer();
      case "gl" -> new GalicianAnalyzer();
      case "hi" -> new HindiAnalyzer();
      case "hu" -> new HungarianAnalyzer();
      case "hy" -> new ArmenianAnalyzer();
      case "id" -> new IndonesianAnalyzer();
      case "it" -> new ItalianAnalyzer();
      case "lt" -> new LithuanianAnalyzer();
      case "lv" -> new LatvianAnalyzer();
      case "ne" -> new NepaliAnalyzer();
      case "nl" -> new DutchAnalyzer();
      case "no", "nb", "nn" -> new NorwegianAnalyzer();
      case "pt" -> new PortugueseAnalyzer();
      case "ro" -> new RomanianAnalyzer();
      case "ru" -> new RussianAnalyzer();
      case "sr" -> new SerbianAnalyzer();
      case "sv" -> new SwedishAnalyzer();
      case "ta" -> new TamilAnalyzer();
      case "te" -> new TeluguAnalyzer();
      case "th" -> new ThaiAnalyzer();
      case "tr" -> new TurkishAnalyzer();
      case "zh", "ja", "ko" -> new CJKAnalyzer();
      default -> new StandardAnalyzer();
    };
  }

  /** Returns the most common {@code lang} of the posts, ties to the alphabetically first; "" if none. */
  static String majorityLanguage(List<CorpusPost> posts) {
    Map<String, Integer> counts = new HashMap<>();
    for (CorpusPost post : posts) {
      counts.merge(post.lang(), 1, Integer::sum);
    }
    String best = "";
    int bestCount = 0;
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      int count = entry.getValue();
      if (count > bestCount || (count == bestCount && entry.getKey().compareTo(best) < 0)) {
        best = entry.getKey();
        bestCount = count;
      }
    }
    return best;
  }
}
