from __future__ import annotations

import base64
import re
from html.parser import HTMLParser

import pytest

from judge.batch import Unmatched
from judge.report import Report
from judge.reports.html import HtmlReporter

from .conftest import wrong


class Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Collector()
    parser.feed(page)
    return parser.tags


def test_summary_table_and_sections(entries: list[Report | Unmatched]) -> None:
    page = HtmlReporter(plots=False).render_many(entries, seconds=10)
    assert page.startswith("<!DOCTYPE html>")
    for header in ("Solution", "Problem", "Verdict", "Tests passed", "Seconds"):
        assert f">{header}</th>" in page
    for header in ("Time", "Space"):
        assert f">{header}<small>measured / expected</small></th>" in page
    assert page.count("<tr>") == 1 + len(entries)
    assert page.count("<section") == len(entries)
    assert '<span class="nw st-worse">O(n^2)</span> / <span class="nw">O(n)</span>' in page
    assert "expected: 100" in page and "actual: 101" in page
    assert "not judged" in page


def test_self_contained_no_external_resources(entries: list[Report | Unmatched]) -> None:
    page = HtmlReporter(plots=False).render_many(entries)
    for tag, attrs in tags(page):
        for name in ("src", "href"):
            value = attrs.get(name) or ""
            assert not re.match(r"https?:|//", value), (tag, value)
    assert "<script" not in page


def test_solution_text_is_escaped() -> None:
    from dataclasses import replace

    report = wrong()
    bad = replace(report.cases[1], actual="<script>alert(1)</script>")
    page = HtmlReporter(plots=False).render(replace(report, cases=(report.cases[0], bad)))
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_plot_embedded_as_base64_png(entries: list[Report | Unmatched]) -> None:
    pytest.importorskip("matplotlib")
    page = HtmlReporter(plots=True).render_many(entries)
    images = [attrs["src"] for tag, attrs in tags(page) if tag == "img"]
    assert len(images) == 2  # the two reports with complexity results
    for src in images:
        assert src is not None and src.startswith("data:image/png;base64,")
        assert base64.b64decode(src.split(",", 1)[1]).startswith(b"\x89PNG\r\n\x1a\n")
