package io.github.otsatlas.site;

import java.util.Objects;

/**
 * How {@link Site#write} writes a site: with each source's full text (the default), or with only
 * its cited passages and a little context around each, for documents whose rights do not allow
 * publishing them whole. Immutable and thread-safe.
 *
 * <pre>{@code
 * Site.write(atlas, Path.of("site"), SiteOptions.defaults().withExcerpts(200));
 * }</pre>
 */
public final class SiteOptions {
  /** The context {@link #defaults()} keeps around a cited passage when asked for excerpts. */
  public static final int DEFAULT_CONTEXT = 160;
  /** The most context an excerpt may ask for, in code points on each side. */
  public static final int MAX_CONTEXT = 100_000;

  /** How much of each source's text the site publishes. */
  public enum Texts {
    /** The whole text, every cited passage highlighted in place. */
    FULL,
    /** Only the cited passages, each with {@link SiteOptions#context()} code points around it. */
    EXCERPTS
  }

  private static final SiteOptions DEFAULTS = new SiteOptions(Texts.FULL, DEFAULT_CONTEXT);

  private final Texts texts;
  private final int context;

  private SiteOptions(Texts texts, int context) {
    this.texts = texts;
    this.context = context;
  }

  /** Returns the defaults: full texts. */
  public static SiteOptions defaults() {
    return DEFAULTS;
  }

  /** Returns these options with full texts. */
  public SiteOptions withFullTexts() {
    return new SiteOptions(Texts.FULL, context);
  }

  /**
   * Returns these options with excerpts: each cited passage with about {@code context} code points
   * of text before and after it (less where a word would be cut), passages whose excerpts meet
   * joined into one.
   *
   * @param context the code points of context on each side, from 0 to {@link #MAX_CONTEXT}
   * @throws IllegalArgumentException if {@code context} is out of range
   */
  public SiteOptions withExcerpts(int context) {
    if (context < 0 || context > MAX_CONTEXT) {
      throw new IllegalArgumentException("context " + context + ": expected 0 to " + MAX_CONTEXT + " code points");
    }
    return new SiteOptions(Texts.EXCERPTS, context);
  }

  /** Returns how much of each text the site publishes. */
  public Texts texts() {
    return texts;
  }

  /** Returns the code points of context kept on each side of a passage when publishing excerpts. */
  public int context() {
    return context;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SiteOptions that && texts == that.texts && context == that.context;
  }

  @Override
  public int hashCode() {
    return Objects.hash(texts, context);
  }

  /** Returns {@code SiteOptions{texts=FULL}} or {@code SiteOptions{texts=EXCERPTS, context=160}}. */
  @Override
  public String toString() {
    return "SiteOptions{texts=" + texts + (texts == Texts.EXCERPTS ? ", context=" + context : "") + "}";
  }
}
