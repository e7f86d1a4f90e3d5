#!/usr/bin/env bash
# The guided tour of OTS Atlas: a dozen questions on the embedded seed corpus, each with its
# query, its answers (with their certainty) and the quoted sources behind them.
# Needs only Java 17+ and Maven 3.8.1+. Builds the examples and what they depend on first with
# `mvn package` into each module's own target/ folder (tests, sources and Javadoc skipped; nothing
# is installed into your local Maven repository; Maven's own output goes to stderr), so that
# stdout is the tour alone:
#   ./tour.sh > tour.txt
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
(cd "$root" \
  && mvn -B -ntp -q -Dstyle.color=never package -pl ots-examples -am \
       -Dmaven.test.skip=true -Dmaven.javadoc.skip=true -Dmaven.source.skip=true) >&2
exec java -cp "$root/ots-examples/target/classes:$(cat "$root/ots-examples/target/runtime.classpath")" \
  io.github.otsatlas.examples.Tour
