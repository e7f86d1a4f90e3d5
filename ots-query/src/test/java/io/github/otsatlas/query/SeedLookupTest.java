package io.github.otsatlas.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.CorridorId;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.StateId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Acceptance test on the seed corpus: the names its documents use find their facts. */
final class SeedLookupTest {
  private static final Atlas ATLAS = Atlas.seeded();
  private static final OrganizationId OTS = OrganizationId.of("OTS");

  @Test
  void turkeyAndTurkiye_findTur() {
    for (String name : List.of("Turkey", "Türkiye", "TÜRKİYE", "turkiye", "TUR")) {
      assertEquals(StateId.of("TUR"), ATLAS.state(name).fact().id(), name);
    }
  }

  @Test
  void turkicCouncil_findsTheOts_andItsFormerNameCarriesItsDates() {
    NameMatch<?> council = ATLAS.lookup("Turkic Council");
    assertEquals(ATLAS.organization(OTS).orElseThrow(), council.fact());
    assertEquals(NameMatch.Kind.ALIAS, council.kind());
    NameMatch<?> former = ATLAS.organization("Cooperation Council of Turkic Speaking States");
    assertEquals(NameMatch.Kind.FORMER_NAME, former.kind());
    assertEquals(PartialDate.parse("2021-11"), former.bore().orElseThrow().end().date().orElseThrow());
  }

  @Test
  void theRoutesLongName_findsTheMiddleCorridor() {
    assertEquals(CorridorId.of("middle-corridor"),
        ATLAS.corridor("Trans-Caspian International Transport Route").fact().id());
  }

  @Test
  void underTheTurkicCouncil_areTheOtsMembers() {
    assertEquals(ATLAS.members(OTS).parties(), ATLAS.members(OTS).underName("Turkic Council").parties());
  }

  @Test
  void aMisspelling_namesTheClosest() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ATLAS.state("Kazakstan"));
    assertTrue(e.getMessage().contains("'Kazakhstan' (state:KAZ)"), e.getMessage());
  }

  @Test
  void meetings_areLookedUpAsMeetings_neverAsSummits() {
    NameMatch<io.github.otsatlas.model.Meeting> g20 = ATLAS.meeting("g20 meeting in miami");
    org.junit.jupiter.api.Assertions.assertEquals("g20-meeting-miami", g20.fact().id().value());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> ATLAS.summit("G20 meeting in Miami"));
    org.junit.jupiter.api.Assertions.assertEquals(g20.fact(), ATLAS.lookup("G20 MEETING IN MIAMI").fact());
  }
}
