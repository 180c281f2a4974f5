#!/bin/sh
# Install or update Trainer on Linux from this kit, with no internet.
# Instalar o actualizar Trainer en Linux desde este kit, sin internet.
# The app goes to ~/.local/share/trainer-app (TRAINER_APP_DIR to change it); the data folder is never touched.
set -e
KIT="$(cd "$(dirname "$0")" && pwd)"
APP="${TRAINER_APP_DIR:-$HOME/.local/share/trainer-app}"
PY="${TRAINER_PYTHON:-}"  # a chosen Python; else the newest 3.11+ found
[ -n "$PY" ] || for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        PY="$candidate"
        break
    fi
done
if [ -z "$PY" ]; then
    echo "Trainer necesita Python 3.11 o más reciente. Instálelo primero (sudo apt-get install python3 python3-venv)."
    echo "Trainer needs Python 3.11 or newer. Install it first (sudo apt-get install python3 python3-venv)."
    exit 1
fi
mkdir -p "$APP"
if [ ! -x "$APP/venv/bin/python" ]; then
    if ! "$PY" -m venv "$APP/venv"; then
        echo "No se pudo crear el entorno de Python: instale python3-venv (sudo apt-get install python3-venv)."
        echo "Could not create the Python environment: install python3-venv (sudo apt-get install python3-venv)."
        exit 1
    fi
fi
"$APP/venv/bin/python" -m pip install --quiet --no-index --find-links "$KIT/wheels" \
    --find-links "$KIT/wheels/linux-x64" --upgrade trainer
cp "$KIT/trainer.png" "$APP/trainer.png"
APPLICATIONS="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
mkdir -p "$APPLICATIONS"
sed -e "s|^Exec=.*|Exec=\"$APP/venv/bin/trainer-gui\"|" -e "s|^Icon=.*|Icon=$APP/trainer.png|" \
    "$KIT/trainer.desktop" > "$APPLICATIONS/trainer.desktop"
echo "Listo: abra Trainer desde el menú de aplicaciones, o con $APP/venv/bin/trainer-gui"
echo "Done: open Trainer from the applications menu, or with $APP/venv/bin/trainer-gui"
"$APP/venv/bin/trainer" --version
