"""A live one-line progress display on stderr (only when stderr is a terminal)."""

from __future__ import annotations

import sys
import time
from types import TracebackType


class ProgressLine:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._last = 0.0
        self._width = 0

    def __enter__(self) -> ProgressLine:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.clear()

    def clear(self) -> None:
        """Wipe the line, so that other output can be printed where it stood."""
        if self.enabled and self._width:
            sys.stderr.write("\r" + " " * self._width + "\r")
            sys.stderr.flush()
            self._width = 0

    def update(self, message: str, fraction: float) -> None:
        now = time.monotonic()
        if not self.enabled or now - self._last < 0.1:
            return
        self._last = now
        filled = int(max(0.0, min(1.0, fraction)) * 20)
        line = f"  [{'#' * filled}{'.' * (20 - filled)}] {message}"
        self._width = max(self._width, len(line))
        sys.stderr.write("\r" + line.ljust(self._width))
        sys.stderr.flush()
