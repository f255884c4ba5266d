# Two commands do all the set-up on a fresh machine:
#   make run    creates .venv, installs timeline, builds the seed article into site/
#   make test   creates .venv, installs timeline with its test tools (and Chromium, ical.js, axe-core), runs the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install examples bench bench-scale clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m compileall -q timeline  # an editable install compiles nothing; a shell with PYTHONDONTWRITEBYTECODE never would
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	mkdir -p site
	$(BIN)/timeline extract seeds/ -o site/mentions.jsonl
	@if $(BIN)/timeline --help | grep -q ' build '; then $(BIN)/timeline build seeds/ --out site; fi
	@echo "written: site/"

test: $(STAMP)
	bash scripts/install-test-deps.sh
	$(BIN)/python -m pytest -q

examples: $(STAMP)
	$(BIN)/timeline build seeds/ --out examples/seed-site
	bash scripts/install-test-deps.sh
	UPDATE_EXAMPLES=1 $(BIN)/python -m pytest -q tests/test_browser.py

# timeline beside dateparser (not a test). Corpus: the shared news corpus when the checkout sits beside it,
# else samples/news_sample.jsonl (the script prints which); `make bench CORPUS=file.jsonl` for another.
bench: $(STAMP)
	$(BIN)/python -m compileall -q timeline
	$(BIN)/python benchmarks/bench_dateparser.py $(CORPUS)

# Time and peak memory of build and extract at 100 KB, 1 MB, 10 MB of adversarial input (not a test).
bench-scale: $(STAMP)
	$(BIN)/python benchmarks/bench_scale.py

clean:
	rm -rf $(VENV) site
