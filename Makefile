# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck unit eval bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/migrasi-aman run --or-chat

test: $(STAMP) lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/migrasi-aman faq lint

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -q

eval: $(STAMP)
	for set in dev dev2 dev3 dev4 dev5 dev6; do \
		$(BIN)/migrasi-aman faq eval tests/data/faq_$$set.yaml --no-fail || exit 1; done

bench: $(STAMP)
	$(BIN)/python -m benchmarks.matcher

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
