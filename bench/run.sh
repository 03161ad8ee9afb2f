#!/usr/bin/env bash
# Runs one benchmark harness: bench/run.sh AREA [ARGS...]   (AREA = codec | sqlite | cloud | audit | ...)
# The harness class is dev.profilelens.bench.<area>.Main; it prints figures and ratios to stdout.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
area="${1:?usage: bench/run.sh AREA [ARGS...]}"; shift
(cd "$here" && mvn -B -ntp -q -Dstyle.color=never -Pbench -DskipTests -Dcheckstyle.skip package -pl bench -am) >&2
exec java -Xmx4g -cp "$here/bench/target/classes:$here/bench/target/lib/*" "dev.profilelens.bench.$area.Main" "$@"
