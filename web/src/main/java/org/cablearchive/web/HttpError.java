package org.cablearchive.web;

/**
 * A request the reading room refuses, with the status and the one-sentence reason shown to the
 * reader. Thrown by controllers; rendered as an HTML page or JSON by {@link ErrorResponses}.
 */
public class HttpError extends RuntimeException {
  private final int status;

  public HttpError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  public static HttpError badRequest(String message) {
    return new HttpError(400, message);
  }

  public static HttpError notFound(String message) {
    return new HttpError(404, message);
  }

  public int status() {
    return status;
  }
}
