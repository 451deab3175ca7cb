package io.github.relata.examples;

import io.github.relata.Article;
import io.github.relata.servlet.PostLanguage;
import io.github.relata.servlet.RelatedListHtml;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;

/**
 * Renders the demo's pages from the Thymeleaf templates in {@code io/github/relata/examples/templates/},
 * which write all post text with {@code th:text}, so it is escaped. One template engine renders the pages
 * and, through the adapter's resolver, the related list they include ({@code ~{relata/related :: list}}).
 * Thread-safe.
 */
final class Pages {

  private static final Pattern HTML_TAG = Pattern.compile("<(p|br|em|strong|b|i|a|ul|ol|li|h[1-6]|blockquote|div|span)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");

  private final TemplateEngine engine;

  Pages() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Pages.class.getClassLoader());
    resolver.setPrefix("io/github/relata/examples/templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    resolver.setCheckExistence(true);
    resolver.setOrder(1);
    ITemplateResolver relata = RelatedListHtml.templateResolver();
    engine = new TemplateEngine();
    engine.addTemplateResolver(relata);
    engine.addTemplateResolver(resolver);
  }

  /**
   * Renders a page.
   *
   * @param template the template's name, such as "post"
   * @param locale the page's locale
   * @param model the template's variables
   * @return the HTML
   */
  String render(String template, Locale locale, Map<String, ?> model) {
    Context context = new Context(locale);
    model.forEach(context::setVariable);
    return engine.process(template, context);
  }

  /**
   * Returns a post's body for the post page: HTML bodies cleaned to a safe subset (paragraphs, emphasis,
   * lists, links) by jsoup, plain ones split into paragraphs at blank lines.
   */
  static Body body(String body) {
    if (HTML_TAG.matcher(body).find()) {
      return new Body(Jsoup.clean(body, Safelist.basic()), List.of());
    }
    List<String> paragraphs = Arrays.stream(BLANK_LINE.split(body.strip())).map(String::strip).filter(p -> !p.isEmpty()).toList();
    return new Body(null, paragraphs);
  }

  /** Returns one post as a row of the index page. */
  static Row row(Article post) {
    LocalDate day = post.publishedDate();
    PostLanguage language = PostLanguage.of(post.language());
    return new Row(
        post.id(),
        post.title(),
        BlogServlet.link(post),
        language.code(),
        day == null ? null : day.toString(),
        day == null ? null : language.format(day),
        post.author(),
        List.copyOf(post.tags()));
  }

  /**
   * A post's body, ready for the template.
   *
   * @param html the cleaned HTML, written unescaped (jsoup has removed scripts, handlers and unsafe links), or null
   * @param paragraphs the paragraphs of a plain-text body, written escaped
   */
  record Body(@Nullable String html, List<String> paragraphs) {}

  /** A post as the index page and the post page's header show it. */
  record Row(
      String id,
      String title,
      String url,
      String lang,
      @Nullable String date,
      @Nullable String dateText,
      @Nullable String author,
      List<String> tags) {}
}
