package io.github.relata.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

final class LanguagesTest {

  @Test
  void detectsSwedishAndEnglishRunningText() {
    assertEquals(Optional.of("sv"), Languages.detect("Det här är en text om hur regionerna arbetar med innovation och kluster."));
    assertEquals(Optional.of("en"), Languages.detect("This is a text about how the regions work with innovation and clusters."));
  }

  @Test
  void tellsTheScandinavianLanguagesApart() {
    Optional<String> danish = Languages.detect("Det er ikke så let, men vi har gjort det meget godt i år, og vi er glade for det.");
    assertTrue(danish.isEmpty() || danish.equals(Optional.of("da")) || danish.equals(Optional.of("no")), danish.toString());
    assertEquals(Optional.of("sv"), Languages.detect("Det är inte så lätt, men vi har gjort det mycket bra i år, och vi är glada för det."));
  }

  @Test
  void detectsByScript() {
    assertEquals(Optional.of("ja"), Languages.detect("東京でイノベーションについて話しました"));
    assertEquals(Optional.of("zh"), Languages.detect("创新集群和区域发展"));
    assertEquals(Optional.of("ko"), Languages.detect("혁신 클러스터와 지역 개발"));
    assertEquals(Optional.of("el"), Languages.detect("Η περιφερειακή ανάπτυξη"));
  }

  @Test
  void shortOrEmptyTextIsUndetected() {
    assertEquals(Optional.empty(), Languages.detect(""));
    assertEquals(Optional.empty(), Languages.detect("Nordregio"));
    assertEquals(Optional.empty(), Languages.detect("12345 !!!"));
  }

  @Test
  void code_readsTagsAsSitesWriteThem_andRefusesUnknownCodes() {
    assertEquals(Optional.of("sv"), Languages.code("sv"));
    assertEquals(Optional.of("sv"), Languages.code(" sv-SE "));
    assertEquals(Optional.of("en"), Languages.code("en_US"));
    assertEquals(Optional.of("swe"), Languages.code("SWE"));
    assertEquals(Optional.empty(), Languages.code("xx"));
    assertEquals(Optional.empty(), Languages.code("xx-SE"));
    assertEquals(Optional.empty(), Languages.code(""));
  }
}
