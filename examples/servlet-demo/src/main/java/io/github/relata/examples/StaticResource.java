package io.github.relata.examples;

import static com.google.common.base.Preconditions.checkArgument;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves one classpath resource, read once when the servlet is made. */
final class StaticResource extends HttpServlet {

  private final byte[] content;
  private final String contentType;

  /**
   * Reads the resource.
   *
   * @param resource its classpath name, such as "META-INF/resources/relata-widget.js"
   * @param contentType its media type with charset
   * @throws IllegalArgumentException if there is no such resource
   */
  StaticResource(String resource, String contentType) {
    try (InputStream in = StaticResource.class.getClassLoader().getResourceAsStream(resource)) {
      checkArgument(in != null, "no such classpath resource: %s", resource);
      this.content = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classpath resource " + resource, e);
    }
    this.contentType = contentType;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setContentType(contentType);
    response.setHeader("Cache-Control", "no-cache");
    response.setContentLength(content.length);
    response.getOutputStream().write(content);
  }
}
