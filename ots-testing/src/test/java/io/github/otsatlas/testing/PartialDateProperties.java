package io.github.otsatlas.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.PartialDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of {@link PartialDate}, over generated dates. Lives here, beside the arbitraries. */
final class PartialDateProperties {

  @Provide
  Arbitrary<PartialDate> dates() {
    return AtlasArbitraries.partialDates(1, 9999);
  }

  @Property
  void parse_invertsToString(@ForAll("dates") PartialDate d) {
    assertEquals(d, PartialDate.parse(d.toString()));
    assertEquals(d.toString(), PartialDate.parse(d.toString()).toString());
  }

  @Property
  void earliest_isNotAfterLatest(@ForAll("dates") PartialDate d) {
    assertFalse(d.earliest().isAfter(d.latest()));
    assertTrue(d.covers(d.earliest()) && d.covers(d.latest()));
    assertEquals(d.year(), d.earliest().getYear());
    assertEquals(d.year(), d.latest().getYear());
  }

  @Property
  void compareTo_isAntisymmetricAndConsistentWithEquals(
      @ForAll("dates") PartialDate a, @ForAll("dates") PartialDate b) {
    assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)));
    assertEquals(a.compareTo(b) == 0, a.equals(b));
  }

  @Property
  void compareTo_isTransitive(
      @ForAll("dates") PartialDate a, @ForAll("dates") PartialDate b, @ForAll("dates") PartialDate c) {
    if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
      assertTrue(a.compareTo(c) <= 0);
    }
  }

  @Property
  void compareTo_followsTheEarliestDay(@ForAll("dates") PartialDate a, @ForAll("dates") PartialDate b) {
    if (a.earliest().isBefore(b.earliest())) {
      assertTrue(a.compareTo(b) < 0);
    }
  }
}
