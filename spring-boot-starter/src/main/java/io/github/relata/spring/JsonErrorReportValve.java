package io.github.relata.spring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error report valve, except that requests for the related-posts endpoint that Tomcat rejects
 * itself (a NUL or an encoded backslash in the path, a request line longer than its limit) get the endpoint's
 * JSON error shape. The message names only the status, never the rejected request. Other requests get
 * Tomcat's usual report.
 */
public class JsonErrorReportValve extends ErrorReportValve {

  private final String endpointPath;

  /**
   * Creates the valve.
   *
   * @param endpointPath the endpoint's path, such as {@code /related}: errors under it are JSON
   */
  public JsonErrorReportValve(String endpointPath) {
    this.endpointPath = endpointPath;
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    String uri = request.getRequestURI();
    boolean api = uri == null || uri.isEmpty() || uri.startsWith(endpointPath + "/");
    if (status < 400 || !api || response.isCommitted() || response.getContentWritten() > 0) {
      super.report(request, response, throwable);
      return;
    }
    byte[] body = ("{\"error\":\"the server rejected the request: " + status + " " + reason(status) + "\"}").getBytes(StandardCharsets.UTF_8);
    try {
      response.setContentType("application/json;charset=UTF-8");
      response.setHeader("Cache-Control", "no-store");
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
      response.finishResponse();
    } catch (IOException | IllegalStateException e) {
      // The client has gone or the response cannot be written: nothing more to say.
    }
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 404 -> "Not Found";
      case 414 -> "URI Too Long";
      case 431 -> "Request Header Fields Too Large";
      default -> "Error";
    };
  }
}
