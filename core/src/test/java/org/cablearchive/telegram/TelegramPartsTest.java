package org.cablearchive.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cablearchive.model.Addressee;
import org.cablearchive.model.Paragraph;
import org.cablearchive.model.Paragraphs;
import org.cablearchive.model.Precedence;
import org.cablearchive.model.Reference;
import org.cablearchive.model.ReferenceId;
import org.cablearchive.model.ReferenceKind;
import org.cablearchive.model.RoutingIndicator;
import org.cablearchive.model.Section;
import org.junit.jupiter.api.Test;

/** Each reader of the telegram's parts, on lines as real cables write them. */
class TelegramPartsTest {

  @Test
  void modernHeader() {
    TransmissionHeader h = HeaderReader.read(TelegramLines.split("""
        VZCZCXRO1782
        RR RUEHCD RUEHGD
        DE RUEHME #3093/01 3002238
        ZNY CCCCC ZZH
        R 272238Z OCT 09
        FM AMEMBASSY MEXICO
        TO RUEHC/SECSTATE WASHDC IMMEDIATE 8786
        INFO RUEHXC/ALL US CONSULATES IN MEXICO COLLECTIVE
        RHEHAAA/NSC WASHINGTON DC NIACT IMMEDIATE"""));
    assertThat(h.transmissionId()).isEqualTo("VZCZCXRO1782");
    assertThat(h.station()).isEqualTo("RUEHME");
    assertThat(h.serial()).isEqualTo("3093");
    assertThat(h.sectionNumber()).isEqualTo(1);
    assertThat(h.precedence()).isEqualTo(Precedence.ROUTINE);
    assertThat(h.dateTimeGroup().text()).isEqualTo("272238Z OCT 09");
    assertThat(h.from()).containsExactly(new Addressee(new RoutingIndicator("RUEHME"), "AMEMBASSY MEXICO", null));
    assertThat(h.to()).containsExactly(new Addressee(new RoutingIndicator("RUEHC"), "SECSTATE WASHDC", Precedence.IMMEDIATE));
    assertThat(h.info()).containsExactly(
        new Addressee(new RoutingIndicator("RUEHXC"), "ALL US CONSULATES IN MEXICO COLLECTIVE", null),
        new Addressee(new RoutingIndicator("RHEHAAA"), "NSC WASHINGTON DC", Precedence.IMMEDIATE));
    assertThat(h.partial()).isFalse();
  }

  @Test
  void oldHeaderWithoutRoutingIndicators() {
    TransmissionHeader h = HeaderReader.read(TelegramLines.split(
        "P R 281848Z DEC 66\nFM AMEMBASSY BUENOS AIRES\nTO SECSTATE WASHDC PRIORITY\nINFO USCINCSO\nCINCLANT"));
    assertThat(h.precedence()).isEqualTo(Precedence.PRIORITY);
    assertThat(h.dateTimeGroup().text()).isEqualTo("281848Z DEC 66");
    assertThat(DateTimeGroups.instant(h.dateTimeGroup().text())).isEqualTo(Instant.parse("1966-12-28T18:48:00Z"));
    assertThat(h.to()).containsExactly(new Addressee(null, "SECSTATE WASHDC", Precedence.PRIORITY));
    assertThat(h.info()).extracting(Addressee::name).containsExactly("USCINCSO", "CINCLANT");
  }

  @Test
  void partialExtractNoteAndDistributionListBeforeFm() {
    TransmissionHeader h = HeaderReader.read(TelegramLines.split("""
        This record is a partial extract of the original cable. The full text of the original cable is not available.
        INFO  LOG-00   NP-00    ACQ-00
        FM AMEMBASSY HARARE
        TORUEHC/SECSTATE WASHDC IMMEDIATE 7212"""));
    assertThat(h.partial()).isTrue();
    assertThat(h.info()).isEmpty();
    assertThat(h.to()).containsExactly(new Addressee(new RoutingIndicator("RUEHC"), "SECSTATE WASHDC", Precedence.IMMEDIATE));
  }

  @Test
  void classificationLines() {
    assertThat(ClassificationLine.read("C O N F I D E N T I A L SECTION 01 OF 04 MEXICO 003093"))
        .isEqualTo(new ClassificationLine("CONFIDENTIAL", new Section(1, 4), "MEXICO", "003093", List.of()));
    assertThat(ClassificationLine.read("UNCLAS SECTION 01 OF 02 THE HAGUE 001695"))
        .isEqualTo(new ClassificationLine("UNCLASSIFIED", new Section(1, 2), "THEHAGUE", "001695", List.of()));
    assertThat(ClassificationLine.read("S E C R E T STATE 123456 NOFORN"))
        .isEqualTo(new ClassificationLine("SECRET", null, "STATE", "123456", List.of("NOFORN")));
    assertThat(ClassificationLine.read("C O N F I D E N T I A L ECTION 01 OF 02 MANAMA 000492"))
        .isEqualTo(new ClassificationLine("CONFIDENTIAL", new Section(1, 2), "MANAMA", "000492", List.of()));
    assertThat(ClassificationLine.read("Cable dated:2006-01-29T11:49:00S E C R E T SECTION 01 OF 02 CAIRO 000493SIPDIS"))
        .isEqualTo(new ClassificationLine("SECRET", new Section(1, 2), "CAIRO", "000493", List.of()));
    assertThat(ClassificationLine.read("TAGS: PREL")).isNull();
  }

  @Test
  void captionWithWrappedSubjectReferencesAndClassifiedBy() {
    Caption c = CaptionReader.read(TelegramLines.split("""
        C O N F I D E N T I A L SECTION 01 OF 03 LONDON 002346
        
        NOFORN
        SIPDIS
        
        E.O. 12958: DECL: 10/14/2019
        TAGES: AF PK UK
        SUBJ: BROWN'S PROMISE TO SEND AN ADDITIONAL 500 TROOPS
        TO AFGHANISTAN -- IF KEY CONDITIONS ARE MET
        
        REFS: A. LONDON 2311
        
        1B. 08 MEXICO 3595
        
        Classified By: Political Counselor Robin Quinville,
        for reasons 1.4 b and d"""), 100);
    assertThat(c.classificationLine().section()).isEqualTo(new Section(1, 3));
    assertThat(c.handling()).containsExactly("NOFORN", "SIPDIS");
    assertThat(c.declassification().on()).isEqualTo(LocalDate.of(2019, 10, 14));
    assertThat(c.tags()).containsExactly("AF", "PK", "UK");
    assertThat(c.subject()).isEqualTo("BROWN'S PROMISE TO SEND AN ADDITIONAL 500 TROOPS TO AFGHANISTAN -- IF KEY CONDITIONS ARE MET");
    assertThat(ReferenceListReader.read(c.references(), 2009)).containsExactly(
        new Reference("A", "LONDON 2311", ReferenceKind.CABLE, ReferenceId.of("09LONDON2311")),
        new Reference("B", "08 MEXICO 3595", ReferenceKind.CABLE, ReferenceId.of("08MEXICO3595")));
    assertThat(c.authority()).isEqualTo(new ClassificationAuthority("Robin Quinville", "Political Counselor",
        List.of("1.4(b)", "1.4(d)")));
  }

  @Test
  void captionGluedOnOneLine() {
    Caption c = CaptionReader.read(TelegramLines.split(
        "UNCLAS LONDON 002443 SENSITIVE EEB FOR CBA E.O. 12958: N/A TAGS: ENRG UK\nSUBJECT: EDF BUYS BRITISH ENERGY"), 2);
    assertThat(c.declassification().on()).isNull();
    assertThat(c.tags()).containsExactly("ENRG", "UK");
    assertThat(c.subject()).isEqualTo("EDF BUYS BRITISH ENERGY");
  }

  @Test
  void referencesInTheirManyForms() {
    assertThat(ReferenceListReader.read("STATE 41252 AND 44603", 2004)).extracting(Reference::id)
        .containsExactly(ReferenceId.of("04STATE41252"), ReferenceId.of("04STATE44603"));
    assertThat(ReferenceListReader.read("(99) LONDON 123", 2001)).extracting(Reference::id)
        .containsExactly(ReferenceId.of("99LONDON123"));
    assertThat(ReferenceListReader.read("QUITO 4525-91", 1992)).extracting(Reference::id)
        .containsExactly(ReferenceId.of("91QUITO4525"));
    assertThat(ReferenceListReader.read("A) ANKARA 11676;B) ANKARA 11279", 1996)).extracting(Reference::bullet, Reference::id)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("A", ReferenceId.of("96ANKARA11676")),
            org.assertj.core.groups.Tuple.tuple("B", ReferenceId.of("96ANKARA11279")));
    assertThat(ReferenceListReader.read("2009 SAO PAULO 542", 2010)).extracting(Reference::id)
        .containsExactly(ReferenceId.of("09SAOPAULO542"));
    assertThat(ReferenceListReader.read("A. RICHARD-WITMER EMAIL 10/9 B. WILSON/MACK TELECON C. MEMCON OF MAY 3 "
        + "D. 10/14/2009 LONDON DAILY REPORT (NOTAL) E. STATE CA-3400 NOV 2, 1966", 2009))
        .extracting(Reference::kind).containsExactly(ReferenceKind.EMAIL, ReferenceKind.TEL, ReferenceKind.MEMO,
            ReferenceKind.REPORT, ReferenceKind.OTHER);
  }

  @Test
  void classifiedByInItsForms() {
    assertThat(ClassificationAuthority.read("Ambassador Carlos Pascual. Reason: 1.4 (b),(d)."))
        .isEqualTo(new ClassificationAuthority("Carlos Pascual", "Ambassador", List.of("1.4(b)", "1.4(d)")));
    assertThat(ClassificationAuthority.read("DCM EARL IRVING. REASONS: 1.5 (B) AND (D)."))
        .isEqualTo(new ClassificationAuthority("EARL IRVING", "DCM", List.of("1.5(b)", "1.5(d)")));
    assertThat(ClassificationAuthority.read(": Yael Lempert, A/DCM, U.S. Embassy Tripoli. REASON: 1.4 (b), (d)"))
        .isEqualTo(new ClassificationAuthority("Yael Lempert", "A/DCM, U.S. Embassy Tripoli", List.of("1.4(b)", "1.4(d)")));
  }

  @Test
  void declassificationLines() {
    assertThat(Declassification.read("DECL: 07/24/2019").on()).isEqualTo(LocalDate.of(2019, 7, 24));
    assertThat(Declassification.read("DECL: N/A")).isEqualTo(new Declassification(null, null, null));
    assertThat(Declassification.read("DECL: DECLASSIFIED BY NARA 09/02/2009").on()).isEqualTo(LocalDate.of(2009, 9, 2));
    assertThat(Declassification.read("GDS 8/12/85 (TOMSETH, VICTOR L.) OR-P"))
        .isEqualTo(new Declassification(LocalDate.of(1985, 8, 12), null, "TOMSETH, VICTOR L."));
    assertThat(Declassification.read("DECL: 02/30/2010")).isEqualTo(new Declassification(null, "02/30/2010", null));
  }

  @Test
  void tagLists() {
    assertThat(TagListReader.read("PREL, PGOV, PINR, MX")).containsExactly("PREL", "PGOV", "PINR", "MX");
    assertThat(TagListReader.read("OVIP (CLINTON, HILLARY), PREL, AS")).containsExactly("OVIP", "CLINTON, HILLARY", "PREL", "AS");
    assertThat(TagListReader.read("PHUM, PREL, Human Rights")).containsExactly("PHUM", "PREL", "HUMAN RIGHTS");
    assertThat(TagListReader.read("pgov prl")).containsExactly("PGOV", "PRL");
    assertThat(TagListReader.read("PREL PGOV BR OVIP ZOELLICK ROBERT US"))
        .containsExactly("PREL", "PGOV", "BR", "OVIP", "ZOELLICK, ROBERT", "US");
    assertThat(TagListReader.read("OVIP PREL MNUC")).containsExactly("OVIP", "PREL", "MNUC");
  }

  @Test
  void paragraphsMangledByTextConversionAreRenumberedAndAYearIsNoParagraph() {
    String body = "SUBJECT: X\n11. (C) One.\n12. (C) Two.\n1. a list item\n¶3. (S//NF) Three.\n¶2000. Year.";
    String[] lines = TelegramLines.split(body);
    List<ParagraphReader.Start> starts = ParagraphReader.starts(lines);
    assertThat(ParagraphReader.paragraphs(body, lines, starts, lines.length, body.length(), List.of())).containsExactly(
        new Paragraph(1, "C", "One.", 19, 23), new Paragraph(2, "C", "Two. 1. a list item", 32, 51),
        new Paragraph(3, "S//NF", "Three. ¶2000. Year.", 64, 83));
  }

  @Test
  void paragraphsStandInTheBodyAcrossLineBreaksOfEveryKind() {
    String body = "1. (C) One\r\n  runs on\u00a0 here.  \r\n\r\n2. Two\rends.\n3.\n\n   Three.\n";
    String[] lines = TelegramLines.split(body);
    assertThat(ParagraphReader.paragraphs(body, lines, ParagraphReader.starts(lines), lines.length, body.length(), List.of())).containsExactly(
        new Paragraph(1, "C", "One runs on here.", 7, 28), new Paragraph(2, null, "Two ends.", 37, 46),
        new Paragraph(3, null, "Three.", 54, 60));
  }

  @Test
  void aParagraphWithLinesThatLostTheirBackslashHasNoPlaceInTheBody() {
    String body = "1. (C) One \\\nand two. \\\n2. (C) Three.";
    String[] lines = TelegramLines.split(body);
    assertThat(ParagraphReader.paragraphs(body, lines, ParagraphReader.starts(lines), lines.length, body.length(), List.of())).containsExactly(
        new Paragraph(1, "C", "One and two."), new Paragraph(2, "C", "Three.", 31, 37));
  }

  @Test
  void paragraphsWithoutPilcrowsFollowTheirNumbers() {
    String[] lines = TelegramLines.split("1. FIRST.\n   A. SUB\n1. LIST ITEM\n2. SECOND.\n4.(C) FOURTH, THIRD SKIPPED.");
    assertThat(ParagraphReader.starts(lines)).extracting(ParagraphReader.Start::number).containsExactly(1, 2, 4);
  }

  @Test
  void signerAndSummary() {
    assertThat(SignerReader.read(TelegramLines.split("text\nVisit our site at http://x/y/ / FEELEY\n")).name()).isEqualTo("FEELEY");
    assertThat(SignerReader.read(TelegramLines.split("End Comment. RICE")).name()).isEqualTo("RICE");
    assertThat(SignerReader.read(TelegramLines.split("XXXXXXXXXXXX"))).isNull();
    assertThat(SummaryReader.read("¶1. (C) Summary. It went well.\n¶2. Summary continued: more. End Summary.\n", 0, Paragraphs.of("").build()))
        .isEqualTo("It went well. ¶2. Summary continued: more.");
  }
}
