#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium through playwright-core (Playwright's own
# browser downloads cannot work here). Install it when it is missing, and a Chinese font
# (WenQuanYi Zen Hei) when the machine has none: without one, screenshots and the 简体中文
# checks show empty boxes instead of characters.
set -euo pipefail
CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
SUDO=""; [ "$(id -u)" != 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
updated=""
apt_install() {
  if [ -z "$updated" ]; then
    $SUDO apt-get -o DPkg::Lock::Timeout=300 update -qq
    updated=1
  fi
  $SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -qq "$@" >/dev/null
}
if [ ! -x "$CHROME_PATH" ]; then
  echo "genba: installing Debian's chromium for the browser tests…"
  apt_install chromium
fi
if command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
  echo "genba: installing a Chinese font (fonts-wqy-zenhei) for the browser tests…"
  apt_install fonts-wqy-zenhei
elif ! command -v fc-list >/dev/null 2>&1; then
  echo "genba: installing fontconfig and a Chinese font (fonts-wqy-zenhei) for the browser tests…"
  apt_install fontconfig fonts-wqy-zenhei
fi
