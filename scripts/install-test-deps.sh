#!/usr/bin/env bash
# Install what the feed and browser tests need, when it is missing, so they run on a fresh
# machine and in CI instead of being skipped:
#   - Debian's chromium (driven by Playwright's Python package through executable_path)
#   - an Arabic font, so screenshots show Arabic text rather than boxes
#   - node and npm, then ical.js (Thunderbird's parser), axe-core and TimelineJS into tests/js/node_modules
# Idempotent: each step checks first and does nothing when its tool is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=()
[ -x /usr/bin/chromium ] || apt_packages+=(chromium)
command -v node >/dev/null 2>&1 || apt_packages+=(nodejs)
command -v npm >/dev/null 2>&1 || apt_packages+=(npm)
# The page's first font is Noto Naskh Arabic: screenshots (examples/) are compared with it, not with
# whichever other Arabic font the machine happens to have.
if ! command -v fc-list >/dev/null 2>&1 || ! fc-list :lang=ar family 2>/dev/null | grep -q "Noto Naskh Arabic"; then
  apt_packages+=(fonts-noto-core)
fi

if [ "${#apt_packages[@]}" -gt 0 ]; then
  echo "install-test-deps: installing ${apt_packages[*]} (apt)" >&2
  if [ "$(id -u)" -eq 0 ]; then
    sudo=""
  elif command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
  else
    echo "install-test-deps: need root (or sudo) to apt-get install ${apt_packages[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${apt_packages[@]}" >/dev/null
fi

if [ ! -f tests/js/node_modules/ical.js/package.json ] || [ ! -f tests/js/node_modules/axe-core/axe.min.js ] ||
   [ ! -f tests/js/node_modules/@knight-lab/timelinejs/dist/js/timeline.js ]; then
  echo "install-test-deps: installing ical.js, axe-core and TimelineJS (npm ci in tests/js)" >&2
  npm ci --prefix tests/js --no-audit --no-fund --loglevel=error
fi
