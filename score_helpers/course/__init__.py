"""Delivering the course: the laptop check, slides, the class hub check and Voila servers.

- `doctor`        `score-lab doctor`: is this laptop ready (Python, packages, model, browser)?
- `slides`        reveal.js slides from the module notebooks, working offline;
- `deploy_check`  checks a class hub set-up (deploy/) before the workshop;
- `voila_server`  start Voila on a free port and wait until it answers (apps, tests,
                  benchmarks and screenshots share it).
"""
