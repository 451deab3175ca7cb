package io.github.relata.examples;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.relata.Article;
import io.github.relata.ArticleIndex;
import io.github.relata.LiveIndex;
import io.github.relata.servlet.PostLanguage;
import io.github.relata.servlet.RelatedList;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The blog's pages: the index ({@code /}), a post with its related list ({@code /posts/{id}}), the same post
 * with the list drawn by the JavaScript widget ({@code /widget/{id}}), and the form that adds or edits a
 * post ({@code GET /edit[?id=]}, {@code POST /posts}). Every page reads the index's current snapshot, so a
 * saved post shows in every related list at once. Thread-safe.
 */
final class BlogServlet extends HttpServlet {

  private final transient LiveIndex index;
  private final transient Pages pages = new Pages();
  private final transient Object saveLock = new Object();
  private final transient Runnable afterSave;

  BlogServlet(LiveIndex index) {
    this(index, () -> {});
  }

  /** A servlet that runs {@code afterSave} after each post saved with the form (the demo keeps its snapshot then). */
  BlogServlet(LiveIndex index, Runnable afterSave) {
    this.index = checkNotNull(index, "index");
    this.afterSave = checkNotNull(afterSave, "afterSave");
  }

  /** Returns the address of a post's page. */
  static String link(Article post) {
    return "/posts/" + URLEncoder.encode(post.id(), StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    ArticleIndex snapshot = index.snapshot();
    if (path.equals("/")) {
      indexPage(snapshot, response);
    } else if (path.startsWith("/posts/")) {
      postPage(snapshot, path.substring("/posts/".length()), "post", response);
    } else if (path.startsWith("/widget/")) {
      postPage(snapshot, path.substring("/widget/".length()), "widget", response);
    } else if (path.equals("/edit")) {
      String id = request.getParameter("id");
      if (id == null || id.isBlank()) {
        formPage(PostForm.blank(LocalDate.now()), null, HttpServletResponse.SC_OK, response);
      } else {
        Article post = snapshot.article(id).orElse(null);
        if (post == null) {
          notFound("unknown post id: " + id, response);
        } else {
          formPage(PostForm.of(post), null, HttpServletResponse.SC_OK, response);
        }
      }
    } else {
      notFound("no page at " + path, response);
    }
  }

  /** Bytes of a refused form read and dropped, so that its sender reads the answer; past this the connection closes. */
  static final long DISCARD_LIMIT = 4L * DemoBlog.MAX_FORM_BYTES;

  /**
   * Reads and drops a refused form's body, up to {@link #DISCARD_LIMIT} bytes: a server that answers while
   * the client still sends closes the connection under it, and the client sees a reset, not the 413 page.
   */
  private static void discardBody(HttpServletRequest request) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long left = DISCARD_LIMIT;
    var in = request.getInputStream();
    int n;
    while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
      left -= n;
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    request.setCharacterEncoding("UTF-8");
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!path.equals("/posts")) {
      notFound("no form posts to " + path, response);
      return;
    }
    PostForm form;
    try {
      if (request.getContentLengthLong() > DemoBlog.MAX_FORM_BYTES) {
        discardBody(request);
        throw new IllegalStateException("form too large: " + request.getContentLengthLong());
      }
      form = PostForm.read(request.getParameterMap());
    } catch (RuntimeException e) {
      // Jetty also refuses, while reading it, a form of unknown length larger than the context's limit.
      formPage(PostForm.blank(LocalDate.now()), "the form is too large: at most " + DemoBlog.MAX_FORM_BYTES / 1024 + " KB",
          HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, response);
      return;
    }
    Article post;
    synchronized (saveLock) {
      try {
        post = form.toArticle(index.snapshot());
      } catch (IllegalArgumentException e) {
        formPage(form, e.getMessage(), HttpServletResponse.SC_BAD_REQUEST, response);
        return;
      }
      index.put(post);
      afterSave.run();
    }
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", link(post));
  }

  private void indexPage(ArticleIndex snapshot, HttpServletResponse response) throws IOException {
    List<Pages.Row> rows =
        snapshot.articles().stream()
            .sorted(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.<Instant>reverseOrder())))
            .map(Pages::row)
            .toList();
    Map<String, Object> model = new HashMap<>();
    model.put("posts", rows);
    write(response, HttpServletResponse.SC_OK, pages.render("index", Locale.ENGLISH, model));
  }

  private void postPage(ArticleIndex snapshot, String id, String template, HttpServletResponse response) throws IOException {
    Article post = snapshot.article(id).orElse(null);
    if (post == null) {
      notFound("unknown post id: " + id, response);
      return;
    }
    PostLanguage language = PostLanguage.of(post.language());
    Map<String, Object> model = new HashMap<>();
    model.put("post", Pages.row(post));
    model.put("body", Pages.body(post.body().isBlank() ? post.summary() : post.body()));
    model.put("categories", List.copyOf(post.categories()));
    model.put("editUrl", "/edit?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8));
    model.put("postUrl", link(post));
    model.put("widgetUrl", "/widget/" + link(post).substring("/posts/".length()));
    model.put("jsonUrl", "/related/" + link(post).substring("/posts/".length()));
    if (template.equals("post")) {
      // The page includes the adapter's fragment, relata/related :: list, which reads these two variables.
      RelatedList related = RelatedList.of(post, snapshot.relatedTo(id), BlogServlet::link);
      model.put("relataList", related);
      model.put("relataLabels", related.language());
    } else {
      model.put("snippet", "<script src=\"/relata-widget.js\" data-post-id=\"" + id + "\" data-endpoint=\"/related\" data-limit=\"5\"></script>");
    }
    write(response, HttpServletResponse.SC_OK, pages.render(template, language.locale(), model));
  }

  private void formPage(PostForm form, @Nullable String error, int status, HttpServletResponse response) throws IOException {
    Map<String, Object> model = new HashMap<>();
    model.put("form", form);
    model.put("error", error);
    model.put("cancelUrl", form.editing() ? "/posts/" + URLEncoder.encode(form.id(), StandardCharsets.UTF_8) : "/");
    write(response, status, pages.render("edit", Locale.ENGLISH, model));
  }

  private void notFound(String message, HttpServletResponse response) throws IOException {
    write(response, HttpServletResponse.SC_NOT_FOUND, pages.render("not-found", Locale.ENGLISH, Map.of("message", message)));
  }

  private static void write(HttpServletResponse response, int status, String html) throws IOException {
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-cache");
    response.getWriter().write(html);
  }
}
