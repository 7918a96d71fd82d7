# Two entry points, both from a fresh clone:
#   make demo   set up .venv, assemble the embedded model, extract the five seed articles
#   make test   set up .venv and run the test suite (the embedded model included)
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
# llama.cpp is compiled from source (PyPI has no wheel). A -march=native build used
# instructions this VM does not allow ("Illegal instruction" in libggml-cpu, AMX), so the
# instruction sets are chosen here: AVX-512 with VNNI where /proc/cpuinfo has them
# (prompt reading 60 tokens/s vs 36 with AVX2 only, benchmarks/README), else AVX2.
# The wheel is kept beside the model cache so later clones install it in seconds.
LLAMA_VERSION := 0.3.36
CPU_FLAGS := $(shell grep -m1 '^flags' /proc/cpuinfo 2>/dev/null)
LLAMA_BASE := -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON \
  -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF
# LLAMA_VARIANT=avx2 forces the AVX2 build on any machine: CI does, because the model's
# answers differ slightly between the two builds and the gate's baselines are the AVX2
# build's (evals/README.md, "One build for the gate").
ifndef LLAMA_VARIANT
ifeq ($(and $(findstring avx512_vnni,$(CPU_FLAGS)),$(findstring avx512_bf16,$(CPU_FLAGS)),$(findstring avx512vbmi,$(CPU_FLAGS)),$(findstring avx_vnni,$(CPU_FLAGS))),)
LLAMA_VARIANT := avx2
else
LLAMA_VARIANT := avx512
endif
endif
ifeq ($(LLAMA_VARIANT),avx512)
LLAMA_CMAKE := $(LLAMA_BASE) -DGGML_AVX512=ON -DGGML_AVX512_VBMI=ON -DGGML_AVX512_VNNI=ON \
  -DGGML_AVX512_BF16=ON -DGGML_AVX_VNNI=ON
else
LLAMA_CMAKE := $(LLAMA_BASE) -DGGML_AVX512=OFF
endif
WHEELS := $(HOME)/.cache/summarizer/wheels-$(LLAMA_VARIANT)
STAMP := $(VENV)/.installed-$(LLAMA_VARIANT)

.PHONY: setup demo test eval eval-check lint ui bench

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	ls $(WHEELS)/llama_cpp_python-$(LLAMA_VERSION)-*.whl >/dev/null 2>&1 || \
	  CMAKE_ARGS="$(LLAMA_CMAKE)" $(PY) -m pip wheel --quiet --no-deps --no-cache-dir \
	  llama-cpp-python==$(LLAMA_VERSION) -w $(WHEELS)
	$(PY) -m pip uninstall --quiet -y llama-cpp-python >/dev/null 2>&1 || true
	$(PY) -m pip install --quiet $(WHEELS)/llama_cpp_python-$(LLAMA_VERSION)-*.whl
	$(PY) -m pip install --quiet -e '.[dev]'
	$(VENV)/bin/summarizer model --prepare
	touch $(STAMP)

demo: setup
	$(VENV)/bin/summarizer extract examples/seeds/*.txt --format table --json-out out/seeds

test: setup
	$(PY) -m pytest -q -rs --durations=12

eval: setup
	$(VENV)/bin/summarizer eval --gold evals/gold --out evals/out/latest

# the full gate before a landing (CI gates a sample): the AVX2 build, as the baselines were
eval-check:
	LLAMA_VARIANT=avx2 $(MAKE) setup
	$(VENV)/bin/summarizer eval --gold evals/gold --out evals/out/latest --check
	$(VENV)/bin/summarizer eval --gold evals/gold --sample 38 --baseline evals/baseline_ci.json --out evals/out/ci --check

lint: setup
	$(VENV)/bin/ruff check summarizer tests ui benchmarks evals tools
	$(VENV)/bin/ruff format --check summarizer tests ui benchmarks evals tools
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy summarizer

ui: setup
	$(VENV)/bin/summarizer ui

bench: setup
	$(PY) benchmarks/pipeline_timing.py
