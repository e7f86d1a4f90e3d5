#!/usr/bin/env bash
# The OTS Atlas explorer, for example:
#   ./explore.sh members OTS --as-of 2022-12-01 --role observer
#   ./explore.sh states --all-of OTS CSTO --as-of 2024-11-04 --possible
#   ./explore.sh timeline OTS --svg docs/ots-timeline.svg
#   ./explore.sh export --format csv --out ots-state-year.csv
#   ./explore.sh --help
# Builds on first use and whenever a pom, a main source or a seed file changed, with `mvn package`
# into each module's own target/ folder (nothing is installed into your local Maven repository;
# Maven's own output goes to stderr), then runs the explorer with the arguments given.
# Needs only Java 17+ and Maven 3.8.1+.
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
classpath_file="$root/ots-examples/target/runtime.classpath"
if [[ ! -f "$classpath_file" ]] || [[ -n "$(find "$root/pom.xml" "$root"/ots-*/pom.xml "$root"/ots-*/src/main "$root/seeds" \
    -newer "$classpath_file" -print -quit 2>/dev/null)" ]]; then
  (cd "$root" \
    && mvn -B -ntp -q -Dstyle.color=never package -pl ots-examples -am \
         -Dmaven.test.skip=true -Dmaven.javadoc.skip=true -Dmaven.source.skip=true) >&2
fi
exec java -cp "$root/ots-examples/target/classes:$(cat "$classpath_file")" io.github.otsatlas.examples.cli.Explorer "$@"
