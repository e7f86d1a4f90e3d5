package io.github.otsatlas.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One state's recognition of others, as a source reports it: who recognised, whom, when (at the
 * precision given: "In the early 1990s" is the decade {@code 199X}), and whether the source says
 * it was the first to. When the source names no state ("the independence of Central Asian
 * states"), {@link #recognized()} is empty and {@link #recognizedAs()} keeps its words: which
 * states those are is not in the sources. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RecognitionAct implements Fact {

  /** Returns the recognition's id. */
  public abstract RecognitionId id();

  /** Returns the recognising state. */
  public abstract StateId recognizer();

  /** Returns the states recognised, when the source names them. */
  public abstract List<StateId> recognized();

  /** Returns the source's words for what was recognised, when it names no state one by one. */
  public abstract Optional<String> recognizedAs();

  /** Returns every date the sources claim, each once; empty when none gives one. */
  public abstract List<PartialDate> dates();

  /** Returns the date the sources agree on ({@link PartialDate#agreed}), if any. */
  public Optional<PartialDate> date() {
    return PartialDate.agreed(dates());
  }

  /** Returns whether a source says the recognizer was the first to recognise. */
  @Value.Default
  public boolean first() {
    return false;
  }

  @Override
  public abstract Set<Attribute> classified();

  /** Returns its claims: the recognizer, each state recognised or the words for them, each date, first. */
  @Override
  public List<Claim> claims() {
    Facts.ClaimList out = Facts.claims().add(Attribute.RECOGNIZER, recognizer())
        .addEach(Attribute.RECOGNIZED, recognized()).add(Attribute.RECOGNIZED_AS, recognizedAs())
        .addEach(Attribute.DATE, dates());
    if (first()) {
      out.add(Attribute.FIRST, true);
    }
    return out.build();
  }

  @Override
  public FactRef ref() {
    return new FactRef(FactRef.Kind.RECOGNITION, id().value());
  }

  @Value.Check
  void check() {
    Facts.requireCitations(this);
    recognizedAs().ifPresent(s -> Facts.requireText(ref(), "recognizedAs", s));
    Facts.requireDistinct(ref(), "recognized", recognized());
    Facts.requireDistinct(ref(), "date", dates());
    if (recognized().isEmpty() && recognizedAs().isEmpty()) {
      throw new IllegalArgumentException(ref() + " names no state recognised: give 'recognized' or 'recognizedAs'");
    }
    if (recognized().contains(recognizer())) {
      throw new IllegalArgumentException(ref() + ": " + recognizer() + " cannot recognise itself");
    }
  }

  /** Returns a copy with other citations. */
  public abstract RecognitionAct withCitations(Iterable<? extends Citation> citations);

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RecognitionAct}. */
  public static final class Builder extends ImmutableRecognitionAct.Builder {
    Builder() {}

    /** Adds a date. */
    public final Builder date(PartialDate date) {
      addDates(date);
      return this;
    }
  }
}
