"""Getting a file's bytes and its name, from a path, bytes, a file object or an upload."""

from __future__ import annotations

import difflib
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from score_helpers.data.loading import messages as msg
from score_helpers.data.loading.problems import DataFileNotFoundError, Problem, file_error

UPLOADED_NAME = msg.UPLOADED_FILE


def read_source(path_or_file: Any, name: str | None = None) -> tuple[bytes, str]:
    """Return the file's bytes and the file name to use in messages.

    Accepts a path (str or Path), bytes, a file-like object (binary or text, e.g. an
    io.BytesIO from an upload widget), or an ipywidgets FileUpload entry (a mapping with
    'content' and 'name').
    """
    if isinstance(path_or_file, (str, os.PathLike)):
        path = Path(path_or_file).expanduser()
        file = name or path.name
        return _read_path(path, file), file
    if isinstance(path_or_file, (bytes, bytearray, memoryview)):
        return bytes(path_or_file), name or UPLOADED_NAME
    if isinstance(path_or_file, Mapping) and "content" in path_or_file:
        file = name or str(path_or_file.get("name") or UPLOADED_NAME)
        return bytes(path_or_file["content"]), file
    if hasattr(path_or_file, "read"):
        file = name or _name_of(path_or_file)
        try:
            content = path_or_file.read()
        except (OSError, ValueError):
            raise file_error(file, msg.CANNOT_OPEN, msg.FIX_CANNOT_OPEN) from None
        if isinstance(content, str):
            return content.encode("utf-8"), file
        return bytes(content), file
    kind = type(path_or_file).__name__
    raise file_error(name or UPLOADED_NAME, msg.NOT_A_FILE.format(kind=kind), msg.FIX_NOT_A_FILE)


def _name_of(file_object: Any) -> str:
    raw_name = getattr(file_object, "name", None)
    return os.path.basename(raw_name) if isinstance(raw_name, str) and raw_name else UPLOADED_NAME


def _read_path(path: Path, file: str) -> bytes:
    if path.is_dir():
        raise file_error(file, msg.IS_A_FOLDER.format(path=f"'{path}'"), msg.FIX_IS_A_FOLDER)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        text = msg.FILE_NOT_FOUND.format(path=f"'{path}'", cwd=f"'{Path.cwd()}'")
        similar = _similar_file(path)
        fix = msg.FIX_FILE_NOT_FOUND
        if similar:
            fix = msg.FILE_NOT_FOUND_SIMILAR.format(similar=f"'{similar}'") + " " + fix
        raise DataFileNotFoundError([Problem(file, None, None, text)], fix) from None
    except OSError:
        raise file_error(file, msg.CANNOT_OPEN, msg.FIX_CANNOT_OPEN) from None


def _similar_file(path: Path) -> str | None:
    folder = path.parent if str(path.parent) else Path(".")
    try:
        names = [entry.name for entry in folder.iterdir() if entry.is_file()]
    except OSError:
        return None
    close = difflib.get_close_matches(path.name, names, n=1, cutoff=0.6)
    return close[0] if close else None
