"""``outreach-lint server`` end to end: a real LSP client (pygls') talks to the real command over stdio."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest

pytest.importorskip("pygls")
from lsprotocol import types as lsp  # noqa: E402
from pygls.lsp.client import LanguageClient  # noqa: E402

from outreach_lint.lsp import Positions  # noqa: E402

pytestmark = pytest.mark.slow

# Two emoji before the double keigo on line 2: each is one character but two UTF-16 code units.
# ！！ only amplifies pressure (pushy): 期間限定 after it on the same line is what makes it a finding.
DRAFT = "山田様🙇\n\nはじめまして😀、佐藤と申します。🎉ご講演を拝見させていただきました！！期間限定のご案内です。\nよろしくお願いします。\n"
TIMEOUT = 60


class Session:
    """A client with the server running: records diagnostics and window messages as they arrive."""

    def __init__(self, client: LanguageClient) -> None:
        self.client = client
        self.diagnostics: dict[str, asyncio.Queue] = {}
        self.messages: list[str] = []

        @client.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(params: lsp.PublishDiagnosticsParams) -> None:
            self.queue(params.uri).put_nowait(params)

        @client.feature(lsp.WINDOW_SHOW_MESSAGE)
        def shown(params: lsp.ShowMessageParams) -> None:
            self.messages.append(params.message)

        @client.feature(lsp.WINDOW_LOG_MESSAGE)
        def logged(params: lsp.LogMessageParams) -> None:
            pass

    def queue(self, uri: str) -> asyncio.Queue:
        return self.diagnostics.setdefault(uri, asyncio.Queue())

    async def next_diagnostics(self, uri: str) -> lsp.PublishDiagnosticsParams:
        return await asyncio.wait_for(self.queue(uri).get(), TIMEOUT)

    def open(self, uri: str, text: str, language: str = "markdown", version: int = 1) -> None:
        self.client.text_document_did_open(
            lsp.DidOpenTextDocumentParams(
                text_document=lsp.TextDocumentItem(uri=uri, language_id=language, version=version, text=text)
            )
        )


async def _start(cwd: Path, encodings: list[str] | None = None) -> tuple[Session, lsp.InitializeResult]:
    client = LanguageClient("test-client", "1")
    session = Session(client)
    await client.start_io(sys.executable, "-m", "outreach_lint", "server", "--stdio", cwd=str(cwd))
    capabilities = lsp.ClientCapabilities(
        general=lsp.GeneralClientCapabilities(position_encodings=encodings) if encodings else None,
        text_document=lsp.TextDocumentClientCapabilities(
            hover=lsp.HoverClientCapabilities(content_format=[lsp.MarkupKind.Markdown]),
        ),
    )
    init = await asyncio.wait_for(
        client.initialize_async(lsp.InitializeParams(capabilities=capabilities, root_uri=cwd.as_uri())), TIMEOUT
    )
    client.initialized(lsp.InitializedParams())
    return session, init


async def _stop(session: Session) -> None:
    await asyncio.wait_for(session.client.shutdown_async(None), TIMEOUT)
    session.client.exit(None)
    await session.client.stop()


def _by_code(params: lsp.PublishDiagnosticsParams) -> dict[str, lsp.Diagnostic]:
    """The first diagnostic of each code, in the order the server sent them (by position)."""
    return {str(d.code): d for d in reversed(params.diagnostics)}


def _apply(text: str, edits: list[lsp.TextEdit]) -> str:
    positions = Positions(text, lsp.PositionEncodingKind.Utf16)
    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        a, b = positions.offset(edit.range.start), positions.offset(edit.range.end)
        text = text[:a] + edit.new_text + text[b:]
    return text


def test_a_session_from_initialize_to_exit(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.outreach-lint]\nplatform = "linkedin"\nignore = ["no-shared-interest"]\n', encoding="utf-8")
    draft = tmp_path / "山田さん.md"
    draft.write_text(DRAFT, encoding="utf-8")
    uri = draft.as_uri()

    async def scenario() -> None:
        session, init = await _start(tmp_path)
        assert init.capabilities.position_encoding == lsp.PositionEncodingKind.Utf16
        assert init.capabilities.hover_provider and init.capabilities.code_action_provider
        assert init.capabilities.text_document_sync.save is not None
        session.open(uri, DRAFT)
        found = _by_code(await session.next_diagnostics(uri))
        assert "OL401" not in found  # the configuration beside the draft was found and applied
        keigo = found["OL603"]
        # 拝見 is character 21 of the line; two emoji before it count twice in UTF-16
        assert keigo.range == lsp.Range(start=lsp.Position(line=2, character=23), end=lsp.Position(line=2, character=35))
        assert keigo.severity == lsp.DiagnosticSeverity.Warning
        assert keigo.source == "outreach-lint"
        assert keigo.code_description.href.endswith("keigo-misuse.md")
        assert "二重敬語" in keigo.message  # in the draft's language
        bang = found["OL201"]
        assert bang.range.start == lsp.Position(line=2, character=35) and bang.range.end.character == 37

        # hover on the finding: the rule's explanation and the suggestion
        hover = await session.client.text_document_hover_async(
            lsp.HoverParams(text_document=lsp.TextDocumentIdentifier(uri=uri), position=lsp.Position(line=2, character=25))
        )
        assert "keigo-misuse" in hover.contents.value and "何をするか" not in hover.contents.value
        assert "拝見しました" in hover.contents.value

        # the quick fix, applied as an editor would, then sent back as a change
        actions = await session.client.text_document_code_action_async(
            lsp.CodeActionParams(
                text_document=lsp.TextDocumentIdentifier(uri=uri),
                range=keigo.range,
                context=lsp.CodeActionContext(diagnostics=[keigo]),
            )
        )
        titles = [a.title for a in actions]
        fix = next(a for a in actions if a.is_preferred)
        assert "keigo-misuse" in fix.title and fix.kind == lsp.CodeActionKind.QuickFix
        assert any("keigo-misuse" in t and "無効" in t for t in titles)
        fixed = _apply(DRAFT, fix.edit.changes[uri])
        assert "ご講演を拝見しました！！" in fixed
        session.client.text_document_did_change(
            lsp.DidChangeTextDocumentParams(
                text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=2),
                content_changes=[lsp.TextDocumentContentChangeWholeDocument(text=fixed)],
            )
        )
        after = await session.next_diagnostics(uri)
        assert after.version == 2
        found = _by_code(after)
        assert "OL603" not in found
        assert found["OL201"].range.start == lsp.Position(line=2, character=29)  # moved left with the fix

        # "disable for this line" inserts the suppression comment above the line
        actions = await session.client.text_document_code_action_async(
            lsp.CodeActionParams(
                text_document=lsp.TextDocumentIdentifier(uri=uri),
                range=found["OL201"].range,
                context=lsp.CodeActionContext(diagnostics=[found["OL201"]]),
            )
        )
        disable = next(a for a in actions if not a.is_preferred and "pushy" in a.title)
        silenced = _apply(fixed, disable.edit.changes[uri])
        assert "\n<!-- outreach-lint-disable-next-line pushy -->\nはじめまして" in silenced
        session.client.text_document_did_change(
            lsp.DidChangeTextDocumentParams(
                text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=3),
                content_changes=[lsp.TextDocumentContentChangeWholeDocument(text=silenced)],
            )
        )
        assert "OL201" not in _by_code(await session.next_diagnostics(uri))
        await _stop(session)

    asyncio.run(scenario())


def test_changes_are_debounced_and_utf8_is_honoured_when_offered(tmp_path):
    uri = (tmp_path / "note.txt").as_uri()

    async def scenario() -> None:
        session, init = await _start(tmp_path, [lsp.PositionEncodingKind.Utf8])
        assert init.capabilities.position_encoding == lsp.PositionEncodingKind.Utf8
        session.open(uri, "Hi 😀 Dana!! Act now.\n", language="plaintext")
        first = _by_code(await session.next_diagnostics(uri))
        assert first["OL201"].range.start == lsp.Position(line=0, character=12)  # bytes: 3 + 4 + 1 + 4
        # a burst of keystrokes: only the last version is linted
        for version in range(2, 8):
            session.client.text_document_did_change(
                lsp.DidChangeTextDocumentParams(
                    text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
                    content_changes=[lsp.TextDocumentContentChangeWholeDocument(text="Hi 😀 Dana" + "!" * version + "\n")],
                )
            )
        last = await session.next_diagnostics(uri)
        assert last.version == 7
        await asyncio.sleep(1)
        assert session.queue(uri).empty()
        await _stop(session)

    asyncio.run(scenario())


def test_broken_front_matter_and_config_are_diagnostics_not_crashes(tmp_path):
    (tmp_path / ".outreach-lint.toml").write_text('platfrom = "linkedin"\n', encoding="utf-8")
    bad_config = (tmp_path / "a.md").as_uri()
    other = tmp_path / "ok"
    other.mkdir()
    (other / ".outreach-lint.toml").write_text("", encoding="utf-8")
    bad_draft = (other / "b.md").as_uri()
    ignored = (other / "script.py").as_uri()

    async def scenario() -> None:
        session, _ = await _start(tmp_path)
        session.open(bad_config, "Hi Dana!!\n")
        (diagnostic,) = (await session.next_diagnostics(bad_config)).diagnostics
        assert "platfrom" in diagnostic.message and "platform" in diagnostic.message
        assert diagnostic.severity == lsp.DiagnosticSeverity.Error
        session.open(bad_draft, "---\nplatform: myspace\n---\nHi Dana!!\n")
        (diagnostic,) = (await session.next_diagnostics(bad_draft)).diagnostics
        assert "myspace" in diagnostic.message
        session.open(ignored, "print('hi!!')\n", language="python")
        # front matter counts: platform, and rules ignored for this draft
        front = bad_draft.replace("b.md", "front.md")
        session.open(front, "---\nplatform: x\noutreach-lint: {ignore: [pushy]}\n---\nHi Dana, act now!!\n")
        assert not [d for d in (await session.next_diagnostics(front)).diagnostics if d.code == "OL201"]
        # saving lints again (the client may send the text)
        session.client.text_document_did_save(
            lsp.DidSaveTextDocumentParams(text_document=lsp.TextDocumentIdentifier(uri=front))
        )
        assert (await session.next_diagnostics(front)).version == 1
        # the server is still alive and answers
        session.open(bad_draft.replace("b.md", "c.md"), "Hi Dana, act now!!\n")
        assert "OL201" in _by_code(await session.next_diagnostics(bad_draft.replace("b.md", "c.md")))
        assert session.queue(ignored).empty()
        assert any("platfrom" in m for m in session.messages)
        await _stop(session)

    asyncio.run(scenario())
