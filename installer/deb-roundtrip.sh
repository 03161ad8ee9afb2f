#!/usr/bin/env bash
# Builds the .deb, installs it with dpkg, runs the installed launcher (GUI smoke test under Xvfb and the CLI),
# removes it and checks nothing is left behind. Needs root (dpkg), fakeroot, xvfb and libgtk-3-0.
# Usage: installer/deb-roundtrip.sh      (from anywhere; prints sizes and start times)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
vector="$root/../shared/vectors/stored/ps-locked-force-load.json"

mvn -B -ntp -Ppackage package -pl installer -am -DskipTests -Dcheckstyle.skip -Djpackage.type=deb
deb="$(ls "$root"/installer/target/jpackage/deb/*.deb | head -1)"
echo "deb-roundtrip: built $deb ($(du -h "$deb" | cut -f1))"

dpkg -i "$deb"
test -x /usr/bin/profilelens

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for run in 1 2 3; do
  PROFILELENS_HOME="$work/home" timeout 180 xvfb-run -a -s "-screen 0 1280x800x24" \
    profilelens --smoke-test --screenshot "$work/shot-$run.png" 2>&1 | grep '^smoke:'
  test -s "$work/shot-$run.png"
done
profilelens inspect "$vector" --now 1700004000 | grep -q '"kind" : "profile"'
echo "deb-roundtrip: installed launcher works (GUI smoke test and CLI inspect)"

dpkg -L profilelens > "$work/files.txt"
dpkg -r profilelens
left=0
while read -r f; do
  if [ -f "$f" ] || [ -L "$f" ]; then echo "left behind: $f" >&2; left=1; fi
done < "$work/files.txt"
if [ -e /opt/profilelens ] || [ -e /usr/bin/profilelens ] || [ "$left" = 1 ]; then
  echo "deb-roundtrip: FAILED: something is left behind after dpkg -r" >&2
  exit 1
fi
# dpkg keeps a status entry for removed packages with maintainer scripts until purged; no file remains.
dpkg --purge profilelens >/dev/null
echo "deb-roundtrip: removed cleanly ($(wc -l < "$work/files.txt") packaged paths checked)"
