#!/bin/sh
# Install or update Trainer on macOS from this kit, with no internet (double-click it in Finder).
# Instalar o actualizar Trainer en macOS desde este kit, sin internet (doble clic en el Finder).
# The app goes to ~/Library/Application Support/trainer-app; the data folder is never touched.
set -e
KIT="$(cd "$(dirname "$0")" && pwd)"
APP="${TRAINER_APP_DIR:-$HOME/Library/Application Support/trainer-app}"
case "$(uname -m)" in
    arm64) WHEELS="$KIT/wheels/macos-arm64" ;;
    *) WHEELS="$KIT/wheels/macos-x64" ;;
esac
PY="${TRAINER_PYTHON:-}"  # a chosen Python; else the newest 3.11+ found
[ -n "$PY" ] || for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        PY="$candidate"
        break
    fi
done
if [ -z "$PY" ]; then
    echo "Trainer necesita Python 3.11 o más reciente: instale el de python.org (puede venir en esta memoria USB)."
    echo "Trainer needs Python 3.11 or newer: install it from python.org (it may be on this USB stick)."
    exit 1
fi
mkdir -p "$APP"
[ -x "$APP/venv/bin/python" ] || "$PY" -m venv "$APP/venv"
"$APP/venv/bin/python" -m pip install --quiet --no-index --find-links "$KIT/wheels" --find-links "$WHEELS" \
    --upgrade trainer
LAUNCHER="$HOME/Desktop/Trainer.command"
printf '#!/bin/sh\nexec "%s/venv/bin/trainer-gui"\n' "$APP" > "$LAUNCHER"
chmod +x "$LAUNCHER"
echo "Listo: abra Trainer con el ícono Trainer.command del escritorio."
echo "Done: open Trainer with Trainer.command on the desktop."
"$APP/venv/bin/trainer" --version
