package io.github.relata.analysis;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.ArabicStemmer;
import org.tartarus.snowball.ext.ArmenianStemmer;
import org.tartarus.snowball.ext.BasqueStemmer;
import org.tartarus.snowball.ext.CatalanStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.EstonianStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.German2Stemmer;
import org.tartarus.snowball.ext.GreekStemmer;
import org.tartarus.snowball.ext.HindiStemmer;
import org.tartarus.snowball.ext.HungarianStemmer;
import org.tartarus.snowball.ext.IndonesianStemmer;
import org.tartarus.snowball.ext.IrishStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.LithuanianStemmer;
import org.tartarus.snowball.ext.NepaliStemmer;
import org.tartarus.snowball.ext.NorwegianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.RomanianStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SerbianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;
import org.tartarus.snowball.ext.TamilStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;
import org.tartarus.snowball.ext.YiddishStemmer;

/** The Snowball stemmers of Lucene's analysis-common, by ISO 639-1 code, made thread-safe. */
final class SnowballStemmers {

  private static final Map<String, Supplier<SnowballStemmer>> BY_LANGUAGE =
      ImmutableSortedMap.<String, Supplier<SnowballStemmer>>naturalOrder()
          .put("ar", ArabicStemmer::new)
          .put("ca", CatalanStemmer::new)
          .put("da", DanishStemmer::new)
          .put("de", German2Stemmer::new)
          .put("el", GreekStemmer::new)
          .put("en", EnglishStemmer::new)
          .put("es", SpanishStemmer::new)
          .put("et", EstonianStemmer::new)
          .put("eu", BasqueStemmer::new)
          .put("fi", FinnishStemmer::new)
          .put("fr", FrenchStemmer::new)
          .put("ga", IrishStemmer::new)
          .put("hi", HindiStemmer::new)
          .put("hu", HungarianStemmer::new)
          .put("hy", ArmenianStemmer::new)
          .put("id", IndonesianStemmer::new)
          .put("it", ItalianStemmer::new)
          .put("lt", LithuanianStemmer::new)
          .put("nb", NorwegianStemmer::new)
          .put("ne", NepaliStemmer::new)
          .put("nl", DutchStemmer::new)
          .put("nn", NorwegianStemmer::new)
          .put("no", NorwegianStemmer::new)
          .put("pt", PortugueseStemmer::new)
          .put("ro", RomanianStemmer::new)
          .put("ru", RussianStemmer::new)
          .put("sr", SerbianStemmer::new)
          .put("sv", SwedishStemmer::new)
          .put("ta", TamilStemmer::new)
          .put("tr", TurkishStemmer::new)
          .put("yi", YiddishStemmer::new)
          .buildOrThrow();

  private SnowballStemmers() {}

  static boolean supports(String language) {
    return BY_LANGUAGE.containsKey(language);
  }

  static Set<String> languages() {
    return BY_LANGUAGE.keySet();
  }

  static Stemmer forLanguage(String language) {
    Supplier<SnowballStemmer> factory = BY_LANGUAGE.get(language);
    if (factory == null) {
      throw new IllegalArgumentException("no Snowball stemmer for language: " + language);
    }
    return new ThreadConfined(language, ThreadLocal.withInitial(factory));
  }

  /** A Snowball program is stateful, so each thread gets its own. */
  private static final class ThreadConfined implements Stemmer {
    private final String language;
    private final ThreadLocal<SnowballStemmer> programs;

    ThreadConfined(String language, ThreadLocal<SnowballStemmer> programs) {
      this.language = language;
      this.programs = programs;
    }

    @Override
    public String stem(String word) {
      SnowballStemmer program = programs.get();
      program.setCurrent(word);
      program.stem();
      String stem = program.getCurrent();
      return stem.isEmpty() ? word : stem;
    }

    @Override
    public String toString() {
      return "Stemmer.snowball(" + language + ")";
    }
  }
}
