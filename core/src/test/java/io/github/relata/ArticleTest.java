package io.github.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class ArticleTest {

  @Test
  void builder_setsEveryField() {
    Article a = Article.builder("s3-stockholm", "Smart specialisering i Stockholm")
        .summary("Kort om strategin.")
        .body("<p>Text</p>")
        .published(LocalDate.of(2018, 3, 14))
        .tags("smart specialisering", "S3")
        .categories("Innovation")
        .author("Åsa Öberg")
        .url("/2018/03/s3")
        .language("SV")
        .build();
    assertEquals("s3-stockholm", a.id());
    assertEquals("Kort om strategin.", a.summary());
    assertEquals(LocalDate.of(2018, 3, 14), a.publishedDate());
    assertEquals(List.of("smart specialisering", "S3"), List.copyOf(a.tags()));
    assertEquals("sv", a.language());
    assertEquals(a, a.toBuilder().build());
  }

  @Test
  void missingSummaryIsDerivedFromTheBody() {
    String body = "<p>Den 22 februari samlades ett fyrtiotal personer på Skeppsholmen för att utbyta erfarenheter om "
        + "regional samverkan, kluster och smart specialisering i Europa. Dagen bjöd på många goda exempel från "
        + "Portugal, Italien, Spanien och Grekland, och på livliga samtal om hur regionerna kan lära av varandra.</p>";
    Article a = Article.builder("a", "Titel").body(body).build();
    assertTrue(a.summary().endsWith("…"), a.summary());
    assertTrue(a.summary().length() <= Article.DEFAULT_EXCERPT_LENGTH);
    assertTrue(a.summary().startsWith("Den 22 februari samlades"), a.summary());
    assertTrue(!a.summary().contains("<p>"), a.summary());
  }

  @Test
  void excerptLengthIsConfigurable() {
    Article a = Article.builder("a", "T").body("ett två tre fyra fem sex sju åtta nio tio elva tolv").excerptLength(20).build();
    assertEquals("ett två tre fyra…", a.summary());
  }

  @Test
  void shortBodyBecomesTheWholeSummary() {
    assertEquals("Kort text.", Article.builder("a", "T").body("Kort  text.").build().summary());
  }

  @Test
  void optionalFieldsMayBeAbsent() {
    Article a = Article.builder("a", "").build();
    assertNull(a.published());
    assertNull(a.publishedDate());
    assertNull(a.language());
    assertEquals("", a.summary());
    assertEquals(Set.of(), a.tags());
  }

  @Test
  void instantsAreKept() {
    Instant at = Instant.parse("2018-03-14T21:30:00Z");
    assertEquals(at, Article.builder("a", "T").published(at).build().published());
  }

  @Test
  void tagsAreTrimmedAndDeduplicatedInOrder() {
    Article a = Article.builder("a", "T").tags(" kluster", "EU", "kluster ").build();
    assertEquals(List.of("kluster", "EU"), List.copyOf(a.tags()));
  }

  @Test
  void blankId_throwsNamingTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Article.builder("  ", "T").build());
    assertTrue(e.getMessage().contains("id must not be blank: '  '"), e.getMessage());
  }

  @Test
  void nullTitle_throwsNamingTheArticle() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> new Article("x1", null, "", "", null, Set.of(), Set.of(), null, null, null));
    assertTrue(e.getMessage().contains("title") && e.getMessage().contains("x1"), e.getMessage());
  }

  @Test
  void blankTag_throwsNamingTheArticleAndTags() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Article.builder("x2", "T").tags("ok", " ").build());
    assertTrue(e.getMessage().contains("x2") && e.getMessage().contains("tags"), e.getMessage());
  }

  @Test
  void badLanguage_throwsNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Article.builder("x3", "T").language("swedish!").build());
    assertTrue(e.getMessage().contains("swedish!") && e.getMessage().contains("x3"), e.getMessage());
  }

  @Test
  void regionalLanguageTagsKeepTheirLanguage() {
    assertEquals("sv", Article.builder("a", "T").language("sv-SE").build().language());
    assertEquals("en", Article.builder("a", "T").language("en_GB").build().language());
  }

  @Test
  void excerptLength_tooShort_throws() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Article.builder("a", "T").excerptLength(5));
    assertTrue(e.getMessage().contains("5"), e.getMessage());
  }

  @Test
  void nullParameters() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Article.class);
    tester.testAllPublicInstanceMethods(Article.builder("a", "T"));
  }
}
