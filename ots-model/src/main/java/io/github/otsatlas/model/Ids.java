package io.github.otsatlas.model;

import java.util.regex.Pattern;

/** Shared syntax checks of the typed identifiers. */
final class Ids {
  static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  static final Pattern STATE = Pattern.compile("[A-Z]{3}");
  static final Pattern ORGANIZATION = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

  private Ids() {}

  static String check(String value, Pattern pattern, String kind) {
    if (value == null) {
      throw new NullPointerException(kind + " id is null");
    }
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "invalid " + kind + " id '" + value + "': expected " + pattern.pattern());
    }
    return value;
  }
}
