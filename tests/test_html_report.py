"""``check --format html``: one self-contained page, Japanese intact, personal information masked, written atomically."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from outreach_lint import Linter
from outreach_lint.formatters.html import render_html

from ._cli import err, out, run

JA = "山田様🙇\n\nはじめまして😀、佐藤と申します。ご講演を拝見させていただきました！！\nよろしくお願いします。\n"
EN = "Hi {first_name}, my cell is (415) 555-0132, act now!!\n"


class _Page(HTMLParser):
    """Every tag with its attributes, and the external references a page could load."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    return parser


@pytest.fixture(scope="module")
def results():
    linter = Linter()
    return [
        linter.lint(JA, platform="linkedin", path="ja.md"),
        linter.lint(EN, platform="linkedin", path="en.md"),
    ]


def test_the_page_loads_nothing_from_elsewhere(results):
    page = render_html(results)
    parsed = _parse(page)
    for tag, attrs in parsed.tags:
        assert tag not in ("link", "img", "iframe", "object", "embed"), tag
        if tag == "script":
            assert "src" not in attrs
    assert not re.search(r"url\(|@import|https?://(?!www\.w3\.org/2000/svg)", page)
    (policy,) = [a["content"] for t, a in parsed.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert "default-src 'none'" in policy and "script-src 'sha256-" in policy


def test_japanese_is_marked_up_and_highlighted_where_the_findings_are(results):
    page = render_html(results)
    assert '<meta charset="utf-8">' in page
    assert '<pre class="draft-text" lang="ja">' in page and '<pre class="draft-text" lang="en">' in page
    marks = re.findall(r'<mark class="finding sev-(\w+)"[^>]*>([^<]*)</mark>', page)
    assert ("warning", "拝見させていただきました") in marks  # after two emoji: offsets are characters
    assert ("error", "{first_name}") in marks
    assert "二重敬語" in page  # the Japanese draft's messages are in Japanese
    assert "提案: " in page


def test_totals_chart_and_filters(results):
    page = render_html(results)
    counts = {sev: sum(f.severity.value == sev for r in results for f in r.findings) for sev in ("error", "warning", "info")}
    for sev, n in counts.items():
        assert f'<li class="sev-{sev}" data-severity="{sev}"><strong>{n}</strong>{sev}</li>' in page
    rules = {f.code for r in results for f in r.findings}
    assert set(re.findall(r'<g class="chart-row" data-rule="(\w+)"', page)) == rules
    bars = re.findall(r'<rect class="bar bar-\w+"[^>]*data-count="(\d+)"', page)
    assert sum(map(int, bars)) == sum(counts.values())
    assert set(re.findall(r'class="filter-rule" value="(\w+)"', page)) == rules
    assert len(re.findall(r'class="filter-severity"', page)) == 3


def test_personal_information_is_masked(results):
    page = render_html(results)
    assert "555-0132" not in page
    assert "(4*** ********" in page


def test_check_writes_the_report_with_o(tmp_path):
    (tmp_path / "ja.md").write_text(JA, encoding="utf-8")
    (tmp_path / "en.md").write_text(EN, encoding="utf-8")
    proc = run("check", ".", "--format", "html", "-o", "report.html", "--platform", "linkedin", cwd=tmp_path)
    assert proc.returncode == 1, err(proc)
    assert out(proc) == ""
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "ja.md" in page and "en.md" in page
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_report_that_cannot_be_written_leaves_no_file(tmp_path):
    (tmp_path / "en.md").write_text(EN, encoding="utf-8")
    proc = run("check", "en.md", "--format", "html", "-o", "missing/report.html", cwd=tmp_path)
    assert proc.returncode == 2
    assert "missing/report.html: cannot write the report" in err(proc)
    assert not (tmp_path / "missing").exists()


def test_an_earlier_report_is_replaced_whole(tmp_path):
    (tmp_path / "en.md").write_text(EN, encoding="utf-8")
    (tmp_path / "report.html").write_text("old", encoding="utf-8")
    (tmp_path / "report.html").chmod(0o640)
    proc = run("check", "en.md", "--format", "html", "-o", "report.html", cwd=tmp_path)
    assert proc.returncode == 1
    assert (tmp_path / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (tmp_path / "report.html").stat().st_mode & 0o777 == 0o640
