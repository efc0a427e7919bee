#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through playwright-core (playwright's own browser download
# needs the internet). Installs the package when it is missing; CI runs as root on a clean machine.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing at $CHROMIUM; run as root: apt-get install -y chromium (or set CHROMIUM_PATH)" >&2
  exit 1
fi
echo "Installing Debian's chromium for the browser tests..." >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq --no-install-recommends chromium >&2
