#!/usr/bin/env bash
# The .deb (issue #10): it must build, and its runtime must keep bin/java, which its postinst runs to write the
# class-data archive; the runtime image must carry -XX:ThreadPriorityPolicy=1 (ADR 0281). The jlink options of
# args-linux.txt and args-deb.txt add up: a strip of native commands in one broke the other's CDS generation once.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"
if ! command -v dpkg-deb >/dev/null 2>&1 || ! command -v fakeroot >/dev/null 2>&1; then
  echo "deb-package: dpkg-deb or fakeroot missing (.ci/run installs fakeroot as root)" >&2
  exit 1
fi
mvn -B -ntp -Ppackage package -pl installer -Djpackage.type=deb -DskipTests -Dcheckstyle.skip
deb="$(ls "$root"/installer/target/jpackage/deb/profilelens_*.deb)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dpkg-deb -x "$deb" "$work"
dpkg-deb -I "$deb" postinst >/dev/null || { echo "deb-package: no postinst in $deb" >&2; exit 1; }
java="$work/opt/profilelens/lib/runtime/bin/java"
test -x "$java" || { echo "deb-package: the runtime has no bin/java; postinst cannot write the archive" >&2; exit 1; }
"$java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -Eq 'ThreadPriorityPolicy += 1 .*\{jimage\}' \
  || { echo "deb-package: the runtime image does not carry -XX:ThreadPriorityPolicy=1" >&2; exit 1; }
echo "deb-package: ok ($(du -h "$deb" | cut -f1), runtime keeps bin/java, policy in the image)"
