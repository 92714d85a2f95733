package org.cablearchive.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.network.CableNetwork;
import org.cablearchive.network.Person;

/**
 * Writes the reference graph (cables and the IDs they cite, directed) or the people graph (people named
 * on the same cables, undirected, weighted by how many) as GraphML, JSON Lines or a CSV edge list. A
 * filter keeps the graph to some cables: the references they make, or the people they name together.
 */
public final class GraphWriter {
  private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
  private static final JsonFactory JSON = new JsonFactory();

  private final CableNetwork network;
  private final ExportFormat format;

  public GraphWriter(CableNetwork network, ExportFormat format) {
    this.network = network;
    this.format = format;
  }

  /** The references made by the cables {@code citing} accepts, with every node they touch. */
  public void references(Writer out, Predicate<ReferenceId> citing) throws IOException {
    Set<String> nodes = new HashSet<>();
    network.forEachReference((from, to) -> {
      if (citing.test(from)) {
        nodes.add(from.value());
        nodes.add(to.value());
      }
    });
    network.forEachNode(s -> {
      if (s.held() && citing.test(s.id())) {
        nodes.add(s.id().value());
      }
    });
    try {
      Graph graph = open(out, "references", true);
      graph.key("label", "node", "string").key("held", "node", "boolean").key("created", "node", "string")
          .key("station", "node", "string").key("citedBy", "node", "int").key("rank", "node", "double").key("position", "node", "int")
          .begin();
      network.forEachNode(s -> {
        if (nodes.contains(s.id().value())) {
          graph.node(s.id().value(), Map.of("label", s.id().value(), "held", s.held(),
              "created", s.created() == null ? "" : s.created().toString(), "station", s.station(), "citedBy", s.citedBy(),
              "rank", s.rank(), "position", s.position()));
        }
      });
      network.forEachReference((from, to) -> {
        if (citing.test(from)) {
          graph.edge(from.value(), to.value(), Map.of());
        }
      });
      graph.end();
    } catch (UncheckedWrite e) {
      throw e.getCause();
    }
  }

  /** The people named on the cables {@code on} accepts, joined when named on the same cables. */
  public void people(Writer out, Predicate<ReferenceId> on) throws IOException {
    Map<Long, Integer> pairs = network.companionships(on);
    Set<Integer> shown = new HashSet<>();
    pairs.keySet().forEach(k -> {
      shown.add((int) (k >>> 32));
      shown.add((int) (long) k);
    });
    for (int p = 0; p < network.peopleCount(); p++) {
      if (network.personAt(p).cables().values().stream().anyMatch(ids -> ids.stream().anyMatch(on))) {
        shown.add(p);
      }
    }
    try {
      Graph graph = open(out, "people", false);
      graph.key("label", "node", "string").key("context", "node", "string").key("cables", "node", "int")
          .key("weight", "edge", "int").begin();
      for (int p = 0; p < network.peopleCount(); p++) {
        if (shown.contains(p)) {
          Person person = network.personAt(p);
          graph.node(person.slug(), Map.of("label", person.name(), "context", person.context(), "cables", person.total()));
        }
      }
      pairs.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> graph.edge(
          network.personAt((int) (e.getKey() >>> 32)).slug(), network.personAt((int) (long) e.getKey()).slug(),
          Map.of("weight", e.getValue())));
      graph.end();
    } catch (UncheckedWrite e) {
      throw e.getCause();
    }
  }

  private Graph open(Writer out, String name, boolean directed) throws IOException {
    return switch (format) {
      case GRAPHML -> new GraphMl(out, name, directed);
      case JSONL -> new JsonLines(out);
      case CSV -> new EdgeList(out);
    };
  }

  /** A write failure carried out of a lambda. */
  private static final class UncheckedWrite extends RuntimeException {
    UncheckedWrite(IOException cause) {
      super(cause);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }

  /** One way of writing nodes and edges. */
  private abstract static class Graph {
    abstract Graph key(String name, String on, String type);

    abstract void begin();

    abstract void node(String id, Map<String, Object> attributes);

    abstract void edge(String source, String target, Map<String, Object> attributes);

    abstract void end();
  }

  private static final class GraphMl extends Graph {
    private final XMLStreamWriter xml;
    private final String name;
    private final boolean directed;
    private long edges;

    GraphMl(Writer out, String name, boolean directed) throws IOException {
      try {
        this.xml = XML.createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("graphml");
        xml.writeDefaultNamespace(GRAPHML);
      } catch (XMLStreamException e) {
        throw new IOException("cannot write GraphML: " + e.getMessage(), e);
      }
      this.name = name;
      this.directed = directed;
    }

    @Override
    Graph key(String key, String on, String type) {
      write(() -> {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", key);
        xml.writeAttribute("for", on);
        xml.writeAttribute("attr.name", key);
        xml.writeAttribute("attr.type", type);
      });
      return this;
    }

    @Override
    void begin() {
      write(() -> {
        xml.writeStartElement("graph");
        xml.writeAttribute("id", name);
        xml.writeAttribute("edgedefault", directed ? "directed" : "undirected");
      });
    }

    @Override
    void node(String id, Map<String, Object> attributes) {
      write(() -> {
        xml.writeStartElement("node");
        xml.writeAttribute("id", id);
        data(attributes);
        xml.writeEndElement();
      });
    }

    @Override
    void edge(String source, String target, Map<String, Object> attributes) {
      write(() -> {
        xml.writeStartElement("edge");
        xml.writeAttribute("id", "e" + edges++);
        xml.writeAttribute("source", source);
        xml.writeAttribute("target", target);
        data(attributes);
        xml.writeEndElement();
      });
    }

    private void data(Map<String, Object> attributes) throws XMLStreamException {
      for (Map.Entry<String, Object> a : new java.util.TreeMap<>(attributes).entrySet()) {
        xml.writeStartElement("data");
        xml.writeAttribute("key", a.getKey());
        xml.writeCharacters(String.valueOf(a.getValue()));
        xml.writeEndElement();
      }
    }

    @Override
    void end() {
      write(() -> {
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
      });
    }

    private interface XmlStep {
      void run() throws XMLStreamException;
    }

    private static void write(XmlStep step) {
      try {
        step.run();
      } catch (XMLStreamException e) {
        throw new UncheckedWrite(new IOException("cannot write GraphML: " + e.getMessage(), e));
      }
    }
  }

  /** {@code {"node":…}} lines, then {@code {"edge":[source, target], …}} lines. */
  private static final class JsonLines extends Graph {
    private final Writer out;

    JsonLines(Writer out) {
      this.out = out;
    }

    @Override
    Graph key(String name, String on, String type) {
      return this;
    }

    @Override
    void begin() {}

    @Override
    void node(String id, Map<String, Object> attributes) {
      line("node", id, null, attributes);
    }

    @Override
    void edge(String source, String target, Map<String, Object> attributes) {
      line("source", source, target, attributes);
    }

    private void line(String first, String id, String target, Map<String, Object> attributes) {
      try {
        JsonGenerator json = JSON.createGenerator(out);
        json.writeStartObject();
        json.writeStringField(first, id);
        if (target != null) {
          json.writeStringField("target", target);
        }
        for (Map.Entry<String, Object> a : new java.util.TreeMap<>(attributes).entrySet()) {
          json.writeObjectField(a.getKey(), a.getValue());
        }
        json.writeEndObject();
        json.flush();
        out.write('\n');
      } catch (IOException e) {
        throw new UncheckedWrite(e);
      }
    }

    @Override
    void end() {}
  }

  /** {@code source,target[,weight]} with a header line; IDs and slugs need no quoting. */
  private static final class EdgeList extends Graph {
    private final Writer out;
    private boolean header;

    EdgeList(Writer out) {
      this.out = out;
    }

    @Override
    Graph key(String name, String on, String type) {
      return this;
    }

    @Override
    void begin() {}

    @Override
    void node(String id, Map<String, Object> attributes) {}

    @Override
    void edge(String source, String target, Map<String, Object> attributes) {
      try {
        if (!header) {
          out.write(attributes.containsKey("weight") ? "source,target,weight\n" : "source,target\n");
          header = true;
        }
        out.write(source + "," + target + (attributes.containsKey("weight") ? "," + attributes.get("weight") : "") + "\n");
      } catch (IOException e) {
        throw new UncheckedWrite(e);
      }
    }

    @Override
    void end() {}
  }
}
