# Two commands: `make run` (the product, embedded SQLite + filesystem broker) and `make test`.
PYTHON ?= python3.11
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: run test lint typecheck pytest install install-dev browser migrate demo worker web bench clean

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is required ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip

$(VENV)/.installed: requirements.txt | $(PY)
	$(PIP) install -q -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(PY)
	$(PIP) install -q -r requirements-dev.txt
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

migrate: install
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py load_demo
	$(PY) manage.py ensure_admin

## The product: web server + Celery worker (with beat) + demo data. Ctrl-C stops both.
run: demo
	$(PY) manage.py runstack --host $(HOST) --port $(PORT)

## Headless Chromium for the browser tests (Debian packages), installed when missing and possible.
browser:
	@command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 || \
	  { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	    (apt-get install -y -q chromium chromium-driver >/dev/null 2>&1 || \
	     (apt-get update -q >/dev/null 2>&1 && apt-get install -y -q chromium chromium-driver >/dev/null 2>&1)) || \
	    echo "chromium/chromedriver not installed: browser tests will skip (or fail under REQUIRE_SERVICES=1)"; }

lint: install-dev
	$(VENV)/bin/ruff check .

typecheck: install-dev
	$(VENV)/bin/mypy .

pytest: install-dev browser
	$(VENV)/bin/pytest

## The tests: ruff, mypy and pytest.
test: lint typecheck pytest

bench: install-dev
	$(PY) bench/extract_speed.py

clean:
	rm -rf var $(VENV)
