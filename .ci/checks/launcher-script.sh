#!/usr/bin/env bash
# The source checkout's launcher (./profilelens): its class-data archive is written by GUI runs only, and dropped
# when the jar is newer than it (a jar rebuilt by mvn outside the script). Runs after the test command built the jar.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=app/target/profilelens-app.jar
jsa=app/target/profilelens-gui.jsa
test -f "$jar" || { echo "launcher-script: $jar is missing (the test command builds it)" >&2; exit 1; }
saved="$(mktemp)"
had=false
if [ -f "$jsa" ]; then cp -p "$jsa" "$saved"; had=true; fi
# the developer's own archive is put back however the check ends
trap 'rm -f "$jsa"; if $had; then cp -p "$saved" "$jsa"; fi; rm -f "$saved"' EXIT

rm -f "$jsa"
./profilelens --version > /dev/null
./profilelens --help > /dev/null
if [ -e "$jsa" ]; then
  echo "launcher-script: a CLI run (--version, --help) wrote the GUI's class-data archive" >&2
  exit 1
fi
echo "launcher-script: --version and --help write no archive"

echo "stale" > "$jsa"
touch -d '2 hours ago' "$jsa"
./profilelens --version > /dev/null
if [ -e "$jsa" ]; then
  echo "launcher-script: an archive older than the jar was kept" >&2
  exit 1
fi
echo "launcher-script: an archive older than the jar is dropped"
