#!/usr/bin/env bash
# Debian packages Diligent uses beside Node: cloc (the reference line counter the tests compare
# against). Skips what is already installed; needs root (or sudo) only when something is missing.
set -euo pipefail
packages=(cloc)
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
