package io.github.relata.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.relata.Article;
import io.github.relata.ArticleIndex;
import io.github.relata.RelatedPosts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class PostFormTest {

  private static final ArticleIndex INDEX =
      RelatedPosts.withDefaults()
          .index(List.of(Article.builder("smart-specialisering", "Smart specialisering").url("/2018/s3").language("sv").build()));

  @Test
  void slug_dropsAccentsAndPunctuation() {
    assertEquals("smart-specialisering-i-ostra-mellansverige", PostForm.slug("Smart specialisering i Östra Mellansverige!"));
    assertEquals("img-src-x-onerror-alert-1", PostForm.slug("<img src=x onerror=alert(1)>"));
    assertEquals("post", PostForm.slug("…"));
    assertTrue(PostForm.slug("ord ".repeat(40)).length() <= 60);
  }

  @Test
  void toArticle_newPost_getsAUniqueIdFromItsTitle() {
    Article post = form("", "Smart specialisering", "sv", "2018-03-14").toArticle(INDEX);

    assertEquals("smart-specialisering-2", post.id());
    assertEquals(LocalDate.of(2018, 3, 14), post.publishedDate());
    assertEquals(Set.of("kluster", "EU"), post.tags());
    assertEquals("sv", post.language());
  }

  @Test
  void toArticle_edit_keepsTheIdAndAddress() {
    Article post = form("smart-specialisering", "Ny rubrik", "sv", "").toArticle(INDEX);

    assertEquals("smart-specialisering", post.id());
    assertEquals("Ny rubrik", post.title());
    assertEquals("/2018/s3", post.url());
  }

  @Test
  void toArticle_badValues_throwNamingThem() {
    assertEquals("title must not be blank", message(form("", "  ", "sv", "")));
    assertEquals("date must be a day as YYYY-MM-DD: '2018-13-01'", message(form("", "T", "sv", "2018-13-01")));
    assertEquals("language must be an ISO 639 code such as sv or en: 'svenska'", message(form("", "T", "svenska", "")));
    // "xx" has the shape of a code but names no language: refused, not analysed as some other language.
    assertEquals("language of article t must be a known ISO 639 code such as \"sv\" or \"en\": xx", message(form("", "T", "xx", "")));
    assertEquals("id must be 1 to 100 letters, digits, '.', '_' or '-': 'a b'", message(form("a b", "T", "sv", "")));
  }

  @Test
  void toArticle_boundsEveryField() {
    PostForm ok = form("", "T", "sv", "");
    assertEquals("title must be at most 300 characters: 301", message(with(ok, "title", "t".repeat(301))));
    assertEquals("author must be at most 200 characters: 201", message(with(ok, "author", "a".repeat(201))));
    assertEquals("tags must be at most 30, comma-separated: 31", message(with(ok, "tags", String.join(",", java.util.stream.IntStream.range(0, 31).mapToObj(i -> "t" + i).toList()))));
    assertEquals("each of categories must be at most 100 characters: '" + "c".repeat(60) + "…'", message(with(ok, "categories", "c".repeat(101))));
    assertEquals("excerpt and body must be at most 100000 characters each", message(with(ok, "body", "b".repeat(100_001))));
    assertTrue(message(with(ok, "lang", "x".repeat(5000))).length() < 120, "a long value is not echoed whole");
  }

  @Test
  void read_missingFieldsAreEmpty() {
    PostForm form = PostForm.read(Map.of("title", new String[] {"T"}));

    assertEquals("T", form.title());
    assertEquals("", form.body());
  }

  @Test
  void of_roundTripsAPost() {
    Article post = Article.builder("a", "Title").summary("S").body("B").tags("x", "y").language("en").published(LocalDate.of(2020, 1, 2)).build();

    assertEquals(new PostForm("a", "Title", "en", "2020-01-02", "", "x, y", "", "S", "B"), PostForm.of(post));
  }

  private static PostForm form(String id, String title, String lang, String date) {
    return new PostForm(id, title, lang, date, "Anna", "kluster, EU, kluster", "", "", "Text om kluster.");
  }

  private static PostForm with(PostForm f, String field, String value) {
    return new PostForm(
        f.id(),
        field.equals("title") ? value : f.title(),
        field.equals("lang") ? value : f.lang(),
        f.date(),
        field.equals("author") ? value : f.author(),
        field.equals("tags") ? value : f.tags(),
        field.equals("categories") ? value : f.categories(),
        f.excerpt(),
        field.equals("body") ? value : f.body());
  }

  private static String message(PostForm form) {
    return assertThrows(IllegalArgumentException.class, () -> form.toArticle(INDEX)).getMessage();
  }
}
