#!/usr/bin/env bash
# The browsable site in a real browser: builds the explorer (tests skipped), writes the site of the
# seed corpus, opens the index, the OTS page and one source page in headless Chromium, saves a
# screenshot of each, and checks from the browser's own DOM that the highlights and the timeline
# picture rendered with a non-zero size, that the style sheet applied, and that on a phone-sized
# window no page scrolls sideways. Fails loudly otherwise.
#
#   .ci/browser-check.sh                 screenshots go to target/browser-check/
#   .ci/browser-check.sh --update-docs   ... and are copied to docs/ (the ones README shows)
#
# Needs Java 17+, Maven 3.8+ and Chromium. When no Chromium is found it installs Debian's
# `chromium` package with apt-get (as root; it says so). Elsewhere, install Chromium or Chrome
# yourself and point CHROMIUM at it: CHROMIUM=/path/to/chrome .ci/browser-check.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
update_docs=false
[[ "${1:-}" == "--update-docs" ]] && update_docs=true
out="$root/target/browser-check"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
started=$SECONDS
say() { echo "browser-check: $*"; }
fail() { echo "browser-check: FAILED: $*" >&2; exit 1; }

# 1. A browser.
chrome="${CHROMIUM:-}"
if [[ -z "$chrome" ]]; then
  for c in chromium chromium-headless-shell chromium-browser google-chrome; do
    if command -v "$c" >/dev/null 2>&1; then chrome="$(command -v "$c")"; break; fi
  done
fi
if [[ -z "$chrome" ]]; then
  if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    say "no Chromium found: installing it from the Debian packages (apt-get install -y chromium), as root"
    t=$SECONDS
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >"$work/apt.log" 2>&1 \
      || { cat "$work/apt.log" >&2; fail "apt-get install chromium failed"; }
    say "Chromium installed in $((SECONDS - t)) s"
    chrome="$(command -v chromium)"
  else
    fail "no Chromium found and cannot install it here (not root, or no apt-get): install Chromium or Chrome and set CHROMIUM=/path/to/it"
  fi
fi
say "browser: $("$chrome" --version 2>/dev/null | head -1)"

# 2. The site of the seed corpus, written by the explorer (built without installing anything).
t=$SECONDS
mvn -B -ntp -q -Dstyle.color=never -pl ots-examples -am -Dmaven.test.skip=true package \
  dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$work/classpath" >"$work/mvn.log" 2>&1 \
  || { cat "$work/mvn.log" >&2; fail "building the explorer failed"; }
say "explorer built in $((SECONDS - t)) s"
java -cp "ots-examples/target/classes:$(cat "$work/classpath")" io.github.otsatlas.examples.cli.Explorer \
  site "$work/site" | sed 's/^/browser-check: /'

# 3. Screenshots and measurements, each in a fresh profile, with nothing fetched from the network.
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
  --disable-component-update --disable-sync --hide-scrollbars --force-device-scale-factor=1)
browse() {  # browse SIZE ARGS... : one run of the browser
  local size="$1"; shift
  local profile; profile="$(mktemp -d -p "$work")"
  timeout 60 "$chrome" "${flags[@]}" --user-data-dir="$profile" --window-size="$size" "$@" 2>>"$work/chromium.log"
}
mkdir -p "$out"
declare -A pages=([index]="index.html" [ots]="organization/OTS.html" [source]="source/tni-coffey-2026.html")
for name in index ots source; do
  browse 1280,1500 --screenshot="$out/site-$name.png" "file://$work/site/${pages[$name]}" >/dev/null
  [[ -s "$out/site-$name.png" ]] || { cat "$work/chromium.log" >&2; fail "no screenshot of ${pages[$name]}"; }
done

# The measuring script is added to copies of the pages (beside them, so that their links and style
# sheet resolve); the site itself has no script. It writes what the browser laid out into the DOM.
measure='<script>(function () {
  function shown(e) { var b = e.getBoundingClientRect(); return b.width > 0 && b.height > 0; }
  function count(list) { var n = 0; for (var i = 0; i < list.length; i++) { if (shown(list[i])) n++; } return n; }
  var marks = document.querySelectorAll("mark.cite");
  var svg = document.querySelector("svg.timeline");
  var box = svg ? svg.getBoundingClientRect() : { width: 0, height: 0 };
  var bars = svg ? svg.querySelectorAll("rect.segment") : [];
  var links = svg ? svg.querySelectorAll("a") : [];
  var r = document.createElement("pre");
  r.id = "browser-check";
  r.textContent = "marks=" + marks.length + " marksShown=" + count(marks)
    + " markBackground=" + (marks.length ? getComputedStyle(marks[0]).backgroundColor.replace(/ /g, "") : "none")
    + " svgWidth=" + Math.round(box.width) + " svgHeight=" + Math.round(box.height)
    + " bars=" + bars.length + " barsShown=" + count(bars) + " svgLinks=" + links.length
    + " mainMaxWidth=" + getComputedStyle(document.querySelector("main")).maxWidth
    + " pageWidth=" + document.documentElement.scrollWidth + " viewport=" + window.innerWidth;
  document.body.appendChild(r);
})();</script>'
printf '%s\n' "$measure" >"$work/measure.html"
m=""
measure() {  # measure PAGE SIZE : sets m to what the browser measured on PAGE
  local page="$1" size="$2" copy="${1%.html}.check.html" at
  at="$(grep -n '^</body>' "$work/site/$page" | cut -d: -f1)"
  [[ -n "$at" ]] || fail "$page has no </body> line"
  { head -n $((at - 1)) "$work/site/$page"; cat "$work/measure.html"; tail -n +"$at" "$work/site/$page"; } \
    >"$work/site/$copy"
  browse "$size" --dump-dom "file://$work/site/$copy" >"$work/dom.html" || true
  m="$(sed -n 's/.*<pre id="browser-check">\([^<]*\)<\/pre>.*/\1/p' "$work/dom.html")"
  [[ -n "$m" ]] || { cat "$work/chromium.log" >&2; fail "$page: the measuring script did not run"; }
}
value() { sed -n "s/.*\b$1=\([^ ]*\).*/\1/p" <<<"$m"; }

measure "${pages[index]}" 1280,1500
say "index: $m"
[[ "$(value mainMaxWidth)" != "none" ]] || fail "the index: the style sheet did not apply"

measure "${pages[ots]}" 1280,1500
say "OTS page: $m"
(( $(value svgWidth) > 0 && $(value svgHeight) > 0 )) || fail "the OTS page: the timeline picture has no size"
(( $(value bars) > 0 && $(value barsShown) == $(value bars) )) || fail "the OTS page: not every bar of the picture rendered"
(( $(value svgLinks) > 0 )) || fail "the OTS page: the picture links nowhere"

measure "${pages[source]}" 1280,1500
say "source page: $m"
(( $(value marks) > 0 && $(value marksShown) == $(value marks) )) \
  || fail "the source page: not every highlight rendered with a size"
case "$(value markBackground)" in
  none | "rgba(0,0,0,0)" | transparent) fail "the source page: highlights have no background" ;;
esac

for name in index ots source; do  # on a narrow window, the page itself never scrolls sideways
  measure "${pages[$name]}" 390,844
  say "narrow window, ${pages[$name]}: pageWidth=$(value pageWidth) viewport=$(value viewport)"
  (( $(value pageWidth) <= $(value viewport) )) || fail "${pages[$name]} scrolls sideways on a narrow window"
done

if $update_docs; then
  cp "$out"/site-index.png "$out"/site-ots.png "$out"/site-source.png docs/
  say "screenshots copied to docs/"
fi
say "passed in $((SECONDS - started)) s; screenshots in $out"
