package io.github.relata.servlet;

import jakarta.servlet.http.HttpServlet;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/** Embedded Jetty 12 on a random port of 127.0.0.1, with servlets mapped to paths. */
final class TestServer implements AutoCloseable {

  private final Server server;
  private final ServletContextHandler context;
  final URI base;

  private TestServer(Server server, ServletContextHandler context, URI base) {
    this.server = server;
    this.context = context;
    this.base = base;
  }

  /** Starts Jetty with each servlet mapped to its path spec, with the given context attributes. */
  static TestServer start(Map<String, ServletHolder> servlets, Map<String, Object> attributes) throws Exception {
    Server server = new Server();
    // As a site that serves ids with any character would set Jetty up (see the module's README): URIs that
    // Jetty rejects by default as ambiguous reach the servlet, which answers them itself.
    HttpConfiguration http = new HttpConfiguration();
    http.setUriCompliance(
        UriCompliance.DEFAULT.with(
            "relata",
            UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR,
            UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING,
            UriCompliance.Violation.AMBIGUOUS_PATH_SEGMENT,
            UriCompliance.Violation.AMBIGUOUS_EMPTY_SEGMENT,
            UriCompliance.Violation.SUSPICIOUS_PATH_CHARACTERS,
            UriCompliance.Violation.ILLEGAL_PATH_CHARACTERS,
            UriCompliance.Violation.BAD_PERCENT_ENCODING,
            UriCompliance.Violation.BAD_UTF8_ENCODING,
            UriCompliance.Violation.TRUNCATED_UTF8_ENCODING,
            UriCompliance.Violation.UTF16_ENCODINGS));
    http.setRequestHeaderSize(32 * 1024);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.getServletHandler().setDecodeAmbiguousURIs(true);
    attributes.forEach(context::setAttribute);
    servlets.forEach((path, holder) -> context.addServlet(holder, path));
    server.setHandler(context);
    server.setErrorHandler(new JsonErrors());
    server.start();
    return new TestServer(server, context, URI.create("http://127.0.0.1:" + connector.getLocalPort()));
  }

  static ServletHolder holder(HttpServlet servlet, String... initParameters) {
    ServletHolder holder = new ServletHolder(servlet);
    for (int i = 0; i + 1 < initParameters.length; i += 2) {
      holder.setInitParameter(initParameters[i], initParameters[i + 1]);
    }
    return holder;
  }

  /**
   * Answers the requests that Jetty itself rejects (a NUL in the path, an over-long URI) with the adapter's
   * JSON error shape, as the demo blog does.
   */
  static final class JsonErrors extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
      String reason = HttpStatus.getMessage(code);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=UTF-8");
      String body = "{\"error\":\"the server rejected the request: " + code + " " + reason + "\"}";
      response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }
  }

  ServletContextHandler context() {
    return context;
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop Jetty", e);
    }
  }
}
