package io.github.otsatlas.corpus;

import io.github.otsatlas.model.RuleCode;

/**
 * The rules of the corpus file format that a {@link Problem} can name, beside the model's
 * {@link io.github.otsatlas.model.Rule}s. Each has a stable {@link #code() code}.
 */
public enum FormatRule implements RuleCode {
  /** The corpus declares a format version this loader reads. */
  FORMAT_VERSION("format-version"),
  /** A file is well-formed JSON holding one object. */
  JSON_SYNTAX("json-syntax"),
  /** No object has a key twice. */
  DUPLICATE_KEY("duplicate-key"),
  /** Every field is one the format defines. */
  UNKNOWN_FIELD("unknown-field"),
  /** Every required field is present. */
  MISSING_FIELD("missing-field"),
  /** Every field has the type the format defines. */
  WRONG_TYPE("wrong-type"),
  /** No field is {@code null}: an absent optional field is omitted. */
  NULL_VALUE("null-value"),
  /** Every date is a valid partial date (or {@code unknown} where allowed). */
  BAD_DATE("bad-date"),
  /** Every id, party and waypoint is well formed. */
  BAD_ID("bad-id"),
  /** Every enumerated value is one the format defines. */
  BAD_VALUE("bad-value"),
  /** Every entry of a citation's {@code supports} names a claim in the documented syntax, once. */
  BAD_CLAIM("bad-claim"),
  /** A record is consistent in itself (a value check of the model). */
  INVALID_RECORD("invalid-record"),
  /** Every file the corpus names exists. */
  FILE_MISSING("file-missing"),
  /** Every file can be read. */
  FILE_UNREADABLE("file-unreadable"),
  /** Every file is UTF-8. */
  ENCODING("encoding"),
  /** Every source file is a plain name inside the corpus directory. */
  PATH_ESCAPE("path-escape"),
  /** The input stays within the {@link LoadLimits}. */
  LIMIT("limit");

  private final String code;

  FormatRule(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String toString() {
    return code;
  }
}
