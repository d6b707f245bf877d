#!/usr/bin/env bash
# The README's test command (`npm run test:all`): installs what the tests need, then runs them all.
# On a fresh Debian or Ubuntu machine, as root, it installs the missing Debian packages itself;
# otherwise it names them and stops. Then: ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci && npm test.
set -euo pipefail
cd "$(dirname "$0")/.."

# chromium: the end-to-end tests drive Debian's Chromium (Playwright cannot download its own here);
#   CHROMIUM_PATH may name another Chromium instead.
# libssl-dev: the reference SQLCipher 4 build (@journeyapps/sqlcipher) links against OpenSSL.
# python3, make, g++: node-gyp builds better-sqlite3-multiple-ciphers from source.
# fonts-noto-core, fonts-dejavu-core: Kazakh and Russian glyphs in screenshots.
# poppler-utils: pdftotext and pdftoppm read the PDF report back as text and pictures (report tests).
missing=()
if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then missing+=(chromium); fi
if command -v dpkg >/dev/null 2>&1; then
  for p in libssl-dev python3 make g++ fonts-noto-core fonts-dejavu-core poppler-utils; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
else
  # Not Debian: check the commands the tests call; the build tools and fonts are up to the machine.
  for c in pdftotext pdftoppm python3 make g++; do command -v "$c" >/dev/null 2>&1 || missing+=("$c"); done
fi

if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  else
    echo "The tests need these packages, which are missing: ${missing[*]}" >&2
    if command -v apt-get >/dev/null 2>&1; then
      echo "Run this command as root (for example with sudo), which installs them, or install them yourself:" >&2
      echo "  sudo apt-get install --no-install-recommends ${missing[*]}" >&2
    else
      echo "Install them with this system's package manager (chromium, poppler-utils, OpenSSL headers, python3, make, g++)." >&2
    fi
    exit 1
  fi
fi

ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci && npm test
