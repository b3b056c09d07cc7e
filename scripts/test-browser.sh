#!/usr/bin/env bash
# The dashboard in a real browser: Debian's Chromium (scripts/chromium.sh installs it when missing)
# driven by playwright-core against the built server on loopback, the firewall and the security
# groups loaded (opted in while they are previews).
# Also the lifecycle board's HTML page (npm run lifecycle -- --html), opened from its file.
# Screenshots of every step are kept in artifacts/browser/ (git-ignored), passed or failed.
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM="$(scripts/chromium.sh path)"
NX_DAEMON=false npx nx run-many -t build --projects=@switchyard/server,@switchyard/dashboard,@switchyard/firewall,@switchyard/security-groups,@switchyard/incubator --output-style=static
SWITCHYARD_CHROMIUM="$CHROMIUM" node --test --test-reporter=spec scripts/browser/dashboard.test.mjs scripts/browser/lifecycle-board.test.mjs
