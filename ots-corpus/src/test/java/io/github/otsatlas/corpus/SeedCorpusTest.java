package io.github.otsatlas.corpus;

import static io.github.otsatlas.corpus.TestCorpora.SEEDS;
import static io.github.otsatlas.corpus.TestCorpora.fold;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otsatlas.model.Attribute;
import io.github.otsatlas.model.Certainty;
import io.github.otsatlas.model.Claim;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.MembershipId;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.OrganizationName;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.QuoteLocation;
import io.github.otsatlas.model.Recognition;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.SourceId;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.model.SummitFormat;
import io.github.otsatlas.model.SummitId;
import io.github.otsatlas.model.SummitStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded seed corpus: it loads, its texts are the seed files byte for byte, and a
 * handful of facts are pinned to the documents, each with the words of its quote as located
 * in the source.
 */
final class SeedCorpusTest {
  private static final OrganizationId OTS = OrganizationId.of("OTS");
  private static final SourceId AVIM = SourceId.of("avim-coffey-2026");
  private static final SourceId TNI = SourceId.of("tni-coffey-2026");
  private static final SourceId TURKEY_EU = SourceId.of("turkey-central-asia-eu-2025");
  private static final SourceId ROUNDTABLE = SourceId.of("dzhuraev-roundtable-2024");

  private static Corpus seeds;

  @BeforeAll
  static void load() {
    seeds = SeedCorpus.load();
  }

  @Test
  void load_embeddedSeeds_equalsTheSeedDirectory() {
    assertEquals(CorpusLoader.create().loadDirectory(SEEDS), seeds);
    assertEquals(5, seeds.sources().size());
  }

  @Test
  void sources_texts_areByteIdenticalToTheSeedFiles() throws IOException {
    for (Source s : seeds.sources()) {
      assertArrayEquals(Files.readAllBytes(SEEDS.resolve(s.file())),
          s.text().getBytes(StandardCharsets.UTF_8), s.file());
    }
    try (Stream<Path> files = Files.list(SEEDS)) {
      Set<String> texts = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt")).collect(Collectors.toSet());
      assertEquals(texts, seeds.sources().stream().map(Source::file).collect(Collectors.toSet()),
          "every seed document is a source, and every source a seed document");
    }
  }

  @Test
  void citations_everyLocatedQuote_foldsToTheQuote() {
    List<Citation> all = TestCorpora.allCitations(seeds);
    assertTrue(all.size() > 100, "citations: " + all.size());
    for (Citation c : all) {
      QuoteLocation at = seeds.locate(c);
      assertEquals(fold(c.quote()), fold(at.exact()), c.toString());
      String text = seeds.source(c.source()).orElseThrow().text();
      assertEquals(at.exact(), codePoints(text, at.start(), at.end()), c.toString());
    }
  }

  @Test
  void uzbekistan_becameAFullOtsMemberIn2019() {
    Membership m = seeds.membership(MembershipId.of("uzb-ots-member")).orElseThrow();
    assertEquals(StateId.of("UZB"), m.party());
    assertEquals(OTS, m.organization());
    assertEquals(Role.MEMBER, m.role());
    assertEquals(Optional.of(PartialDate.parse("2019")), m.start());
    assertEquals(PartialDate.Precision.YEAR, m.start().orElseThrow().precision());
    assertQuote(m, TNI, "In 2019, Uzbekistan joined as a full member");
    assertQuote(m, AVIM, "In 2019, Uzbekistan joined as a full member");
  }

  @Test
  void uzbekistan_quoteOfTheRepublication_spansABlankLine_withCodePointOffsets() {
    Membership m = seeds.membership(MembershipId.of("uzb-ots-member")).orElseThrow();
    Citation c = citation(m, AVIM, "Uzbekistan joined");
    QuoteLocation at = seeds.locate(c);
    // 000 is hard-wrapped: the sentence is split by a blank line, which exact keeps.
    assertEquals("In 2019, Uzbekistan joined as a full\n\nmember.", at.exact());
    String text = seeds.source(AVIM).orElseThrow().text();
    int charIndex = text.indexOf("In 2019, Uzbekistan joined");
    assertEquals(text.codePointCount(0, charIndex), at.start());
    assertEquals(at.start() + at.exact().codePointCount(0, at.exact().length()), at.end());
    assertEquals(at.exact(), codePoints(text, at.start(), at.end()));
  }

  @Test
  void ots_foundedIn2009_renamedOrganizationOfTurkicStatesFromNovember2021() {
    Organization ots = seeds.organization(OTS).orElseThrow();
    assertEquals(Optional.of(PartialDate.parse("2009")), ots.founded());
    assertQuote(ots, TURKEY_EU, "initially established as the Cooperation Council of Turkic Speaking States in 2009");
    List<OrganizationName> names = ots.names();
    assertEquals(2, names.size());
    assertEquals("Cooperation Council of Turkic Speaking States", names.get(0).name());
    OrganizationName current = names.get(1);
    assertEquals("Organization of Turkic States", current.name());
    assertEquals("Organization of Turkic States", ots.name());
    assertEquals(Optional.of(PartialDate.parse("2021-11")), current.from());
    assertEquals(Optional.of(SummitId.of("ots-summit-8-istanbul")), current.renamedAt());
    assertQuote(current.citations(), TURKEY_EU, "eighth summit in November 2021 in Istanbul", "renamed as the OTS");
    LocalDate afterRename = LocalDate.of(2022, 1, 1);
    assertEquals(Certainty.DEFINITELY, ots.namePeriods().get(current).contains(afterRename));
    assertEquals(Certainty.NOT, ots.namePeriods().get(names.get(0)).contains(afterRename));
  }

  @Test
  void turkmenistan_anOtsObserverFrom2021() {
    Membership m = seeds.membership(MembershipId.of("tkm-ots-observer")).orElseThrow();
    assertEquals(StateId.of("TKM"), m.party());
    assertEquals(OTS, m.organization());
    assertEquals(Role.OBSERVER, m.role());
    assertEquals(Optional.of(PartialDate.parse("2021")), m.start());
    assertQuote(m, TURKEY_EU, "The observers include", "Turkmenistan (2021)");
    assertEquals(Certainty.POSSIBLY, m.period().contains(LocalDate.of(2021, 6, 1)));
    assertEquals(Certainty.DEFINITELY, m.period().contains(LocalDate.of(2022, 1, 1)));
    assertEquals(Certainty.NOT, m.period().contains(LocalDate.of(2020, 12, 31)));
    // the 2026 article's present tense (and its reprint's) is its newest attestation: past it,
    // only POSSIBLY
    assertEquals(Optional.of(PartialDate.parse("2026-01-13")), m.period().horizon());
    assertEquals(Certainty.POSSIBLY, m.period().contains(LocalDate.of(2040, 1, 1)));
  }

  @Test
  void uzbekistan_onlyTheNationalInterestArticleAndItsReprintGiveTheYear() {
    Membership m = seeds.membership(MembershipId.of("uzb-ots-member")).orElseThrow();
    Claim start = Claim.of(Attribute.START, PartialDate.ofYear(2019));
    assertEquals(Set.of(TNI, AVIM), m.citations().stream().filter(c -> c.supports(start))
        .map(Citation::source).collect(Collectors.toSet()));
    // the 2025 document lists Uzbekistan among today's members: party and role, as of 2025
    Citation listed = citation(m, TURKEY_EU, "The OTS members are");
    assertFalse(listed.supports(Attribute.START));
    assertEquals(Optional.of(PartialDate.ofYear(2025)), listed.asOf());
  }

  @Test
  void kazakhstan_aCstoMemberAttestedInTheFallOf2020_in2025_andIn2026() {
    Membership m = seeds.membership(MembershipId.of("kaz-csto-member")).orElseThrow();
    assertEquals(Optional.empty(), m.start());
    // 001's "are members ... during the fighting in the fall of 2020" attests 2020 and its own
    // day; 003 attests 2025
    assertEquals(List.of(PartialDate.ofYear(2020), PartialDate.ofYear(2025), PartialDate.ofDay(2026, 1, 13)),
        m.period().attestations());
    for (int year = 2021; year <= 2024; year++) {
      assertEquals(Certainty.DEFINITELY, m.period().contains(LocalDate.of(year, 6, 1)), "" + year);
    }
    assertEquals(Certainty.POSSIBLY, m.period().contains(LocalDate.of(2019, 6, 1)));
  }

  @Test
  void hungary_anOtsObserverFrom2018() {
    Membership m = seeds.membership(MembershipId.of("hun-ots-observer")).orElseThrow();
    assertEquals(StateId.of("HUN"), m.party());
    assertEquals(OTS, m.organization());
    assertEquals(Role.OBSERVER, m.role());
    assertEquals(Optional.of(PartialDate.parse("2018")), m.start());
    assertQuote(m, TURKEY_EU, "The observers include Hungary (2018)");
  }

  @Test
  void summit11_inBishkek_scheduledFor6November2024() {
    Summit s = seeds.summit(SummitId.of("ots-summit-11-bishkek")).orElseThrow();
    assertEquals(Optional.of(OTS), s.organization());
    assertEquals(Optional.of(11), s.ordinal());
    // no sentence calls it formal; no sentence says Bishkek is in Kyrgyzstan
    assertEquals(SummitFormat.UNKNOWN, s.format());
    assertEquals(Optional.of(StateId.of("KGZ")), s.hostState());
    assertTrue(s.classified().contains(Attribute.HOST_STATE));
    Citation scheduled = citation(s, ROUNDTABLE, "scheduled for November 6th in Bishkek");
    assertTrue(scheduled.supports(Claim.of(Attribute.STATUS, SummitStatus.SCHEDULED)));
    assertEquals(Optional.of(PartialDate.ofDay(2024, 11, 4)), scheduled.asOf());
    assertEquals(Optional.of("Bishkek"), s.hostCity());
    assertEquals(Optional.of(PartialDate.ofDay(2024, 11, 6)), s.date());
    assertEquals(SummitStatus.SCHEDULED, s.status());
    assertQuote(s, ROUNDTABLE, "11th Summit of the Council of Heads of State",
        "scheduled for November 6th in Bishkek");
    assertQuote(s, ROUNDTABLE, "On November 4th, 2024");
  }

  @Test
  void avimArticle_isARepublicationOfTheNationalInterestArticle() {
    Source avim = seeds.source(AVIM).orElseThrow();
    assertEquals(Optional.of(TNI), avim.republicationOf());
    assertEquals(Optional.empty(), seeds.source(TNI).orElseThrow().republicationOf());
    assertEquals("000_674d8378d7ed7c0a.txt", avim.file());
    assertEquals("001_5bf501629ab94a7f.txt", seeds.source(TNI).orElseThrow().file());
  }

  @Test
  void northernCyprus_isXnc_deFacto() {
    State xnc = seeds.state(StateId.of("XNC")).orElseThrow();
    assertEquals("Turkish Republic of Northern Cyprus", xnc.name());
    assertEquals(Recognition.DE_FACTO, xnc.recognition());
    assertEquals(List.of(StateId.of("TUR")), xnc.recognizedBy());
    assertQuote(xnc, TNI, "the de facto Turkish Republic of Northern Cyprus");
    assertQuote(xnc, TURKEY_EU, "Northern Cyprus, recognised only by Turkey");
  }

  /** Asserts that the fact cites {@code source} with a located quote holding every phrase. */
  private static void assertQuote(Fact fact, SourceId source, String... phrases) {
    assertQuote(fact.citations(), source, phrases);
  }

  private static void assertQuote(List<Citation> citations, SourceId source, String... phrases) {
    for (Citation c : citations) {
      if (c.source().equals(source)) {
        String exact = fold(seeds.locate(c).exact());
        if (Stream.of(phrases).allMatch(exact::contains)) {
          return;
        }
      }
    }
    throw new AssertionError("no citation of " + source + " whose located quote holds "
        + List.of(phrases) + " in " + citations);
  }

  private static Citation citation(Fact fact, SourceId source, String phrase) {
    return fact.citations().stream()
        .filter(c -> c.source().equals(source) && c.quote().contains(phrase))
        .findFirst().orElseThrow();
  }

  /** Returns the text between two code point offsets. */
  static String codePoints(String text, int start, int end) {
    int from = text.offsetByCodePoints(0, start);
    return text.substring(from, text.offsetByCodePoints(from, end - start));
  }
}
