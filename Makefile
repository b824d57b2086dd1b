# 政协之窗 — `make site` builds the site into site/, `make test` runs every check.
# Both set up a local virtualenv (.venv) from the pinned requirements first.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | cksum | cut -d' ' -f1)
export PYTHONPATH := $(CURDIR)/hooks

.PHONY: site serve test check explain golden bench lint clean

$(STAMP): requirements.txt requirements-dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is required (set PYTHON=python3.11)")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	rm -f $(VENV)/.installed-* && touch $@

site: $(STAMP)  ## build the site into site/
	$(BIN)/mkdocs build --strict

serve: $(STAMP)  ## preview on http://127.0.0.1:8000, rebuilding when seeds change
	$(BIN)/mkdocs serve

check: $(STAMP)  ## check every seed and print one line per problem
	$(BIN)/python -m newsdesk check

test: $(STAMP) lint  ## every test
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check hooks tests
	$(BIN)/mypy

explain: $(STAMP)  ## make explain SEED=seeds/x.txt
	$(BIN)/python -m newsdesk explain $(SEED)

golden: $(STAMP)  ## regenerate tests/golden/ from seeds/ (review the diff before committing)
	$(BIN)/python tests/update_golden.py

bench: $(STAMP)  ## pipeline throughput on a generated corpus
	$(BIN)/python tests/bench_pipeline.py

clean:
	rm -rf site build .pytest_cache .mypy_cache .ruff_cache
