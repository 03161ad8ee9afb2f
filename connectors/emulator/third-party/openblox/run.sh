#!/usr/bin/env bash
# Installs openblox (pinned in package.json) and runs check.cjs against an emulator.
# Usage: connectors/emulator/third-party/openblox/run.sh http://127.0.0.1:PORT [UNIVERSE]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/package.json" "$here/check.cjs" "$work/"
(cd "$work" && npm install --no-audit --no-fund --silent >/dev/null)
node "$work/check.cjs" "$@"
