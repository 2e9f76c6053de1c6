"""The command's lean spaCy import must not break anyone who does want spaCy's CLI in that process."""

import subprocess
import sys

CODE = """
import sys
from outreach_lint.tokenizers import lean_spacy
lean_spacy.install()
import spacy
assert "typer" not in sys.modules, "spaCy's CLI was imported at start-up"
from spacy.lang.en import English
assert [t.text for t in English().tokenizer("I'd like that.")] == ["I", "'d", "like", "that", "."]
from spacy.cli import download          # the real module loads on demand
assert callable(download) and callable(spacy.info)
import spacy.cli.init_config            # submodules still import
print("ok")
"""


def test_stand_in_keeps_spacy_cli_usable_on_demand():
    proc = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"
