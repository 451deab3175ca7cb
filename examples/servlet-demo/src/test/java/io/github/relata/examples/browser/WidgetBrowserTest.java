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

/** The JavaScript widget fetches the JSON and renders the list accessibly: a heading, a list, links, dates in {@code <time>}. */
final class WidgetBrowserTest extends BrowserTestSupport {

  @Test
  void swedishWidget_rendersTheSameListAsTheServer() throws Exception {
    checkWidget(STOCKHOLM, PostLanguage.SWEDISH);
    Chromium.screenshot(driver, "widget-page-sv");
  }

  @Test
  void englishWidget_rendersTheListInEnglish() {
    checkWidget(VASTERAS, PostLanguage.ENGLISH);
  }

  @Test
  void followingAWidgetLink_landsOnThatPost() {
    WebElement section = load(STOCKHOLM);
    WebElement link = section.findElement(By.cssSelector("li h3 a"));
    String title = link.getText();

    link.click();

    wait.until(ExpectedConditions.textToBe(By.cssSelector("h1.post-title"), title));
  }

  private WebElement load(String id) {
    open("/widget/" + id);
    By widget = By.cssSelector("section.relata-related");
    wait.until(ExpectedConditions.attributeToBe(widget, "data-state", "loaded"));
    return driver.findElement(widget);
  }

  private void checkWidget(String id, PostLanguage language) {
    WebElement section = load(id);
    List<RelatedPost> expected = blog.index().relatedTo(id);

    assertEquals("false", section.getAttribute("aria-busy"));
    assertEquals(language.code(), section.getAttribute("lang"));
    WebElement heading = section.findElement(By.tagName("h2"));
    assertEquals(language.heading(), heading.getText());
    assertEquals(heading.getAttribute("id"), section.getAttribute("aria-labelledby"));
    List<WebElement> items = section.findElements(By.cssSelector("ul > li"));
    assertEquals(expected.stream().map(r -> r.article().id()).toList(), items.stream().map(i -> i.getAttribute("data-post-id")).toList());
    for (int i = 0; i < items.size(); i++) {
      Article post = expected.get(i).article();
      WebElement item = items.get(i);
      WebElement time = item.findElement(By.tagName("time"));
      assertEquals(post.publishedDate().toString(), time.getAttribute("datetime"));
      assertEquals(language.format(post.publishedDate()), time.getText());
      WebElement title = item.findElement(By.cssSelector("h3 a"));
      assertEquals(post.title(), title.getText());
      assertTrue(title.getAttribute("href").endsWith("/posts/" + post.id()), title.getAttribute("href"));
      WebElement excerpt = item.findElement(By.cssSelector("p.relata-excerpt"));
      assertEquals(PlainText.excerpt(PlainText.of(post.summary()), RelatedItem.EXCERPT_LENGTH), excerpt.getAttribute("textContent").strip());
      BrowserTestSupport.assertAtMostTwoLines(excerpt);
      WebElement more = item.findElement(By.cssSelector("a.relata-more"));
      assertEquals(language.readMore(), more.getText());
      assertEquals(title.getAttribute("href"), more.getAttribute("href"));
    }
    assertFalse(items.isEmpty());
  }
}
