package io.github.otsatlas.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A person or office a source names for a party at a summit or meeting: "Azerbaijan's
 * president, Ilham Aliyev" is {@code Delegate(state:AZE, "Ilham Aliyev", "president")}; "hosted
 * by Turkey's Secretary of Defence Industry" names an office and no person. Whether the party
 * attended is {@link Gathering#attended}: a delegate of an absent party stayed away. Immutable
 * and thread-safe.
 *
 * @param party the party the person acts for, not null
 * @param person the person's name as the source gives it, if it names one
 * @param title the person's office or role as the source gives it, if it gives one
 */
public record Delegate(Party party, Optional<String> person, Optional<String> title) {

  /**
   * Creates the delegate.
   *
   * @throws IllegalArgumentException if neither a person nor a title is given, or one is blank
   */
  public Delegate {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(title, "title");
    if (person.isEmpty() && title.isEmpty()) {
      throw new IllegalArgumentException("a delegate of " + party.key() + " needs a person or a title");
    }
    person.ifPresent(p -> Facts.requireText("a delegate of " + party.key(), "person", p));
    title.ifPresent(t -> Facts.requireText("a delegate of " + party.key(), "title", t));
  }

  /** Returns a named person with an office. */
  public static Delegate of(Party party, String person, String title) {
    return new Delegate(party, Optional.of(person), Optional.of(title));
  }

  /** Returns a named person whose office the source does not give. */
  public static Delegate person(Party party, String person) {
    return new Delegate(party, Optional.of(person), Optional.empty());
  }

  /** Returns an office the source names without naming the person. */
  public static Delegate office(Party party, String title) {
    return new Delegate(party, Optional.empty(), Optional.of(title));
  }

  /**
   * Returns what identifies this delegate within its record, the value of its {@code delegates}
   * claim: the person's name, or the title when no person is named, then the party in brackets
   * ({@code "Shavkat Mirziyoyev (state:UZB)"}), so that one office can stand for several parties
   * ("counterparts from Azerbaijan, Kazakhstan ..."). The quote of every citation supporting it
   * contains the person's name and the title ({@link #words()}).
   */
  public String key() {
    return person.orElseGet(title::get) + " (" + party.key() + ")";
  }

  /** Returns the source's words this delegate keeps: the person's name and the title, as given. */
  public java.util.List<String> words() {
    return java.util.stream.Stream.concat(person.stream(), title.stream()).toList();
  }

  @Override
  public String toString() {
    return party.key() + ": " + person.orElseGet(title::get)
        + title.filter(t -> person.isPresent()).map(t -> " (" + t + ")").orElse("");
  }
}
