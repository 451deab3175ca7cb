package io.github.relata.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.relata.Article;
import io.github.relata.LiveIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

final class RelatedListHtmlTest {

  private final RelatedListHtml html = new RelatedListHtml();

  @Test
  void render_escapesPostText() {
    try (LiveIndex index = Fixtures.index()) {
      Article post = index.article("s3-stockholm").orElseThrow();
      RelatedList list = RelatedList.of(post, index.relatedTo("s3-stockholm"), p -> "/posts/" + p.id());

      String fragment = html.render(list);

      assertTrue(list.related().stream().anyMatch(i -> i.id().equals("xss")), list.toString());
      assertTrue(fragment.contains("&lt;img src=x onerror=alert(1)&gt;"), fragment);
      assertFalse(fragment.contains("<img"), fragment);
      assertTrue(fragment.contains("<h2 class=\"relata-heading\""), fragment);
      assertTrue(fragment.contains("class=\"relata-segment\""), fragment);
      assertTrue(fragment.contains("Gemensamma termer:"), fragment);
      assertTrue(fragment.contains("lang=\"sv\""), fragment);
    }
  }

  @Test
  void render_linksTitleAndReadMoreToTheSameAddress() {
    try (LiveIndex index = Fixtures.index()) {
      Article post = index.article("s3-london").orElseThrow();
      RelatedList list = RelatedList.of(post, index.relatedTo("s3-london"), p -> "/posts/" + p.id());

      String fragment = html.render(list);

      String first = list.related().get(0).id();
      assertTrue(fragment.contains("<a href=\"/posts/" + first + "\">"), fragment);
      assertTrue(fragment.contains("<a class=\"relata-more\" href=\"/posts/" + first + "\">Read the whole article</a>"), fragment);
    }
  }

  @Test
  void render_emptyList_isEmpty() {
    assertEquals("", html.render(new RelatedList("a", "en", List.of())));
  }
}
