# Two commands do all the set-up; see README.md. On Windows use make.bat (same targets).
PYTHON ?= python3

.PHONY: start test apps setup wheelhouse lint clean
start:  ## create .venv on first use, install, open JupyterLab on the curriculum
	$(PYTHON) bootstrap.py start
test:   ## create .venv on first use, install, run every test
	$(PYTHON) bootstrap.py test
apps:   ## serve the Voila apps in apps/
	$(PYTHON) bootstrap.py apps
setup:  ## only create and fill .venv
	$(PYTHON) bootstrap.py setup
wheelhouse:  ## save every wheel to wheelhouse/ for laptops with no internet
	$(PYTHON) bootstrap.py wheelhouse
lint:
	$(PYTHON) bootstrap.py setup && .venv/bin/ruff check .
clean:
	rm -rf .venv
