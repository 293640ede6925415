"""The `judge` command: parse options, call one library function, pick a reporter.

This is the only module that turns a JudgeError into a message on stderr and an exit code:
0 accepted, 1 any other verdict, 2 usage or problem-format errors.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from judge.errors import JudgeError

F = TypeVar("F", bound=Callable[..., Any])


def problems_dir_option(function: F) -> F:
    """Shared by every command that looks problems up (pip-tools style shared options)."""
    return click.option(
        "--problems-dir", "problems_dirs", multiple=True,
        type=click.Path(file_okay=False, path_type=Path),
        help="Folder of problem folders, searched before $JUDGE_PROBLEMS, ./problems and the bundled set.",
    )(function)


def handle_errors(function: F) -> F:
    """JudgeError -> one paragraph on stderr and its exit code; never a traceback."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return function(*args, **kwargs)
        except JudgeError as exc:
            click.echo(f"judge: error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("judge: interrupted", err=True)
            sys.exit(130)
        except Exception as exc:
            if os.environ.get("JUDGE_DEBUG"):
                raise
            click.echo(f"judge: internal error: {type(exc).__name__}: {exc}. This is a bug in the judge; "
                       "rerun with JUDGE_DEBUG=1 for the traceback and report it.", err=True)
            sys.exit(3)

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="judge")
def cli() -> None:
    """A local judge for algorithm practice: correctness and measured complexity."""


@cli.command()
@click.argument("solution", type=click.Path(path_type=Path))
@click.option("--problem", help="Problem slug or folder (default: from the solution's file name).")
@problems_dir_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object on stdout and nothing else.")
@click.option("--no-complexity", is_flag=True, help="Only run the tests; skip the complexity phase.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed for generated inputs.")
@click.option("--budget", type=click.FloatRange(1.0, 600.0), default=15.0, show_default=True,
              help="Wall-clock seconds for the complexity phase.")
@click.option("--plot", type=click.Path(dir_okay=False, path_type=Path),
              help="Draw measured points and fitted curves to this PNG (needs matplotlib).")
@click.option("--save", type=click.Path(dir_okay=False, path_type=Path),
              help="Also save the report as JSON (render it again with `judge render`).")
@click.option("--no-sandbox", is_flag=True, help="Skip the isolation layers (limits still apply).")
@handle_errors
def run(solution: Path, problem: str | None, problems_dirs: tuple[Path, ...], as_json: bool,
        no_complexity: bool, seed: int, budget: float, plot: Path | None, save: Path | None,
        no_sandbox: bool) -> None:
    """Judge one SOLUTION file: tests, then time and space complexity."""
    from judge.api import Options, judge_solution
    from judge.reports.progress import ProgressLine

    if plot is not None:
        from judge.reports.plot import require_matplotlib

        require_matplotlib()
    options = Options(problem=problem, problems_dirs=problems_dirs, complexity=not no_complexity,
                      seed=seed, budget_s=budget, confine=not no_sandbox)
    with ProgressLine(enabled=not as_json and sys.stderr.isatty()) as progress:
        report = judge_solution(solution, options, progress=progress.update)
    _emit(report, as_json)
    if save is not None:
        save.write_text(json.dumps(report.to_dict(), indent=2, default=str), encoding="utf-8")
    if plot is not None:
        from judge.reports.plot import PlotReporter

        PlotReporter().save(report, plot)
        if not as_json:
            click.echo(f"plot written to {plot}", err=True)
    sys.exit(0 if report.verdict.passed else 1)


def _emit(report: Any, as_json: bool) -> None:
    if as_json:
        from judge.reports.json import JsonReporter

        click.echo(JsonReporter().render(report))
    else:
        from judge.reports.text import TextReporter

        click.echo(TextReporter(color=sys.stdout.isatty()).render(report), nl=False)


@cli.command()
@click.argument("report_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Render as JSON instead of text.")
@handle_errors
def render(report_file: Path, as_json: bool) -> None:
    """Render a report saved with `judge run --save` again."""
    from judge.errors import UsageError
    from judge.report import Report

    try:
        report = Report.from_dict(json.loads(report_file.read_text(encoding="utf-8")))
    except (ValueError, KeyError, TypeError) as exc:
        raise UsageError(f"{report_file} is not a saved judge report ({exc}). "
                         "Save one with `judge run SOLUTION --save FILE`.") from None
    _emit(report, as_json)
    sys.exit(0 if report.verdict.passed else 1)


@cli.command("list")
@problems_dir_option
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@handle_errors
def list_command(problems_dirs: tuple[Path, ...], as_json: bool) -> None:
    """List the available problems."""
    from judge.api import list_problems

    problems = list_problems(problems_dirs)
    if as_json:
        click.echo(json.dumps([{"slug": p.slug, "title": p.title, "difficulty": p.difficulty,
                                "time": p.time.name, "space": p.space.name, "tags": list(p.tags),
                                "path": str(p.root)} for p in problems], indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(box=None, pad_edge=False, header_style="bold")
    for column in ("slug", "title", "difficulty", "time", "space"):
        table.add_column(column)
    for p in problems:
        table.add_row(p.slug, p.title, p.difficulty, p.time.name, p.space.name)
    Console(no_color=not sys.stdout.isatty(), width=120).print(table)


@cli.command()
@click.argument("problem")
@problems_dir_option
@handle_errors
def show(problem: str, problems_dirs: tuple[Path, ...]) -> None:
    """Show a PROBLEM's statement, entry signature, examples and limits."""
    from judge.grading import entry_parameters
    from judge.problem.discovery import find_problem
    from judge.problem.loader import load_problem
    from judge.reports.text import preview

    p = load_problem(find_problem(problem, problems_dirs))
    params = ", ".join(entry_parameters(p.reference, p.entry))
    click.echo(f"{p.title}  ({p.slug}, {p.difficulty}{', ' + ', '.join(p.tags) if p.tags else ''})\n")
    click.echo(p.statement.rstrip() + "\n")
    click.echo(f"Entry     def {p.entry}({params})   (or class Solution with that method)")
    if p.returns:
        click.echo(f"Answer    the argument {p.returns!r} after the call (in place)")
    click.echo(f"Expected  time {p.time.name}, space {p.space.name}")
    click.echo(f"Limits    {p.limits.time_limit_s:g} s CPU per test, {p.limits.memory_mb} MiB")
    for test in p.examples:
        click.echo(f"\nExample {test.name}:\n  input   {preview(dict(test.input))}")
        if test.has_output:
            click.echo(f"  output  {preview(test.output)}")


@cli.command()
@handle_errors
def doctor() -> None:
    """Show which sandbox layers work on this machine, and why others do not."""
    from judge.sandbox.isolation import detect_layers

    layers = detect_layers()
    for layer in layers:
        mark = click.style("on ", fg="green") if layer.active else click.style("off", fg="yellow")
        click.echo(f"  {mark}  {layer.name:<22} {layer.detail}")
    missing = [layer.name for layer in layers if not layer.active]
    if missing:
        click.echo(f"\n{len(missing)} layer(s) unavailable: solutions run with the remaining protection.")
    else:
        click.echo("\nAll isolation layers are active.")


def main() -> None:
    cli(prog_name="judge")
