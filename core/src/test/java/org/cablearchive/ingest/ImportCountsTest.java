package org.cablearchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.cablearchive.archive.StoreOutcome;
import org.cablearchive.model.ReferenceId;
import org.junit.jupiter.api.Test;

/**
 * The summary counts what an import did, not the order its workers stored releases in: each list below is
 * what the archive answers for the same releases stored in two orders.
 */
class ImportCountsTest {
  private static final ReferenceId NEW = ReferenceId.of("10MADRID1");
  private static final ReferenceId HELD = ReferenceId.of("09MEXICO3093");

  private record Stored(ReferenceId id, StoreOutcome outcome) {}

  private static ImportSummary counted(List<Stored> outcomes) {
    ImportCounts counts = new ImportCounts();
    outcomes.forEach(s -> counts.stored(s.id(), s.outcome(), false));
    return counts.summary(Duration.ZERO);
  }

  @Test
  void twoStatementsOfANewTextAreOneAddedAndOneConflictEitherWay() {
    // row 1 then row 2, and row 2 then row 1; then a copy of row 1 (unchanged)
    ImportSummary one = counted(List.of(new Stored(NEW, StoreOutcome.ADDED), new Stored(NEW, StoreOutcome.CONFLICT),
        new Stored(NEW, StoreOutcome.UNCHANGED)));
    ImportSummary other = counted(List.of(new Stored(NEW, StoreOutcome.ADDED), new Stored(NEW, StoreOutcome.UNCHANGED),
        new Stored(NEW, StoreOutcome.CONFLICT)));
    assertThat(one).isEqualTo(other).isEqualTo(new ImportSummary(3, 1, 0, 0, 1, 0, 1, 0, 0, Duration.ZERO));
  }

  @Test
  void anUndatedCopyAndADatedOneOfANewCableAreOneAddedAndOneUnchangedEitherWay() {
    // the cables.csv row, then the page stating its date (dated); the page, then the row (unchanged)
    ImportSummary rowFirst = counted(List.of(new Stored(NEW, StoreOutcome.ADDED), new Stored(NEW, StoreOutcome.DATED)));
    ImportSummary pageFirst = counted(List.of(new Stored(NEW, StoreOutcome.ADDED), new Stored(NEW, StoreOutcome.UNCHANGED)));
    assertThat(rowFirst).isEqualTo(pageFirst).isEqualTo(new ImportSummary(2, 1, 0, 0, 0, 0, 1, 0, 0, Duration.ZERO));
  }

  @Test
  void aHeldTextDatedIsCountedDatedAndNewStatementsOfAHeldCableAreConflicts() {
    ImportSummary summary = counted(List.of(new Stored(HELD, StoreOutcome.DATED), new Stored(HELD, StoreOutcome.UPDATED),
        new Stored(HELD, StoreOutcome.CONFLICT), new Stored(NEW, StoreOutcome.ADDED), new Stored(NEW, StoreOutcome.VERSION_ADDED)));
    assertThat(summary).isEqualTo(new ImportSummary(5, 1, 1, 1, 1, 1, 0, 0, 0, Duration.ZERO));
  }
}
