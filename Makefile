# gnista: `make run` serves the site with demo data, `make test` runs the whole suite.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.13 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/gnista_test
LOCAL := DEBUG=true

.PHONY: install run test test-postgres lint postgres chromium gettext messages clean bench soak

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 13) else "gnista needs Python 3.13 or newer, but $(PYTHON) is " + sys.version.split()[0] + ". Install Python 3.13 (pyenv install 3.13) or run: make PYTHON=/path/to/python3.13")'
	@test -x $(BIN)/python && $(BIN)/python -c 'import sys; sys.exit(sys.version_info < (3, 13))' || { rm -rf $(VENV); $(PYTHON) -m venv $(VENV); }
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e . 2>/dev/null || $(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	rm -f $(VENV)/.installed-*
	touch $@

run: install
	$(LOCAL) $(BIN)/gnista migrate --noinput
	$(LOCAL) $(BIN)/gnista createcachetable
	$(LOCAL) $(BIN)/gnista demo --if-empty
	$(LOCAL) $(BIN)/gnista runserver 127.0.0.1:8000

test: install chromium gettext lint
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check gnista tests
	$(BIN)/ruff format --check gnista tests
	$(LOCAL) $(BIN)/gnista makemigrations --check --dry-run

test-postgres: install chromium gettext postgres
	DATABASE_URL=$${DATABASE_URL:-$(POSTGRES_URL)} $(BIN)/pytest

# Load tests at two data scales on both databases; see bench/README.md. A quick run:
# make bench BENCH_SCALES=small BENCH_BACKENDS=sqlite
BENCH_SCALES ?= small,large
BENCH_BACKENDS ?= postgres,sqlite
bench: install postgres
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r bench/requirements.txt
	$(BIN)/python bench/run.py --scales $(BENCH_SCALES) --backends $(BENCH_BACKENDS)

# Load and fault tests (about 6 minutes; restarts the local PostgreSQL once); see README.md.
# Options go through SOAK_ARGS, e.g. make soak SOAK_ARGS="--duration 30 --only load".
soak: install postgres
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r bench/requirements.txt
	$(BIN)/python bench/soak.py $(SOAK_ARGS)

# Start the local PostgreSQL server when it is installed and stopped.
postgres:
	@if command -v pg_isready >/dev/null && ! pg_isready -q -h 127.0.0.1 -p 5432; then \
		pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql | head -n1) main start; \
		for i in $$(seq 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done; \
	fi

# The browser tests drive Debian's Chromium; Playwright never downloads a browser.
chromium:
	@test -x /usr/bin/chromium || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# makemessages needs GNU gettext; a test extracts the strings to prove none is untranslated.
gettext:
	@command -v xgettext >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null; }

# Extract the UI strings into locale/*/LC_MESSAGES/django.po; translate, then compile.
messages: install
	$(BIN)/gnista makemessages --locale sv --locale da --no-obsolete --no-location --ignore '.venv/*' --ignore 'var/*' --ignore 'tests/*'
	$(BIN)/gnista compilemessages --ignore '.venv/*'

clean:
	rm -rf $(VENV) var .pytest_cache
