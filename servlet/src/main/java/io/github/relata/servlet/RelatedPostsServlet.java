package io.github.relata.servlet;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.relata.Article;
import io.github.relata.ArticleIndex;
import io.github.relata.Filter;
import io.github.relata.LiveIndex;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Serves related posts over HTTP, in any Jakarta Servlet 6 container. Map it to {@code /related/*}:
 *
 * <ul>
 *   <li>{@code GET /related/{id}?limit=5} (or {@code /related/{id}.json}) answers 200 with JSON, a {@link
 *       RelatedList}: {@code {"id", "lang", "related": [{"id", "title", "url", "date", "dateText", "lang",
 *       "excerpt", "score", "sharedTerms", "contributions"}]}}.
 *   <li>{@code GET /related/{id}.html} (or {@code ?format=html}) answers the same list as an HTML fragment
 *       for any page to include ({@link RelatedListHtml}); "" when nothing is related.
 * </ul>
 *
 * <p>The id is the rest of the path, percent-decoded as UTF-8, so it may hold any character ({@code /} as
 * {@code %2F} or as it is). {@code limit} must be a whole number from 1 to {@value #MAX_LIMIT} (default
 * {@value #DEFAULT_LIMIT}) and {@code format} {@code json} or {@code html}; other parameters are ignored.
 * Errors are JSON, {@code {"error": "..."}}, in both formats, and repeat at most 80 characters of a bad
 * value: 400 for a bad parameter or a path that is not percent-encoded UTF-8, 404 for an unknown or
 * missing id, 405 for a method other than GET, HEAD or OPTIONS, 503 when there is no index.
 *
 * <p>Each answer is computed from the index's current snapshot and carries a strong {@code ETag}, a hash of
 * its bytes: a request whose {@code If-None-Match} matches gets 304 with no body, so browsers and CDNs can
 * revalidate. {@code Cache-Control} is {@code no-cache} (revalidate every time) or, with a {@code maxAge},
 * {@code public, max-age=N}; errors say {@code no-store}. Thread-safe.
 *
 * <p>In code: {@code RelatedPostsServlet.builder(liveIndex::snapshot).links(post -> "/posts/" +
 * post.id()).build()}. Declared in {@code web.xml}, the no-argument servlet takes the index from the
 * context attribute {@value #INDEX_ATTRIBUTE}. Init parameters {@value #ALLOWED_ORIGIN}, {@value #LINKS}
 * and {@value #MAX_AGE} override the builder's settings; a bad one fails {@link #init()} naming it.
 */
public final class RelatedPostsServlet extends HttpServlet {

  /** The servlet context attribute the no-argument servlet reads the index from: an {@link ArticleIndex}, a {@link LiveIndex} or a {@code Supplier<ArticleIndex>}. */
  public static final String INDEX_ATTRIBUTE = "io.github.relata.servlet.index";

  /** The init parameter that sets {@code Access-Control-Allow-Origin}: "*" or an origin such as {@code https://example.org}. */
  public static final String ALLOWED_ORIGIN = "allowedOrigin";

  /** The init parameter that links posts to an address pattern such as {@code /posts/{id}} instead of their own {@code url}. */
  public static final String LINKS = "links";

  /** The init parameter that lets caches keep answers this many seconds (0, the default, means revalidate every time). */
  public static final String MAX_AGE = "maxAge";

  /** The list length when the request gives no {@code limit}. */
  public static final int DEFAULT_LIMIT = 5;

  /** The largest {@code limit} a request may ask for. */
  public static final int MAX_LIMIT = 50;

  private static final long serialVersionUID = 1L;

  private transient @Nullable Supplier<ArticleIndex> index;
  private transient ServletSettings settings;
  private final transient RelatedListHtml html = new RelatedListHtml();

  /** Creates a servlet that takes its index from the context attribute {@value #INDEX_ATTRIBUTE} when initialised. */
  public RelatedPostsServlet() {
    this.index = null;
    this.settings = ServletSettings.defaults();
  }

  private RelatedPostsServlet(Supplier<ArticleIndex> index, ServletSettings settings) {
    this.index = index;
    this.settings = settings;
  }

  /**
   * Returns a builder of a servlet over an index.
   *
   * @param index gives the snapshot to answer each request from, such as {@code liveIndex::snapshot}
   * @return the builder
   */
  public static Builder builder(Supplier<ArticleIndex> index) {
    return new Builder(checkNotNull(index, "index"));
  }

  /**
   * Reads the init parameters and, for the no-argument servlet, the index from the servlet context.
   *
   * @throws ServletException naming the init parameter or context attribute that is wrong
   */
  @Override
  public void init() throws ServletException {
    try {
      settings = settings.withInitParameters(this::getInitParameter);
    } catch (IllegalArgumentException e) {
      throw new ServletException(e.getMessage(), e);
    }
    if (index == null) {
      index = fromContext(getServletContext().getAttribute(INDEX_ATTRIBUTE));
    }
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (settings.allowedOrigin() != null) {
      response.setHeader("Access-Control-Allow-Origin", settings.allowedOrigin());
    }
    switch (request.getMethod()) {
      case "GET", "HEAD" -> super.service(request, response);
      case "OPTIONS" -> {
        response.setHeader("Allow", "GET, HEAD, OPTIONS");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      }
      default -> {
        response.setHeader("Allow", "GET, HEAD, OPTIONS");
        error(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "method not allowed: " + Messages.shown(request.getMethod()));
      }
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    try {
      answer(request, response);
    } catch (BadRequest e) {
      error(response, e.status, e.getMessage());
    } catch (RuntimeException e) {
      log("related posts failed for " + Messages.shown(request.getRequestURI()), e);
      error(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "internal error");
    }
  }

  private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
    RequestPath path;
    try {
      path = RequestPath.of(request);
    } catch (IllegalArgumentException e) {
      throw new BadRequest(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
    }
    boolean html = path.html();
    String format = request.getParameter("format");
    if (format != null) {
      if (!format.equals("json") && !format.equals("html")) {
        throw new BadRequest(HttpServletResponse.SC_BAD_REQUEST, "format must be json or html: " + Messages.shown(format));
      }
      html = format.equals("html");
    }
    int limit;
    try {
      limit = parseLimit(request.getParameter("limit"));
    } catch (IllegalArgumentException e) {
      throw new BadRequest(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
    }
    if (path.id().isEmpty()) {
      throw new BadRequest(HttpServletResponse.SC_NOT_FOUND, "no post id in the path; use " + request.getServletPath() + "/{id}");
    }
    Supplier<ArticleIndex> source = index;
    ArticleIndex snapshot = source == null ? null : source.get();
    if (snapshot == null) {
      throw new BadRequest(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the related-posts index is not available");
    }
    Article post = snapshot.article(path.id()).orElse(null);
    if (post == null) {
      throw new BadRequest(HttpServletResponse.SC_NOT_FOUND, "unknown post id: " + Messages.shown(path.id()));
    }
    long start = System.nanoTime();
    RelatedList list = RelatedList.of(post, snapshot.relatedTo(post.id(), Filter.none().limit(limit)), settings.links());
    settings.onQuery().accept(Duration.ofNanos(System.nanoTime() - start));
    byte[] body = html ? this.html.render(list).getBytes(StandardCharsets.UTF_8) : Json.bytes(list);
    String tag = ETags.of(body);
    response.setHeader("ETag", tag);
    response.setHeader("Cache-Control", settings.cacheControl());
    if (ETags.noneMatch(request.getHeaders("If-None-Match"), tag)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    if (html) {
      response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    }
    write(response, HttpServletResponse.SC_OK, html ? "text/html;charset=UTF-8" : "application/json;charset=UTF-8", body);
  }

  /**
   * Parses a {@code limit} parameter by the servlet's rule; other adapters use it for the same rule.
   *
   * @param value the parameter, or null for the default {@value #DEFAULT_LIMIT}
   * @return a number from 1 to {@value #MAX_LIMIT}
   * @throws IllegalArgumentException naming the value (its first 80 characters) if it is not a whole number in range
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
      throw new IllegalArgumentException("limit must be a whole number from 1 to " + MAX_LIMIT + ": " + Messages.shown(value));
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
    response.setHeader("Cache-Control", "no-store");
    write(response, status, "application/json;charset=UTF-8", Json.bytes(Map.of("error", message)));
  }

  private static void write(HttpServletResponse response, int status, String contentType, byte[] body) throws IOException {
    response.setStatus(status);
    response.setContentType(contentType);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** A request the servlet answers with an error. */
  private static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    BadRequest(int status, String message) {
      super(message, null, false, false);
      this.status = status;
    }
  }

  /**
   * Configures a {@link RelatedPostsServlet} in code. Not thread-safe; {@link #build()} may be called again
   * and does not change the builder.
   */
  public static final class Builder {
    private final Supplier<ArticleIndex> index;
    private ServletSettings settings = ServletSettings.defaults();

    private Builder(Supplier<ArticleIndex> index) {
      this.index = index;
    }

    /**
     * Sets each post's address; by default its own {@link Article#url()}. Addresses that are not a path, a
     * relative reference or an http(s) address are dropped ({@link RelatedItem#safeUrl}).
     *
     * @param links gives a post's address, or null for none
     * @return this builder
     */
    public Builder links(Function<Article, @Nullable String> links) {
      settings = new ServletSettings(settings.allowedOrigin(), checkNotNull(links, "links"), settings.maxAge(), settings.onQuery());
      return this;
    }

    /**
     * Sets {@code Access-Control-Allow-Origin}, for the widget on a site served from another origin.
     *
     * @param origin "*" or an origin such as {@code https://example.org}
     * @return this builder
     * @throws IllegalArgumentException if {@code origin} is neither
     */
    public Builder allowedOrigin(String origin) {
      String checked = ServletSettings.origin(checkNotNull(origin, "origin"), "allowedOrigin");
      settings = new ServletSettings(checked, settings.links(), settings.maxAge(), settings.onQuery());
      return this;
    }

    /**
     * Lets browsers and CDNs keep answers for a while without asking again ({@code public, max-age=N});
     * zero, the default, makes them revalidate every time ({@code no-cache}).
     *
     * @param maxAge from zero to a year, in whole seconds
     * @return this builder
     * @throws IllegalArgumentException if {@code maxAge} is negative or longer than a year
     */
    public Builder maxAge(Duration maxAge) {
      Duration checked = ServletSettings.maxAge(checkNotNull(maxAge, "maxAge"), "maxAge");
      settings = new ServletSettings(settings.allowedOrigin(), settings.links(), checked, settings.onQuery());
      return this;
    }

    /**
     * Tells a listener how long each related-posts query took (the engine's work, not the HTTP answer), for
     * metrics.
     *
     * @param listener called on the request's thread after each query; must be fast and thread-safe
     * @return this builder
     */
    public Builder onQuery(Consumer<Duration> listener) {
      settings = new ServletSettings(settings.allowedOrigin(), settings.links(), settings.maxAge(), checkNotNull(listener, "listener"));
      return this;
    }

    /** Returns a new servlet with these settings. */
    public RelatedPostsServlet build() {
      return new RelatedPostsServlet(index, settings);
    }
  }
}
