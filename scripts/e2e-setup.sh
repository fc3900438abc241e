#!/usr/bin/env bash
# Installs what the end-to-end test needs (see ../shared/docs/vscode-offline-e2e.md): Debian's
# Chromium, ripgrep, a CJK font and the headers for the native addons; and code-server 4.100.3
# (VS Code 1.100.3) from the npm registry, into a cache folder outside the repository.
# Idempotent: packages already installed and a completed code-server install (marked by a file
# written last) are skipped, so a second run takes well under a second. Nothing is downloaded from
# anywhere but the npm registry and Debian, and nothing is written to $HOME or /tmp.
#
#   GOVREPORT_E2E_CACHE   where code-server goes (default /var/cache/govreport-e2e); the end-to-end
#                         test (test/e2e/vscode.e2e.ts) reads the same variable
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
CACHE="${GOVREPORT_E2E_CACHE:-/var/cache/govreport-e2e}"
DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
MARKER="$DIR/.govreport-e2e-installed"
APT_PACKAGES=(libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev pkg-config ripgrep chromium fonts-wqy-microhei)

start_all=$SECONDS
step_start=$SECONDS
say() { echo "e2e-setup: $*" >&2; }
took() { say "$1 took $((SECONDS - step_start)) s"; step_start=$SECONDS; }

# --- Debian packages -----------------------------------------------------------------------------
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
if ((${#missing[@]})); then
  say "installing Debian packages: ${missing[*]}"
  SUDO=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { say "not root and no sudo: install ${missing[*]} by hand"; exit 1; }
    SUDO=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  took "apt-get install"
else
  say "Debian packages already installed"
fi

# --- code-server ---------------------------------------------------------------------------------
mkdir -p "$CACHE"
exec 9>"$CACHE/.lock"
flock 9 # one install at a time; a second caller waits and then finds the marker

if [[ -f "$MARKER" && -f "$DIR/node_modules/code-server/out/node/entry.js" ]]; then
  say "code-server $CODE_SERVER_VERSION already installed in $DIR"
else
  say "installing code-server $CODE_SERVER_VERSION into $DIR"
  rm -rf "$DIR" # a partial install from an interrupted run
  mkdir -p "$DIR" "$CACHE/npm-cache" "$CACHE/setup-tmp"
  # Native addons are built against Node's own headers (no header download); npm's cache, node-gyp
  # and every temporary file stay inside the cache folder.
  NODEDIR="$(dirname "$(dirname "$(command -v node)")")"
  [[ -f "$NODEDIR/include/node/node.h" ]] || { say "Node's headers are missing in $NODEDIR/include/node"; exit 1; }
  export npm_config_nodedir="$NODEDIR" npm_config_cache="$CACHE/npm-cache" npm_config_devdir="$CACHE/node-gyp" \
    npm_config_yes=true npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false \
    npm_config_loglevel=error TMPDIR="$CACHE/setup-tmp" XDG_CONFIG_HOME="$CACHE/setup-tmp/config" \
    XDG_CACHE_HOME="$CACHE/setup-tmp/cache" XDG_DATA_HOME="$CACHE/setup-tmp/data" XDG_STATE_HOME="$CACHE/setup-tmp/state"
  cd "$DIR"
  echo '{"name":"govreport-e2e-code-server","private":true}' > package.json
  npm install --no-save "code-server@$CODE_SERVER_VERSION" --ignore-scripts
  took "npm install code-server"
  # argon2's install script fetches a prebuilt binary from outside: build it from source instead.
  (cd node_modules/argon2 && npx node-pre-gyp rebuild --build-from-source >/dev/null)
  took "argon2 build"
  cd node_modules/code-server/lib/vscode
  npm install --omit=dev --ignore-scripts
  took "npm install (vscode)"
  # @vscode/ripgrep downloads its binary unless bin/ exists: use Debian's rg.
  mkdir -p node_modules/@vscode/ripgrep/bin
  ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
  npm rebuild >/dev/null # node-pty, spdlog, kerberos, ... with g++
  took "npm rebuild (native addons)"
  ln -sfn node_modules node_modules.asar
  (cd extensions && npm install --omit=dev --ignore-scripts)
  took "npm install (built-in extensions)"
  cd "$DIR"
  version=$(env XDG_CONFIG_HOME="$CACHE/setup-tmp/config" XDG_DATA_HOME="$CACHE/setup-tmp/data" \
    node node_modules/code-server/out/node/entry.js --version | tail -n 1)
  [[ "$version" == "$CODE_SERVER_VERSION "* ]] || { say "unexpected version: $version"; exit 1; }
  say "installed: $version"
  rm -rf "$CACHE/setup-tmp" "$CACHE/npm-cache" "$CACHE/node-gyp"
  date -u +%FT%TZ > "$MARKER"
fi

say "done in $((SECONDS - start_all)) s: code-server $CODE_SERVER_VERSION in $DIR"
