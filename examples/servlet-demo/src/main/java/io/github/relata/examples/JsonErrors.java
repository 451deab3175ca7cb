package io.github.relata.examples;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the requests that Jetty itself rejects before any servlet sees them (a NUL in the path, an
 * over-long URI or header) with the JSON API's error shape when they are for the API, so API clients always
 * get {@code {"error": "..."}}; other pages get Jetty's usual error page. The message names only the status,
 * never the rejected request.
 */
final class JsonErrors extends ErrorHandler {

  private final String apiPrefix;

  /** @param apiPrefix the JSON API's path, such as "/related/" */
  JsonErrors(String apiPrefix) {
    this.apiPrefix = apiPrefix;
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback)
      throws java.io.IOException {
    String path = Request.getPathInContext(request);
    if (path == null || !(path.startsWith(apiPrefix) || path.equals("/badMessage"))) {
      super.generateResponse(request, response, code, message, cause, callback);
      return;
    }
    String body = "{\"error\":\"the server rejected the request: " + code + " " + HttpStatus.getMessage(code) + "\"}";
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=UTF-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
  }
}
