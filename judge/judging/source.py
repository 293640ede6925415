"""The solution as read from disk, and how it is handed to a worker."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from judge.errors import SolutionFileError
from judge.problem.entry import entry_parameters
from judge.problem.model import Problem
from judge.sandbox.protocol import CodecStage
from judge.sandbox.runner import WorkerConfig


@dataclass(frozen=True)
class SolutionSource:
    path: Path
    text: str

    @classmethod
    def read(cls, path: Path | str) -> SolutionSource:
        path = Path(path)
        if not path.is_file():
            raise SolutionFileError(f"solution file {path} does not exist or is not a file. "
                                    "Pass the path of a .py file, e.g. `judge run solutions/two_sum.py`.")
        try:
            return cls(path.resolve(), path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            raise SolutionFileError(f"solution file {path} is not UTF-8 text. Save it as UTF-8.") from None
        except OSError as exc:
            raise SolutionFileError(f"solution file {path} cannot be read ({exc.strerror}).") from None


def ordered_args(args: Mapping[str, Any], order: Sequence[str]) -> dict[str, Any]:
    """Arguments in the reference's order, so a solution with other names gets them by position."""
    known = [k for k in order if k in args]
    return {**{k: args[k] for k in known}, **{k: v for k, v in args.items() if k not in known}}


def worker_config(problem: Problem, source: SolutionSource, *, memory_bytes: int | None = None,
                  confine: bool = True, codec_stage: CodecStage = "both") -> WorkerConfig:
    return WorkerConfig(
        source=source.text, filename=str(source.path), entry=problem.entry, returns=problem.returns,
        method=problem.method, params=entry_parameters(problem.reference, problem.entry),
        types=_stage_types(problem.types, codec_stage), design=problem.design,
        codec=problem.codec, codec_stage=codec_stage,
        memory_bytes=memory_bytes or problem.limits.memory_bytes, confine=confine,
    )


def _stage_types(types: tuple[tuple[str, str], ...], stage: CodecStage) -> tuple[tuple[str, str], ...]:
    """Half a codec's round trip: encoding builds the inputs, decoding reads back the answer."""
    if stage == "encode":
        return tuple((name, shape) for name, shape in types if name != "return")
    if stage == "decode":
        return tuple((name, shape) for name, shape in types if name == "return")
    return types
