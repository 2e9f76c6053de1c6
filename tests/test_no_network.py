"""Linting never touches the network: any socket connection during a run fails the test.

A linter that phones home (a model download, a telemetry ping, a URL check) would leak drafts
and hang offline; the advice it carries is all local.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from outreach_lint import Linter
from outreach_lint.draft import read_draft

CORPORA = Path(__file__).resolve().parent.parent / "corpora"


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    attempts: list[str] = []

    def refuse(*args, **kwargs):
        attempts.append(repr(args[:2]))
        raise NetworkUsed(f"network access during linting: {args[:2]!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket.socket, "sendto", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield attempts
    assert not attempts, attempts


def test_the_guard_catches_a_connection(no_network):
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.com", 80), timeout=1)
    no_network.clear()


def test_loading_rules_and_linting_both_languages_opens_no_socket(no_network):
    linter = Linter()  # entry points, phrase lists, analyzers: all loaded here
    drafts = [
        "Hi {first_name}, check https://example.com/profile and mail me at dana@example.com!!",
        "山田様\nはじめまして、佐藤と申します。LINEでご連絡ください。拝見させていただきました。",
        "Call me at +1 415 555 0134 asap, only 3 spots left.",
    ]
    for text in drafts:
        linter.lint(text)
    linter.lint_many(drafts * 2)


def test_linting_the_corpora_opens_no_socket(no_network):
    linter = Linter()
    paths = sorted(CORPORA.rglob("*.md"))[::5]
    assert paths
    for path in paths:
        linter.lint_draft(read_draft(path))
