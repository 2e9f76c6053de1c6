"""Reports written one result at a time, byte for byte what :func:`~outreach_lint.formatters.render`
writes for the whole list, so ``check`` holds no finished result.

:func:`report_writer` gives an object with ``add(result)`` and ``close()``. Text, concise and
github output go out as each result comes; a JSON array is written element by element; SARIF
(whose rule descriptors precede the results) and HTML (whose totals precede the drafts) keep
their results in a temporary file until ``close`` writes the head, then copies them after it.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from typing import Any, Sequence, TextIO

from ..core.rule import Rule
from ..engine import Result
from .common import Style
from .github import render_github
from .json import json_rows
from .sarif import SarifLog
from .text import render_text

__all__ = ["report_writer"]

SPOOL = 1 << 20  # characters a temporary file keeps in memory before it goes to disk


def _indented(text: str, indent: str) -> str:
    """``text`` (JSON from ``json.dumps(indent=2)``) nested ``indent`` deeper: strings in JSON
    hold no raw line break, so every line break is indentation."""
    return indent + text.replace("\n", "\n" + indent)


class _JsonArray:
    """The elements of a JSON array as ``json.dumps(indent=2)`` lays them out at ``indent``."""

    def __init__(self, out: TextIO, indent: str) -> None:
        self.out, self.indent, self.count = out, indent, 0

    def add(self, value: Any) -> None:
        self.out.write("[\n" if not self.count else ",\n")
        self.out.write(_indented(json.dumps(value, ensure_ascii=False, indent=2), self.indent + "  "))
        self.count += 1

    def close(self) -> str:
        """What ends the array (``[]`` when it had no element)."""
        return "\n" + self.indent + "]" if self.count else "[]"


class _Direct:
    def __init__(self, out: TextIO, render) -> None:
        self.out, self.render = out, render

    def add(self, result: Result) -> None:
        self.out.write(self.render([result]))

    def close(self) -> None:
        pass


class _Json:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.array = _JsonArray(out, "")

    def add(self, result: Result) -> None:
        for row in json_rows([result]):
            self.array.add(row)

    def close(self) -> None:
        self.out.write(self.array.close() + "\n")


_MARK = "\0results\0"


class _Sarif:
    def __init__(self, out: TextIO, rules: Sequence[type[Rule]]) -> None:
        self.out, self.log = out, SarifLog(rules)
        self.spool = tempfile.SpooledTemporaryFile(SPOOL, mode="w+", encoding="utf-8", newline="")
        self.array: _JsonArray | None = None

    def add(self, result: Result) -> None:
        for item in self.log.items(result):
            if self.array is None:
                self.array = _JsonArray(self.spool, "")  # indentation fixed in close, once it is known
            self.array.add(item)

    def close(self) -> None:
        text = json.dumps(self.log.document(_MARK), ensure_ascii=False, indent=2) + "\n"
        head, tail = text.split(json.dumps(_MARK), 1)
        line = head[head.rfind("\n") + 1 :]  # '      "results": '
        indent = " " * (len(line) - len(line.lstrip(" ")))
        self.out.write(head)
        if self.array is None:
            self.out.write("[]")
        else:
            self.spool.seek(0)
            for n, row in enumerate(self.spool):  # the array as laid out at no indentation
                self.out.write(row if n == 0 else indent + row)
            self.out.write(self.array.close().replace("\n", "\n" + indent))
        self.spool.close()
        self.out.write(tail)


class _Html:
    def __init__(self, out: TextIO) -> None:
        from .html import HtmlReport

        self.out = out
        self.spool = tempfile.SpooledTemporaryFile(SPOOL, mode="w+", encoding="utf-8", newline="")
        self.report = HtmlReport(self.spool)

    def add(self, result: Result) -> None:
        self.report.add(result)

    def close(self) -> None:
        self.out.write(self.report.head())
        self.spool.seek(0)
        shutil.copyfileobj(self.spool, self.out)
        self.spool.close()
        self.out.write(self.report.tail())


def report_writer(fmt: str, out: TextIO, style: Style, rules: Sequence[type[Rule]] = ()):
    """A writer of ``fmt`` to ``out``: ``add(result)`` for each result in order, then ``close()``."""
    if fmt == "json":
        return _Json(out)
    if fmt == "sarif":
        return _Sarif(out, rules)
    if fmt == "github":
        return _Direct(out, render_github)
    if fmt == "html":
        return _Html(out)
    return _Direct(out, lambda results: render_text(results, style, concise=fmt == "concise"))
