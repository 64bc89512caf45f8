#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine: the package with its
# test extras, and Debian's chromium for the browser test (Playwright drives
# it; Playwright's own browser download is not used).
set -euo pipefail
if ! command -v chromium >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi
python -m pip install -q -e ".[test]"
