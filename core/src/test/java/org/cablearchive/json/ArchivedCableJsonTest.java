package org.cablearchive.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cablearchive.archive.ArchivedCable;
import org.cablearchive.archive.CableSummary;
import org.cablearchive.archive.Version;
import org.cablearchive.model.Cable;
import org.cablearchive.model.Classification;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.model.SourceFormat;
import org.cablearchive.model.SourceLocation;
import org.junit.jupiter.api.Test;

class ArchivedCableJsonTest {

  @Test
  void theCableFieldsComeFirstThenItsReleasesThenTheCablesCitingIt() {
    Cable cable = SeedCable.cable();
    ArchivedCable archived = new ArchivedCable(cable,
        List.of(new Version(Instant.parse("2011-08-30T01:44:00Z"), new SourceLocation(SourceFormat.HTML, "a.html", 7), true, cable)),
        List.of(new CableSummary(ReferenceId.of("09MEXICO3200"), "MERIDA", Instant.parse("2009-11-05T16:00:00Z"),
            Instant.parse("2011-08-30T01:44:00Z"), "Embassy Mexico", Classification.SECRET)));

    ObjectNode json = (ObjectNode) CableJson.readTree(ArchivedCableJson.write(archived));

    List<String> cableFields = names(CableJson.readTree(CableJson.write(cable)));
    List<String> expectedFields = new ArrayList<>(cableFields);
    expectedFields.addAll(List.of("versions", "citedBy", "telegram"));
    assertThat(names(json)).containsExactlyElementsOf(expectedFields);
    assertThat(json.deepCopy().remove(List.of("versions", "citedBy", "telegram"))).isEqualTo(CableJson.publicMapper().valueToTree(cable));
    assertThat(json.get("telegram").isNull()).isTrue();
    JsonNode version = json.get("versions").get(0);
    assertThat(json.get("versions")).hasSize(1);
    assertThat(names(version)).containsExactly("released", "releasedGiven", "source", "current", "created", "classification", "origin",
            "subject", "header", "body");
    assertThat(version.get("releasedGiven").asBoolean()).isFalse();
    assertThat(version.get("released").asText()).isEqualTo("2011-08-30T01:44:00Z");
    assertThat(version.get("source").toString()).isEqualTo("{\"format\":\"html\",\"file\":\"a.html\",\"line\":7}");
    assertThat(version.get("current").asBoolean()).isTrue();
    assertThat(version.get("created")).isEqualTo(json.get("created"));
    assertThat(version.get("classification")).isEqualTo(json.get("classification"));
    assertThat(version.get("origin")).isEqualTo(json.get("origin"));
    assertThat(version.get("subject").asText()).isEqualTo(cable.subject());
    assertThat(version.get("header").asText()).isEqualTo(SeedCable.HEADER);
    assertThat(version.get("body").asText()).isEqualTo(SeedCable.BODY);
    assertThat(json.get("citedBy").toString()).isEqualTo("[{\"id\":\"09MEXICO3200\",\"subject\":\"MERIDA\","
        + "\"created\":\"2009-11-05T16:00:00Z\",\"released\":\"2011-08-30T01:44:00Z\",\"origin\":\"Embassy Mexico\","
        + "\"classification\":\"SECRET\"}]");
  }

  @Test
  void sourcesAreNamedWithinThemselvesNeverByTheFoldersOfTheMachineThatReadThem() {
    Cable cable = SeedCable.cable();
    ArchivedCable archived = new ArchivedCable(cable, List.of(
        new Version(Instant.parse("2010-11-28T18:00:00Z"), new SourceLocation(SourceFormat.CSV, "/srv/leaks/cables.csv", 5234), false, cable),
        new Version(Instant.parse("2011-08-30T01:44:00Z"),
            new SourceLocation(SourceFormat.HTML, "/home/me/pages.tar.xz!/cable/2009/10/09MEXICO3093.html", 1), true, cable)),
        List.of());

    JsonNode versions = CableJson.readTree(ArchivedCableJson.write(archived)).get("versions");

    assertThat(versions.get(0).get("source").toString()).isEqualTo("{\"format\":\"csv\",\"file\":\"cables.csv\",\"line\":5234}");
    assertThat(versions.get(1).get("source").toString())
        .isEqualTo("{\"format\":\"html\",\"file\":\"cable/2009/10/09MEXICO3093.html\",\"line\":1}");
    assertThat(new SourceLocation(SourceFormat.TELEGRAM, "C:\\cables\\66BUENOSAIRES2481.txt", 1).withinSource().file())
        .isEqualTo("66BUENOSAIRES2481.txt");
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
