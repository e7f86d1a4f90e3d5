package io.github.otsatlas.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.otsatlas.model.Source;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The default shapes generate exactly what they generated before opt-in options were added:
 * benchmarks and properties are tuned to these corpora, so a change to them must be deliberate.
 * The digests were taken from the generator before {@link CorpusShape#sourcesOverTime()}
 * existed; a deliberate change to the default output updates them.
 */
final class DefaultShapeFingerprintTest {

  @Test
  void smallShape_generatesTheSameCorporaAsBefore() {
    assertEquals("e79d86a737466d64f284030f000646ccd48134321719c7c8b7d495e91e450b99", digest(CorpusShape.small(), 1, 2, 3, 7, 42));
  }

  @Test
  void benchmarkShape_generatesTheSameCorpusAsBefore() {
    assertEquals("55ee4b2f7960886eb625b7dfd4ae8f9ea76508f5483a0b74123b56035ae1cb19", digest(CorpusShape.benchmark(2_000), 1));
  }

  /** SHA-256 of every record as it prints, and of every source text, for each seed. */
  static String digest(CorpusShape shape, long... seeds) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (long seed : seeds) {
        FactSet f = CorpusGenerator.generate(seed, shape);
        sha.update(f.toString().getBytes(StandardCharsets.UTF_8));
        for (Source s : f.sources()) {
          sha.update(s.text().getBytes(StandardCharsets.UTF_8));
        }
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
