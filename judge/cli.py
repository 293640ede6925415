"""The `judge` command: parse options, call one library function, pick a reporter.

This is the only module that turns a JudgeError into a message on stderr and an exit code:
0 accepted, 1 any other verdict, 2 usage or problem-format errors.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from judge.errors import JudgeError

if TYPE_CHECKING:
    from judge.batch import GradeResult
    from judge.judging.options import Measure

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


measure_option = click.option(
    "--measure", type=click.Choice(["auto", "instructions", "cpu"]), default="auto", show_default=True,
    help="Time complexity from instructions counted by callgrind (exact, needs valgrind), from CPU "
         "time, or auto: instructions where valgrind works.")


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
@click.option("-v", "--verbose", is_flag=True, help="Also show the sizes measured and why each ladder stopped.")
@measure_option
@handle_errors
def run(solution: Path, problem: str | None, problems_dirs: tuple[Path, ...], as_json: bool,
        no_complexity: bool, seed: int, budget: float, plot: Path | None, save: Path | None,
        no_sandbox: bool, verbose: bool, measure: Measure) -> None:
    """Judge one SOLUTION file: tests, then time and space complexity."""
    from judge.api import Options, judge_solution
    from judge.reports.progress import ProgressLine

    if plot is not None:
        from judge.reports.plot import require_matplotlib

        require_matplotlib()
    ensure_writable(plot, save)
    options = Options(problem=problem, problems_dirs=problems_dirs, complexity=not no_complexity,
                      seed=seed, budget_s=budget, confine=not no_sandbox, measure=measure)
    early = not as_json and sys.stdout.isatty()  # a person is watching: the tests' verdict first
    shown: list[bool] = []
    with ProgressLine(enabled=not as_json and sys.stderr.isatty()) as progress:

        def tests_done(interim: Any) -> None:
            from judge.reports.text import TextReporter

            progress.clear()
            click.echo(TextReporter(color=True).render_tests(interim), nl=False)
            shown.append(True)

        report = judge_solution(solution, options, progress=progress.update, on_tests=tests_done if early else None)
    _emit(report, as_json, verbose, tests_shown=bool(shown))
    if save is not None:
        from judge.reports.json import JsonReporter

        save.write_text(JsonReporter().render(report), encoding="utf-8")
    if plot is not None:
        from judge.reports.plot import PlotReporter

        PlotReporter().save(report, plot)
        if not as_json:
            click.echo(f"plot written to {plot}", err=True)
    sys.exit(0 if report.verdict.passed else 1)


def _emit(report: Any, as_json: bool, verbose: bool = False, tests_shown: bool = False) -> None:
    if as_json:
        from judge.reports.json import JsonReporter

        click.echo(JsonReporter().render(report))
    else:
        from judge.reports.text import TextReporter

        click.echo(TextReporter(color=sys.stdout.isatty(), verbose=verbose, tests_shown=tests_shown).render(report),
                   nl=False)


@cli.command()
@click.argument("report_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Render as JSON instead of text.")
@click.option("-v", "--verbose", is_flag=True, help="Also show the sizes measured and why each ladder stopped.")
@handle_errors
def render(report_file: Path, as_json: bool, verbose: bool) -> None:
    """Render a report saved with `judge run --save` again."""
    from judge.errors import UsageError
    from judge.report import Report

    try:
        report = Report.from_dict(json.loads(report_file.read_text(encoding="utf-8")))
    except (ValueError, KeyError, TypeError) as exc:
        raise UsageError(f"{report_file} is not a saved judge report ({exc}). "
                         "Save one with `judge run SOLUTION --save FILE`.") from None
    _emit(report, as_json, verbose)
    sys.exit(0 if report.verdict.passed else 1)


@cli.command("list")
@problems_dir_option
@click.option("--topic", help="Only problems with this topic tag (e.g. 'linked list', 'graph').")
@click.option("--difficulty", type=click.Choice(["easy", "medium", "hard"]), help="Only this difficulty.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@handle_errors
def list_command(problems_dirs: tuple[Path, ...], topic: str | None, difficulty: str | None, as_json: bool) -> None:
    """List the available problems."""
    from judge.api import list_problems
    from judge.reports.problems import list_json, list_rows

    problems, broken = list_problems(problems_dirs)
    for line in broken:
        click.echo(f"judge: skipped broken problem {line}", err=True)
    if topic:
        problems = [p for p in problems if any(topic.lower() in tag.lower() for tag in p.tags)]
    if difficulty:
        problems = [p for p in problems if p.difficulty == difficulty]
    if as_json:
        click.echo(list_json(problems))
        return
    from rich.console import Console
    from rich.table import Table

    header, rows = list_rows(problems)
    table = Table(box=None, pad_edge=False, header_style="bold")
    for column in header:  # slugs are what a person types next: never cut; titles and topics wrap
        longest = max((len(row[0]) for row in rows), default=4) if column == "slug" else None
        table.add_column(column, no_wrap=column not in ("title", "topics"), min_width=longest)
    for row in rows:
        table.add_row(*row)
    Console(no_color=not sys.stdout.isatty(), width=160).print(table)


@cli.command()
@click.argument("problem")
@problems_dir_option
@click.option("--stub", is_flag=True, help="Write a starter file PROBLEM.py (LeetCode's signature) here.")
@handle_errors
def show(problem: str, problems_dirs: tuple[Path, ...], stub: bool) -> None:
    """Show a PROBLEM's statement, entry signature, examples and limits."""
    from judge.errors import UsageError
    from judge.problem.discovery import find_problem
    from judge.problem.loader import load_problem
    from judge.reports.problems import show_text, stub_text

    p = load_problem(find_problem(problem, problems_dirs))
    if not stub:
        click.echo(show_text(p))
        return
    target = Path.cwd() / f"{p.slug}.py"
    if target.exists():
        raise UsageError(f"{target} already exists; judge show --stub never overwrites a file. "
                         "Move it away or run the command in another folder.")
    target.write_text(stub_text(p), encoding="utf-8")
    click.echo(f"wrote {target.name}: edit it, then run `judge run {target.name}`")


@cli.command()
@click.argument("slug")
@click.option("--problems-dir", "problems_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("problems"), show_default=True, help="Folder to create the problem folder in.")
@handle_errors
def new(slug: str, problems_dir: Path) -> None:
    """Scaffold a complete, working problem folder SLUG to edit from."""
    from judge.authoring import new_problem

    root = new_problem(slug, problems_dir)
    click.echo(f"created {root}")
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        click.echo(f"  {path.relative_to(root)}")
    click.echo(f"\nNext: edit the files, then run `judge verify {root}`.")


@cli.command()
@click.argument("problems", nargs=-1, required=True)
@problems_dir_option
@click.option("--budget", type=click.FloatRange(1.0, 600.0), default=8.0, show_default=True,
              help="Wall-clock seconds for each judged file's complexity phase (the reference gets at least 15).")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed for generated inputs.")
@click.option("--jobs", type=click.IntRange(1), default=None, help="Files judged at once (default: CPU count).")
@click.option("--quick", is_flag=True, help="No complexity phase: format, generators, and every solution on the "
              "tests (too_slow submissions must pass them). What CI runs for the whole library.")
@handle_errors
def verify(problems: tuple[str, ...], problems_dirs: tuple[Path, ...], budget: float, seed: int,
           jobs: int | None, quick: bool) -> None:
    """Check PROBLEM folders (slugs or paths) and report every finding with its fix.

    Exit 0 when sound, 1 when not, 2 when a problem cannot be found.
    """
    from judge.authoring import verify as verify_problems
    from judge.reports.verify import render_verify

    def progress(message: str) -> None:
        if sys.stderr.isatty():
            click.echo(click.style(f"  {message}", dim=True), err=True)

    results = verify_problems(problems, problems_dirs, budget_s=budget, seed=seed, jobs=jobs, progress=progress,
                              complexity=not quick)
    click.echo(render_verify(results), nl=False)
    sys.exit(0 if all(r.ok for r in results) else 1)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@problems_dir_option
@click.option("--junit", type=click.Path(dir_okay=False, path_type=Path), help="Write JUnit XML for CI here.")
@click.option("--json", "json_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Write a JSON array of the per-solution reports here.")
@click.option("--html", type=click.Path(dir_okay=False, path_type=Path),
              help="Write one self-contained HTML page here (plots need matplotlib).")
@click.option("--jobs", type=click.IntRange(1), default=None,
              help="Solutions judged at once (default: CPU count); complexity phases still take turns.")
@click.option("--budget", type=click.FloatRange(1.0, 600.0), default=15.0, show_default=True,
              help="Wall-clock seconds for each solution's complexity phase.")
@click.option("--no-complexity", is_flag=True, help="Only run the tests; skip the complexity phases.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed for generated inputs.")
@measure_option
@handle_errors
def grade(paths: tuple[Path, ...], problems_dirs: tuple[Path, ...], junit: Path | None, json_file: Path | None,
          html: Path | None, jobs: int | None, budget: float, no_complexity: bool, seed: int, measure: Measure) -> None:
    """Grade every solution file under PATHS; a summary table at the end, exit 1 unless all pass."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from judge.api import Options
    from judge.batch import Unmatched, collect_solutions
    from judge.batch import grade as grade_all
    from judge.report import Report
    from judge.reports.github import GithubReporter, in_github_actions
    from judge.reports.summary import SummaryReporter, verdict_text

    if html is not None:
        from judge.reports.plot import has_matplotlib

        if not has_matplotlib():
            click.echo("judge: note: matplotlib is not installed, the HTML report will have no plots "
                       "(pip install 'judge[plot]').", err=True)
    options = Options(problems_dirs=problems_dirs, complexity=not no_complexity, seed=seed, budget_s=budget,
                      measure=measure)
    ensure_writable(junit, json_file, html)  # before minutes of grading, not after
    files = collect_solutions(paths)  # a missing path fails here, before the progress bar
    console = Console(stderr=True)
    with Progress(TextColumn("grading"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("{task.description}"), console=console, transient=True,
                  disable=not console.is_terminal) as bar:
        task = bar.add_task("", total=len(files))

        def done(path: Path, entry: Report | Unmatched) -> None:
            bar.update(task, advance=1, description=f"{path.name}: {verdict_text(entry)}")

        result = grade_all(files, options, jobs=jobs, on_done=done)
    tty = sys.stdout.isatty()
    width = shutil.get_terminal_size().columns if tty else 240
    click.echo(SummaryReporter(color=tty, width=width).render_many(result.entries, result.seconds), nl=False)
    _write_outputs(result, junit, json_file, html)
    if in_github_actions():
        github = GithubReporter()
        for line in github.annotations(result.entries):
            click.echo(line)
        github.append_summary(result.entries, seconds=result.seconds)
    sys.exit(0 if result.all_accepted else 1)


def ensure_writable(*paths: Path | None) -> None:
    """Create the folders of output files and check they can be written, up front."""
    from judge.errors import UsageError

    for path in paths:
        if path is None:
            continue
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "a", encoding="utf-8"):
                pass
        except OSError as exc:
            raise UsageError(f"cannot write {path} ({exc.strerror}). Pass a path in a folder you can write to.") \
                from None


def _write_outputs(result: GradeResult, junit: Path | None, json_file: Path | None, html: Path | None) -> None:
    """Each requested file, named on stderr; an unwritable path is a usage error, not a traceback."""
    from judge.errors import UsageError

    writers: list[tuple[Path | None, Callable[[], str]]] = []
    if junit is not None:
        from judge.reports.junit import JunitReporter

        writers.append((junit, lambda: JunitReporter().render_many(result.entries, result.seconds)))
    if json_file is not None:
        from judge.reports.json import JsonReporter

        writers.append((json_file, lambda: JsonReporter().render_many(result.entries) + "\n"))
    if html is not None:
        from judge.reports.html import HtmlReporter

        writers.append((html, lambda: HtmlReporter().render_many(result.entries, result.seconds)))
    for path, render in writers:
        assert path is not None
        try:
            path.write_text(render(), encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot write {path} ({exc.strerror}). Pass a path in a folder you can write to.") \
                from None
        click.echo(f"wrote {path}", err=True)


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
    from judge.sandbox import callgrind

    tool = callgrind.find()
    if tool is not None:
        click.echo(f"Time complexity from instructions counted by callgrind: {tool.describe()}.")
    else:
        click.echo(f"Time complexity from CPU time: {callgrind.why_not()}.")


def _terminate(signum: int, frame: object) -> None:
    """SIGTERM unwinds like Ctrl-C, so workers are stopped and temporary folders removed."""
    raise KeyboardInterrupt


def main() -> None:
    import signal

    signal.signal(signal.SIGTERM, _terminate)
    cli(prog_name="judge")
