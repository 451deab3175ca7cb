package io.github.relata.examples.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.relata.Article;
import io.github.relata.RelatedPost;
import io.github.relata.servlet.PostLanguage;
import java.util.List;
import org.junit.jupiter.api.Test;
import io.github.relata.analysis.PlainText;
import io.github.relata.servlet.RelatedItem;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A post page's related list in the browser: the right posts, dates, excerpts and links, in the post's language. */
final class PostPageBrowserTest extends BrowserTestSupport {

  private static final String SWEDISH_DATE = "\\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \\d{4}";
  private static final String ENGLISH_DATE = "(January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}, \\d{4}";

  @Test
  void swedishPost_showsItsRelatedPostsAsOnTheSeedPage() throws Exception {
    open("/posts/" + STOCKHOLM);

    checkRelatedList(STOCKHOLM, PostLanguage.SWEDISH, SWEDISH_DATE);
    Chromium.screenshot(driver, "post-page-sv");
  }

  @Test
  void englishPost_showsItsRelatedPostsInEnglish() throws Exception {
    open("/posts/" + VASTERAS);

    checkRelatedList(VASTERAS, PostLanguage.ENGLISH, ENGLISH_DATE);
    Chromium.screenshot(driver, "post-page-en");
  }

  @Test
  void eachItemExplainsWhyItIsRelated() {
    open("/posts/" + STOCKHOLM);

    for (WebElement item : relatedItems()) {
      List<WebElement> segments = item.findElements(By.cssSelector(".relata-bar .relata-segment"));
      assertFalse(segments.isEmpty(), item.getText());
      assertTrue(segments.stream().anyMatch(s -> "text".equals(s.getAttribute("data-signal"))), item.getText());
      assertTrue(item.findElement(By.cssSelector(".relata-bar")).getAttribute("aria-label").startsWith("poäng "));
      String terms = item.findElement(By.cssSelector(".relata-terms")).getText();
      assertTrue(terms.startsWith("Gemensamma termer: "), terms);
      assertTrue(segments.get(0).getSize().getWidth() > 0, "a visible bar segment");
    }
    assertFalse(driver.findElements(By.cssSelector(".relata-legend span[style]")).isEmpty());
  }

  @Test
  void followingATitleLink_landsOnThatPost() {
    open("/posts/" + STOCKHOLM);
    WebElement link = relatedItems().get(0).findElement(By.cssSelector(".relata-title a"));
    String title = link.getText();
    String href = link.getAttribute("href");

    link.click();

    wait.until(ExpectedConditions.urlToBe(href));
    assertEquals(title, driver.findElement(By.cssSelector("h1.post-title")).getText());
    assertFalse(relatedItems().isEmpty(), "the post it lands on has its own related list");
  }

  @Test
  void followingAReadMoreLink_landsOnThatPost() {
    open("/posts/" + VASTERAS);
    WebElement item = relatedItems().get(1);
    String title = item.findElement(By.cssSelector(".relata-title a")).getText();

    item.findElement(By.linkText("Read the whole article")).click();

    wait.until(ExpectedConditions.textToBe(By.cssSelector("h1.post-title"), title));
  }

  @Test
  void indexPage_linksToEveryPost() {
    open("/");
    List<WebElement> links = driver.findElements(By.cssSelector(".post-row a.post-link"));

    assertEquals(blog.index().size(), links.size());
    WebElement stockholm = driver.findElement(By.cssSelector(".post-row[data-post-id='" + STOCKHOLM + "'] a.post-link"));
    String title = stockholm.getText();
    stockholm.click();
    wait.until(ExpectedConditions.textToBe(By.cssSelector("h1.post-title"), title));
  }

  private void checkRelatedList(String id, PostLanguage language, String datePattern) {
    List<RelatedPost> expected = blog.index().relatedTo(id);
    assertFalse(expected.isEmpty(), "the engine relates posts to " + id);
    WebElement section = driver.findElement(By.cssSelector("section.relata-related"));
    assertEquals(language.code(), section.getAttribute("lang"));
    assertEquals(language.heading(), section.findElement(By.tagName("h2")).getText());

    List<WebElement> items = relatedItems();
    assertEquals(expected.stream().map(r -> r.article().id()).toList(), items.stream().map(i -> i.getAttribute("data-post-id")).toList());
    for (int i = 0; i < items.size(); i++) {
      Article post = expected.get(i).article();
      WebElement item = items.get(i);
      WebElement time = item.findElement(By.tagName("time"));
      assertEquals(post.publishedDate().toString(), time.getAttribute("datetime"));
      assertEquals(language.format(post.publishedDate()), time.getText());
      assertTrue(time.getText().matches(datePattern), time.getText());
      WebElement title = item.findElement(By.cssSelector("h3.relata-title a"));
      assertEquals(post.title(), title.getText());
      assertTrue(title.getAttribute("href").endsWith("/posts/" + post.id()), title.getAttribute("href"));
      WebElement excerpt = item.findElement(By.cssSelector("p.relata-excerpt"));
      assertEquals(PlainText.excerpt(PlainText.of(post.summary()), RelatedItem.EXCERPT_LENGTH), excerpt.getAttribute("textContent").strip());
      BrowserTestSupport.assertAtMostTwoLines(excerpt);
      WebElement more = item.findElement(By.cssSelector("a.relata-more"));
      assertEquals(language.readMore(), more.getText());
      assertEquals(title.getAttribute("href"), more.getAttribute("href"));
    }
  }
}
