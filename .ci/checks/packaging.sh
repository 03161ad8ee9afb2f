#!/usr/bin/env bash
# Packaging check (issue #10): build the jpackage app-image, run its CLI on a stored vector, and run its GUI
# under Xvfb with --smoke-test (opens the sandbox, shows a profile, writes a screenshot, exits 0).
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"
vector="$root/../shared/vectors/stored/ps-locked-force-load.json"
if [ ! -f "$vector" ]; then
  echo "packaging: the shared vectors are missing ($vector)" >&2
  exit 1
fi

mvn -B -ntp -Ppackage package -pl installer -am -DskipTests -Dcheckstyle.skip
launcher="$root/installer/target/jpackage/app-image/profilelens/bin/profilelens"
test -x "$launcher"

echo "packaging: CLI inspect through the packaged launcher"
out="$("$launcher" inspect "$vector" --now 1700004000)"
echo "$out" | grep -q '"state" : "active"' || { echo "packaging: unexpected inspect output: $out" >&2; exit 1; }

echo "packaging: GUI smoke test under Xvfb"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
shot="$root/installer/target/smoke-test.png"
rm -f "$shot"
PROFILELENS_HOME="$work/home" timeout 180 xvfb-run -a -s "-screen 0 1280x800x24" \
  "$launcher" --smoke-test --screenshot "$shot" 2>&1 | grep -v '^WARNING' || true
test -s "$shot" || { echo "packaging: the smoke test wrote no screenshot" >&2; exit 1; }
size=$(stat -c %s "$shot")
[ "$size" -gt 20000 ] || { echo "packaging: screenshot suspiciously small ($size bytes)" >&2; exit 1; }
echo "packaging: ok (app-image $(du -sh "$root/installer/target/jpackage/app-image/profilelens" | cut -f1), screenshot $size bytes)"
