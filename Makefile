# Two commands set everything up on a fresh machine: `make generate` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SPEC ?= specs/ampeco.yaml
OUT ?= generated
PACKAGE ?= ampeco
AMPECO_SPEC ?= ../shared/specs/ampeco-public-api-3.110.0.json
AMPECO_OUT ?= build/ampeco-sdk

.PHONY: generate check test test-fast lint bench corpus ampeco update clean prism-sweep

$(BIN)/sdkgen: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.test-deps: $(BIN)/sdkgen
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

## generate: regenerate the committed SDK of our own spec into generated/
generate: $(BIN)/sdkgen
	$(BIN)/sdkgen generate --spec $(SPEC) --out $(OUT) --package $(PACKAGE)

## check: fail if generated/ drifted from what the generator would write
check: $(BIN)/sdkgen
	$(BIN)/sdkgen check --spec $(SPEC) --out $(OUT) --package $(PACKAGE)

## ampeco: generate the SDK of the real AMPECO spec into build/ (never committed)
ampeco: $(BIN)/sdkgen
	$(BIN)/sdkgen generate --spec $(AMPECO_SPEC) --out $(AMPECO_OUT) --package ampeco --config specs/sdkgen.yaml

# Prism, the mock server the conformance tests drive the generated client against, and pyright
# (npm's package of it), which type-checks a user's app of the generated SDK
node_modules/.bin/prism: package.json package-lock.json
	@command -v npm >/dev/null && node -e 'process.exit(parseInt(process.versions.node) < 18 ? 1 : 0)' || \
	  { echo "make test needs Node.js >= 18 with npm (for the Prism mock server); see Set-up in README.md" >&2; exit 1; }
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

## update: one command per AMPECO release: fetch the newest spec, diff it against the
## current one, regenerate the SDK with a CHANGELOG entry, and check the result
SPECS_DIR ?= specs
update: $(BIN)/sdkgen
	@set -e; \
	current=$$(ls $(SPECS_DIR)/ampeco-public-api-*.json 2>/dev/null | sort -V | tail -n 1); \
	new=$$($(BIN)/sdkgen fetch --out $(SPECS_DIR)); \
	echo "current spec: $${current:-none}"; echo "newest spec:  $$new"; \
	if [ -n "$$current" ] && [ "$$current" != "$$new" ]; then \
	  $(BIN)/sdkgen diff "$$current" "$$new" --sdk $(AMPECO_OUT) || true; \
	  $(BIN)/sdkgen generate --spec "$$new" --out $(AMPECO_OUT) --package ampeco --changelog-from "$$current"; \
	else \
	  $(BIN)/sdkgen generate --spec "$$new" --out $(AMPECO_OUT) --package ampeco; \
	fi; \
	$(BIN)/sdkgen check --spec "$$new" --out $(AMPECO_OUT) --package ampeco

## test: install test dependencies (Python and Prism) and run the whole suite (includes the drift check)
test: $(VENV)/.test-deps node_modules/.bin/prism
	$(BIN)/python -m pytest

## test-fast: the suite without the slow tests (real spec, packaging) and without Prism (no Node needed)
test-fast: $(VENV)/.test-deps
	$(BIN)/python -m pytest -m "not slow and not prism"

## lint: ruff check and mypy --strict on the generator's own code
lint: $(VENV)/.test-deps
	$(BIN)/ruff check generator
	$(BIN)/mypy --strict generator

## prism-sweep: every operation of the real spec against Prism in dynamic mode (PRISM_SEEDS=1,2,3)
prism-sweep: $(VENV)/.test-deps node_modules/.bin/prism
	AMPECO_SPEC=$(abspath $(AMPECO_SPEC)) $(BIN)/python -m pytest -q -s tests/test_prism_dynamic.py

## bench: generation time (and its growth with the spec's size), and the generated SDK's import
## time, first call and request overhead, beside the peers
bench: $(BIN)/sdkgen
	$(BIN)/python benchmarks/bench_generate.py
	$(BIN)/python benchmarks/bench_scale.py
	$(BIN)/python benchmarks/bench_import.py
	$(BIN)/python benchmarks/bench_diff.py
	rm -rf benchmarks/out/.trash  # outputs the runs set aside (see benchmarks/_harness.py: set_aside)

## corpus: every real-world spec of tests/corpus/ (small and big) through every check, beside openapi-python-client
corpus: $(VENV)/.test-deps
	$(BIN)/python benchmarks/corpus.py

clean:
	rm -rf build .pytest_cache
