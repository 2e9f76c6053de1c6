"""The ``json`` format: one object per finding, with its path, end position and whether it is fixable."""

from __future__ import annotations

import json
from typing import Any, Sequence

from ..engine import Result, line_starts
from .common import display, end_position

__all__ = ["json_rows", "render_json"]


def json_rows(results: Sequence[Result]) -> list[dict[str, Any]]:
    rows = []
    for result in results:
        starts = line_starts(result.text)
        for f in result.findings:
            row: dict[str, Any] = {"path": display(result.path)}
            row.update(f.to_dict())
            end_line, end_column = end_position(result, f, starts)
            row["end_line"], row["end_column"] = end_line, end_column
            row["fixable"] = f.fix is not None and f.fix.safe
            if f.sensitive:
                row["fix"] = None
            rows.append(row)
    return rows


def render_json(results: Sequence[Result]) -> str:
    return json.dumps(json_rows(results), ensure_ascii=False, indent=2) + "\n"
