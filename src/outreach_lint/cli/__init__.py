"""The command line: ``outreach-lint check``, ``rules`` and ``explain``.

Exit status: 0 no finding reaches the failing level; 1 one does (or ``--diff`` would change a
file); 2 a usage, configuration or input error (the message is one line on stderr naming the file
and the problem; other files are still checked).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Sequence, TextIO

from ..cache import CACHE_DIR_NAME, ENV_VAR, ResultCache, cache_dir_for
from ..config import Config, closest
from ..config.files import Resolver
from ..core import __version__
from ..core.errors import ConfigError, InputError, OutreachLintError
from ..core.platforms import PLATFORMS
from ..core.rule import ANY_LANGUAGE, Rule
from ..draft import DRAFT_SUFFIXES, Draft, decode_draft, parse_draft, read_draft
from ..engine import DraftInput, Linter, Result
from ..fixes import apply_fixes, unified_diff, write_fixed
from ..formatters import FORMATS, Style, mask_strings, render, secrets, statistics, summary
from ..registry import discover_rules, validate
from ..reportfile import atomic_text_file
from . import stream
from ..workers import check_all

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
PROGRESS_MIN = 200  # drafts in a run before a progress bar is worth showing (on a TTY only)
FIX_PASSES = 10  # a fix can reveal another; stop after this many rounds


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, as for every other input error
        self.exit(EXIT_ERROR, f"outreach-lint: error: {message} (see outreach-lint --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="outreach-lint", description="Check outreach drafts before they are sent.")
    parser.add_argument("--version", action="version", version=f"outreach-lint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    check = sub.add_parser("check", help="lint draft files, directories of drafts, or - for stdin")
    check.add_argument("paths", nargs="*", metavar="PATH", help="files, directories or - (default: .)")
    check.add_argument("--format", choices=FORMATS, default=None, help="output format (default text)")
    check.add_argument("-o", "--output-file", help="write the report to this file instead of stdout")
    check.add_argument("--platform", choices=sorted(PLATFORMS), help="default platform for drafts that do not set one")
    check.add_argument("--lang", choices=("ja", "en"), help="force the language of every draft")
    check.add_argument("--locale", choices=("ja", "en"), help="language of messages (default: the draft's)")
    check.add_argument("--fail-on", choices=("error", "warning", "info"), default=None, help="lowest severity that fails (default warning)")
    check.add_argument("--select", action="append", default=None, help="only these rules (codes, prefixes or names; repeatable, comma-separated)")
    check.add_argument("--extend-select", action="append", default=None, help="these rules as well as the selected ones")
    check.add_argument("--ignore", action="append", default=None, help="skip these rules")
    check.add_argument("--config", metavar="PATH", help="use this configuration file for every draft (no discovery)")
    check.add_argument("--isolated", action="store_true", help="ignore every configuration file")
    check.add_argument("--stdin-filename", help="path to report (and to find configuration from) for a draft read from stdin")
    check.add_argument("--statistics", action="store_true", help="print the number of findings per rule instead of the findings")
    check.add_argument("-q", "--quiet", action="store_true", help="print the findings and nothing else")
    check.add_argument("--report-unused-suppressions", action="store_true", help="report suppressions that suppress nothing")
    check.add_argument("--fix", action="store_true", help="apply the safe fixes to the files")
    check.add_argument("--diff", action="store_true", help="show the safe fixes as a unified diff; write nothing")
    check.add_argument("--force-exclude", action="store_true", help="apply exclude to files named on the command line too (for pre-commit)")
    check.add_argument("-j", "--jobs", type=_jobs, default=None, metavar="N", help="processes to check drafts in (default: one per core; 1: in this process)")
    check.add_argument("--no-cache", action="store_true", help="neither read nor write the result cache")
    check.add_argument("--cache-dir", metavar="DIR", help=f"where the result cache lives (default: ${ENV_VAR}, else {CACHE_DIR_NAME} beside the configuration file or here)")

    rules = sub.add_parser("rules", help="list every installed rule")
    rules.add_argument("--format", choices=("text", "json"), default="text")

    explain = sub.add_parser("explain", help="show a rule's documentation")
    explain.add_argument("rule", metavar="NAME", help="rule name or code")
    explain.add_argument("--locale", choices=("ja", "en"), default="en", help="language of the documentation")

    server = sub.add_parser("server", help="language server for editors, over stdio (needs outreach-lint[lsp])")
    server.add_argument("--stdio", action="store_true", help="talk over stdin and stdout (the default and only transport)")

    serve = sub.add_parser("serve", help="a local web page to check a draft in the browser")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1; anything else warns)")
    serve.add_argument("--port", type=int, default=8765, help="port to listen on (default 8765; 0 picks a free one)")
    return parser


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, got {value!r}") from None
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {jobs}")
    return jobs


def _split(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [v.strip() for item in values for v in item.split(",") if v.strip()]


def _walk(path: Path, resolver: Resolver | None = None) -> Iterator[Path | InputError]:
    """Draft files under ``path``: hidden files and folders skipped, then include/exclude from config.

    A folder that cannot be listed is reported (as an :class:`InputError`), not silently skipped.
    """
    errors: list[OSError] = []
    for root, dirs, files in os.walk(path, onerror=errors.append):
        while errors:
            exc = errors.pop(0)
            yield InputError(f"{exc.filename or root}: cannot list folder ({exc.strerror or exc})")
        here = Path(root)
        kept = []
        for d in sorted(dirs):
            if d.startswith("."):
                continue
            if resolver is not None and resolver.excluded(here / d):
                continue
            kept.append(d)
        dirs[:] = kept
        for name in sorted(files):
            if name.startswith("."):
                continue
            file = here / name
            if file.exists() and not file.is_file():
                continue  # a FIFO or device named like a draft would block the read
            if resolver is None:
                if name.endswith(DRAFT_SUFFIXES):
                    yield file
            elif resolver.included(file) and not resolver.excluded(file):
                yield file
    for exc in errors:  # the last folder listed, or the top one
        yield InputError(f"{exc.filename or path}: cannot list folder ({exc.strerror or exc})")


def _drafts(
    paths: Sequence[str], stdin_name: str | None, resolver: Resolver | None = None, force_exclude: bool = False, read: bool = True
) -> Iterator[Draft | str | InputError]:
    """Every input: a draft (stdin's always; a file's when ``read``, else its path) or the error."""
    for raw in paths:
        if raw == "-":
            name = stdin_name or "-"
            try:
                yield parse_draft(decode_draft(sys.stdin.buffer.read(), name), name)
            except InputError as exc:
                yield exc
            continue
        path = Path(raw)
        if path.is_dir():
            for file in _walk(path, resolver):
                if isinstance(file, InputError):
                    yield file
                    continue
                if not read:
                    yield str(file)  # a string is a third of a Path's size: a run may list a million
                    continue
                try:
                    yield read_draft(file)
                except InputError as exc:
                    yield exc
        else:
            if force_exclude and resolver is not None and path.exists() and resolver.excluded(path):
                continue
            if not read:
                yield str(path)  # as read_draft names it
                continue
            try:
                yield read_draft(path)
            except InputError as exc:
                yield exc


def _cli_settings(args: argparse.Namespace) -> dict:
    data: dict = {}
    if args.select is not None:
        data["select"] = _split(args.select)
    if args.extend_select is not None:
        data["extend-select"] = _split(args.extend_select)
    if args.ignore is not None:
        data["ignore"] = _split(args.ignore)
    if args.fail_on:
        data["fail-on"] = args.fail_on
    if args.locale:
        data["locale"] = args.locale
    if args.report_unused_suppressions:
        data["report-unused-suppressions"] = True
    return data


def _config_from_args(args: argparse.Namespace) -> Config:
    return Config.from_mapping(_cli_settings(args), source="command line")


class _Progress:
    """A one-line bar on stderr, redrawn at most ten times a second."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total, self.done, self.stream = total, 0, stream
        self._last = 0.0

    def tick(self) -> None:
        self.done += 1
        now = time.monotonic()
        if now - self._last >= 0.1 or self.done == self.total:
            self._last = now
            width = 30
            filled = width * self.done // max(self.total, 1)
            drafts = (self.done + 1) // 2
            self.stream.write(f"\rChecking [{'#' * filled}{'.' * (width - filled)}] {drafts}/{(self.total + 1) // 2} drafts")
            self.stream.flush()

    def close(self) -> None:
        self.stream.write("\r\x1b[K")
        self.stream.flush()


def _color(stream: TextIO) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _lint_all(run: _Run, progress: _Progress | None) -> list[Result]:
    """Each draft checked with the linter for its configuration (in worker processes, or from the
    cache); then the drafts that share a configuration are judged and reported as one batch."""
    drafts, configs, platform = run.drafts, run.configs, run.args.platform
    tasks = [(run.linters[id(c)], DraftInput.of_draft(d, platform, None)) for d, c in zip(drafts, configs)]
    checked = check_all(tasks, jobs=run.args.jobs, cache=run.cache, progress=progress.tick if progress else None)
    groups: dict[int, list[int]] = {}
    for i, config in enumerate(configs):
        groups.setdefault(id(config), []).append(i)
    results: list[Result | None] = [None] * len(drafts)
    for key, indices in groups.items():
        for i, result in zip(indices, run.linters[key].finish([checked[i] for i in indices])):
            results[i] = result
    return results  # type: ignore[return-value]


@dataclass
class _Run:
    """What one ``check`` run carries from reading the drafts to the exit status."""

    args: argparse.Namespace
    drafts: list[Draft] = field(default_factory=list)
    bad: int = 0  # inputs that could not be read or linted
    configs: list[Config] = field(default_factory=list)  # per draft
    linters: dict[int, Linter] = field(default_factory=dict)  # per configuration (by id)
    rule_classes: list[type[Rule]] = field(default_factory=list)
    results: list[Result] = field(default_factory=list)
    fixed: int = 0
    cache: ResultCache | None = None


def run_check(args: argparse.Namespace) -> int:
    if not (args.fix or args.diff):
        return _run_streaming(args)
    err = sys.stderr
    run = _Run(args)
    resolver = Resolver(Path(args.config) if args.config else None, _cli_settings(args), isolated=args.isolated)
    _read_drafts(run, resolver, err)
    _configure(run, resolver, [d.path for d in run.drafts])
    originals = [d.text for d in run.drafts]
    try:
        _lint_and_fix(run, err)
    except InputError as exc:
        print(f"outreach-lint: error: {exc}", file=err)
        return EXIT_ERROR
    with _output(args.output_file) as out:
        if args.diff:
            return _report_diff(run.drafts, originals, run.results, out, run.bad)
        _report(run, originals, out, err)
    if run.bad:
        return EXIT_ERROR
    return EXIT_FINDINGS if any(r.failed(c.fail_on) for r, c in zip(run.results, run.configs)) else EXIT_OK


def _run_streaming(args: argparse.Namespace) -> int:
    """``check`` that reports as it goes (see :mod:`.stream`): memory does not grow with the run."""
    err = sys.stderr
    run = _Run(args)
    resolver = Resolver(Path(args.config) if args.config else None, _cli_settings(args), isolated=args.isolated)
    sources = list(_drafts(args.paths or ["."], args.stdin_filename, resolver, args.force_exclude, read=False))
    _configure(run, resolver, [None if isinstance(s, InputError) else str(s.path if isinstance(s, Draft) else s) for s in sources])
    readable = sum(not isinstance(s, InputError) for s in sources)
    show_progress = readable >= PROGRESS_MIN and not args.quiet and _color_free_tty(err)
    progress = _Progress(2 * readable, err) if show_progress else None
    spill = stream.Spill()
    try:
        try:
            found = stream.check_streaming(run, sources, spill, progress.tick if progress else None, err)
        finally:
            if progress is not None:
                progress.close()
        with _output(args.output_file) as out:
            style = Style(_color(out) and (args.format or "text") in ("text", "concise"))
            failed = stream.report_streaming(run, spill, found, out, style)
    except InputError as exc:
        print(f"outreach-lint: error: {exc}", file=err)
        return EXIT_ERROR
    finally:
        spill.close()
    if run.bad:
        return EXIT_ERROR
    return EXIT_FINDINGS if failed else EXIT_OK


def _read_drafts(run: _Run, resolver: Resolver, err: TextIO) -> None:
    args = run.args
    for item in _drafts(args.paths or ["."], args.stdin_filename, resolver, args.force_exclude):
        if isinstance(item, InputError):
            run.bad += 1
            print(f"outreach-lint: error: {item}", file=err)
        else:
            if args.lang and not item.lang:
                item.lang = args.lang
            run.drafts.append(item)


def _configure(run: _Run, resolver: Resolver, paths: list[str | None]) -> None:
    """Per draft, its configuration; each configuration checked in full once against the installed rules."""
    available, _ = discover_rules()
    run.rule_classes = [lr.rule for lr in available]
    validate(_config_from_args(run.args), run.rule_classes)  # a misspelt --select names the command line
    for path in paths:
        if path is None:  # an input that could not be read: it has no configuration
            run.configs.append(None)  # type: ignore[arg-type]
            continue
        where = Path(path) if path and path != "-" else None
        run.configs.append(resolver.config_for(where))
    if not paths:
        resolver.config_for(None)
    checked: set[int] = set()
    for cf in resolver.loaded():
        if id(cf.config) not in checked:
            checked.add(id(cf.config))
            validate(cf.config, run.rule_classes)
    for config in run.configs:
        if config is not None and id(config) not in run.linters:
            run.linters[id(config)] = Linter(config)
    if not run.args.no_cache:
        roots = [cf.root for cf in resolver.loaded() if cf.path is not None]
        run.cache = ResultCache(cache_dir_for(run.args.cache_dir, roots[0] if roots else None))


def _lint_and_fix(run: _Run, err: TextIO) -> None:
    """Lint every draft; with ``--fix``/``--diff``, apply safe fixes and lint again until nothing changes."""
    args, drafts = run.args, run.drafts
    show_progress = len(drafts) >= PROGRESS_MIN and not args.quiet and _color_free_tty(err)
    progress = _Progress(2 * len(drafts), err) if show_progress else None
    try:
        run.results = _lint_all(run, progress)
        if not (args.fix or args.diff):
            return
        for _ in range(FIX_PASSES):
            changed = False
            for i, result in enumerate(run.results):
                new, count = apply_fixes(drafts[i].text, result.findings)
                if count:
                    changed = True
                    run.fixed += count
                    drafts[i] = _reparse(drafts[i], new, args.lang)
            if not changed:
                break
            run.results = _lint_all(run, None)
    finally:
        if progress is not None:
            progress.close()


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    """``--output-file`` when given, else standard output. The file is written through a
    temporary file renamed at the end: an error never leaves half a report."""
    if not path:
        yield sys.stdout
        return
    try:
        with atomic_text_file(path) as out:
            yield out
    except OSError as exc:
        raise InputError(f"{path}: cannot write the report ({exc.strerror or exc})") from None


def _report(run: _Run, originals: list[str], out: TextIO, err: TextIO) -> None:
    args, drafts, results = run.args, run.drafts, run.results
    if args.fix:
        paths = args.paths or ["."]
        stdin = ["-" in paths and d.path == (args.stdin_filename or "-") for d in drafts]
        run.bad += _write_fixes([d for d, s in zip(drafts, stdin) if not s], [o for o, s in zip(originals, stdin) if not s], err)
        if any(stdin):
            # stdin: the fixed text goes to stdout, the report to stderr (as Ruff does)
            for d, s in zip(drafts, stdin):
                if s:
                    out.write(d.text)
            out = err
    fmt = args.format or "text"
    style = Style(_color(out) and fmt in ("text", "concise"))
    if args.statistics:
        out.write(statistics(results, fmt))
    else:
        out.write(render(fmt, results, style, run.rule_classes))
    if fmt in ("text", "concise") and not args.quiet:
        if args.fix and run.fixed:
            out.write(_fixed_line(run.fixed, args.locale))
        out.write(summary(results, run.bad, args.locale))
    out.flush()


def _color_free_tty(stream: TextIO) -> bool:
    """Whether ``stream`` is a terminal (the progress bar is not colour, so NO_COLOR does not matter)."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _reparse(draft: Draft, text: str, lang: str | None) -> Draft:
    new = parse_draft(text, draft.path)
    if lang and not new.lang:
        new.lang = lang
    return new


def _fixed_line(count: int, locale: str | None) -> str:
    if locale == "ja":
        return f"{count}件を修正しました。\n"
    return f"Fixed {count} finding{'s' * (count != 1)}.\n"


def _write_fixes(drafts: list[Draft], originals: list[str], err: TextIO) -> int:
    """Write every changed file; the number that could not be written."""
    failed = 0
    for draft, old in zip(drafts, originals):
        if draft.text == old or not draft.path or not Path(draft.path).is_file():
            continue
        try:
            write_fixed(Path(draft.path), old, draft.text)
        except (InputError, OSError) as exc:
            failed += 1
            print(f"outreach-lint: error: {exc}", file=err)
    return failed


def _report_diff(drafts: list[Draft], originals: list[str], results: list[Result], out: TextIO, bad: int) -> int:
    hidden = secrets(results)
    changed = 0
    for draft, old in zip(drafts, originals):
        if draft.text != old:
            changed += 1
            out.write(mask_strings(unified_diff(draft.path or "-", old, draft.text), hidden))
    out.flush()
    if bad:
        return EXIT_ERROR
    return EXIT_FINDINGS if changed else EXIT_OK


def _rule_rows(linter: Linter) -> list[dict]:
    rows = []
    for lr in linter.available:
        rule = lr.rule
        langs = sorted(l for l in rule.languages if l != ANY_LANGUAGE)
        rows.append(
            {
                "code": rule.code,
                "name": rule.name,
                "languages": langs + (["any"] if ANY_LANGUAGE in rule.languages else []),
                "severity": rule.severity.value,
                "fixable": rule.fixable,
                "origin": lr.origin,
                "advice": rule.advice,
                "options": [f.name.replace("_", "-") for f in rule.option_fields()],
            }
        )
    return rows


def run_rules(args: argparse.Namespace) -> int:
    linter = Linter()
    rows = _rule_rows(linter)
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for r in rows:
            langs = ",".join(r["languages"])
            fix = "  [*] fixable" if r["fixable"] else ""
            print(f"{r['code']}  {r['name']:<22} {langs:<12} {r['severity']:<8} {r['origin']}{fix}")
    for error in linter.load_errors:
        print(f"outreach-lint: error: rule plugin {error.origin} ({error.entry_point}) failed to load: {error.message}", file=sys.stderr)
    return EXIT_ERROR if linter.load_errors else EXIT_OK


def _find_rule(name: str, rules: list[type[Rule]]) -> type[Rule]:
    for rule in rules:
        if name in (rule.name, rule.code) or name.upper() == rule.code:
            return rule
    hint = closest(name, [r.name for r in rules] + [r.code for r in rules])
    raise ConfigError(f"no rule named {name!r}" + (f" (did you mean {hint!r}?)" if hint else "") + "; see outreach-lint rules")


def run_explain(args: argparse.Namespace) -> int:
    available, _ = discover_rules()
    rule = _find_rule(args.rule, [lr.rule for lr in available])
    doc = rule.documentation(args.locale)
    if args.locale == "ja":
        head = f"{rule.code} {rule.name}（既定の重大度: {rule.severity.value}、自動修正: {'あり' if rule.fixable else 'なし'}、助言: {rule.advice}）"
    else:
        head = f"{rule.code} {rule.name} (default severity: {rule.severity.value}, fixable: {'yes' if rule.fixable else 'no'}, advice: {rule.advice})"
    sys.stdout.write(head + "\n\n" + doc.rstrip() + "\n")
    return EXIT_OK


def run_server() -> int:
    try:
        from ..lsp import main as lsp_main
    except ImportError as exc:
        print(f"outreach-lint: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    return lsp_main()


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:  # a real `outreach-lint` process: spaCy's own CLI is never needed here
        from ..tokenizers import lean_spacy

        lean_spacy.install()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_ERROR
    try:
        if args.command == "check":
            if args.fix and args.diff:
                parser.error("--fix and --diff cannot be used together")
            return run_check(args)
        if args.command == "explain":
            return run_explain(args)
        if args.command == "server":
            return run_server()
        if args.command == "serve":
            from ..webapp import serve

            return serve(args.host, args.port)
        return run_rules(args)
    except (ConfigError, InputError, OutreachLintError) as exc:
        print(f"outreach-lint: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FINDINGS
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
