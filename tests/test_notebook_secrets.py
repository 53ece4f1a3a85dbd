"""Executed notebooks never show an API key, and run unchanged against an OpenAI-compatible
server: each module and app is executed with SCORE_LLM_BASE_URL pointing at
`score-lab llm serve` (class key set) and decoy cloud keys in the environment, then every
output is scanned for the keys and for anything that looks like a key."""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbclient
import nbformat
import pytest

from tests.conftest import CLASS_KEY, REPO

pytestmark = pytest.mark.model

DECOY_KEYS = {
    "OPENAI_API_KEY": "sk-proj-decoyDecoyDecoy0123456789abcdefXYZ",
    "AZURE_OPENAI_API_KEY": "0123456789abcdef0123456789abcdef",
}
KEY_LIKE = re.compile(r"sk-[A-Za-z0-9_-]{16,}|AKIA[0-9A-Z]{16}|Bearer\s+[A-Za-z0-9._-]{16,}")
NOTEBOOKS = sorted([*REPO.glob("modules/[0-9][0-9]_*.ipynb"), *REPO.glob("apps/*.ipynb")])


def _outputs_text(notebook: nbformat.NotebookNode) -> str:
    """Every output of every code cell, as one JSON text."""
    return json.dumps([cell.get("outputs", []) for cell in notebook.cells
                       if cell.cell_type == "code"], ensure_ascii=False)


def test_the_scan_finds_a_key_when_one_is_shown() -> None:
    shown = nbformat.v4.new_code_cell(outputs=[nbformat.v4.new_output(
        "stream", name="stdout", text=f"key is {CLASS_KEY}\n")])
    assert KEY_LIKE.search(_outputs_text(nbformat.v4.new_notebook(cells=[shown])))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_executed_notebook_shows_no_key(path: Path, class_server: str,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCORE_LLM_BASE_URL", class_server)
    monkeypatch.setenv("SCORE_LLM_API_KEY", CLASS_KEY)
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", "https://example.openai.azure.com")
    for name, value in DECOY_KEYS.items():
        monkeypatch.setenv(name, value)
    notebook = nbformat.read(path, as_version=4)
    nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}}).execute()
    outputs = _outputs_text(notebook)
    for secret in (CLASS_KEY, *DECOY_KEYS.values()):
        assert secret not in outputs, f"{path.name} shows an API key in its outputs"
    assert not KEY_LIKE.search(outputs), KEY_LIKE.search(outputs)
    if "llm.configured_provider()" in "".join(c.source for c in notebook.cells):
        assert f"openai-compatible · model default · {class_server}" in outputs, \
            "the notebook should say it talks to the class server"
