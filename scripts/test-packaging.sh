#!/usr/bin/env bash
# npm run test:packaging: publish every publishable package to a throw-away local registry
# (Verdaccio, pinned in scripts/packaging/registry, loopback only) the way `npm run release`
# publishes (changeset publish), then install and run them as a packager would, in temp folders
# (scripts/packaging/scenarios.test.mjs), and run the release's npm deprecate step there
# (scripts/packaging/deprecate-retired.test.mjs). The registry and the temp folders are removed on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PACKAGING=$ROOT/scripts/packaging
export NX_DAEMON=false

# better-sqlite3 compiles from source in the packager's folder; node-gyp downloads Node's headers
# from nodejs.org unless told where they are. Use the headers installed beside this node, when
# there are any, so a machine that reaches only the npm registry can run the suite.
NODE_PREFIX=$(dirname "$(dirname "$(node -p process.execPath)")")
if [[ -z ${npm_config_nodedir:-} && -f $NODE_PREFIX/include/node/common.gypi ]]; then
  export npm_config_nodedir=$NODE_PREFIX
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/switchyard-packaging.XXXXXX")

# Each packager folder would compile better-sqlite3 again (minutes on 2 cores): hand its installer
# (prebuild-install) the binary this workspace's npm ci built, as a local prebuild for the same
# version, Node ABI and platform. Another version in a packager folder still compiles from source.
# prebuild-install reads .prebuild-installrc from the installing package's folder upwards: the
# packager folders are under $WORK (an npm_config_* variable would make npm warn in each of them).
local_prebuild() {
  local module=$ROOT/node_modules/better-sqlite3
  [[ -f $module/build/Release/better_sqlite3.node ]] || return 0
  local name
  name=$(node -p "const p = require('$module/package.json'); \`better-sqlite3-v\${p.version}-node-v\${process.versions.modules}-\${process.platform}-\${process.arch}.tar.gz\`")
  mkdir -p "$WORK/prebuilds"
  tar -czf "$WORK/prebuilds/$name" -C "$module" build/Release/better_sqlite3.node
  printf 'local-prebuilds=%s\n' "$WORK/prebuilds" > "$WORK/.prebuild-installrc"
}
VERDACCIO_PID=
cleanup() {
  if [[ -n $VERDACCIO_PID ]]; then
    kill "$VERDACCIO_PID" 2>/dev/null || true
    wait "$VERDACCIO_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

step() { printf '\n== %s (%ss)\n' "$1" "$SECONDS"; }

local_prebuild

step "registry: Verdaccio from scripts/packaging/registry/package-lock.json"
if [[ "$(node -p "require('$PACKAGING/registry/node_modules/verdaccio/package.json').version" 2>/dev/null)" != "6.8.0" ]]; then
  npm ci --prefix "$PACKAGING/registry" --no-audit --no-fund --ignore-scripts
fi

step "build the publishable packages, and the release CLI (its deprecate step is tested)"
PUBLISHABLE=$(node --input-type=module -e "import { publishablePackages } from '$PACKAGING/workspace-packages.mjs'; console.log(publishablePackages().map((p) => p.packageJson.name).join(','))")
npx nx run-many -t build --projects="$PUBLISHABLE,@switchyard/incubator" --output-style=static

# A failed suite does not stop the run (the scenarios still tell the packager's story); the
# exit status says whether every suite passed.
FAILED=()
step "published package shape and packed files"
node --test --test-reporter=spec "$PACKAGING/published-packages.test.mjs" || FAILED+=("published package shape and packed files")

step "start Verdaccio on 127.0.0.1"
PORT=$(node -e "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })")
REGISTRY="http://127.0.0.1:$PORT/"
UPSTREAM=$(npm config get registry)
mkdir -p "$WORK/storage"
sed -e "s#@STORAGE@#$WORK/storage#g" -e "s#@UPSTREAM@#$UPSTREAM#g" "$PACKAGING/verdaccio.yaml.template" > "$WORK/verdaccio.yaml"
"$PACKAGING/registry/node_modules/.bin/verdaccio" --config "$WORK/verdaccio.yaml" --listen "127.0.0.1:$PORT" > "$WORK/verdaccio.log" 2>&1 &
VERDACCIO_PID=$!
for _ in $(seq 1 60); do
  curl -fsS "$REGISTRY-/ping" > /dev/null 2>&1 && break
  kill -0 "$VERDACCIO_PID" 2>/dev/null || { cat "$WORK/verdaccio.log"; echo "Verdaccio exited" >&2; exit 1; }
  sleep 0.5
done
curl -fsS "$REGISTRY-/ping" > /dev/null || { cat "$WORK/verdaccio.log"; echo "Verdaccio did not answer on $REGISTRY" >&2; exit 1; }

# Every npm command from here on (changeset publish's included) uses the local registry and a
# user config of its own, so no token or setting of the host leaks in.
# npm publish insists on a token: register a throw-away user (its storage goes with $WORK).
TOKEN=$(curl -fsS -X PUT -H 'content-type: application/json' -d '{"name": "packaging", "password": "packaging-test"}' \
  "$REGISTRY-/user/org.couchdb.user:packaging" | node -e "process.stdin.on('data', (d) => console.log(JSON.parse(d).token))")
printf 'registry=%s\n//127.0.0.1:%s/:_authToken=%s\n' "$REGISTRY" "$PORT" "$TOKEN" > "$WORK/npmrc"
export npm_config_userconfig=$WORK/npmrc npm_config_registry=$REGISTRY npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

step "publish as npm run release does: changeset publish to $REGISTRY"
# --no-git-tag: a test run must not tag this repository.
npx changeset publish --no-git-tag

step "packager scenarios"
PACKAGING_REGISTRY=$REGISTRY PACKAGING_WORK=$WORK node --test --test-reporter=spec --test-timeout=600000 "$PACKAGING/scenarios.test.mjs" || FAILED+=("packager scenarios")

step "release: npm deprecate for retired.json, against $REGISTRY"
PACKAGING_REGISTRY=$REGISTRY PACKAGING_WORK=$WORK node --test --test-reporter=spec --test-timeout=120000 "$PACKAGING/deprecate-retired.test.mjs" || FAILED+=("release deprecate step")

if (( ${#FAILED[@]} > 0 )); then
  printf '\ntest:packaging FAILED after %ss: %s\n' "$SECONDS" "$(IFS=';'; echo "${FAILED[*]}")" >&2
  exit 1
fi
printf '\ntest:packaging passed in %ss\n' "$SECONDS"
