package io.github.otsatlas.benchmarks;

import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.query.Atlas;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openjdk.jol.info.GraphStats;

/**
 * Retained heap of a built {@link Atlas} on generated corpora, measured with JOL as the size
 * of every object reachable from a root: the membership objects alone, the whole corpus,
 * and the atlas (which holds the corpus). The atlas minus the corpus is what the indexes
 * cost on top of the data; each index field is also measured on its own, as what it adds to
 * the corpus.
 *
 * <pre>
 * java -Xms8g -Xmx8g -Djdk.attach.allowAttachSelf=true -cp ots-benchmarks/target/benchmarks.jar \
 *     io.github.otsatlas.benchmarks.MemoryFootprint 10000 100000 1000000
 * </pre>
 */
public final class MemoryFootprint {
  private static final List<String> INDEX_FIELDS = List.of("memberships",
      "corridorsThrough", "corridorsBypassing", "corridorsPromotedBy",
      "corridorsInitiatedBy", "corridorsConnectingTo", "summitsByDate", "summitsByOrganization", "summitsByHost");

  private MemoryFootprint() {}

  /**
   * Prints a Markdown table per corpus size.
   *
   * @param args corpus sizes in memberships; 1000000 if none
   */
  public static void main(String[] args) throws ReflectiveOperationException {
    List<Integer> sizes = new ArrayList<>();
    for (String a : args) {
      sizes.add(Integer.parseInt(a));
    }
    if (sizes.isEmpty()) {
      sizes.add(1_000_000);
    }
    System.out.println("| memberships | membership objects | corpus | atlas | atlas - corpus"
        + " | per membership: objects | per membership: atlas - corpus"
        + " | per membership: membership index |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
    List<String> details = new ArrayList<>();
    for (int n : sizes) {
      Corpus corpus = Corpora.generateUncached(n);
      Atlas atlas = Atlas.of(corpus);
      int count = corpus.memberships().size();
      long objects = GraphStats.parseInstance(corpus.memberships()).totalSize();
      long corpusBytes = GraphStats.parseInstance(corpus).totalSize();
      long atlasBytes = GraphStats.parseInstance(atlas).totalSize();
      long membershipIndexes = GraphStats.parseInstance(corpus, field(atlas, "memberships")).totalSize() - corpusBytes;
      System.out.println(String.format(Locale.ROOT,
          "| %,d | %,d | %,d | %,d | %,d | %.1f | %.1f | %.1f |", count, objects, corpusBytes,
          atlasBytes, atlasBytes - corpusBytes, (double) objects / count,
          (double) (atlasBytes - corpusBytes) / count, (double) membershipIndexes / count));
      for (String f : INDEX_FIELDS) {
        long added = GraphStats.parseInstance(corpus, field(atlas, f)).totalSize() - corpusBytes;
        details.add(String.format(Locale.ROOT, "| %,d | %s | %,d | %.2f |", count, f, added,
            (double) added / count));
      }
    }
    System.out.println();
    System.out.println("| memberships | Atlas field | bytes on top of the corpus | per membership |");
    System.out.println("|---:|---|---:|---:|");
    details.forEach(System.out::println);
  }

  private static Object field(Atlas atlas, String name) throws ReflectiveOperationException {
    Field f = Atlas.class.getDeclaredField(name);
    f.setAccessible(true);
    return f.get(atlas);
  }
}
