# Two commands do all set-up on a fresh machine: `make run` and `make test`.
# Both install the committed lock (exact versions, with hashes) first, then the project itself.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
PIP := $(BIN)/python -m pip --disable-pip-version-check

.PHONY: run test lint format bench lock clean

$(BIN)/python:
	@echo "newsline: creating $(VENV) (first run only)"
	$(PYTHON) -m venv $(VENV)

$(RUN_STAMP): requirements.lock pyproject.toml | $(BIN)/python
	@echo "newsline: installing dependencies from requirements.lock (first run only, about 30 s)"
	$(PIP) install --quiet --require-hashes --no-deps -r requirements.lock
	$(PIP) install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(TEST_STAMP): requirements-test.lock pyproject.toml | $(BIN)/python
	@echo "newsline: installing dependencies from requirements-test.lock (first run only, about 30 s)"
	$(PIP) install --quiet --require-hashes --no-deps -r requirements-test.lock
	$(PIP) install --quiet --no-deps --no-build-isolation -e .
	touch $@ $(RUN_STAMP)

run: $(RUN_STAMP)
	$(BIN)/newsline

test: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/python -m pytest -n 2

lint: $(TEST_STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(TEST_STAMP)
	$(BIN)/python bench/run_all.py

# Refresh the lock files from the ranges in pyproject.toml (needs the network).
lock: | $(BIN)/python
	$(PIP) install --quiet uv
	$(BIN)/uv pip compile --universal --python-version 3.11 --generate-hashes --quiet \
		--custom-compile-command "make lock" pyproject.toml requirements-build.in -o requirements.lock
	$(BIN)/uv pip compile --universal --python-version 3.11 --generate-hashes --quiet \
		--custom-compile-command "make lock" --extra test pyproject.toml requirements-build.in -o requirements-test.lock

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
