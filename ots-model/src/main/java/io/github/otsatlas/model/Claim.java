package io.github.otsatlas.model;

import java.util.Objects;

/**
 * One value of a fact that a source states: an {@link Attribute} and its value, written as the
 * corpus files write it ({@code role=OBSERVER}, {@code start=2019}, {@code bypasses=state:RUS}).
 * A {@link Citation} names the claims it supports; every claim of a fact is supported by at
 * least one citation, unless the fact marks its attribute as the curators' classification
 * ({@link Fact#classified()}). Immutable and thread-safe; {@link #parse} inverts {@link
 * #toString()}.
 *
 * @param attribute the attribute, not null
 * @param value the value in the files' text form, not empty
 */
public record Claim(Attribute attribute, String value) implements Comparable<Claim> {

  /** Checks the parts. */
  public Claim {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(value, "value");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("the value of a " + attribute + " claim must not be empty");
    }
  }

  /**
   * Returns the claim of an attribute and a value, the value in its text form: {@code
   * toString()} of a date, id, waypoint or number, the name of an enum constant. A party is
   * written by its {@link Party#key() key} ({@code state:KAZ}): pass {@code party.key()}.
   *
   * @param attribute the attribute, not null
   * @param value the value, not null
   */
  public static Claim of(Attribute attribute, Object value) {
    return new Claim(attribute, value instanceof Enum<?> ? ((Enum<?>) value).name() : value.toString());
  }

  /**
   * Parses {@code attribute=value}.
   *
   * @throws IllegalArgumentException if the text has no {@code =}, or names no attribute
   */
  public static Claim parse(String text) {
    int eq = text.indexOf('=');
    if (eq < 0) {
      throw new IllegalArgumentException("invalid claim '" + text + "': expected attribute=value");
    }
    String name = text.substring(0, eq);
    Attribute attribute = Attribute.ofField(name).orElseThrow(() -> new IllegalArgumentException(
        "invalid claim '" + text + "': no attribute '" + name + "'"));
    return new Claim(attribute, text.substring(eq + 1));
  }

  /** Orders by attribute (declaration order), then by value. */
  @Override
  public int compareTo(Claim o) {
    int c = attribute.compareTo(o.attribute);
    return c != 0 ? c : value.compareTo(o.value);
  }

  /** Returns {@code attribute=value}. */
  @Override
  public String toString() {
    return attribute.fieldName() + "=" + value;
  }
}
