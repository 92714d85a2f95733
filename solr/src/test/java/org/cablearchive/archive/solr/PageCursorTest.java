package org.cablearchive.archive.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cablearchive.archive.QueryException;
import org.cablearchive.archive.SortOrder;
import org.junit.jupiter.api.Test;

class PageCursorTest {
  @Test
  void aFullPageWithMoreToComeGivesACursorThatReadsBack() {
    String next = PageCursor.first(SortOrder.CREATED_ASC).next(7, 7, 25, "AoE/abc=");
    assertThat(next).isEqualTo("CREATED_ASC:7:AoE/abc=");
    assertThat(PageCursor.parse(next, SortOrder.CREATED_ASC)).isEqualTo(new PageCursor(SortOrder.CREATED_ASC, 7, "AoE/abc="));
  }

  @Test
  void theLastPageHasNoNext() {
    PageCursor third = new PageCursor(SortOrder.RELEVANCE, 14, "m");
    assertThat(third.next(7, 7, 21, "n")).isNull();
    assertThat(third.next(4, 7, 18, "n")).isNull();
  }

  @Test
  void aCursorOfAnotherOrderOrShapeIsAQueryError() {
    assertThatThrownBy(() -> PageCursor.parse("CREATED_ASC:7:x", SortOrder.RELEVANCE))
        .isInstanceOf(QueryException.class).hasMessage("the cursor belongs to another sort order (CREATED_ASC)");
    assertThatThrownBy(() -> PageCursor.parse("nonsense", SortOrder.RELEVANCE))
        .isInstanceOf(QueryException.class).hasMessage("not a cursor of this archive: nonsense");
  }
}
