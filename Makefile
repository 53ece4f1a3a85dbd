# Two commands do all the set-up; see README.md. On Windows use make.bat (same targets).
PYTHON ?= python3

.PHONY: start test apps setup setup-hub wheelhouse lint clean
start:  ## create .venv on first use, install what participants and trainers need, open JupyterLab
	$(PYTHON) bootstrap.py start
test:   ## the same set plus the test tools (pytest, Playwright, ruff...), run every test
	$(PYTHON) bootstrap.py test
apps:   ## serve the Voila apps in apps/
	$(PYTHON) bootstrap.py apps
setup:  ## only create and fill .venv
	$(PYTHON) bootstrap.py setup
setup-hub:  ## the same, plus JupyterHub for a class on one server (deploy/README.md)
	$(PYTHON) bootstrap.py setup-hub
wheelhouse:  ## save every wheel (make start, the class hub, make test) to wheelhouse/
	$(PYTHON) bootstrap.py wheelhouse
lint:   ## the test tools too, then ruff
	$(PYTHON) bootstrap.py lint
clean:
	rm -rf .venv
