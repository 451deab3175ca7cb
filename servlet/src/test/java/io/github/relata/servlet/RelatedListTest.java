package io.github.relata.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.relata.Article;
import io.github.relata.LiveIndex;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class RelatedListTest {

  @Test
  void of_takesTheLanguageOfThePost() {
    try (LiveIndex index = Fixtures.index()) {
      Article post = index.article("s3-london").orElseThrow();

      RelatedList list = RelatedList.of(post, index.relatedTo("s3-london"), p -> "/posts/" + p.id());

      assertEquals("s3-london", list.id());
      assertEquals("en", list.lang());
      assertSame(PostLanguage.ENGLISH, list.language());
      assertFalse(list.related().isEmpty());
      assertEquals(index.relatedTo("s3-london").get(0).article().id(), list.related().get(0).id());
    }
  }

  @Test
  void legend_namesEachContributingSignalOnceInSignalOrder() {
    RelatedItem a = new RelatedItem("a", "A", null, null, null, "en", "", 0.3, List.of(), List.of(), Map.of("date", 0.1, "text", 0.2), false);
    RelatedItem b = new RelatedItem("b", "B", null, null, null, "en", "", 0.3, List.of(), List.of(), Map.of("tags", 0.1, "text", 0.2), false);

    List<RelatedItem.BarSegment> legend = new RelatedList("q", "en", List.of(a, b)).legend(PostLanguage.ENGLISH);

    assertEquals(List.of("text", "tags", "date"), legend.stream().map(RelatedItem.BarSegment::signal).toList());
    assertEquals("tags and categories", legend.get(1).label());
  }

  @Test
  void ownUrl_isThePostsUrl() {
    assertEquals("/2018/03/a", RelatedList.ownUrl(Article.builder("a", "A").url("/2018/03/a").build()));
  }
}
