#!/usr/bin/env bash
# Installs the heavy tools the editor tests need, and reuses them when they are already there:
#  - Debian packages: chromium (Playwright drives it), ripgrep, neovim, emacs-nox + elpa-eglot,
#    LibreOffice Writer (headless, an independent reader/writer of .docx and PDF), poppler-utils,
#    and the build tools code-server's native modules need;
#  - code-server 4.100.3 (= VS Code 1.100.3, the last release on Node 20) into .tools/code-server.
# Everything the repository gets lives in ignored folders (.tools/, .tmp/). Works as root on a
# fresh machine without stdin (CI=true); quick (a few dpkg/stat look-ups) when all is installed.
# See ../shared/notes/offline-vscode-testing.md for why each step is the way it is.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
TOOLS="$ROOT/.tools"
export TMPDIR="$ROOT/.tmp"
mkdir -p "$TOOLS" "$TMPDIR"

CODE_SERVER_VERSION=4.100.3
DEBS=(chromium ripgrep neovim emacs-nox elpa-eglot build-essential pkg-config python3 libkrb5-dev libreoffice-writer-nogui poppler-utils fonts-dejavu-core)

missing=()
for p in "${DEBS[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then missing+=("$p"); fi
done
if ((${#missing[@]})); then
  echo "install-tools: apt-get install ${missing[*]}"
  SUDO=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { echo "install-tools: need root or sudo to install ${missing[*]}" >&2; exit 1; }
    SUDO=(sudo -n)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$TMPDIR/apt-install.log" 2>&1 \
    || { tail -n 40 "$TMPDIR/apt-install.log" >&2; echo "install-tools: apt-get install failed" >&2; exit 1; }
else
  echo "install-tools: Debian packages present (${DEBS[*]})"
fi

CS="$TOOLS/code-server"
CS_PKG="$CS/node_modules/code-server/package.json"
if [ -f "$CS_PKG" ] && [ -f "$CS/.installed-$CODE_SERVER_VERSION" ]; then
  echo "install-tools: code-server $CODE_SERVER_VERSION present"
else
  echo "install-tools: npm install code-server@$CODE_SERVER_VERSION into .tools/code-server (about a minute)"
  rm -rf "$CS"; mkdir -p "$CS"
  echo '{ "name": "referat-test-tools", "private": true }' >"$CS/package.json"
  # @vscode/ripgrep's install script downloads rg from GitHub, which is unreachable here: seed its
  # download cache with Debian's rg, packed the way the script expects.
  RGC="$TMPDIR/vscode-ripgrep-cache-1.15.11"; mkdir -p "$RGC" "$TMPDIR/rg"
  cp /usr/bin/rg "$TMPDIR/rg/rg"
  for v in v13.0.0-10 v13.0.0-13 v14.1.1; do
    tar czf "$RGC/ripgrep-$v-x86_64-unknown-linux-musl.tar.gz" -C "$TMPDIR/rg" rg
  done
  # unsafe_perm: its postinstall refuses to run as root otherwise; yes: node-pty's install asks npx.
  (cd "$CS" && npm_config_unsafe_perm=true npm_config_yes=true npm install "code-server@$CODE_SERVER_VERSION" \
      --foreground-scripts --no-audit --no-fund --loglevel=error >"$TMPDIR/code-server-install.log" 2>&1) \
    || { tail -n 60 "$TMPDIR/code-server-install.log" >&2; echo "install-tools: code-server install failed" >&2; exit 1; }
  test -x "$CS/node_modules/.bin/code-server" || { echo "install-tools: code-server binary missing" >&2; exit 1; }
  touch "$CS/.installed-$CODE_SERVER_VERSION"
fi
echo "install-tools: ready ($(/usr/bin/chromium --version 2>/dev/null | head -1); $(nvim --version | head -1); $(emacs --version | head -1))"
