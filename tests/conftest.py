from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
EXTERNAL = ROOT.parent / "shared" / "external"


@pytest.fixture(scope="session")
def linter():
    from outreach_lint import Linter

    return Linter()
