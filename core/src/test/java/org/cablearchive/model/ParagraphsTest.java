package org.cablearchive.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphsTest {
  private static final String BODY = "1. (C) First  paragraph,\n   wrapped.\n\n2. Second.\n";

  private static Paragraphs twoParagraphs() {
    return Paragraphs.of(BODY).inBody(1, "C", 7, 36).written(2, null, "Second, as written").build();
  }

  @Test
  void aParagraphInTheBodyReadsAsItsStretchCollapsed() {
    Paragraph first = twoParagraphs().get(0);
    assertThat(first).isEqualTo(new Paragraph(1, "C", "First paragraph, wrapped.", 7, 36));
    assertThat(first.text()).isEqualTo(Paragraph.textOf(BODY, 7, 36));
  }

  @Test
  void equalsTheListOfTheSameParagraphs() {
    List<Paragraph> same = List.of(new Paragraph(1, "C", "First paragraph, wrapped.", 7, 36),
        new Paragraph(2, null, "Second, as written"));
    assertThat(twoParagraphs()).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(same).isEqualTo(twoParagraphs());
  }

  @Test
  void givesPlacesWithoutReadingTexts() {
    Paragraphs paragraphs = twoParagraphs();
    assertThat(paragraphs.size()).isEqualTo(2);
    assertThat(List.of(paragraphs.number(0), paragraphs.start(0), paragraphs.end(0))).containsExactly(1, 7, 36);
    assertThat(paragraphs.marking(0)).isEqualTo("C");
    assertThat(List.of(paragraphs.number(1), paragraphs.start(1), paragraphs.end(1))).containsExactly(2, -1, -1);
    assertThat(paragraphs.get(1).text()).isEqualTo("Second, as written");
  }

  @Test
  void cannotBeChanged() {
    Paragraphs paragraphs = twoParagraphs();
    assertThatThrownBy(() -> paragraphs.add(new Paragraph(3, null, "x"))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> paragraphs.set(0, new Paragraph(3, null, "x"))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> paragraphs.remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aStretchOutsideTheBodyIsRefused() {
    assertThatThrownBy(() -> Paragraphs.of(BODY).inBody(1, null, 40, BODY.length() + 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("no stretch of the body: [40, 50)");
    assertThatThrownBy(() -> Paragraphs.of(BODY).inBody(1, null, 5, 5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCableKeepsTheParagraphsItIsGiven() {
    Paragraphs paragraphs = twoParagraphs();
    Cable cable = new Cable(null, null, false, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, paragraphs, null, null, false, null, BODY, null, null);
    assertThat(cable.paragraphs()).isSameAs(paragraphs);
  }
}
