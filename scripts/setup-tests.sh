#!/usr/bin/env bash
# Installs the system packages the tests use (real servers and tools, no downloads of our own).
# Idempotent; needs root or passwordless sudo. Gates add their packages to PACKAGES below.
set -euo pipefail
PACKAGES=(git python3 docker-registry apache2-utils openssl nftables dnsmasq-base iproute2 util-linux b3sum zstd jq time diffoscope-minimal zip openjdk-17-jdk-headless chromium)
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
echo "test dependencies present: ${PACKAGES[*]}"
