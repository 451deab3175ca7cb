package io.github.relata.examples.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.relata.RelatedPost;
import io.github.relata.analysis.PlainText;
import io.github.relata.servlet.PostLanguage;
import io.github.relata.servlet.RelatedItem;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The widget on a static page: plain files (the page, the script, a data file in the API's format) served by
 * a file server with no Relata behind it, as a static site generator would publish them.
 */
final class StaticPageWidgetBrowserTest extends BrowserTestSupport {

  @Test
  void widget_rendersTheListFromADataFile(@TempDir Path site) throws Exception {
    // The data file: an array of lists, as a build step would write it from the API (here the demo's).
    HttpClient http = HttpClient.newHttpClient();
    String list = http.send(HttpRequest.newBuilder(blog.uri().resolve("/related/" + STOCKHOLM + "?limit=3")).build(), HttpResponse.BodyHandlers.ofString()).body();
    String other = http.send(HttpRequest.newBuilder(blog.uri().resolve("/related/" + VASTERAS + "?limit=3")).build(), HttpResponse.BodyHandlers.ofString()).body();
    Files.writeString(site.resolve("related.json"), "[" + other + "," + list + "]");
    try (InputStream script = getClass().getClassLoader().getResourceAsStream("META-INF/resources/relata-widget.js")) {
      Files.write(site.resolve("relata-widget.js"), script.readAllBytes());
    }
    Files.writeString(site.resolve("index.html"), """
        <!DOCTYPE html>
        <html lang="sv"><head><meta charset="utf-8"><title>Statisk sida</title></head>
        <body style="max-width: 30rem"><h1>Smart specialisering</h1>
        <script src="relata-widget.js" data-post-id="%s" data-src="related.json"></script>
        </body></html>
        """.formatted(STOCKHOLM));

    Server files = new Server();
    ServerConnector connector = new ServerConnector(files);
    connector.setHost("127.0.0.1");
    files.addConnector(connector);
    ResourceHandler handler = new ResourceHandler();
    handler.setBaseResource(ResourceFactory.of(files).newResource(site));
    files.setHandler(handler);
    files.start();
    try {
      driver.get(URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/index.html").toString());
      By widget = By.cssSelector("section.relata-related");
      wait.until(ExpectedConditions.attributeToBe(widget, "data-state", "loaded"));
      WebElement section = driver.findElement(widget);

      List<RelatedPost> expected = blog.index().relatedTo(STOCKHOLM).subList(0, 3);
      List<WebElement> items = section.findElements(By.cssSelector("li.relata-item"));
      assertEquals(expected.stream().map(r -> r.article().id()).toList(), items.stream().map(i -> i.getAttribute("data-post-id")).toList());
      assertEquals(PostLanguage.SWEDISH.heading(), section.findElement(By.cssSelector("h2.relata-heading")).getText());
      for (int i = 0; i < items.size(); i++) {
        var post = expected.get(i).article();
        WebElement item = items.get(i);
        assertEquals(PostLanguage.SWEDISH.format(post.publishedDate()), item.findElement(By.cssSelector("time.relata-date")).getText());
        assertEquals(post.title(), item.findElement(By.cssSelector("h3.relata-title a")).getText());
        WebElement excerpt = item.findElement(By.cssSelector("p.relata-excerpt"));
        assertEquals(PlainText.excerpt(PlainText.of(post.summary()), RelatedItem.EXCERPT_LENGTH), excerpt.getAttribute("textContent"));
        assertAtMostTwoLines(excerpt);
        assertEquals(PostLanguage.SWEDISH.readMore(), item.findElement(By.cssSelector("a.relata-more")).getText());
        assertTrue(item.findElement(By.cssSelector("a.relata-more")).getAttribute("href").endsWith("/posts/" + post.id()));
      }
      Chromium.screenshot(driver, "widget-static-page");
    } finally {
      files.stop();
    }
  }
}
