#!/usr/bin/env bash
# Runs one benchmark harness: bench/run.sh AREA [ARGS...]   (AREA = codec | sqlite | cloud | audit | ...)
# The harness class is dev.profilelens.bench.<area>.Main; it prints figures and ratios to stdout.
# BENCH_JAVA_OPTS="..." replaces the JVM options (default -Xmx4g; for bulk, the packaged ones).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
area="${1:?usage: bench/run.sh AREA [ARGS...]}"; shift
(cd "$here" && mvn -B -ntp -q -Dstyle.color=never -Pbench -DskipTests -Dcheckstyle.skip package -pl bench -am) >&2
jvm=(-Xmx4g)
# areas that time what a user's profilelens process does run with the options the packages start it with
case "$area" in
  bulk) mapfile -t jvm < <(sed -n 's/^--java-options //p' "$here/installer/src/jpackage/args-common.txt") ;;
esac
if [ -n "${BENCH_JAVA_OPTS:-}" ]; then read -ra jvm <<< "$BENCH_JAVA_OPTS"; fi
exec java "${jvm[@]}" -cp "$here/bench/target/classes:$here/bench/target/lib/*" "dev.profilelens.bench.$area.Main" "$@"
