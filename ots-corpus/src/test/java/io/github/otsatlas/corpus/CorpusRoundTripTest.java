package io.github.otsatlas.corpus;

import static io.github.otsatlas.corpus.TestCorpora.DISPUTED;
import static io.github.otsatlas.corpus.TestCorpora.TINY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.otsatlas.model.Citation;
import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.model.Disagreement;
import io.github.otsatlas.model.MembershipId;
import io.github.otsatlas.model.PartialDate;
import io.github.otsatlas.model.PublicationBound;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.SourceId;
import io.github.otsatlas.model.StateId;
import io.github.otsatlas.model.Summit;
import io.github.otsatlas.model.SummitId;
import io.github.otsatlas.model.SummitStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a corpus and loading it back gives the same corpus; writing is deterministic. */
final class CorpusRoundTripTest {
  private static final CorpusLoader LOADER = CorpusLoader.create();

  @Test
  void seedCorpus_writtenAndLoaded_isEqual(@TempDir Path tmp) {
    Corpus seeds = SeedCorpus.load();
    CorpusWriter.write(seeds, tmp);
    Corpus loaded = LOADER.loadDirectory(tmp);
    assertEquals(seeds, loaded);
    for (Citation c : TestCorpora.allCitations(seeds)) {
      assertEquals(seeds.locate(c), loaded.locate(c), c.toString());
    }
  }

  @Test
  void seedCorpus_writtenTwice_givesByteIdenticalFiles(@TempDir Path tmp) {
    Corpus seeds = SeedCorpus.load();
    CorpusWriter.write(seeds, tmp.resolve("a"));
    CorpusWriter.write(seeds, tmp.resolve("b"));
    // and once more from what was loaded back
    CorpusWriter.write(LOADER.loadDirectory(tmp.resolve("a")), tmp.resolve("c"));
    SortedMap<String, byte[]> a = TestCorpora.readFiles(tmp.resolve("a"));
    assertEquals(5 + 10, a.size(), a.keySet().toString());
    for (String other : new String[] {"b", "c"}) {
      SortedMap<String, byte[]> files = TestCorpora.readFiles(tmp.resolve(other));
      assertEquals(a.keySet(), files.keySet());
      for (String name : a.keySet()) {
        assertArrayEquals(a.get(name), files.get(name), other + "/" + name);
      }
    }
  }

  @Test
  void seedCorpus_factFiles_areWhatTheWriterWrites(@TempDir Path tmp) {
    // One description of the format: the curated files are in the writer's own layout, so a
    // rewrite of the seed corpus changes nothing.
    CorpusWriter.write(SeedCorpus.load(), tmp);
    SortedMap<String, byte[]> written = TestCorpora.readFiles(tmp);
    SortedMap<String, byte[]> original = TestCorpora.readFiles(TestCorpora.SEEDS);
    for (Format.File f : Format.File.values()) {
      assertArrayEquals(original.get(f.fileName()), written.get(f.fileName()), f.fileName());
    }
  }

  @Test
  void seedCorpus_writtenTexts_areTheSeedFiles(@TempDir Path tmp) {
    Corpus seeds = SeedCorpus.load();
    CorpusWriter.write(seeds, tmp);
    SortedMap<String, byte[]> written = TestCorpora.readFiles(tmp);
    SortedMap<String, byte[]> original = TestCorpora.readFiles(TestCorpora.SEEDS);
    for (Source s : seeds.sources()) {
      assertArrayEquals(original.get(s.file()), written.get(s.file()), s.file());
    }
  }

  @Test
  void tinyCorpus_writtenAndLoaded_isEqual(@TempDir Path tmp) {
    Corpus tiny = LOADER.loadDirectory(TINY);
    CorpusWriter.write(tiny, tmp);
    assertEquals(tiny, LOADER.loadDirectory(tmp));
  }

  @Test
  void disputedCorpus_loadsEveryValueEachSourceClaims() {
    Corpus c = LOADER.loadDirectory(DISPUTED);
    assertEquals(List.of(PartialDate.parse("2005"), PartialDate.parse("2006")),
        c.membership(MembershipId.of("ccc-alpha")).orElseThrow().starts());
    assertEquals(List.of(Role.FOUNDING_MEMBER, Role.MEMBER), c.membership(MembershipId.of("aaa-alpha")).orElseThrow().roles());
    Summit s = c.summit(SummitId.of("alpha-summit-2")).orElseThrow();
    assertEquals(List.of(PartialDate.parse("2015-05"), PartialDate.parse("2015-06")), s.dates());
    assertEquals(List.of("Alandia", "Bordurograd"), s.hostCities());
    assertEquals(List.of(StateId.of("AAA"), StateId.of("BBB")), s.hostStates());
    assertEquals(SummitStatus.HELD, s.status());
    Source beta = c.source(SourceId.of("beta-report")).orElseThrow();
    assertEquals(List.of(new PublicationBound(PublicationBound.Relation.NOT_BEFORE, PartialDate.parse("2021-03-02"),
        "On 2 March 2021 the Union's council met.")), beta.publicationBounds());
    assertEquals(Optional.of(java.time.LocalDate.of(2022, 5, 31)),
        c.source(SourceId.of("beta-reprint")).orElseThrow().latestPublication());
    assertEquals(Optional.of(Role.MEMBER), c.membership(MembershipId.of("ccc-alpha")).orElseThrow().citations().get(2)
        .completeListOf());
    // the start, the date, the host city and the host state; the roles refine, the list names all
    assertEquals(List.of("membership:ccc-alpha start", "summit:alpha-summit-2 date", "summit:alpha-summit-2 hostCity",
            "summit:alpha-summit-2 hostState"),
        c.disagreements().stream().map(d -> d.fact() + " " + d.attribute()).toList());
    assertEquals(List.of(Disagreement.Kind.VALUES), c.disagreements().stream().map(Disagreement::kind).distinct().toList());
  }

  @Test
  void disputedCorpus_writtenAndLoaded_isEqual(@TempDir Path tmp) {
    Corpus disputed = LOADER.loadDirectory(DISPUTED);
    CorpusWriter.write(disputed, tmp.resolve("a"));
    Corpus loaded = LOADER.loadDirectory(tmp.resolve("a"));
    assertEquals(disputed, loaded);
    assertEquals(disputed.disagreements(), loaded.disagreements());
    for (Citation c : TestCorpora.allCitations(disputed)) {
      assertEquals(disputed.locate(c), loaded.locate(c), c.toString());
    }
    CorpusWriter.write(loaded, tmp.resolve("b"));
    SortedMap<String, byte[]> a = TestCorpora.readFiles(tmp.resolve("a"));
    SortedMap<String, byte[]> b = TestCorpora.readFiles(tmp.resolve("b"));
    assertEquals(a.keySet(), b.keySet());
    for (String name : a.keySet()) {
      assertArrayEquals(a.get(name), b.get(name), name);
    }
  }

  @Test
  void disputedCorpus_writtenFiles_holdArraysAndValuedSupports(@TempDir Path tmp) throws IOException {
    CorpusWriter.write(LOADER.loadDirectory(DISPUTED), tmp);
    ObjectMapper json = new ObjectMapper();
    JsonNode memberships = json.readTree(tmp.resolve("memberships.json").toFile()).get("memberships");
    JsonNode aaa = memberships.get(0);
    JsonNode ccc = memberships.get(2);
    assertEquals("ccc-alpha", ccc.get("id").textValue());
    assertEquals(List.of("2005", "2006"), texts(ccc.get("start")));
    assertEquals("MEMBER", ccc.get("role").textValue(), "one value stays a string");
    assertEquals(List.of("party", "organization", "role", "start=2005"), texts(ccc.get("citations").get(0).get("supports")));
    assertEquals(List.of("start=2006"), texts(ccc.get("citations").get(1).get("supports")));
    assertEquals("MEMBER", ccc.get("citations").get(2).get("completeListOf").textValue());
    assertEquals(List.of("FOUNDING_MEMBER", "MEMBER"), texts(aaa.get("role")));
    assertEquals("2000", aaa.get("start").textValue());
    assertEquals(List.of("party", "organization", "role=FOUNDING_MEMBER", "start"),
        texts(aaa.get("citations").get(0).get("supports")));

    JsonNode summit = json.readTree(tmp.resolve("summits.json").toFile()).get("summits").get(0);
    assertEquals(List.of("2015-05", "2015-06"), texts(summit.get("date")));
    assertEquals(List.of("Alandia", "Bordurograd"), texts(summit.get("hostCity")));
    assertEquals(List.of("AAA", "BBB"), texts(summit.get("hostState")));
    assertEquals(List.of("SCHEDULED", "HELD"), texts(summit.get("status")));
    assertEquals(List.of("organization", "ordinal", "date=2015-05", "hostCity=Alandia", "hostState=AAA",
        "status=SCHEDULED"), texts(summit.get("citations").get(0).get("supports")));

    JsonNode sources = json.readTree(tmp.resolve("sources.json").toFile()).get("sources");
    JsonNode notBefore = sources.get(1).get("publicationBounds").get(0);
    assertEquals(List.of("notBefore", "quote"), fields(notBefore));
    assertEquals("2021-03-02", notBefore.get("notBefore").textValue());
    assertEquals("unknown", sources.get(1).get("published").textValue());
    JsonNode within = sources.get(2).get("publicationBounds").get(0);
    assertEquals(List.of("within", "quote"), fields(within));
    assertEquals("Reprinted in May 2022.", within.get("quote").textValue());
    assertEquals(false, sources.get(0).has("publicationBounds"), "no bounds, no field");
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    assertEquals(true, array.isArray(), array.toString());
    array.forEach(e -> out.add(e.textValue()));
    return out;
  }

  private static List<String> fields(JsonNode object) {
    List<String> out = new ArrayList<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
