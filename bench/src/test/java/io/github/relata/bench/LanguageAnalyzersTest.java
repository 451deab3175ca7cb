package io.github.relata.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.junit.jupiter.api.Test;

final class LanguageAnalyzersTest {

  @Test
  void forLanguage_mapsCodesAndFallsBackToStandard() {
    assertInstanceOf(EnglishAnalyzer.class, LanguageAnalyzers.forLanguage("en"));
    assertInstanceOf(SwedishAnalyzer.class, LanguageAnalyzers.forLanguage("SV"));
    assertInstanceOf(StandardAnalyzer.class, LanguageAnalyzers.forLanguage("xx"));
    assertInstanceOf(StandardAnalyzer.class, LanguageAnalyzers.forLanguage(""));
  }

  @Test
  void majorityLanguage_picksMostCommon_tiesAlphabetically() {
    assertEquals("sv", LanguageAnalyzers.majorityLanguage(List.of(post("a", "sv"), post("b", "en"), post("c", "sv"))));
    assertEquals("en", LanguageAnalyzers.majorityLanguage(List.of(post("a", "sv"), post("b", "en"))));
    assertEquals("", LanguageAnalyzers.majorityLanguage(List.of()));
  }

  private static CorpusPost post(String id, String lang) {
    return new CorpusPost(id, "t", "b", null, lang, List.of(), Set.of());
  }
}
