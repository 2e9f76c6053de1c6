"""The command line: ``outreach-lint check PATH...`` and ``outreach-lint rules``.

Exit status: 0 no finding reaches the failing level; 1 one does; 2 a usage or input error (the
message is one line on stderr naming the file and the problem; other files are still checked).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Iterator, Sequence

from . import __version__
from .config import Config
from .draft import DRAFT_SUFFIXES, Draft, decode_draft, parse_draft, read_draft
from .engine import Linter, Result
from .errors import ConfigError, InputError, OutreachLintError
from .platforms import PLATFORMS
from .rule import ANY_LANGUAGE, Severity

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, as for every other input error
        self.exit(EXIT_ERROR, f"outreach-lint: error: {message} (see outreach-lint --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="outreach-lint", description="Check outreach drafts before they are sent.")
    parser.add_argument("--version", action="version", version=f"outreach-lint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    check = sub.add_parser("check", help="lint draft files, directories of drafts, or - for stdin")
    check.add_argument("paths", nargs="+", metavar="PATH")
    check.add_argument("--format", choices=("text", "concise", "json"), default="text")
    check.add_argument("--platform", choices=sorted(PLATFORMS), help="default platform for drafts that do not set one")
    check.add_argument("--lang", choices=("ja", "en"), help="force the language of every draft")
    check.add_argument("--locale", choices=("ja", "en"), help="language of messages (default: the draft's)")
    check.add_argument("--fail-on", choices=("error", "warning", "info"), default=None, help="lowest severity that fails (default warning)")
    check.add_argument("--select", action="append", default=None, help="only these rules (codes, prefixes or names; repeatable, comma-separated)")
    check.add_argument("--ignore", action="append", default=None, help="skip these rules")
    check.add_argument("--stdin-filename", help="path to report for a draft read from stdin")

    rules = sub.add_parser("rules", help="list every installed rule")
    rules.add_argument("--format", choices=("text", "json"), default="text")
    return parser


def _split(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [v.strip() for item in values for v in item.split(",") if v.strip()]


def _walk(path: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.endswith(DRAFT_SUFFIXES) and not name.startswith("."):
                yield Path(root) / name


def _drafts(paths: Sequence[str], stdin_name: str | None) -> Iterator[Draft | InputError]:
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
            for file in _walk(path):
                try:
                    yield read_draft(file)
                except InputError as exc:
                    yield exc
        else:
            try:
                yield read_draft(path)
            except InputError as exc:
                yield exc


def _config_from_args(args: argparse.Namespace) -> Config:
    data: dict = {}
    if args.select is not None:
        data["select"] = _split(args.select)
    if args.ignore is not None:
        data["ignore"] = _split(args.ignore)
    if args.fail_on:
        data["fail-on"] = args.fail_on
    if args.locale:
        data["locale"] = args.locale
    return Config.from_mapping(data, source="command line")


def _text_line(result: Result, finding) -> str:
    return f"{result.path or '-'}:{finding.line}:{finding.column}: {finding.code} {finding.rule}: {finding.message}"


def run_check(args: argparse.Namespace) -> int:
    config = _config_from_args(args)
    linter = Linter(config)
    drafts: list[Draft] = []
    bad = 0
    for item in _drafts(args.paths, args.stdin_filename):
        if isinstance(item, InputError):
            bad += 1
            print(f"outreach-lint: error: {item}", file=sys.stderr)
        else:
            if args.lang and not item.lang:
                item.lang = args.lang
            drafts.append(item)
    try:
        results = linter.lint_many(drafts, platform=args.platform)
    except InputError as exc:
        print(f"outreach-lint: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    fail_on = config.fail_on
    out = sys.stdout
    counts = {s: 0 for s in Severity}
    if args.format == "json":
        rows = []
        for result in results:
            for f in result.findings:
                row = {"path": result.path or "-"}
                row.update(f.to_dict())
                row.pop("fix", None)
                rows.append(row)
                counts[f.severity] += 1
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    else:
        for result in results:
            for f in result.findings:
                counts[f.severity] += 1
                out.write(_text_line(result, f) + "\n")
                if args.format == "text" and f.suggestion:
                    out.write(f"    suggestion: {f.suggestion}\n")
        total = sum(counts.values())
        files = len(results) + bad
        summary = (
            f"Found {total} finding{'s' * (total != 1)} "
            f"({counts[Severity.ERROR]} error, {counts[Severity.WARNING]} warning, {counts[Severity.INFO]} info) "
            f"in {files} draft{'s' * (files != 1)}."
            if total
            else f"All clear: {files} draft{'s' * (files != 1)} checked, no findings."
        )
        out.write(summary + "\n")
    if bad:
        return EXIT_ERROR
    return EXIT_FINDINGS if any(r.failed(fail_on) for r in results) else EXIT_OK


def run_rules(args: argparse.Namespace) -> int:
    linter = Linter()
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
            }
        )
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for r in rows:
            langs = ",".join(r["languages"])
            print(f"{r['code']}  {r['name']:<22} {langs:<12} {r['severity']:<8} {r['origin']}")
    for error in linter.load_errors:
        print(f"outreach-lint: error: rule plugin {error.origin} ({error.entry_point}) failed to load: {error.message}", file=sys.stderr)
    return EXIT_ERROR if linter.load_errors else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:  # a real `outreach-lint` process: spaCy's own CLI is never needed here
        from .tokenizers import lean_spacy

        lean_spacy.install()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_ERROR
    try:
        if args.command == "check":
            return run_check(args)
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
