# Two commands on a fresh machine:  make run  (the app)   make test  (everything CI checks)
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SOURCES := warroom tests bench tools main.py

.PHONY: run test translations update-translations lint check-types check-layers pytest system-deps bench screenshots cold-start clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP) translations
	$(BIN)/warroom gui

test: system-deps lint check-types check-layers pytest

# The multi-seat tests run a real PostgreSQL server, the report tests read PDFs with
# poppler, reports print Chinese, Japanese, Korean, symbols and emoji with the Noto
# CJK, Symbola and Noto Color Emoji fonts, and the cold start runs on Xvfb driven by
# xdotool (Qt's xcb plugin wants libxcb-cursor0, -icccm4 and -keysyms1); install what is missing (Debian).
system-deps:
	@missing=""; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || missing="$$missing postgresql"; \
	command -v pdftotext >/dev/null || missing="$$missing poppler-utils"; \
	fc-list 2>/dev/null | grep -q "Noto Sans CJK" || missing="$$missing fonts-noto-cjk"; \
	fc-list 2>/dev/null | grep -q "Noto Color Emoji" || missing="$$missing fonts-noto-color-emoji"; \
	fc-list 2>/dev/null | grep -q "Symbola" || missing="$$missing fonts-symbola"; \
	command -v Xvfb >/dev/null || missing="$$missing xvfb"; \
	command -v xdotool >/dev/null || missing="$$missing xdotool"; \
	ldconfig -p | grep -q libxcb-cursor || missing="$$missing libxcb-cursor0"; \
	ldconfig -p | grep -q libxcb-icccm || missing="$$missing libxcb-icccm4"; \
	ldconfig -p | grep -q libxcb-keysyms || missing="$$missing libxcb-keysyms1"; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
		else \
			echo "note: not installed:$$missing; the tests that need them are skipped"; \
		fi; \
	fi

# Compiled catalogs are built, never committed: the sources in the repo are the truth.
# One command per kind of catalog: the interface's (Qt: resources/i18n/*.ts -> .qm) and
# the gettext catalogs of everything outside the widgets (resources/locale: .po -> .mo).
# After changing a marked text outside the widgets:
#   pybabel extract -F babel.cfg -k N_ --no-location --omit-header --sort-output \
#       -o resources/locale/warroom.pot .
#   pybabel update -i resources/locale/warroom.pot -d resources/locale -D warroom \
#       --ignore-pot-creation-date
# then translate what is new (tests/core/test_catalogs.py says what; see CONTRIBUTING.md).
translations: $(STAMP)
	$(BIN)/pyside6-lrelease -silent resources/i18n/*.ts
	$(BIN)/pybabel compile -d resources/locale -D warroom --statistics

# After changing texts in warroom/ui: new source texts into the .ts files (then translate them).
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find warroom/ui -name '*.py' | sort) warroom/app.py -no-obsolete -locations relative \
		-source-language en -target-language de -ts resources/i18n/warroom_de.ts
	$(BIN)/pyside6-lupdate $$(find warroom/ui -name '*.py' | sort) warroom/app.py -no-obsolete -locations relative \
		-source-language en -target-language ja -ts resources/i18n/warroom_ja.ts
	$(BIN)/pyside6-lupdate $$(find warroom/ui -name '*.py' | sort) warroom/app.py -no-obsolete -locations relative \
		-pluralonly -source-language en -target-language en -ts resources/i18n/warroom_en.ts

lint: $(STAMP)
	$(BIN)/ruff check $(SOURCES)
	$(BIN)/ruff format --check $(SOURCES)

check-types: $(STAMP)
	$(BIN)/mypy

check-layers: $(STAMP)
	$(BIN)/lint-imports --no-cache

pytest: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# bench/all.py: every figure of start-up, the big timeline, exports, appends and memory,
# each with its aim and floor, in one run (append.py, startup.py, ... run one alone).
bench: $(STAMP)
	$(BIN)/python bench/all.py
	$(BIN)/python bench/report.py
	$(BIN)/python bench/propagation.py
	$(BIN)/python bench/scenarios.py

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py --lang de docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py --lang ja docs/screenshots

# Every screen at 1280x720, 1400x900, 1.5x and 2x scale, in both palettes, to look at.
screenshot-matrix: $(STAMP)
	$(BIN)/python tools/screenshots.py --matrix build/screens

# The cold start on a real X server (Xvfb + xdotool): keys and seconds to the first update
# received by an SMTP server on loopback.
cold-start: $(STAMP) system-deps
	$(BIN)/python tools/cold_start.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache build *.egg-info
