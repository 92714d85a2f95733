package org.cablearchive.web.feed;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.cablearchive.archive.CableSummary;
import org.cablearchive.web.SitePaths;

/**
 * Writes an Atom 1.0 document. The XML writer escapes every value; characters XML cannot carry
 * (control characters in old telegrams) are dropped.
 */
final class AtomFeed {
  /** One entry: the cable as lists show it, and what it says first ({@link org.cablearchive.web.Opening}). */
  record Entry(CableSummary cable, String opening) {}

  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private AtomFeed() {}

  /**
   * @param baseUrl scheme and host, e.g. {@code http://localhost:8080}
   * @param self the feed's own path and query
   * @param alternate the HTML page this feed follows
   * @param updated when the feed last changed: its newest entry, or for an empty feed the archive's newest release
   */
  static byte[] write(String baseUrl, String title, String self, String alternate, List<Entry> cables, Instant updated) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024 + cables.size() * 600);
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(ATOM);
      element(xml, "id", baseUrl + self);
      element(xml, "title", "Cable Archive: " + title);
      element(xml, "updated", updated.toString());
      link(xml, "self", baseUrl + self, "application/atom+xml");
      link(xml, "alternate", baseUrl + alternate, "text/html");
      xml.writeStartElement("author");
      element(xml, "name", "Cable Archive");
      xml.writeEndElement();
      for (Entry entry : cables) {
        entry(xml, baseUrl, entry);
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the feed: " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  private static void entry(XMLStreamWriter xml, String baseUrl, Entry entry) throws XMLStreamException {
    CableSummary cable = entry.cable();
    String url = baseUrl + SitePaths.cable(cable.id());
    xml.writeStartElement("entry");
    element(xml, "id", url);
    element(xml, "title", cable.id().value() + (cable.subject() == null ? "" : ": " + cable.subject()));
    element(xml, "updated", when(cable).toString());
    if (cable.created() != null) {
      element(xml, "published", cable.created().toString());
    }
    link(xml, "alternate", url, "text/html");
    element(xml, "summary", String.join(" · ",
        cable.origin() == null ? "" : cable.origin(),
        cable.classification() == null ? "" : cable.classification().label(),
        "created " + SitePaths.minute(cable.created()),
        "released " + SitePaths.minute(cable.released()))
        + (entry.opening().isEmpty() ? "" : "\n\n" + entry.opening()));
    xml.writeEndElement();
  }

  /** When an entry last changed: its release (or, unknown, when it was written). */
  static Instant when(CableSummary cable) {
    if (cable.released() != null) {
      return cable.released();
    }
    return cable.created() != null ? cable.created() : Instant.EPOCH;
  }

  private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(xmlSafe(text));
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("href", xmlSafe(href));
    xml.writeAttribute("type", type);
  }

  /** Removes characters XML 1.0 forbids (C0 controls other than tab, newline, carriage return). */
  static String xmlSafe(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed = c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n' || c == '\r';
      if (!allowed && out == null) {
        out = new StringBuilder(text.substring(0, i));
      } else if (allowed && out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
