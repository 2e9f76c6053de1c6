"""The plugin story, end to end: a third-party package installed with pip adds a rule to the real CLI.

Each test builds a throwaway virtualenv that sees the current environment's packages (so
outreach-lint and its dependencies are not downloaded again), pip-installs a package into it, and
runs that virtualenv's own ``python -m outreach_lint``.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import site
import subprocess
import sys
import textwrap
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "outreach-lint-example"

pytestmark = pytest.mark.slow


def _builds_without_isolation() -> bool:
    """Whether the installed setuptools can build a wheel by itself (no download of a build backend)."""
    if importlib.util.find_spec("setuptools") is None:
        return False
    import setuptools

    version = tuple(int(x) for x in setuptools.__version__.split(".")[:2] if x.isdigit())
    return version >= (70, 1) or (version >= (61, 0) and importlib.util.find_spec("wheel") is not None)


def _make_venv(where: Path) -> Path:
    venv.EnvBuilder(system_site_packages=True, with_pip=False, clear=True).create(where)
    python = where / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    # The current environment may itself be a virtualenv (not the "system"): add its site directories,
    # .pth files included, so that outreach_lint, pip and pytest come from it.
    parents = [p for p in site.getsitepackages() + [site.getusersitepackages()] if Path(p).is_dir()]
    lines = [f"import site; site.addsitedir({p!r})" for p in parents]
    (Path(purelib) / "_outreach_lint_parent_env.pth").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return python


def _pip_install(python: Path, package: Path) -> None:
    cmd = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-deps", str(package)]
    if _builds_without_isolation():
        cmd.insert(4, "--no-build-isolation")
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr


def _run(python: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "NO_COLOR")}
    return subprocess.run([str(python), *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=300)


@pytest.fixture(scope="module")
def example_env(tmp_path_factory) -> Path:
    where = tmp_path_factory.mktemp("example-venv")
    python = _make_venv(where / "venv")
    # A copy, so that the build leaves no build/ or *.egg-info in the source tree.
    source = shutil.copytree(EXAMPLE, where / "src", ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
    _pip_install(python, source)
    return python


def test_installed_rule_is_listed_with_its_package(example_env, tmp_path):
    done = _run(example_env, "-m", "outreach_lint", "rules", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    rows = {line.split()[0]: line for line in done.stdout.splitlines() if line.strip()}
    assert "EX101" in rows and "OL101" in rows
    assert "greeting-name-mismatch" in rows["EX101"] and "outreach-lint-example" in rows["EX101"]


def test_installed_rule_fires_through_check(example_env, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(
        "---\nplatform: email\nrecipient: {name: Dana Whitfield}\n---\n"
        "Hi Maria,\n\nYour PyCon talk on offline-first sync answered a question my team had for months.\n",
        encoding="utf-8",
    )
    done = _run(example_env, "-m", "outreach_lint", "check", "--format", "concise", str(draft), cwd=tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert f"{draft}:5:4: EX101 greeting-name-mismatch: The greeting names Maria, but this draft is for Dana Whitfield" in done.stdout
    ja = tmp_path / "ja.md"
    ja.write_text("---\nrecipient: {name: 山田 花子}\n---\n佐藤様\nはじめまして、タイドプールの佐藤と申します。\n", encoding="utf-8")
    done = _run(example_env, "-m", "outreach_lint", "check", str(ja), "--select", "EX101", cwd=tmp_path)
    assert done.returncode == 1
    assert "EX101 greeting-name-mismatch: 宛名が「佐藤」になっていますが" in done.stdout
    fixed = tmp_path / "fixed.md"
    fixed.write_text(ja.read_text(encoding="utf-8").replace("佐藤様", "山田様"), encoding="utf-8")
    assert _run(example_env, "-m", "outreach_lint", "check", str(fixed), "--select", "EX101", cwd=tmp_path).returncode == 0


def test_example_package_own_tests_pass_in_the_venv(example_env, tmp_path):
    done = _run(example_env, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(EXAMPLE / "tests"), cwd=tmp_path)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert " passed" in done.stdout


BROKEN_PYPROJECT = """\
[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "outreach-lint-broken-example"
version = "0.0.1"

[project.entry-points."outreach_lint.rules"]
BRK101 = "broken_rule:BrokenRule"

[tool.setuptools]
py-modules = ["broken_rule"]
"""


def test_plugin_that_fails_to_import_is_one_error_naming_the_package(tmp_path):
    package = tmp_path / "broken"
    package.mkdir()
    (package / "pyproject.toml").write_text(BROKEN_PYPROJECT, encoding="utf-8")
    (package / "broken_rule.py").write_text(
        textwrap.dedent(
            """\
            import outreach_lint_a_dependency_nobody_installed  # noqa: F401

            from outreach_lint import Rule


            class BrokenRule(Rule):
                code = "BRK101"
                name = "broken"
            """
        ),
        encoding="utf-8",
    )
    python = _make_venv(tmp_path / "venv")
    _pip_install(python, package)
    draft = tmp_path / "draft.md"
    draft.write_text("Hi {first_name}, I'd love to connect.\n", encoding="utf-8")

    done = _run(python, "-m", "outreach_lint", "check", "--format", "concise", str(draft), cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    load_errors = [line for line in done.stdout.splitlines() if "failed to load" in line]
    assert len(load_errors) == 1, done.stdout
    assert "outreach-lint-broken-example" in load_errors[0].replace("_", "-")
    assert "ModuleNotFoundError" in load_errors[0] and "Traceback" not in done.stdout + done.stderr
    assert "OL101 unfilled-placeholder" in done.stdout  # the other rules still ran

    listed = _run(python, "-m", "outreach_lint", "rules", cwd=tmp_path)
    assert listed.returncode == 2
    assert "OL101" in listed.stdout and "BRK101" not in listed.stdout
    assert "outreach-lint-broken-example" in listed.stderr.replace("_", "-")
