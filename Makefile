# Two entry points, both from a fresh clone:
#   make demo   set up .venv, assemble the embedded model, extract the five seed articles
#   make test   set up .venv and run the test suite (the embedded model included)
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: setup demo test eval lint ui bench

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	$(VENV)/bin/summarizer model
	touch $(STAMP)

demo: setup
	$(VENV)/bin/summarizer extract examples/seeds/*.txt --format table --json-out out/seeds

test: setup
	$(PY) -m pytest -q -rs

eval: setup
	$(VENV)/bin/summarizer eval --gold evals/gold --out evals/out/latest

lint: setup
	$(VENV)/bin/ruff check summarizer tests ui benchmarks evals
	$(VENV)/bin/mypy summarizer

ui: setup
	$(VENV)/bin/summarizer ui

bench: setup
	$(PY) benchmarks/pipeline_timing.py
