#!/usr/bin/env bash
# Installs Debian's chromium for the web client's end-to-end test when it is missing, so that
# `./mvnw verify` needs nothing installed by hand. Never a browser a tool downloads itself.
set -euo pipefail
if [[ -x /usr/bin/chromium ]]; then
  exit 0
fi
sudo=""
if [[ $(id -u) -ne 0 ]]; then
  if ! sudo -n true 2>/dev/null; then
    echo "web e2e: /usr/bin/chromium is missing; install it once with: sudo apt-get install -y chromium" >&2
    exit 1
  fi
  sudo="sudo -n"
fi
echo "web e2e: installing Debian's chromium (apt-get install chromium)" >&2
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q chromium
