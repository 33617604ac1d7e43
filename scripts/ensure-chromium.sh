#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through Debian's chromedriver, and screenshot Chinese
# pages (a CJK font). Installs what is absent.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && fc-list 2>/dev/null | grep -qi "wenquanyi\|noto sans cjk"; then
  exit 0
fi
echo "Installing Debian's chromium and chromium-driver for the browser tests..."
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver fonts-wqy-microhei >/dev/null
