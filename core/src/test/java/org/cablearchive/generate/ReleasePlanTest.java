package org.cablearchive.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.cablearchive.model.Classification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReleasePlanTest {
  private static ReleaseProfile profile;
  private static List<String[]> shipped;

  @BeforeAll
  static void load() throws IOException {
    profile = ReleaseProfile.load();
    shipped = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(ReleasePlanTest.class.getResourceAsStream("cable-ids.csv.gz")), StandardCharsets.UTF_8))) {
      in.lines().map(l -> l.split(",")).forEach(shipped::add);
    }
  }

  @Test
  void theFullReleaseUsesEveryRealIdInOrder() {
    List<PlannedCable> plan = ReleasePlan.of(profile, 251_287, 1);

    assertThat(plan).extracting(PlannedCable::id).containsExactlyElementsOf(shipped.stream().map(f -> f[0]).toList());
    for (int i = 0; i < plan.size(); i += 997) {
      assertThat(plan.get(i).created().getMonthValue()).as(plan.get(i).id()).isEqualTo(Integer.parseInt(shipped.get(i)[1]));
    }
  }

  @Test
  void theFullReleaseHasTheReleasedClassificationMixAndPartialExtracts() {
    List<PlannedCable> plan = ReleasePlan.of(profile, 251_287, 1);

    Map<Classification, Integer> counts = new EnumMap<>(Classification.class);
    plan.forEach(c -> counts.merge(c.classification(), 1, Integer::sum));
    assertThat(counts).containsExactly(
        Map.entry(Classification.UNCLASSIFIED, 75_792),
        Map.entry(Classification.UNCLASSIFIED_FOUO, 58_095),
        Map.entry(Classification.CONFIDENTIAL, 97_070),
        Map.entry(Classification.CONFIDENTIAL_NOFORN, 4_678),
        Map.entry(Classification.SECRET, 11_322),
        Map.entry(Classification.SECRET_NOFORN, 4_330));
    assertThat(plan.stream().filter(PlannedCable::partial).count()).isEqualTo(49_000);
  }

  @Test
  void theFullReleaseSpansTheRealDatesWith2009Largest() {
    List<PlannedCable> plan = ReleasePlan.of(profile, 251_287, 1);

    // The shipped list gives each ID's month, not its year: the year comes from the ID, which puts
    // 16 cables sent in early 2010 under 2009 (the release counts 56,797 created in 2009).
    Map<Integer, Integer> byYear = byYear(plan);
    long idsOf2009 = shipped.stream().filter(f -> f[0].startsWith("09")).count();
    assertThat(idsOf2009).isEqualTo(56_813);
    assertThat(byYear.get(2009)).isEqualTo(56_813);
    assertThat(byYear.values().stream().max(Integer::compare)).contains(56_813);
    assertThat(plan.stream().map(PlannedCable::created).min(LocalDateTime::compareTo).orElseThrow().toLocalDate())
        .hasToString("1966-12-28");
    assertThat(plan.stream().map(PlannedCable::created).max(LocalDateTime::compareTo).orElseThrow().toLocalDate())
        .isBeforeOrEqualTo(java.time.LocalDate.of(2010, 2, 28));
  }

  @Test
  void aTenthKeepsEveryYearsShareWithinOneCable() {
    int n = 25_129;
    Map<Integer, Integer> real = new TreeMap<>();
    shipped.forEach(f -> real.merge(yearOf(f[0]), 1, Integer::sum));

    Map<Integer, Integer> sampled = byYear(ReleasePlan.of(profile, n, 1));

    assertThat(sampled.keySet()).isSubsetOf(real.keySet());
    real.forEach((year, count) -> assertThat((double) sampled.getOrDefault(year, 0))
        .as("year %d", year).isCloseTo(count * (double) n / 251_287, org.assertj.core.data.Offset.offset(1.0)));
  }

  @Test
  void aSmallCorpusGetsTheMixScaledByLargestRemainder() {
    List<PlannedCable> plan = ReleasePlan.of(profile, 1_000, 5);

    Map<Classification, Integer> counts = new EnumMap<>(Classification.class);
    plan.forEach(c -> counts.merge(c.classification(), 1, Integer::sum));
    assertThat(counts.values()).containsExactly(302, 231, 386, 19, 45, 17);
    assertThat(plan.stream().filter(PlannedCable::partial).count()).isEqualTo(195);
  }

  @Test
  void moreThanTheReleaseRepeatsIdsWithRaisedSerialsAndStaysUnique() {
    List<PlannedCable> plan = ReleasePlan.of(profile, 300_000, 1);

    assertThat(new HashSet<>(plan.stream().map(PlannedCable::id).toList())).hasSize(300_000);
    assertThat(plan.get(1).id()).isEqualTo("66BUENOSAIRES1002481");
  }

  @Test
  void refusesAnEmptyCorpus() {
    assertThatThrownBy(() -> ReleasePlan.of(profile, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the number of cables must be at least 1, got 0");
  }

  private static Map<Integer, Integer> byYear(List<PlannedCable> plan) {
    Map<Integer, Integer> byYear = new TreeMap<>();
    plan.forEach(c -> byYear.merge(c.year(), 1, Integer::sum));
    return byYear;
  }

  private static int yearOf(String id) {
    int yy = Integer.parseInt(id.substring(0, 2));
    return yy >= 66 ? 1900 + yy : 2000 + yy;
  }
}
