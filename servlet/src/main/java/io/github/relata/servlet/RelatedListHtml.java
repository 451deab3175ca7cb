package io.github.relata.servlet;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Set;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;

/**
 * Renders a {@link RelatedList} as an HTML fragment: a {@code <section>} with a heading, a list of dates,
 * linked titles, excerpts and "read more" links, and each item's explanation (a bar of each signal's share
 * and the shared terms). All post text is escaped; an empty list renders as "". Thread-safe.
 *
 * <p>The markup lives in the classpath template {@value #TEMPLATE}{@code .html} (under {@code templates/}),
 * so Spring Boot's Thymeleaf can include the same fragment as {@code ~{relata/related :: list}}.
 */
public final class RelatedListHtml {

  /** The template's name under {@code templates/}. */
  public static final String TEMPLATE = "relata/related";

  private final TemplateEngine engine;

  /** Creates a renderer with its own template engine, which resolves only the adapter's templates and caches them. */
  public RelatedListHtml() {
    engine = new TemplateEngine();
    engine.setTemplateResolver(templateResolver());
  }

  /**
   * Creates a renderer that uses an application's template engine, so that one engine renders the pages and
   * the fragment. The engine must resolve {@value #TEMPLATE}: add {@link #templateResolver()} to it.
   *
   * @param engine the application's engine
   */
  public RelatedListHtml(TemplateEngine engine) {
    this.engine = checkNotNull(engine, "engine");
  }

  /**
   * Returns a resolver of the adapter's templates ({@code relata/*} under {@code templates/} on the class
   * path, UTF-8, cached) that resolves nothing else, to add to an application's own template engine beside
   * its resolvers; pages then include the list with {@code th:replace="~{relata/related :: list}"}.
   *
   * @return a new resolver
   */
  public static ITemplateResolver templateResolver() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(RelatedListHtml.class.getClassLoader());
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setResolvablePatterns(Set.of("relata/*"));
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    return resolver;
  }

  /**
   * Renders a related list in its own language.
   *
   * @param list the list
   * @return the HTML fragment, or "" when the list is empty
   */
  public String render(RelatedList list) {
    checkNotNull(list, "list");
    PostLanguage language = list.language();
    Context context = new Context(language.locale());
    context.setVariable("relataList", list);
    context.setVariable("relataLabels", language);
    return engine.process(TEMPLATE, Set.of("list"), context).strip();
  }
}
