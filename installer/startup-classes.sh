#!/usr/bin/env bash
# Regenerates app/src/main/resources/dev/profilelens/app/startup-classes.txt: the classes a GUI start loads that
# the JDK's own class-data archive does not hold, recorded from a --smoke-test run under Xvfb (lambda and proxy
# classes left out: they are generated at run time). The installed package archives them at install time.
# Usage: installer/startup-classes.sh   (after `mvn -B -ntp package -pl app -am -DskipTests`)
set -euo pipefail
cd "$(dirname "$0")/.."
out=app/src/main/resources/dev/profilelens/app/startup-classes.txt
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
PROFILELENS_HOME="$work/home" xvfb-run -a -s "-screen 0 1280x800x24" java -Xmx1g -Xms48m \
  "-Xlog:class+load=info:file=$work/classes.log" -jar app/target/profilelens-app.jar --smoke-test >/dev/null 2>&1
grep -v 'source: shared objects file' "$work/classes.log" \
  | sed -n 's/.*\] \([^ ]*\) source:.*/\1/p' \
  | grep -v -e '\$\$Lambda' -e 'LambdaForm\$' -e '^jdk\.internal\.reflect\.Generated' -e '\$Proxy' -e '^com\.sun\.proxy\.' \
  > "$out"
echo "startup-classes: $(wc -l < "$out") classes in $out"
