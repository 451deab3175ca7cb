package io.github.relata.servlet;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.relata.Article;
import io.github.relata.ArticleIndex;
import io.github.relata.Filter;
import io.github.relata.LiveIndex;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Serves related posts over HTTP, in any Jakarta Servlet 6 container. Map it to {@code /related/*}:
 *
 * <ul>
 *   <li>{@code GET /related/{id}?limit=5} returns JSON: {@code {"id": ..., "lang": ..., "related": [{"id",
 *       "title", "url", "date", "dateText", "lang", "excerpt", "score", "sharedTerms", "contributions"}]}}
 *       (see {@link RelatedItem}).
 *   <li>{@code GET /related/{id}.html} (or {@code ?format=html}) returns the same list as an HTML fragment
 *       for any page to include (see {@link RelatedListHtml}); "" when nothing is related.
 * </ul>
 *
 * <p>{@code limit} must be a whole number from 1 to {@value #MAX_LIMIT} (default {@value #DEFAULT_LIMIT});
 * otherwise the answer is 400. An unknown id gives 404. Errors are JSON, {@code {"error": "unknown post id:
 * X"}}, in both formats. Each request reads the index's current snapshot, so changes show at once; answers
 * say {@code Cache-Control: no-cache}. The init parameter {@value #ALLOWED_ORIGIN} sets {@code
 * Access-Control-Allow-Origin}, for the widget on a site served from another origin. Thread-safe.
 *
 * <p>In code, pass the index: {@code new RelatedPostsServlet(liveIndex::snapshot, post -> "/posts/" + post.id())}.
 * Declared in {@code web.xml}, the servlet takes the index from the context attribute {@value #INDEX_ATTRIBUTE}
 * (an {@link ArticleIndex}, a {@link LiveIndex} or a {@code Supplier<ArticleIndex>}) and links each post to
 * its {@link Article#url()}.
 */
public final class RelatedPostsServlet extends HttpServlet {

  /** The servlet context attribute the no-argument constructor reads the index from. */
  public static final String INDEX_ATTRIBUTE = "io.github.relata.servlet.index";

  /** The init parameter that sets {@code Access-Control-Allow-Origin} ("*" or an origin). */
  public static final String ALLOWED_ORIGIN = "allowedOrigin";

  /** The list length when the request gives no {@code limit}. */
  public static final int DEFAULT_LIMIT = 5;

  /** The largest {@code limit} a request may ask for. */
  public static final int MAX_LIMIT = 50;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HTML_SUFFIX = ".html";

  private transient @Nullable Supplier<ArticleIndex> index;
  private final transient Function<Article, @Nullable String> links;
  private final transient RelatedListHtml html = new RelatedListHtml();
  private @Nullable String allowedOrigin;

  /** Creates a servlet that takes its index from the context attribute {@value #INDEX_ATTRIBUTE} when initialised. */
  public RelatedPostsServlet() {
    this.index = null;
    this.links = RelatedList::ownUrl;
  }

  /**
   * Creates a servlet over an index.
   *
   * @param index gives the snapshot to answer each request from, such as {@code liveIndex::snapshot}
   * @param links gives each post's address, or null for none
   */
  public RelatedPostsServlet(Supplier<ArticleIndex> index, Function<Article, @Nullable String> links) {
    this.index = checkNotNull(index, "index");
    this.links = checkNotNull(links, "links");
  }

  @Override
  public void init() throws ServletException {
    allowedOrigin = getInitParameter(ALLOWED_ORIGIN);
    if (index == null) {
      index = fromContext(getServletContext().getAttribute(INDEX_ATTRIBUTE));
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setHeader("Cache-Control", "no-cache");
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (allowedOrigin != null) {
      response.setHeader("Access-Control-Allow-Origin", allowedOrigin);
    }
    String path = request.getPathInfo();
    String id = path == null ? "" : path.substring(1);
    boolean html = id.endsWith(HTML_SUFFIX);
    if (html) {
      id = id.substring(0, id.length() - HTML_SUFFIX.length());
    }
    String format = request.getParameter("format");
    if (format != null) {
      if (!format.equals("json") && !format.equals("html")) {
        error(response, HttpServletResponse.SC_BAD_REQUEST, "format must be json or html: " + format);
        return;
      }
      html = format.equals("html");
    }
    int limit;
    try {
      limit = parseLimit(request.getParameter("limit"));
    } catch (IllegalArgumentException e) {
      error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
      return;
    }
    if (id.isEmpty()) {
      error(response, HttpServletResponse.SC_NOT_FOUND, "no post id in the path; use " + request.getServletPath() + "/{id}");
      return;
    }
    ArticleIndex snapshot = checkNotNull(index, "the servlet was not initialised").get();
    Article post = snapshot.article(id).orElse(null);
    if (post == null) {
      error(response, HttpServletResponse.SC_NOT_FOUND, "unknown post id: " + id);
      return;
    }
    RelatedList list = RelatedList.of(post, snapshot.relatedTo(id, Filter.none().limit(limit)), links);
    if (html) {
      response.setContentType("text/html;charset=UTF-8");
      response.getWriter().write(this.html.render(list));
    } else {
      write(response, HttpServletResponse.SC_OK, list);
    }
  }

  /**
   * Parses the {@code limit} parameter; other adapters (the Spring controller) use it for the same rule.
   *
   * @param value the parameter, or null for the default {@value #DEFAULT_LIMIT}
   * @return a number from 1 to {@value #MAX_LIMIT}
   * @throws IllegalArgumentException naming the value if it is not a whole number in range
   */
  public static int parseLimit(@Nullable String value) {
    if (value == null) {
      return DEFAULT_LIMIT;
    }
    int limit;
    try {
      limit = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      limit = 0;
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be a whole number from 1 to " + MAX_LIMIT + ": " + value);
    }
    return limit;
  }

  @SuppressWarnings("unchecked")
  private static Supplier<ArticleIndex> fromContext(@Nullable Object attribute) throws ServletException {
    if (attribute instanceof ArticleIndex fixed) {
      return () -> fixed;
    } else if (attribute instanceof LiveIndex live) {
      return live::snapshot;
    } else if (attribute instanceof Supplier<?> supplier) {
      return (Supplier<ArticleIndex>) supplier;
    }
    throw new ServletException(
        "servlet context attribute " + INDEX_ATTRIBUTE + " must be an ArticleIndex, a LiveIndex or a Supplier<ArticleIndex>: " + attribute);
  }

  private static void error(HttpServletResponse response, int status, String message) throws IOException {
    write(response, status, Map.of("error", message));
  }

  private static void write(HttpServletResponse response, int status, Object body) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write(JSON.writeValueAsString(body));
  }
}
