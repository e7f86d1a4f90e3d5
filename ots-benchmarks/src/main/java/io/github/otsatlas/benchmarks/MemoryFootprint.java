package io.github.otsatlas.benchmarks;

import io.github.otsatlas.model.Corpus;
import io.github.otsatlas.query.Atlas;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openjdk.jol.info.GraphStats;

/**
 * Retained heap of the membership index and of a whole {@link Atlas} on generated corpora,
 * measured two ways.
 *
 * <ul>
 *   <li>The membership index, with JOL: the size of every object reachable from the index and
 *       the corpus's memberships and organizations, minus that of those alone — what the index
 *       adds to the corpus objects it points to (its arrays, maps and boxes; the membership,
 *       party and organization objects it shares with the corpus are not counted). A few walks
 *       of the membership graph per size: walking the whole corpus once per atlas field, as an
 *       earlier version did, did not finish at 1,000,000 memberships in 400 s.
 *   <li>The whole atlas on top of the corpus (every index, the name index, the caches), as the
 *       difference of the used heap after several full collections, before and after {@code
 *       Atlas.of(corpus)}: a cross-check that needs no walk.
 * </ul>
 *
 * <p>Each step prints how long it took, so a slow step shows itself.
 *
 * <pre>
 * java -Xms6g -Xmx6g -Djdk.attach.allowAttachSelf=true -cp benchmarks.jar \
 *     io.github.otsatlas.benchmarks.MemoryFootprint 10000 100000 1000000
 * </pre>
 */
public final class MemoryFootprint {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private MemoryFootprint() {}

  /**
   * Prints a Markdown table, one row per corpus size, after a line of timings per size.
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
    List<String> rows = new ArrayList<>();
    for (int n : sizes) {
      long t0 = System.nanoTime();
      Corpus corpus = Corpora.generateUncached(n);
      long t1 = System.nanoTime();
      long before = usedAfterCollections();
      Atlas atlas = Atlas.of(corpus);
      long t2 = System.nanoTime();
      long after = usedAfterCollections();
      int count = corpus.memberships().size();
      long objects = GraphStats.parseInstance(corpus.memberships()).totalSize();
      // the index points to memberships and organizations: both are the corpus's, not its own
      long shared = GraphStats.parseInstance(corpus.memberships(), corpus.organizations()).totalSize();
      long t3 = System.nanoTime();
      long withIndex = GraphStats.parseInstance(corpus.memberships(), corpus.organizations(),
          field(atlas, "memberships")).totalSize();
      long t4 = System.nanoTime();
      long index = withIndex - shared;
      long atlasBytes = after - before;
      System.out.println(String.format(Locale.ROOT,
          "%,d memberships: generated and checked in %.1f s, indexed in %.1f s, walked in %.1f s (twice) and %.1f s",
          count, seconds(t1 - t0), seconds(t2 - t1), seconds(t3 - t2), seconds(t4 - t3)));
      rows.add(String.format(Locale.ROOT, "| %,d | %,d | %.1f | %,d | %.1f | %,d | %.1f |", count,
          objects, (double) objects / count, index, (double) index / count, atlasBytes,
          (double) atlasBytes / count));
      // keep the atlas reachable until its heap was read
      if (atlas.corpus() != corpus) {
        throw new AssertionError("atlas over another corpus");
      }
    }
    System.out.println();
    System.out.println("| memberships | membership objects (JOL) | per membership"
        + " | membership index (JOL) | per membership | atlas on top of the corpus (heap) | per membership |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
    rows.forEach(System.out::println);
  }

  /** Returns the used heap after full collections, once two in a row agree within 1 MiB (at most ten). */
  private static long usedAfterCollections() {
    long last = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long used = MEMORY.getHeapMemoryUsage().getUsed();
      if (Math.abs(used - last) < (1 << 20)) {
        return used;
      }
      last = used;
    }
    return last;
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static Object field(Atlas atlas, String name) throws ReflectiveOperationException {
    Field f = Atlas.class.getDeclaredField(name);
    f.setAccessible(true);
    return f.get(atlas);
  }
}
