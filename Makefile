# Every target sets itself up: a fresh clone with only python3 is enough.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test test-all lint bench verify-all clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)  ## judge a bundled efficient solution, then a slow one
	$(BIN)/judge run solutions/two_sum.py ; \
	$(BIN)/judge run solutions/two_sum_brute.py ; \
	test $$? -eq 1

# The tests that time or count real code against wall budgets (marked slow) run alone;
# the rest, which time nothing, two at a time (1.5 min -> 50 s on 2 cores).
test: $(STAMP)  ## the full test suite (what CI runs)
	$(BIN)/python -m pytest -q -m "not slow" -n 2
	$(BIN)/python -m pytest -q -m slow

verify-all: $(STAMP)  ## every bundled problem, complexity phase included (~30 s a problem)
	$(BIN)/judge verify $$(ls judge/problems) --budget 8

lint: $(STAMP)
	$(BIN)/ruff check judge tests bench
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python bench/overhead.py
	$(BIN)/python bench/complexity_accuracy.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
