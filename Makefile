# Two commands take a fresh machine to a running site and to a passing suite:
#   make run    .venv, dependencies, database, translations, demo data once, server on :8000
#               (another address: make run HOST=0.0.0.0 PORT=8001)
#   make test   the whole test suite (SQLite, or PostgreSQL when DATABASE_URL is set)

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
# HOST and PORT also make SITE_URL (links in mail) point at the server `make run` starts.
LOCAL := DEBUG=true HOST=$(HOST) PORT=$(PORT)

.PHONY: run test install voikko messages bench search-report clean

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

install: $(VENV)/.installed

# Finnish morphology for search (libvoikko1 and its dictionary voikko-fi, GPL-2+). Installed when
# we may (root or password-less sudo); otherwise search runs on Snowball stems and says so.
voikko:
	@if ldconfig -p 2>/dev/null | grep -q libvoikko.so.1 && { [ -d /usr/lib/voikko ] || [ -d /usr/share/voikko ]; }; then :; \
	elif command -v apt-get >/dev/null && [ "$$(id -u)" -eq 0 ]; then apt-get update -q && apt-get install -y -q libvoikko1 voikko-fi; \
	elif command -v apt-get >/dev/null && sudo -n true 2>/dev/null; then sudo -n apt-get update -q && sudo -n apt-get install -y -q libvoikko1 voikko-fi; \
	else echo "Voikko is missing: search works without it, better with it (apt-get install libvoikko1 voikko-fi)."; fi

run: install voikko
	$(LOCAL) $(PY) manage.py migrate --no-input
	$(LOCAL) $(PY) manage.py createcachetable
	$(LOCAL) $(PY) manage.py compiletranslations
	$(LOCAL) $(PY) manage.py demo_data --scale 1 --if-empty
	$(LOCAL) $(PY) manage.py runserver $(HOST):$(PORT)

test: install voikko
	$(LOCAL) $(PY) manage.py compiletranslations
	SECRET_KEY=test-only-not-secret $(VENV)/bin/pytest $(PYTEST_ARGS)

# Regenerate the translation catalogues after changing UI strings (needs GNU gettext).
messages: install
	$(LOCAL) $(PY) manage.py makemessages --locale fi --locale sv --locale en --ignore '.venv/*' --no-obsolete

# Precision and recall of search per tier, over the fixed corpus in tests/search/.
search-report: install
	$(LOCAL) $(PY) manage.py compiletranslations
	SECRET_KEY=test-only-not-secret $(VENV)/bin/pytest -q tests/search/test_quality.py -k report

bench: install
	$(PY) bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) staticfiles db.sqlite3*
