package io.github.otsatlas.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Checks and claim lists shared by the fact types. */
final class Facts {
  private Facts() {}

  static void requireCitations(Fact fact) {
    if (fact.allCitations().isEmpty()) {
      throw new IllegalArgumentException(fact.ref() + " has no citation: every fact needs one");
    }
  }

  /** Fails if a name or other text of a record is blank once folded ({@link Whitespace#isBlank}). */
  static void requireText(Object owner, String field, String value) {
    if (Whitespace.isBlank(value)) {
      throw new IllegalArgumentException(owner + ": '" + field + "' must not be blank");
    }
  }

  /** Fails if any of the texts is blank. */
  static void requireTexts(Object owner, String field, java.util.Collection<String> values) {
    values.forEach(v -> requireText(owner, field, v));
  }

  /**
   * Returns the value the sources agree on among the values claimed for a single-valued field
   * that is not a date: the one value when exactly one is claimed; empty when none is, or when
   * sources claim several (a disagreement). Dates agree by {@link PartialDate#agreed}.
   */
  static <T> Optional<T> agreed(List<T> values) {
    return values.size() == 1 ? Optional.of(values.get(0)) : Optional.empty();
  }

  /** Fails if a value is listed twice. */
  static void requireDistinct(Object owner, String field, java.util.Collection<?> values) {
    if (new java.util.HashSet<>(values).size() < values.size()) {
      throw new IllegalArgumentException(owner + ": '" + field + "' lists a value twice: " + values);
    }
  }

  /** Collects the claims of one fact, in the order the attributes are added. */
  static final class ClaimList {
    private final List<Claim> claims = new ArrayList<>();

    ClaimList add(Attribute attribute, Object value) {
      claims.add(Claim.of(attribute, value));
      return this;
    }

    ClaimList add(Attribute attribute, Optional<?> value) {
      value.ifPresent(v -> add(attribute, v));
      return this;
    }

    ClaimList addEach(Attribute attribute, Collection<?> values) {
      values.forEach(v -> add(attribute, v));
      return this;
    }

    /** Adds a claim per party, each written by its key ({@code state:KAZ}), as the files write it. */
    ClaimList addParties(Attribute attribute, Collection<? extends Party> parties) {
      parties.forEach(p -> add(attribute, p.key()));
      return this;
    }

    List<Claim> build() {
      return List.copyOf(new java.util.LinkedHashSet<>(claims));
    }
  }

  static ClaimList claims() {
    return new ClaimList();
  }
}
