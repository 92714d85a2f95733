package org.cablearchive.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket: the request target is sent byte for byte as given, so that nothing
 * on the client side normalises {@code ..}, re-encodes escapes or refuses bad bytes before the
 * server sees them.
 *
 * @param status the status code, or -1 when the server closed the connection without answering
 * @param head the status line and the headers
 * @param body the response body (headers stripped), decoded as UTF-8
 */
record RawHttp(int status, String head, String body) {
  private static final int READ_LIMIT = 4 << 20;

  static RawHttp get(int port, String target) throws IOException {
    return exchange(port, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  }

  /** Sends {@code request} as it is and reads the answer to its end. */
  static RawHttp exchange(int port, String request) throws IOException {
    try (Socket socket = new Socket()) {
      // limits that only turn a hang into a failure
      socket.connect(new InetSocketAddress("127.0.0.1", port), 60_000);
      socket.setSoTimeout(120_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
      } catch (IOException refusedMidway) {
        // the server may answer and close before reading a huge request to its end
      }
      byte[] answer = readAll(socket.getInputStream());
      String text = new String(answer, StandardCharsets.UTF_8);
      if (!text.startsWith("HTTP/1.1 ")) {
        return new RawHttp(-1, "", text);
      }
      int bodyStart = text.indexOf("\r\n\r\n");
      return bodyStart < 0 ? new RawHttp(Integer.parseInt(text.substring(9, 12)), text, "")
          : new RawHttp(Integer.parseInt(text.substring(9, 12)), text.substring(0, bodyStart), text.substring(bodyStart + 4));
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[16384];
    try {
      for (int n; all.size() < READ_LIMIT && (n = in.read(buffer)) >= 0; ) {
        all.write(buffer, 0, n);
      }
    } catch (java.net.SocketException reset) {
      // a server that refuses a request may reset the connection after answering
    }
    return all.toByteArray();
  }
}
