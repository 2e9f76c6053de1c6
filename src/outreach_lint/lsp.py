"""``outreach-lint server``: a language server over stdio, so editors show findings as the draft is written.

Built on pygls and lsprotocol (``pip install 'outreach-lint[lsp]'``). What it does:

- lints ``.md`` and ``.txt`` drafts, and any document the client calls ``markdown`` or
  ``plaintext``, on open, on save and on change (debounced: :data:`DEBOUNCE` seconds after the
  last keystroke);
- the configuration is found as ``outreach-lint check`` finds it (the nearest ``pyproject.toml``
  or ``.outreach-lint.toml`` above the file); the draft's front matter is honoured;
- ranges are in the negotiated position encoding (UTF-16 unless the client offers another), so
  Japanese and emoji land on the right characters;
- each diagnostic carries the rule code, the rule's docs page, the message in the draft's
  language; hover shows the rule's explanation and the suggestion; code actions apply a safe fix
  or insert ``<!-- outreach-lint-disable-next-line RULE -->`` above the line;
- a broken configuration or front matter becomes a diagnostic on the first line (and a window
  message for the configuration), never a crash.
"""

from __future__ import annotations

import asyncio
import bisect
import logging
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from .core import __version__
from .core.errors import OutreachLintError
from .core.finding import Severity
from .draft import parse_draft
from .engine import Linter, Result
from .presentation import SUPPRESS_NEXT_LINE, Resolver, docs_url, explanation, rule_classes, validate

try:
    from lsprotocol import types as lsp
    from pygls.lsp.server import LanguageServer
    from pygls.uris import to_fs_path
except ImportError as exc:  # pragma: no cover - exercised by the CLI's message
    raise ImportError("outreach-lint server needs pygls and lsprotocol: pip install 'outreach-lint[lsp]'") from exc

__all__ = ["OutreachLanguageServer", "main", "DEBOUNCE"]

log = logging.getLogger(__name__)

DEBOUNCE = 0.3  # seconds of quiet after a change before the draft is linted again
SOURCE = "outreach-lint"
LANGUAGES = ("markdown", "plaintext", "text")
SUFFIXES = (".md", ".markdown", ".txt")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_SEVERITY = {
    Severity.ERROR: lsp.DiagnosticSeverity.Error,
    Severity.WARNING: lsp.DiagnosticSeverity.Warning,
    Severity.INFO: lsp.DiagnosticSeverity.Information,
}


# -- positions ----------------------------------------------------------------------------------
def _units(text: str, encoding: str) -> int:
    """Length of ``text`` in the client's code units."""
    if encoding == lsp.PositionEncodingKind.Utf8:
        return len(text.encode("utf-8", "surrogatepass"))
    if encoding == lsp.PositionEncodingKind.Utf32:
        return len(text)
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


class Positions:
    """Character offsets ⇄ LSP positions for one text, in one position encoding."""

    def __init__(self, text: str, encoding: str) -> None:
        self.text, self.encoding = text, encoding
        self.starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]

    def position(self, offset: int) -> lsp.Position:
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        return lsp.Position(line=line, character=_units(self.text[self.starts[line] : offset], self.encoding))

    def range(self, start: int, end: int) -> lsp.Range:
        return lsp.Range(start=self.position(start), end=self.position(end))

    def offset(self, position: lsp.Position) -> int:
        if position.line >= len(self.starts):
            return len(self.text)
        start = self.starts[position.line]
        stop = self.starts[position.line + 1] if position.line + 1 < len(self.starts) else len(self.text)
        line = _LINE_BREAK.sub("", self.text[start:stop])
        used = 0
        for i, ch in enumerate(line):
            if used >= position.character:
                return start + i
            used += _units(ch, self.encoding)
        return start + len(line)


# -- the server ---------------------------------------------------------------------------------
@dataclass
class _Linted:
    version: int | None
    text: str
    result: Result | None
    locale: str


def _path_of(uri: str) -> Path | None:
    if urlparse(uri).scheme != "file":
        return None  # untitled: and other schemes: configuration from the server's folder
    path = to_fs_path(uri)
    return Path(path) if path else None


class OutreachLanguageServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("outreach-lint", __version__, text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental)
        self.languages: dict[str, str] = {}  # uri -> languageId given on open
        self.linted: dict[str, _Linted] = {}
        self._timers: dict[str, asyncio.TimerHandle] = {}
        self._linters: dict[str, Linter] = {}
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="outreach-lint")
        self._config_errors_shown: set[str] = set()

    # -- which documents -----------------------------------------------------------------
    def wants(self, uri: str) -> bool:
        if self.languages.get(uri, "").lower() in LANGUAGES:
            return True
        path = _path_of(uri)
        name = path.name if path is not None else urlparse(uri).path
        return name.lower().endswith(SUFFIXES)

    @property
    def encoding(self) -> str:
        return str(self.workspace.position_encoding or lsp.PositionEncodingKind.Utf16)

    # -- linting ---------------------------------------------------------------------------
    def _linter_for(self, path: Path | None) -> Linter:
        """The linter for the configuration the CLI would use for ``path`` (re-read every time: cheap)."""
        resolver = Resolver(None, {})
        config = resolver.config_for(path)
        classes = [cls for key, cls in rule_classes().items() if key == cls.code]
        for cf in resolver.loaded():
            validate(cf.config, classes)
        key = repr(config)  # equal settings, one linter (runs happen one at a time, on the worker)
        linter = self._linters.get(key)
        if linter is None:
            if len(self._linters) > 16:
                self._linters.clear()
            linter = self._linters[key] = Linter(config)
        return linter

    def lint_text(self, uri: str, text: str) -> tuple[Result | None, list[tuple[str, str]]]:
        """The result, or the problems that kept the draft from being linted (``(kind, message)``)."""
        path = _path_of(uri)
        try:
            linter = self._linter_for(path)
        except OutreachLintError as exc:
            return None, [("config", str(exc))]
        try:
            draft = parse_draft(text, str(path) if path is not None else uri)
            return linter.lint_draft(draft), []
        except OutreachLintError as exc:
            return None, [("draft", str(exc))]

    async def lint(self, uri: str) -> None:
        self._timers.pop(uri, None)
        try:
            document = self.workspace.get_text_document(uri)
            text, version = document.source, document.version
            loop = asyncio.get_running_loop()
            result, problems = await loop.run_in_executor(self._worker, self.lint_text, uri, text)
            current = self.workspace.get_text_document(uri)
            if current.version != version or uri not in self.languages:
                return  # edited or closed while linting: a newer run is scheduled
            locale = result.lang if result is not None and result.lang in ("ja", "en") else "en"
            self.linted[uri] = _Linted(version, text, result, locale)
            diagnostics = self.diagnostics(text, result, problems)
            self.text_document_publish_diagnostics(
                lsp.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=diagnostics)
            )
            for kind, message in problems:
                if kind == "config" and message not in self._config_errors_shown:
                    self._config_errors_shown.add(message)
                    self.window_show_message(
                        lsp.ShowMessageParams(type=lsp.MessageType.Error, message=f"outreach-lint: {message}")
                    )
        except Exception as exc:  # noqa: BLE001 - the editor keeps its server whatever a draft holds
            log.exception("linting %s failed", uri)
            self.window_show_message(
                lsp.ShowMessageParams(type=lsp.MessageType.Error, message=f"outreach-lint: could not check {uri}: {exc}")
            )

    def diagnostics(self, text: str, result: Result | None, problems: list[tuple[str, str]]) -> list[lsp.Diagnostic]:
        positions = Positions(text, self.encoding)
        out = [
            lsp.Diagnostic(
                range=positions.range(0, 0),
                message=message,
                severity=lsp.DiagnosticSeverity.Error,
                source=SOURCE,
                code=f"{kind}-error",
            )
            for kind, message in problems
        ]
        if result is None:
            return out
        for f in result.findings:
            message = f.message + (f"\n{f.suggestion}" if f.suggestion else "")
            out.append(
                lsp.Diagnostic(
                    range=positions.range(f.start, f.end),
                    message=message,
                    severity=_SEVERITY[f.severity],
                    code=f.code,
                    code_description=lsp.CodeDescription(href=docs_url(f.rule)) if f.rule in rule_classes() else None,
                    source=SOURCE,
                    data={"rule": f.rule, "start": f.start, "end": f.end},
                )
            )
        return out

    def schedule(self, uri: str, delay: float) -> None:
        timer = self._timers.pop(uri, None)
        if timer is not None:
            timer.cancel()
        loop = asyncio.get_running_loop()
        if delay <= 0:
            loop.create_task(self.lint(uri))
        else:
            self._timers[uri] = loop.call_later(delay, lambda: loop.create_task(self.lint(uri)))

    # -- features ----------------------------------------------------------------------------
    def findings_at(self, uri: str, start: int, end: int) -> list:
        linted = self.linted.get(uri)
        if linted is None or linted.result is None:
            return []
        return [
            f
            for f in linted.result.findings
            if f.end > f.start and (f.start <= start < f.end or f.start < end and start < f.end or start == end == f.start)
        ]

    def code_actions(self, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
        uri = params.text_document.uri
        linted = self.linted.get(uri)
        if linted is None or linted.result is None:
            return []
        document = self.workspace.get_text_document(uri)
        if document.source != linted.text:
            return []  # stale: the next diagnostics bring fresh actions
        positions = Positions(linted.text, self.encoding)
        start, end = positions.offset(params.range.start), positions.offset(params.range.end)
        actions: list[lsp.CodeAction] = []
        newline = "\r\n" if "\r\n" in linted.text else "\n"
        disabled: set[tuple[str, int]] = set()
        for f in self.findings_at(uri, start, end):
            diagnostic = [
                lsp.Diagnostic(range=positions.range(f.start, f.end), message=f.message, code=f.code, source=SOURCE)
            ]
            if f.fix is not None and f.fix.safe:
                replacement = f.fix.replacement
                label = f"'{replacement}'" if replacement else ("削除" if linted.locale == "ja" else "delete")
                title = (
                    f"{f.rule} を修正：{label}" if linted.locale == "ja" else f"Fix {f.rule}: {label}"
                )
                actions.append(
                    lsp.CodeAction(
                        title=title,
                        kind=lsp.CodeActionKind.QuickFix,
                        diagnostics=diagnostic,
                        is_preferred=True,
                        edit=lsp.WorkspaceEdit(
                            changes={uri: [lsp.TextEdit(range=positions.range(f.fix.start, f.fix.end), new_text=replacement)]}
                        ),
                    )
                )
            line = positions.position(f.start).line
            if (f.rule, line) in disabled:
                continue
            disabled.add((f.rule, line))
            indent = re.match(r"[ \t]*", linted.text[positions.starts[line] :]).group()
            comment = indent + SUPPRESS_NEXT_LINE.format(rule=f.rule) + newline
            at = lsp.Position(line=line, character=0)
            title = f"この行の {f.rule} を無効にする" if linted.locale == "ja" else f"Disable {f.rule} for this line"
            actions.append(
                lsp.CodeAction(
                    title=title,
                    kind=lsp.CodeActionKind.QuickFix,
                    diagnostics=diagnostic,
                    edit=lsp.WorkspaceEdit(changes={uri: [lsp.TextEdit(range=lsp.Range(start=at, end=at), new_text=comment)]}),
                )
            )
        return actions

    def hover(self, params: lsp.HoverParams) -> lsp.Hover | None:
        uri = params.text_document.uri
        linted = self.linted.get(uri)
        if linted is None or linted.result is None:
            return None
        positions = Positions(linted.text, self.encoding)
        offset = positions.offset(params.position)
        found = self.findings_at(uri, offset, offset)
        if not found:
            return None
        ja = linted.locale == "ja"
        parts = []
        for f in found:
            block = [f"**{f.code} {f.rule}** ({f.severity.value})", "", f.message]
            if f.suggestion:
                block += ["", f"{'提案' if ja else 'Suggestion'}: {f.suggestion}"]
            about = explanation(f.rule, linted.locale)
            if about:
                block += ["", about]
            if f.rule in rule_classes():
                block += ["", f"[{'ルールの説明' if ja else 'Rule documentation'}]({docs_url(f.rule)})"]
            parts.append("\n".join(block))
        start = min(f.start for f in found)
        end = max(f.end for f in found)
        return lsp.Hover(
            contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value="\n\n---\n\n".join(parts)),
            range=positions.range(start, end),
        )


def build_server() -> OutreachLanguageServer:
    server = OutreachLanguageServer()

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: OutreachLanguageServer, params: lsp.DidOpenTextDocumentParams) -> None:
        ls.languages[params.text_document.uri] = params.text_document.language_id or ""
        if ls.wants(params.text_document.uri):
            ls.schedule(params.text_document.uri, 0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: OutreachLanguageServer, params: lsp.DidChangeTextDocumentParams) -> None:
        if ls.wants(params.text_document.uri):
            ls.schedule(params.text_document.uri, DEBOUNCE)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: OutreachLanguageServer, params: lsp.DidSaveTextDocumentParams) -> None:
        if ls.wants(params.text_document.uri):
            ls.schedule(params.text_document.uri, 0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: OutreachLanguageServer, params: lsp.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        timer = ls._timers.pop(uri, None)
        if timer is not None:
            timer.cancel()
        ls.languages.pop(uri, None)
        ls.linted.pop(uri, None)
        ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(
        lsp.TEXT_DOCUMENT_CODE_ACTION,
        lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix]),
    )
    def code_action(ls: OutreachLanguageServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction] | None:
        try:
            return ls.code_actions(params) or None
        except Exception:  # noqa: BLE001
            log.exception("code actions failed")
            return None

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    def hover(ls: OutreachLanguageServer, params: lsp.HoverParams) -> lsp.Hover | None:
        try:
            return ls.hover(params)
        except Exception:  # noqa: BLE001
            log.exception("hover failed")
            return None

    return server


def main() -> int:
    """Serve over stdin and stdout until the client says exit."""
    logging.basicConfig(level=logging.WARNING, format="outreach-lint server: %(message)s")
    build_server().start_io()
    return 0

