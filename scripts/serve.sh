#!/usr/bin/env bash
# Installs whatever is missing, then serves the demo page with the widget at http://127.0.0.1:8080
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
exec trunk serve --offline --address 127.0.0.1 --port "${PORT:-8080}" "$@"
