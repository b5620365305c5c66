# strike-claims: `make data` builds the dataset and runs the notebooks; `make test` checks everything.
# Both create the virtual environment .venv from requirements.lock when it is missing.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
NOTEBOOKS := $(sort $(wildcard notebooks/*.ipynb))
export PYTHONHASHSEED := 0
export MPLBACKEND := Agg
export SOURCE_DATE_EPOCH := 0

.DEFAULT_GOAL := help
.PHONY: help venv data build figures notebooks codebook test lint report check-report bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

# (a change to any file of parse/ compiles the parser modules again; which ones, `parse/compiled.py` says)
PARSER_SOURCES := $(wildcard src/strikeclaims/parse/*.py)

$(STAMP): requirements.lock pyproject.toml setup.py $(PARSER_SOURCES)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@$(BIN)/python -W ignore -c "from strikeclaims.parse import compiled; print(compiled.status())"
	touch $(STAMP)

venv: $(STAMP) ## create .venv and install the pinned set and the package

data: build codebook figures notebooks ## build data/clean/ (and data/full/), figures, and execute the notebooks

build: $(STAMP) ## build the tables from data/raw/ (and data/external/)
	$(BIN)/strikeclaims build

codebook: $(STAMP) ## regenerate docs/codebook.md from the field dictionary
	$(BIN)/strikeclaims codebook -o docs/codebook.md

figures: $(STAMP) ## render every chart from data/clean/ into reports/figures/
	$(BIN)/strikeclaims figures --data data/clean -o reports/figures

notebooks: $(STAMP) ## execute the notebooks in place against data/clean/
	STRIKECLAIMS_DATA=data/clean $(BIN)/python -m strikeclaims.dev.notebooks execute $(NOTEBOOKS)

test: $(STAMP) lint ## run every test, the notebooks included
	$(BIN)/python -m pytest -q -p no:cacheprovider tests --nbval-lax $(NOTEBOOKS)

lint: $(STAMP) ## ruff over the package and the tests
	$(BIN)/ruff check --no-cache src tests

report: $(STAMP) ## static HTML report of the notebooks (data/full/ when present) in reports/html/
	$(BIN)/python -m strikeclaims.dev.notebooks report $(NOTEBOOKS)

check-report: report ## open the report in headless Chromium: screenshots and checks of what it renders
	scripts/check-report

bench: $(STAMP) ## benchmark at 100,000 reports
	$(BIN)/strikeclaims bench --reports 100000

clean: ## remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis .cache
