# Two commands on a fresh clone (Python 3.11 + PyPI):  make charts   |   make test
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: charts test bench lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

## Regenerate every chart into output/ from seeds/ on the offline snapshot (no network).
charts: $(VENV)/.installed
	MPLBACKEND=Agg $(BIN)/python scripts/regenerate_charts.py

## Install the project with its test extra and run the whole suite.
test: $(VENV)/.installed-test
	MPLBACKEND=Agg $(BIN)/python -m pytest -q

bench: $(VENV)/.installed-test
	MPLBACKEND=Agg $(BIN)/python scripts/bench.py

lint: $(VENV)/.installed-test
	$(BIN)/ruff check timeline tests scripts
	$(BIN)/mypy

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
