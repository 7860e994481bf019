#!/usr/bin/env bash
# Debian packages Diligent uses beside Node: cloc (the reference line counter the tests compare
# against), chromium (the UI's end-to-end tests and the PDF report; browsers are never downloaded),
# poppler-utils (pdftoppm/pdftotext check the PDF) and lcov (genhtml cross-checks LCOV totals).
# Skips what is already installed; needs root (or sudo) only when something is missing.
set -euo pipefail
packages=(cloc chromium poppler-utils lcov)
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=''
[ "$(id -u)" -eq 0 ] || sudo='sudo'
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
