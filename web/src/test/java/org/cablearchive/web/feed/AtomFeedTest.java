package org.cablearchive.web.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.cablearchive.archive.CableSummary;
import org.cablearchive.model.Classification;
import org.cablearchive.model.ReferenceId;
import org.junit.jupiter.api.Test;

class AtomFeedTest {
  @Test
  void writesEscapedEntriesAndDropsCharactersXmlCannotCarry() {
    CableSummary cable = new CableSummary(ReferenceId.of("09MEXICO3093"), "A <b> & \u0007bell", Instant.parse("2009-10-27T22:38:00Z"),
        Instant.parse("2011-08-30T01:44:00Z"), "Embassy Mexico", Classification.CONFIDENTIAL);
    String xml = new String(AtomFeed.write("http://h", "tag PREL", "/feeds/tag/PREL", "/tag/PREL",
        List.of(new AtomFeed.Entry(cable, "1. (C) Summary: the <visit>.")), Instant.parse("2011-08-30T01:44:00Z")),
        java.nio.charset.StandardCharsets.UTF_8);
    assertThat(xml).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
        + "<id>http://h/feeds/tag/PREL</id><title>Cable Archive: tag PREL</title><updated>2011-08-30T01:44:00Z</updated>"
        + "<link rel=\"self\" href=\"http://h/feeds/tag/PREL\" type=\"application/atom+xml\"/>"
        + "<link rel=\"alternate\" href=\"http://h/tag/PREL\" type=\"text/html\"/><author><name>Cable Archive</name></author>"
        + "<entry><id>http://h/cable/09MEXICO3093</id><title>09MEXICO3093: A &lt;b&gt; &amp; bell</title>"
        + "<updated>2011-08-30T01:44:00Z</updated><published>2009-10-27T22:38:00Z</published>"
        + "<link rel=\"alternate\" href=\"http://h/cable/09MEXICO3093\" type=\"text/html\"/>"
        + "<summary>Embassy Mexico · CONFIDENTIAL · created 2009-10-27 22:38 · released 2011-08-30 01:44\n\n1. (C) Summary: the &lt;visit&gt;.</summary></entry></feed>");
  }
}
