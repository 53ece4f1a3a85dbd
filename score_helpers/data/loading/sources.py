"""Getting a file's bytes and its name, from a path, bytes, a file object or an upload."""

from __future__ import annotations

import difflib
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from score_helpers.data.loading import messages as msg
from score_helpers.data.loading.limits import MAX_FILE_BYTES, check_size
from score_helpers.data.loading.problems import DataFileNotFoundError, Problem, file_error


def read_source(path_or_file: Any, name: str | None = None) -> tuple[bytes, str]:
    """Return the file's bytes and the file name to use in messages.

    Accepts a path (str or Path), bytes, a file-like object (binary or text, e.g. an
    io.BytesIO from an upload widget), or an ipywidgets FileUpload entry (a mapping with
    'content' and 'name').

    A file above limits.MAX_FILE_BYTES is refused with a DataError; no more than that
    plus one byte is ever read from a path or a file object.
    """
    if isinstance(path_or_file, (str, os.PathLike)):
        path = Path(path_or_file).expanduser()
        file = name or path.name
        return _checked(_read_path(path, file), file), file
    if isinstance(path_or_file, (bytes, bytearray, memoryview)):
        file = name or msg.UPLOADED_FILE
        check_size(len(path_or_file), file)
        return bytes(path_or_file), file
    if isinstance(path_or_file, Mapping) and "content" in path_or_file:
        file = name or str(path_or_file.get("name") or msg.UPLOADED_FILE)
        check_size(len(path_or_file["content"]), file)
        return bytes(path_or_file["content"]), file
    if hasattr(path_or_file, "read"):
        file = name or _name_of(path_or_file)
        try:
            content = _read_at_most(path_or_file, MAX_FILE_BYTES + 1)
        except (OSError, ValueError):
            raise file_error(file, msg.CANNOT_OPEN, msg.FIX_CANNOT_OPEN) from None
        if isinstance(content, str):
            content = content.encode("utf-8")
        return _checked(bytes(content), file), file
    kind = type(path_or_file).__name__
    raise file_error(name or msg.UPLOADED_FILE, msg.NOT_A_FILE.format(kind=kind),
                     msg.FIX_NOT_A_FILE)


def _read_at_most(file_object: Any, size: int) -> bytes | str:
    """Read up to `size` bytes (or characters); all of it from an object whose read()
    takes no size."""
    try:
        return file_object.read(size)
    except TypeError:
        return file_object.read()


def _checked(content: bytes, file: str) -> bytes:
    """The content, or a DataError when it is above the size limit (it was read up to the
    limit plus one byte, so its whole size is not known)."""
    check_size(len(content), file, exact=False)
    return content


def _name_of(file_object: Any) -> str:
    raw_name = getattr(file_object, "name", None)
    if isinstance(raw_name, str) and raw_name:
        return os.path.basename(raw_name)
    return msg.UPLOADED_FILE


def _read_path(path: Path, file: str) -> bytes:
    if path.is_dir():
        raise file_error(file, msg.IS_A_FOLDER.format(path=f"'{path}'"), msg.FIX_IS_A_FOLDER)
    try:
        check_size(path.stat().st_size, file)  # refused before anything is read
        with path.open("rb") as stream:  # a device or a growing file: never read whole
            return stream.read(MAX_FILE_BYTES + 1)
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
