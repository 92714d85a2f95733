package org.cablearchive.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.network.CableFacts;
import org.cablearchive.network.CableNetwork;
import org.cablearchive.network.NetworkBuilder;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;

/** Exported graphs read back with JGraphT's GraphML importer, as a graph tool reads them. */
class GraphWriterTest {

  private static CableFacts cable(String id, String origin, List<String> signers, String classifiedBy, List<String> cites) {
    return new CableFacts(ReferenceId.of(id), Instant.parse("2009-10-27T22:38:00Z"), origin, null, signers, classifiedBy,
        "Ambassador", List.of("PREL"), List.of(), List.of(), cites.stream().map(ReferenceId::of).toList(), null);
  }

  private static CableNetwork network() {
    return new NetworkBuilder()
        .add(cable("09MEXICO1", "Embassy Mexico", List.of("PASCUAL"), "Ambassador Carlos Pascual", List.of("09MEXICO2", "08STATE5")))
        .add(cable("09MEXICO3", "Embassy Mexico", List.of("PASCUAL"), "Political Counselor John Feeley", List.of("09MEXICO1")))
        .add(cable("09STATE4", "Secretary of State", List.of("CLINTON"), null, List.of("09MEXICO1")))
        .build();
  }

  private static Supplier<String> ids() {
    int[] n = {0};
    return () -> "v" + n[0]++;
  }

  @Test
  void theReferenceGraphReadsBackWithEveryNodeEdgeAndAttribute() throws Exception {
    StringWriter out = new StringWriter();
    new GraphWriter(network(), ExportFormat.GRAPHML).references(out, id -> true);
    Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(ids(), DefaultEdge::new, false);
    Map<String, Map<String, Attribute>> attributes = new HashMap<>();
    Map<String, String> labels = new HashMap<>();
    GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
    importer.setSchemaValidation(true);
    importer.addVertexAttributeConsumer((vertexAndName, value) -> {
      attributes.computeIfAbsent(vertexAndName.getFirst(), v -> new HashMap<>()).put(vertexAndName.getSecond(), value);
      if (vertexAndName.getSecond().equals("label")) {
        labels.put(value.getValue(), vertexAndName.getFirst());
      }
    });
    importer.importGraph(graph, new StringReader(out.toString()));

    assertThat(labels.keySet()).containsExactlyInAnyOrder("09MEXICO1", "09MEXICO3", "09STATE4", "09MEXICO2", "08STATE5");
    assertThat(graph.edgeSet()).hasSize(4);
    assertThat(graph.containsEdge(labels.get("09MEXICO3"), labels.get("09MEXICO1"))).isTrue();
    assertThat(graph.containsEdge(labels.get("09MEXICO1"), labels.get("08STATE5"))).isTrue();
    assertThat(graph.containsEdge(labels.get("09MEXICO1"), labels.get("09MEXICO3"))).isFalse();
    Map<String, Attribute> cited = attributes.get(labels.get("09MEXICO1"));
    assertThat(cited.get("citedBy").getValue()).isEqualTo("2");
    assertThat(cited.get("held").getValue()).isEqualTo("true");
    assertThat(cited.get("position").getValue()).isEqualTo("1");
    assertThat(attributes.get(labels.get("08STATE5")).get("held").getValue()).isEqualTo("false");
    double sum = attributes.values().stream().mapToDouble(a -> Double.parseDouble(a.get("rank").getValue())).sum();
    assertThat(sum).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void thePeopleGraphJoinsPeopleNamedTogetherWeightedByCables() throws Exception {
    StringWriter out = new StringWriter();
    new GraphWriter(network(), ExportFormat.GRAPHML).people(out, id -> true);
    Graph<String, org.jgrapht.graph.DefaultWeightedEdge> graph =
        new SimpleWeightedGraph<>(ids(), org.jgrapht.graph.DefaultWeightedEdge::new);
    Map<String, String> labels = new HashMap<>();
    GraphMLImporter<String, org.jgrapht.graph.DefaultWeightedEdge> importer = new GraphMLImporter<>();
    importer.setSchemaValidation(true);
    importer.addVertexAttributeConsumer((vertexAndName, value) -> {
      if (vertexAndName.getSecond().equals("label")) {
        labels.put(value.getValue(), vertexAndName.getFirst());
      }
    });
    importer.importGraph(graph, new StringReader(out.toString()));
    assertThat(labels.keySet()).containsExactlyInAnyOrder("Carlos Pascual", "John Feeley", "Clinton");
    assertThat(graph.edgeSet()).hasSize(1);
    assertThat(graph.getEdgeWeight(graph.getEdge(labels.get("Carlos Pascual"), labels.get("John Feeley")))).isEqualTo(1.0);
  }

  @Test
  void aFilterKeepsTheReferencesOfSomeCablesAndEdgeListsHaveAHeader() throws Exception {
    StringWriter out = new StringWriter();
    new GraphWriter(network(), ExportFormat.CSV).references(out, id -> id.value().startsWith("09MEXICO"));
    assertThat(out.toString()).isEqualTo("source,target\n09MEXICO1,09MEXICO2\n09MEXICO1,08STATE5\n09MEXICO3,09MEXICO1\n");
  }
}
