# Two commands take a fresh machine to a running site and to a passing suite:
#   make run    .venv, dependencies, database, translations, demo data once, server on :8000
#   make test   the whole test suite (SQLite, or PostgreSQL when DATABASE_URL is set)

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
LOCAL := DEBUG=true
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install messages bench clean

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

install: $(VENV)/.installed

run: install
	$(LOCAL) $(PY) manage.py migrate --no-input
	$(LOCAL) $(PY) manage.py compiletranslations
	$(LOCAL) $(PY) manage.py demo_data --scale 1 --if-empty
	$(LOCAL) $(PY) manage.py runserver $(HOST):$(PORT)

test: install
	$(LOCAL) $(PY) manage.py compiletranslations
	SECRET_KEY=test-only-not-secret $(VENV)/bin/pytest $(PYTEST_ARGS)

# Regenerate the translation catalogues after changing UI strings (needs GNU gettext).
messages: install
	$(LOCAL) $(PY) manage.py makemessages --locale fi --locale sv --locale en --ignore '.venv/*' --no-obsolete

bench: install
	$(PY) bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) staticfiles db.sqlite3*
