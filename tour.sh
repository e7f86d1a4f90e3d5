#!/usr/bin/env bash
# The guided tour of OTS Atlas: a dozen questions on the embedded seed corpus, each with its
# query, its answers (with their certainty) and the quoted sources behind them.
# Needs only Java 17+ and Maven 3.8.1+. Builds the examples and what they depend on first
# (tests skipped; Maven's own output goes to stderr), so that stdout is the tour alone:
#   ./tour.sh > tour.txt
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
classpath_file="$root/ots-examples/target/runtime.classpath"
(cd "$root" \
  && mvn -B -ntp -q -Dstyle.color=never install -pl ots-examples -am -Dmaven.test.skip=true \
  && mvn -B -ntp -q -Dstyle.color=never -pl ots-examples dependency:build-classpath \
       -Dmdep.includeScope=runtime -Dmdep.outputFile="$classpath_file") >&2
exec java -cp "$root/ots-examples/target/classes:$(cat "$classpath_file")" io.github.otsatlas.examples.Tour
