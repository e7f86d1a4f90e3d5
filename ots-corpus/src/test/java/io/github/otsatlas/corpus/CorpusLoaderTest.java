package io.github.otsatlas.corpus;

import static io.github.otsatlas.corpus.TestCorpora.TINY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.CorridorId;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.MembershipId;
import io.github.otsatlas.model.OrganizationId;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.QuoteLocation;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.SummitId;
import io.github.otsatlas.model.Waypoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written valid corpus {@code valid/tiny} loads, with its quotes located. */
final class CorpusLoaderTest {
  private static final CorpusLoader LOADER = CorpusLoader.create();

  @Test
  void load_tinyCorpus_loadsEveryRecord() {
    Corpus tiny = LOADER.loadDirectory(TINY);
    assertEquals(1, tiny.sources().size());
    assertEquals(List.of(StateId.of("AAA"), StateId.of("BBB"), StateId.of("CCC")),
        tiny.states().stream().map(s -> s.id()).toList());
    assertEquals(2, tiny.organizations().size());
    assertEquals(3, tiny.memberships().size());
    assertEquals(2, tiny.corridors().size());
    assertEquals(2, tiny.summits().size());

    Membership founding = tiny.membership(MembershipId.of("aaa-alpha-founding")).orElseThrow();
    assertEquals(Role.FOUNDING_MEMBER, founding.role());
    assertEquals(OrganizationId.of("ALPHA-UNION"), founding.organization());
    assertEquals(List.of(PartialDate.ofMonth(2020, 6)), founding.period().attestations());
    assertEquals(List.of(Waypoint.of(StateId.of("AAA")), Waypoint.of(StateId.of("BBB")),
        Waypoint.of(StateId.of("CCC"))), tiny.corridor(CorridorId.of("amber-road")).orElseThrow().route());
    assertEquals(Optional.of(2), tiny.summit(SummitId.of("alpha-summit-2")).orElseThrow().ordinal());
  }

  @Test
  void load_sameDirectoryTwice_givesEqualCorpora() {
    assertEquals(LOADER.loadDirectory(TINY), CorpusLoader.create().loadDirectory(TINY));
  }

  @Test
  void locate_quoteAfterAnAstralCharacter_countsCodePointsNotChars() {
    Corpus tiny = LOADER.loadDirectory(TINY);
    String text = tiny.sources().get(0).text();
    Citation c = tiny.states().get(0).citations().get(0);
    QuoteLocation at = tiny.locate(c);
    int charIndex = text.indexOf(c.quote());
    // The source opens with U+1D57F, two chars but one code point.
    assertEquals(charIndex - 1, at.start());
    assertEquals(at.start() + c.quote().length(), at.end());
    assertEquals(c.quote(), at.exact());
  }

  @Test
  void locate_hardWrappedQuoteWithPrefix_keepsTheLineBreak() {
    Corpus tiny = LOADER.loadDirectory(TINY);
    Citation c = tiny.membership(MembershipId.of("bbb-beta-observer")).orElseThrow().citations().get(0);
    assertEquals(Optional.of("set up in 2010, and"), c.prefix());
    QuoteLocation at = tiny.locate(c);
    assertEquals("Borduria has been an\nobserver of it since 2012.", at.exact());
    assertEquals(at.exact(), SeedCorpusTest.codePoints(tiny.sources().get(0).text(), at.start(), at.end()));
  }

  @Test
  void load_byteOrderMarkBeforeAJsonFile_isIgnored(@TempDir Path tmp) throws IOException {
    Path dir = TestCorpora.copy(TINY, tmp.resolve("bom"));
    byte[] states = Files.readAllBytes(dir.resolve("states.json"));
    byte[] withBom = new byte[states.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(states, 0, withBom, 3, states.length);
    Files.write(dir.resolve("states.json"), withBom);
    assertEquals(LOADER.loadDirectory(TINY), LOADER.loadDirectory(dir));
  }

  @Test
  void load_byteOrderMarkBeforeASourceText_isPartOfTheText(@TempDir Path tmp) throws IOException {
    // Source texts are kept byte for byte, a mark included.
    Path dir = TestCorpora.copy(TINY, tmp.resolve("bom"));
    Files.writeString(dir.resolve("tiny.txt"), "\uFEFF" + Files.readString(dir.resolve("tiny.txt")));
    Corpus loaded = LOADER.loadDirectory(dir);
    assertEquals('\uFEFF', loaded.sources().get(0).text().charAt(0));
    assertNotEquals(LOADER.loadDirectory(TINY), loaded);
  }

  @Test
  void load_directoryReachedThroughALink_loads(@TempDir Path tmp) throws IOException {
    Path real = TestCorpora.copy(TINY, tmp.resolve("real"));
    Path link = tmp.resolve("link");
    try {
      Files.createSymbolicLink(link, real);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links are not supported here: " + e);
    }
    assertEquals(LOADER.loadDirectory(TINY), LOADER.loadDirectory(link));
  }

  @Test
  void load_relativeAndAbsolutePaths_loadTheSame() {
    assertEquals(LOADER.loadDirectory(TINY), LOADER.loadDirectory(TINY.toAbsolutePath()));
  }

  @Test
  void loadDirectory_null_isRejected() {
    assertThrows(NullPointerException.class, () -> LOADER.loadDirectory(null));
    assertThrows(NullPointerException.class, () -> CorpusLoader.withLimits(null));
  }

  @Test
  void create_usesTheDefaultLimits() {
    assertEquals(LoadLimits.defaults(), CorpusLoader.create().limits());
    LoadLimits small = LoadLimits.defaults().withMaxJsonBytes(1000);
    assertSame(small, CorpusLoader.withLimits(small).limits());
  }
}
