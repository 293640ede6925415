"""A value as a person reads it in a message: JSON, cut sensibly."""

from __future__ import annotations

import json
from typing import Any


def preview(value: Any, limit: int = 300) -> str:
    """A JSON rendering cut sensibly: long lists say how many items they hold."""
    text = json.dumps(value, separators=(", ", ": "), default=str)
    if len(text) <= limit:
        return text
    size = f"  ({len(value):,} items)" if isinstance(value, (list, str, dict)) else ""
    return text[:limit] + f" ...{size}"
