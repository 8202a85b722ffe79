#!/usr/bin/env bash
# Installs the Debian packages the tests and benches need (Chromium for the task pane, Radicale for CardDAV,
# vdirsyncer as the reference CardDAV client of the benches), only when they are missing. Safe to run repeatedly.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
/usr/bin/python3 -c 'import radicale' 2>/dev/null || missing+=(radicale)
[ -x /usr/bin/vdirsyncer ] || missing+=(vdirsyncer)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing system packages: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=sudo
  else
    cat >&2 <<MSG
The tests need these Debian packages: ${missing[*]}
Install them once as root, then run the tests again:
  sudo apt-get update && sudo apt-get install -y ${missing[*]}
MSG
    exit 1
  fi
else
  SUDO=
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "Installed: ${missing[*]}"
