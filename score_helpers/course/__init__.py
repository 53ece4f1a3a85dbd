"""Delivering the course: the laptop check, slides, the class hub check and Voila servers.

- `doctor`        `score-lab doctor`: is this laptop ready (Python, packages, model, browser)?
- `checklist`     the laptop check as a short ✔/✘ checklist in plain words (module 00), the
                  details (each check, the package versions) behind a toggle;
- `quiet_lab`     `make start`'s JupyterLab: no news pop-up, no nbgrader authoring panels for
                  participants (`score-lab lab --trainer` keeps them);
- `slides`        reveal.js slides from the module notebooks, working offline;
- `deploy_check`  checks a class hub set-up (deploy/) before the workshop;
- `hub_login`     the class hub's login: a name, once taken, opens only with its owner's
                  password; trainers' names only with the trainer password;
- `hub_isolation` the isolated class hub: `hub_spawner` (each participant's server as
                  their own Linux user, sandboxed), `hub_users` (those users and groups)
                  and `cgroup_limits` (memory, CPU and processes per participant);
- `voila_server`  start Voila on a free port and wait until it answers (apps, tests,
                  benchmarks and screenshots share it).
"""
