# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Labelled sets the triage and answer models learn from; faq_holdout*.yaml are only measured, never trained on.
TRAINING_SETS := $(sort $(wildcard tests/data/faq_dev*.yaml))

.PHONY: run test lint typecheck unit eval eval-table bench triage-model triage-cv answer-model answer-cv models clean browser

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/migrasi-aman run --or-chat

test: $(STAMP) browser lint typecheck unit

# The console's browser tests drive Debian's chromium (never a browser downloaded by Playwright). Installed
# only when missing; if that fails the browser tests skip and say why.
browser:
	@test -x /usr/bin/chromium || (apt-get update && apt-get install -y chromium) \
		|| echo "chromium could not be installed: the console's browser tests will be skipped"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/migrasi-aman faq lint
	$(BIN)/migrasi-aman faq train-triage --check $(TRAINING_SETS)
	$(BIN)/migrasi-aman faq train-answer --check $(TRAINING_SETS)

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -q

eval: $(STAMP)
	for set in $(TRAINING_SETS) $(wildcard tests/data/faq_holdout*.yaml); do \
		$(BIN)/migrasi-aman faq eval $$set --no-fail || exit 1; done

# One line per set: the bot's calibrated reply decision beside the matcher's hand-set thresholds.
eval-table: $(STAMP)
	$(BIN)/migrasi-aman faq eval --table --policy both --no-fail $(TRAINING_SETS) \
		$(wildcard tests/data/faq_holdout*.yaml)

bench: $(STAMP)
	$(BIN)/python -m benchmarks.matcher

triage-model: $(STAMP)
	$(BIN)/migrasi-aman faq train-triage $(TRAINING_SETS)

triage-cv: $(STAMP)
	$(BIN)/migrasi-aman faq train-triage --cv $(TRAINING_SETS)

# The answer confidence (and its reply thresholds) depends on the FAQ content and the sets: retrain after
# changing either (`make lint` says when).
answer-model: $(STAMP)
	$(BIN)/migrasi-aman faq train-answer $(TRAINING_SETS)

answer-cv: $(STAMP)
	$(BIN)/migrasi-aman faq train-answer --cv $(TRAINING_SETS)

# Everything learned from the content and the labelled sets, in one command.
models: triage-model answer-model

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
