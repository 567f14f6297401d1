#!/usr/bin/env bash
# Regenerates docs/address-map.png: the fixtures' address map (--format html) in headless Chromium.
# Needs Debian's chromium (apt-get install chromium) and a build (npm run build).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
node dist/src/bin.js -f html --config fixtures/.calico-lint.yaml fixtures/address-space -o "$tmp/map.html" || true
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$tmp/profile" --window-size=1280,1480 \
  --screenshot="$tmp/map.png" "file://$tmp/map.html" 2>/dev/null
cp "$tmp/map.png" docs/address-map.png
