"""``outreach-lint serve``'s HTTP API: answers, refusals, and what the page may load."""

from __future__ import annotations

import http.client
import json
import subprocess
import sys
import threading
import time

import pytest

from outreach_lint.webapp import MAX_BODY, make_server

from ._cli import ROOT


@pytest.fixture(scope="module")
def server():
    srv = make_server("127.0.0.1", 0, quiet=True)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def request(server, method: str, path: str, body: bytes | None = None, headers: dict | None = None):
    conn = http.client.HTTPConnection("127.0.0.1", server.server_port, timeout=60)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        data = response.read()
        return response.status, dict(response.getheaders()), data
    finally:
        conn.close()


def lint(server, payload, headers=None):
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode("utf-8")
    status, headers_, data = request(server, "POST", "/api/lint", body, {"Content-Type": "application/json", **(headers or {})})
    return status, json.loads(data.decode("utf-8"))


def test_lint_answers_with_the_json_formats_keys(server):
    status, data = lint(server, {"text": "Hi {first_name}, act now!!", "platform": "linkedin"})
    assert status == 200
    assert data["lang"] == "en" and data["platform"] == "linkedin"
    keys = {"path", "rule", "code", "severity", "message", "line", "column", "end_line", "end_column", "start", "end", "suggestion", "fix", "fixable"}
    assert data["findings"] and all(set(f) == keys for f in data["findings"])
    bang = next(f for f in data["findings"] if f["fixable"])
    assert bang["fix"] == {"start": 24, "end": 26, "replacement": "!", "safe": True}


def test_lang_recipient_and_thread_are_used(server):
    text = "山田様\n\nはじめまして、佐藤と申します。ご講演を拝見させていただきました。\n"
    status, data = lint(server, {"text": text, "platform": "linkedin", "lang": "ja", "recipient": {"name": "山田 花子", "interests": ["Rust"]}, "thread": []})
    assert status == 200 and data["lang"] == "ja"
    keigo = next(f for f in data["findings"] if f["rule"] == "keigo-misuse")
    assert "二重敬語" in keigo["message"] and text[keigo["start"] : keigo["end"]] == "拝見させていただきました"
    status, data = lint(server, {"text": "Hi Dana!", "recipient": {"name": "", "company": ""}, "lang": "auto"})
    assert status == 200


@pytest.mark.parametrize(
    "payload, status, words",
    [
        (b'{"text": "Hi', 400, "malformed JSON"),
        (b"\xff\xfe", 400, "not UTF-8"),
        (b'["Hi"]', 400, "JSON object"),
        ({"text": 3}, 400, "'text' must be a string"),
        ({"text": "Hi", "colour": "red"}, 400, "unknown key 'colour'"),
        ({"text": "Hi", "platform": "myspace"}, 422, "unknown platform 'myspace'"),
        ({"text": "Hi", "lang": "fr"}, 422, "lang must be one of"),
        ({"text": "Hi", "recipient": "Dana"}, 422, "recipient must be a mapping"),
        ({"text": "Hi", "thread": [{"from": "me", "date": "yesterday"}]}, 422, "date"),
    ],
)
def test_bad_requests_get_a_message(server, payload, status, words):
    got, data = lint(server, payload)
    assert got == status
    assert words in data["error"]


@pytest.mark.parametrize("length", ["\u00b2", "1e3", "-5", ""])
def test_a_content_length_that_is_not_a_whole_number_gets_411(server, length):
    # "²" passes str.isdigit() but int() refuses it: the answer is a 411, not a dropped connection.
    conn = http.client.HTTPConnection("127.0.0.1", server.server_port, timeout=60)
    try:
        conn.putrequest("POST", "/api/lint", skip_accept_encoding=True)
        conn.putheader("Content-Length", length)
        conn.endheaders()
        response = conn.getresponse()
        assert response.status == 411
        assert "Content-Length" in json.loads(response.read().decode("utf-8"))["error"]
    finally:
        conn.close()


def test_a_body_over_one_mebibyte_is_refused(server):
    status, data = lint(server, b'{"text": "' + b"a" * MAX_BODY + b'"}')
    assert status == 413 and str(MAX_BODY) in data["error"]
    status, _ = lint(server, {"text": "a" * (MAX_BODY - 100)})  # just under: linted
    assert status in (200, 422)


@pytest.mark.parametrize("host", ["evil.example", "evil.example:80", "127.0.0.1.nip.io", "localhost.evil.example"])
def test_a_foreign_host_header_is_refused(server, host):
    status, data = lint(server, {"text": "Hi"}, {"Host": host})
    assert status == 403 and "Host" in data["error"]
    status, _, _ = request(server, "GET", "/", headers={"Host": host})
    assert status == 403


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "LOCALHOST:{port}", "127.0.0.1:{port}"])
def test_local_host_headers_are_accepted(server, host):
    status, _ = lint(server, {"text": "Hi"}, {"Host": host.format(port=server.server_port)})
    assert status == 200


def test_the_page_loads_nothing_from_elsewhere(server):
    status, headers, body = request(server, "GET", "/")
    page = body.decode("utf-8")
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    policy = headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "connect-src 'self'" in policy
    assert "<script src" not in page and "<link" not in page and "http://" not in page and "https://" not in page
    assert '<meta charset="utf-8">' in page and 'lang="ja"' in page
    for name in ("linkedin", "linkedin-free", "email", "x"):
        assert f'<option value="{name}"' in page


def test_other_routes_and_methods(server):
    assert request(server, "GET", "/api/lint")[0] == 405
    assert request(server, "GET", "/etc/passwd")[0] == 404
    assert request(server, "DELETE", "/api/lint")[0] == 405
    assert request(server, "POST", "/api/other", b"{}")[0] == 404


def test_nothing_is_stored_or_logged(server, tmp_path, capsys):
    before = set(ROOT.rglob("*"))
    lint(server, {"text": "Hi Dana, my cell is (415) 555-0132"})
    assert set(ROOT.rglob("*")) == before
    assert "555-0132" not in capsys.readouterr().err


@pytest.mark.slow
def test_the_command_binds_localhost_and_warns_for_another_host():
    proc = subprocess.Popen(
        [sys.executable, "-m", "outreach_lint", "serve", "--host", "0.0.0.0", "--port", "0"],
        stderr=subprocess.PIPE, text=True,
    )
    try:
        lines = []
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            line = proc.stderr.readline()
            lines.append(line)
            if "open http://" in line or not line:
                break
        text = "".join(lines)
        assert "warning: listening on 0.0.0.0" in text
        assert "open http://0.0.0.0:" in text
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    busy = make_server("127.0.0.1", 0, quiet=True)
    try:
        taken = subprocess.run(
            [sys.executable, "-m", "outreach_lint", "serve", "--port", str(busy.server_port)], capture_output=True, text=True, timeout=120
        )
        assert taken.returncode == 2 and "cannot listen on 127.0.0.1" in taken.stderr
    finally:
        busy.server_close()
    wrong = subprocess.run([sys.executable, "-m", "outreach_lint", "serve", "--port", "70000"], capture_output=True, text=True, timeout=120)
    assert wrong.returncode == 2 and "--port must be between 0 and 65535, got 70000" in wrong.stderr
    assert "Traceback" not in wrong.stderr
