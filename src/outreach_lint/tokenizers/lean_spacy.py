"""Import spaCy without its own command line, for the ``outreach-lint`` process only.

``import spacy`` imports ``spacy.cli`` (typer, weasel, httpx, requests, rich): about a third of
spaCy's import time, for commands a linter never runs. The ``outreach-lint`` command installs
stand-ins for ``spacy.cli`` and ``spacy.cli.info`` before spaCy is first imported; any real use
loads the real modules on demand. Library users (``import outreach_lint``) never get this: their
process is theirs.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types


def _load_real() -> types.ModuleType:
    for key in ("spacy.cli.info", "spacy.cli"):
        if isinstance(sys.modules.get(key), _StandIn):
            del sys.modules[key]
    importlib.import_module("spacy.cli")
    return importlib.import_module("spacy.cli.info")


class _StandIn(types.ModuleType):
    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        _load_real()
        return getattr(sys.modules[self.__name__], name)


def _info(*args, **kwargs):
    return _load_real().info(*args, **kwargs)


def install() -> None:
    """Put the stand-ins in place if spaCy has not been imported yet (no effect otherwise)."""
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        return
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return
    cli = _StandIn("spacy.cli")
    cli.__path__ = [loc + "/cli" for loc in spec.submodule_search_locations]  # submodules still import
    info = _StandIn("spacy.cli.info")
    info.info = _info
    cli.info = info
    sys.modules["spacy.cli"] = cli
    sys.modules["spacy.cli.info"] = info
