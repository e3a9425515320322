# Two entry points for a fresh machine: `make demo` and `make test` (CI runs `make test`).
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
DEMO_HOME ?= .arkiv-demo

.PHONY: install ocr-engine browser demo test clean-demo

$(BIN)/arkiv: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/arkiv ocr-engine browser

# Scanned PDFs need Tesseract with its Swedish model (Debian packages); installed when we are root.
ocr-engine:
	@if ! tesseract --list-langs 2>/dev/null | grep -qx swe; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr tesseract-ocr-swe >/dev/null; \
	  else \
	    echo "OCR av inskannade PDF:er kräver Tesseract: kör 'sudo apt-get install tesseract-ocr tesseract-ocr-swe'"; \
	  fi; \
	fi

# The web tests drive Debian's headless Chromium through its chromedriver (never a downloaded browser).
browser:
	@if ! command -v chromedriver >/dev/null || ! command -v chromium >/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	  else \
	    echo "Webbläsartesterna kräver Chromium: kör 'sudo apt-get install chromium chromium-driver'"; \
	  fi; \
	fi

demo: install
	ARKIV_HOME=$(DEMO_HOME) $(BIN)/arkiv ingest corpus/
	ARKIV_HOME=$(DEMO_HOME) $(BIN)/arkiv status
	ARKIV_HOME=$(DEMO_HOME) $(BIN)/arkiv show 2024-03-14_protokoll.pdf §15
	ARKIV_HOME=$(DEMO_HOME) $(BIN)/arkiv search "vilka beslut bordlades om äskanden" -n 3
	ARKIV_HOME=$(DEMO_HOME) $(BIN)/arkiv search "eget kapital" -n 3
	ARKIV_HOME=$(DEMO_HOME) $(BIN)/arkiv search "NSF 2024/9"
	ARKIV_HOME=$(DEMO_HOME) $(BIN)/arkiv dnr "NSF 2024/9"
	ARKIV_HOME=$(DEMO_HOME) $(BIN)/arkiv check
	ARKIV_HOME=$(DEMO_HOME) $(BIN)/arkiv export | head -c 400; echo

test: install
	HF_HUB_OFFLINE=1 $(BIN)/pytest -q

clean-demo:
	rm -rf $(DEMO_HOME)
