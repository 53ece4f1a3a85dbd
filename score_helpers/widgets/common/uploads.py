"""The apps' upload limit, checked before any parsing (the loader's own limits on rows,
cells and unpacked size then apply too: score_helpers/data/loading/limits.py).

    check_upload_size("daily.xlsx", content)   # UploadTooBigError above MAX_UPLOAD_BYTES

Voila's websocket drops a message over 10 MiB before the kernel sees it, unless the
server raises tornado's websocket_max_message_size; 10 MB keeps below that.
"""

from __future__ import annotations

MAX_UPLOAD_MB = 10
MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024


class UploadTooBigError(ValueError):
    """An upload above MAX_UPLOAD_BYTES: refused before anything is parsed."""

    def __init__(self, file: str, size: int) -> None:
        self.file, self.size = file, size
        super().__init__(f"{file}: {size} bytes, more than {MAX_UPLOAD_BYTES}")

    @property
    def megabytes(self) -> str:
        """The size as people read it: '12.4'."""
        return f"{self.size / 1024 / 1024:.1f}"


def check_upload_size(file: str, content: bytes | memoryview) -> bytes:
    """The upload's bytes, or UploadTooBigError when it is above MAX_UPLOAD_BYTES."""
    if len(content) > MAX_UPLOAD_BYTES:
        raise UploadTooBigError(file, len(content))
    return bytes(content)
