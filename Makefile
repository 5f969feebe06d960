# One-line aliases; configuration lives in pyproject.toml. `make generate` and `make test`
# do all set-up on a fresh machine (virtualenv from requirements.lock, Node tools via npm ci).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMPS := .stamps
CODE := generator tools bench tests

.PHONY: generate check test snapshots lint format bench corpus soak new-action

$(STAMPS)/venv: requirements.lock
	@mkdir -p $(STAMPS)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	@touch $@

$(STAMPS)/node: package.json package-lock.json
	@mkdir -p $(STAMPS)
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

generate: $(STAMPS)/venv
	$(PY) -m generator generate --strict

check: $(STAMPS)/venv
	$(PY) -m generator check --strict

$(STAMPS)/wheels: tests/release/index-requirements.txt $(STAMPS)/venv
	$(PY) -m tests.release.wheels
	@touch $@

test: $(STAMPS)/venv $(STAMPS)/node $(STAMPS)/wheels
	$(PY) -m pytest

# Every real-world spec, the large ones too (make test runs a representative slice).
corpus: $(STAMPS)/venv $(STAMPS)/node
	CORPUS=all $(PY) -m pytest tests/corpus

snapshots: $(STAMPS)/venv
	$(PY) -m tests.snapshots

lint: $(STAMPS)/venv
	$(PY) -m black --check $(CODE)
	$(PY) -m ruff check $(CODE)
	$(PY) -m mypy --strict generator tools

format: $(STAMPS)/venv
	$(PY) -m black $(CODE)

bench: $(STAMPS)/venv
	$(PY) -m bench

# Fault-injection soak of the client on 127.0.0.1 (bounded; make test runs a short slice).
soak: $(STAMPS)/venv
	$(PY) -m tests.soak

# ContactSwing only: scaffold a new action type, e.g. `make new-action TYPE=END_CALL`.
new-action: $(STAMPS)/venv
	$(PY) -m tools.new_action $(TYPE)

# The release loop (README "Releasing"): notes from the API diff, then build and publish.
.PHONY: release-notes build publish

release-notes: $(STAMPS)/venv
	$(PY) -m generator release-notes $(if $(DRY_RUN),--dry-run)

build: $(STAMPS)/venv
	$(PY) -m generator build

publish: $(STAMPS)/venv
	$(PY) -m generator publish
