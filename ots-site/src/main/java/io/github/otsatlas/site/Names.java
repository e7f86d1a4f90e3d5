package io.github.otsatlas.site;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import io.github.otsatlas.model.Corridor;
import io.github.otsatlas.model.Fact;
import io.github.otsatlas.model.FactRef;
import io.github.otsatlas.model.Membership;
import io.github.otsatlas.model.Organization;
import io.github.otsatlas.model.Role;
import io.github.otsatlas.model.Source;
import io.github.otsatlas.model.State;
import io.github.otsatlas.model.Agreement;
import io.github.otsatlas.model.Exercise;
import io.github.otsatlas.model.Gathering;
import io.github.otsatlas.model.RecognitionAct;
import io.github.otsatlas.query.Atlas;
import java.time.LocalDate;
import java.util.Locale;

/** The words the pages and the picture use for values: how a role, a kind, a fact is called. */
final class Names {
  private Names() {}

  /** Returns an enum constant for people: {@code FOUNDING_MEMBER} is "founding member". */
  static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Returns a role for people: "founding member", "observer". */
  static String role(Role role) {
    return of(role);
  }

  /** Returns the plural of a role, for headings: "Founding members", "Guests of honour". */
  static String rolePlural(Role role) {
    String one = of(role);
    String plural = one.startsWith("guest ") ? "guests" + one.substring("guest".length()) : one + "s";
    return capitalized(plural);
  }

  /** Returns the heading of a kind of fact: "States", "Summits and meetings". */
  static String kindPlural(FactRef.Kind kind) {
    return switch (kind) {
      case STATE -> "States";
      case ORGANIZATION -> "Organizations";
      case MEMBERSHIP -> "Memberships";
      case CORRIDOR -> "Corridors";
      case SUMMIT -> "Summits";
      case MEETING -> "Other meetings";
      case RECOGNITION -> "Recognitions";
      case AGREEMENT -> "Agreements and declarations";
      case EXERCISE -> "Military exercises";
      case SOURCE -> "Sources";
    };
  }

  /** Returns the title of a fact's page: a name, or what a membership is. */
  static String title(Atlas atlas, Fact fact) {
    if (fact instanceof State s) {
      return s.name();
    } else if (fact instanceof Organization o) {
      return o.name();
    } else if (fact instanceof Membership m) {
      return atlas.nameOf(m.party()) + ": " + role(m.role()) + " of the " + atlas.nameOf(m.organization());
    } else if (fact instanceof Corridor c) {
      return c.name();
    } else if (fact instanceof Gathering s) {
      return s.name();
    } else if (fact instanceof Agreement a) {
      return a.name();
    } else if (fact instanceof Exercise e) {
      return e.label();
    } else if (fact instanceof RecognitionAct r) {
      return atlas.nameOf(r.recognizer()) + " recognises " + (r.recognized().isEmpty()
          ? r.recognizedAs().orElse("") : r.recognized().stream().map(atlas::nameOf)
              .collect(java.util.stream.Collectors.joining(", ")));
    }
    return fact.ref().toString();
  }

  /** Returns the title of a source's page: its title, or that it has none. */
  static String title(Source source) {
    return source.title().orElse("Untitled document " + source.file());
  }

  /**
   * Returns a span of days for people, last day included: "2021-12-31 to 2026-01-13", "from
   * 2026-01-14 on", "up to 2008-12-31", "every day", or "no day" for an empty span.
   */
  static String days(Range<LocalDate> days) {
    if (days.isEmpty()) {
      return "no day";
    }
    if (!days.hasLowerBound() && !days.hasUpperBound()) {
      return "every day";
    }
    if (!days.hasLowerBound()) {
      return "up to " + last(days);
    }
    if (!days.hasUpperBound()) {
      return "from " + days.lowerEndpoint() + " on";
    }
    LocalDate last = last(days);
    return last.equals(days.lowerEndpoint()) ? "on " + last : days.lowerEndpoint() + " to " + last;
  }

  private static LocalDate last(Range<LocalDate> days) {
    return days.upperBoundType() == BoundType.OPEN ? days.upperEndpoint().minusDays(1) : days.upperEndpoint();
  }

  static String capitalized(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
