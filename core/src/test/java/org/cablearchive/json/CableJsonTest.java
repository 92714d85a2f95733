package org.cablearchive.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cablearchive.archive.CableSummary;
import org.cablearchive.archive.FacetCount;
import org.cablearchive.archive.FacetField;
import org.cablearchive.archive.Highlight;
import org.cablearchive.archive.HistogramBucket;
import org.cablearchive.archive.Hit;
import org.cablearchive.archive.SearchResult;
import org.cablearchive.archive.Snippet;
import org.cablearchive.model.Cable;
import org.cablearchive.model.Classification;
import org.cablearchive.model.ReferenceId;
import org.junit.jupiter.api.Test;

class CableJsonTest {

  private static String golden() throws IOException {
    try (InputStream in = CableJsonTest.class.getResourceAsStream("/json/09MEXICO3093.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }

  @Test
  void writesTheDocumentedFormOnOneLine() throws IOException {
    String json = CableJson.write(SeedCable.cable());

    assertThat(json).isEqualTo(golden()).doesNotContain("\n");
  }

  @Test
  void readsWhatItWrites() throws IOException {
    assertThat(CableJson.read(golden())).isEqualTo(SeedCable.cable());
  }

  @Test
  void keepsEveryKeyWhenFieldsAreEmpty() {
    Cable bare = new Cable(ReferenceId.of("66BUENOSAIRES2481"), null, false, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, true, null, null,
        null, null);

    String json = CableJson.write(bare);

    assertThat(json).isEqualTo("{\"id\":\"66BUENOSAIRES2481\",\"idAsPublished\":null,\"part\":false,\"created\":null,"
        + "\"released\":null,\"classification\":null,\"origin\":null,\"subject\":null,\"subjectMarking\":null,\"tags\":[],\"references\":[],"
        + "\"transmissionId\":null,\"precedence\":null,\"dateTimeGroup\":null,\"from\":[],\"to\":[],\"info\":[],"
        + "\"handling\":[],\"section\":null,\"declassifyOn\":null,\"classifiedBy\":null,\"classifiedByTitle\":null,"
        + "\"classificationReasons\":[],\"signers\":[],\"summary\":null,\"paragraphs\":[],\"headings\":[],\"articles\":[],"
        + "\"partial\":true,\"header\":\"\",\"body\":\"\",\"problems\":[],\"source\":null}");
    assertThat(CableJson.read(json)).isEqualTo(bare);
  }

  @Test
  void ignoresKeysItDoesNotKnow() {
    Cable cable = CableJson.read("{\"id\":\"09MEXICO3093\",\"rating\":5,\"body\":\"TEXT\"}");

    assertThat(cable.id()).isEqualTo(ReferenceId.of("09MEXICO3093"));
    assertThat(cable.body()).isEqualTo("TEXT");
  }

  @Test
  void refusesTextThatIsNotJson() {
    assertThatThrownBy(() -> CableJson.read("VZCZCXRO1782"))
        .isInstanceOf(CableJsonException.class)
        .hasMessageStartingWith("not a cable at column 1: Unrecognized token 'VZCZCXRO1782'")
        .hasMessageNotContaining("\n");
  }

  @Test
  void refusesAnIdThatIsNotCanonical() {
    assertThatThrownBy(() -> CableJson.read("{\"id\":\"MEXICO 3093\"}"))
        .isInstanceOf(CableJsonException.class)
        .hasMessage("not a cable at column 7: Cannot deserialize value of type `org.cablearchive.model.ReferenceId` "
            + "from String \"MEXICO 3093\": not a valid ReferenceId");
  }

  @Test
  void refusesAnUnknownClassification() {
    assertThatThrownBy(() -> CableJson.read("{\"id\":\"09MEXICO3093\",\"classification\":\"TOP SECRET\"}"))
        .isInstanceOf(CableJsonException.class)
        .hasMessageContaining("from String \"TOP SECRET\": not a valid Classification");
  }

  @Test
  void refusesTrailingTextAndNull() {
    assertThatThrownBy(() -> CableJson.read("{\"id\":\"09MEXICO3093\"} {}"))
        .isInstanceOf(CableJsonException.class)
        .hasMessageContaining("Trailing token");
    assertThatThrownBy(() -> CableJson.read("null"))
        .isInstanceOf(CableJsonException.class)
        .hasMessage("not a cable: the JSON is null");
  }

  @Test
  void mapperWritesArchiveRecordsInTheSameForms() throws IOException {
    ObjectMapper mapper = CableJson.mapper();
    CableSummary summary = new CableSummary(ReferenceId.of("09MEXICO3093"), "SCENESETTER",
        Instant.parse("2009-10-27T22:38:00Z"), null, "Embassy Mexico", Classification.SECRET_NOFORN);
    SearchResult result = new SearchResult(1,
        List.of(new Hit(summary, 2, List.of(new Snippet(1, "Merida Initiative", List.of(new Highlight(0, 6)))))),
        Map.of(FacetField.CLASSIFICATION, List.of(new FacetCount("SECRET//NOFORN", 1))),
        List.of(new HistogramBucket("2009", 1)), null);

    assertThat(mapper.writeValueAsString(result)).isEqualTo("{\"total\":1,\"hits\":[{\"id\":\"09MEXICO3093\","
        + "\"subject\":\"SCENESETTER\",\"created\":\"2009-10-27T22:38:00Z\",\"released\":null,"
        + "\"origin\":\"Embassy Mexico\",\"classification\":\"SECRET//NOFORN\",\"citedByCount\":2,"
        + "\"snippets\":[{\"paragraph\":1,\"text\":\"Merida Initiative\",\"highlights\":[{\"start\":0,\"end\":6}],\"byMeaning\":false}]}],"
        + "\"facets\":{\"classification\":[{\"value\":\"SECRET//NOFORN\",\"count\":1}]},"
        + "\"histogram\":[{\"key\":\"2009\",\"count\":1}],\"next\":null}");
    assertThat(mapper.readValue(mapper.writeValueAsString(result), SearchResult.class)).isEqualTo(result);
  }

  @Test
  void mapperIsACopyThatCallersCannotBreak() {
    CableJson.mapper().disable(com.fasterxml.jackson.databind.SerializationFeature.FAIL_ON_EMPTY_BEANS);
    CableJson.mapper().setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);

    assertThat(CableJson.write(SeedCable.cable())).contains("\"idAsPublished\":null");
  }
}
