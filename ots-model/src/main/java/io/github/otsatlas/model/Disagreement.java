package io.github.otsatlas.model;

import com.google.common.collect.Range;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Sources that say different things about the same fact. The corpus keeps every claim with its
 * citations; a disagreement names them side by side, and every answer it decides is at most
 * POSSIBLY.
 *
 * <ul>
 *   <li>{@link Kind#VALUES}: one record's single-valued attribute holds values that no day or
 *       value satisfies together — two starts {@code 2019} and {@code 2020}, two host cities.
 *       {@code 2021} and {@code 2021-11} are no disagreement: the second refines the first.
 *   <li>{@link Kind#LEFT_OFF_LIST}: a citation gives the complete list of the parties holding a
 *       role in an organization on a day ({@link Citation#completeListOf()}), and a membership that
 *       other sources attest in that role is not on it. An omission is a reading of a sentence,
 *       weaker than a stated end: it never makes the membership NOT; it makes it at most
 *       POSSIBLY over {@link #doubtfulDays()}, from the list's day until a later source attests
 *       it again.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what disagrees
 * @param fact the fact whose claims are disputed (for an omission, the membership left off)
 * @param attribute the attribute disputed ({@code role} for an omission)
 * @param sides the positions, each with its citations: two or more
 * @param doubtfulDays the days on which the disagreement makes the fact at most POSSIBLY, for an
 *     omission; empty for disputed values, whose effect every answer computes from the values
 */
public record Disagreement(Kind kind, FactRef fact, Attribute attribute, List<Side> sides,
    Optional<Range<LocalDate>> doubtfulDays) {

  /** What disagrees. */
  public enum Kind {
    /** Values of one attribute of one record that no value satisfies together. */
    VALUES,
    /** A complete list of a role's holders that leaves out a party other sources attest. */
    LEFT_OFF_LIST
  }

  /**
   * One position in a disagreement: what it says and the citations that say it.
   *
   * @param fact the fact whose citations these are (for a complete list, a membership the list
   *     names)
   * @param claim the claim this side makes
   * @param position what this side says, for people ("start=2019", "not on the complete list of
   *     OBSERVER of OTS as of 2026-01-13")
   * @param citations the citations, at least one
   */
  public record Side(FactRef fact, Claim claim, String position, List<Citation> citations) {
    /** Checks and copies the parts. */
    public Side {
      Objects.requireNonNull(fact, "fact");
      Objects.requireNonNull(claim, "claim");
      Objects.requireNonNull(position, "position");
      citations = List.copyOf(citations);
      if (citations.isEmpty()) {
        throw new IllegalArgumentException("a side of a disagreement needs a citation");
      }
    }
  }

  /** Checks and copies the parts. */
  public Disagreement {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(doubtfulDays, "doubtfulDays");
    sides = List.copyOf(sides);
    if (sides.size() < 2) {
      throw new IllegalArgumentException("a disagreement has two sides or more");
    }
  }

  /** Returns a one-line summary: the fact, the attribute, and each side's position. */
  @Override
  public String toString() {
    return fact + " " + attribute + ": " + sides.stream().map(Side::position)
        .collect(Collectors.joining(" vs "));
  }
}
