#!/usr/bin/env bash
# Build the wheel and sdist, then run the installed wheel outside the checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
rm -rf dist build
# The .mo catalogs are built, not committed: compile them before setuptools collects data files.
"$PYTHON" -m venv .venv-build
.venv-build/bin/python -m pip install --quiet --upgrade pip build babel "PySide6-Essentials>=6.8.4,!=6.12.0"
# Compiled, not committed: the wheel ships the interface's .qm and the core's .mo files.
.venv-build/bin/pyside6-lrelease -silent resources/i18n/*.ts
.venv-build/bin/pybabel compile -d resources/locale -D warroom
.venv-build/bin/python -m build --outdir dist .
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$PYTHON" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet dist/*.whl
cd "$work"  # away from the source tree: resources must come from the install
export WARROOM_DB="$work/check.sqlite3" QT_QPA_PLATFORM=offscreen
"$work/venv/bin/warroom" exercise list
id=$("$work/venv/bin/warroom" demo)
"$work/venv/bin/warroom" export "$id" --format pdf -o "$work/report.pdf"
"$work/venv/bin/warroom" verify "$id"
"$work/venv/bin/warroom" gui --smoke
echo "packaged build works: $(ls "$OLDPWD"/dist)"
