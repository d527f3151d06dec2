# aidtracker's front door: `make help` lists the targets. Everything installs itself on first use.
.DEFAULT_GOAL := help
.PHONY: help install messages system-packages run migrate load downloads serve test bench loadtest backup restore lint format editor screenshots clean

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
export PORT

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

# The interface's translations, compiled from pledges/locale/*/LC_MESSAGES/django.po when they change.
CATALOGUES := $(wildcard pledges/locale/*/LC_MESSAGES/django.po)
$(CATALOGUES:.po=.mo): %.mo: %.po $(BIN)/.installed
	DJANGO_SECRET_KEY=build-only $(BIN)/python manage.py translations --compile

install: $(BIN)/.installed $(CATALOGUES:.po=.mo) ## create .venv and install the app with its development tools

messages: $(BIN)/.installed ## add the interface's new messages to each language's .po, to translate
	DJANGO_SECRET_KEY=build-only $(BIN)/python manage.py translations --update

# Development: debug on unless the environment says otherwise.
run: export DJANGO_DEBUG ?= 1
run: migrate load downloads ## set up everything and serve on http://127.0.0.1:$(PORT)
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

migrate: install ## apply database migrations
	$(BIN)/python manage.py migrate --noinput

load: install ## load the sources' data files (pledges/data/); a reload changes nothing
	$(BIN)/python manage.py load_source

downloads: install ## build the whole-list downloads of /downloads/ (again after edits)
	DJANGO_SITE_URL="$${DJANGO_SITE_URL:-http://127.0.0.1:$(PORT)}" $(BIN)/python manage.py build_downloads

# The production configuration on this machine, over plain HTTP (DJANGO_HTTPS=1 behind a TLS proxy).
# It needs no database to start: migrations are their own step (make migrate).
serve: export DJANGO_HTTPS ?= 0
serve: install ## the production server locally: gunicorn + whitenoise, debug off, on PORT
	@test -n "$$DJANGO_SECRET_KEY" || echo "DJANGO_SECRET_KEY is not set: a random key is used until the server stops."
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0
	DJANGO_SECRET_KEY="$${DJANGO_SECRET_KEY:-$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))')}" \
	  HOST=127.0.0.1 $(BIN)/gunicorn --config aidtracker/gunicorn.conf.py

# Debian's Chromium for the browser tests (with Noto CJK, so Japanese pages draw their characters)
# and nginx for the proxy tests, installed where that is possible (root with apt-get); elsewhere
# those tests are skipped, and say why.
system-packages:
	@{ test -x /usr/bin/chromium && test -x /usr/sbin/nginx && test -d /usr/share/fonts/opentype/noto; } || \
	  { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium nginx-light fonts-noto-cjk >/dev/null; } || \
	  echo "No Chromium or nginx: their tests will be skipped (apt-get install chromium nginx-light fonts-noto-cjk)."

# Compiled modules (and pytest's rewritten test modules) are kept in __pycache__/ even where the
# environment says PYTHONDONTWRITEBYTECODE: each xdist worker and each server a test starts would
# otherwise compile them again, every run (3 s of a worker's start).
test: install system-packages ## run the whole test suite (SQLite, or PostgreSQL when DATABASE_URL is set)
	PYTHONDONTWRITEBYTECODE= $(BIN)/pytest

# BENCH_PLEDGES=10000 for a quick run; see docs/benchmarks.md for what it measures.
bench: install system-packages ## measure the pages at BENCH_PLEDGES pledges (default 1,000,000) on PostgreSQL
	$(BIN)/python tests/benchmarks/run.py

loadtest: install ## 64 readers for 60 s against make serve; fails on any error (docs/benchmarks.md)
	$(BIN)/python tests/benchmarks/loadtest.py

backup: install ## write a dated, restorable backup of the database to backups/
	$(BIN)/python manage.py backup

restore: install ## replace the database's data with a backup: make restore FILE=backups/...
	@test -n "$(FILE)" || { echo "Say which backup: make restore FILE=backups/<name>"; exit 2; }
	$(BIN)/python manage.py restore "$(FILE)"

screenshots: install system-packages ## take the pages' screenshots and refresh the README's (docs/screenshots/)
	SCREENSHOTS=1 $(BIN)/pytest -q tests/browser
	mkdir -p docs/screenshots
	cp test-artifacts/screenshots/home-desktop.png test-artifacts/screenshots/home-phone.png \
	   test-artifacts/screenshots/country-japan-desktop.png \
	   test-artifacts/screenshots/pledge-sweden-desktop.png test-artifacts/screenshots/pledges-filtered-desktop.png \
	   test-artifacts/screenshots/country-japan-phone.png test-artifacts/screenshots/country-ukraine-desktop.png \
	   test-artifacts/screenshots/country-ukraine-phone.png test-artifacts/screenshots/compare-desktop.png \
	   test-artifacts/screenshots/compare-phone.png docs/screenshots/
	cp test-artifacts/screenshots/home-en.png test-artifacts/screenshots/home-uk.png \
	   test-artifacts/screenshots/home-ja.png test-artifacts/screenshots/country-japan-en.png \
	   test-artifacts/screenshots/country-japan-uk.png test-artifacts/screenshots/country-japan-ja.png \
	   docs/screenshots/

lint: install ## check style and common mistakes
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install ## format the code
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

editor: export DJANGO_DEBUG ?= 1
editor: migrate ## create an editor account (asks for its name and password)
	$(BIN)/python manage.py create_editor

clean: ## remove the virtual environment, collected static files, test output, downloads and the SQLite database
	rm -rf $(VENV) staticfiles test-artifacts downloads db.sqlite3 db.sqlite3-wal db.sqlite3-shm
