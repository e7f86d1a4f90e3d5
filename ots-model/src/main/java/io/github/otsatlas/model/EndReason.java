package io.github.otsatlas.model;

/** How a membership ended, where a source says so. */
public enum EndReason {
  /** The party withdrew. */
  WITHDRAWN,
  /** The membership was suspended or frozen. */
  SUSPENDED,
  /** The party was expelled. */
  EXPELLED,
  /** The party took another role in the same organization. */
  ROLE_CHANGED,
  /** The organization was dissolved. */
  DISSOLVED
}
