"""``outreach-lint serve``: a local page to check a draft in the browser, and its JSON API.

The page (``GET /``) takes a draft, the platform, and optionally the language and the recipient's
fields, and shows the findings highlighted as one types; safe fixes apply with a button; the
result can be copied. Scripts may use the same API::

    POST /api/lint   {"text": "...", "platform": "linkedin", "lang": "ja", "recipient": {...}, "thread": [...]}
    → 200 {"findings": [...], "lang": "ja", "platform": "linkedin"}   (finding keys: the JSON format's)

Built on the standard library's :class:`http.server.ThreadingHTTPServer`: the page needs two
routes and a JSON body, a web framework would add dependencies (and their updates) for nothing,
and the server only ever listens on the local machine. Safe by default:

- binds ``127.0.0.1``; another ``--host`` prints a warning (the page has no authentication);
- refuses (403) a request whose ``Host`` header is not the bound address or ``localhost``, so a
  web site cannot reach the API through DNS rebinding; no CORS headers, so other origins cannot
  read the answers;
- bodies over 1 MiB get 413, malformed JSON 400, a bad value (unknown platform, ``lang``, a
  recipient that is not a mapping) 422, each with ``{"error": message}``;
- the page loads nothing from elsewhere (a Content Security Policy says so); drafts are never
  stored or logged: the access log shows the method, the path and the status only.
"""

from __future__ import annotations

import html
import ipaddress
import json
import socket
import sys
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .core import __version__
from .core.errors import OutreachLintError
from .core.platforms import PLATFORMS
from .engine import Linter
from .formatters.html import csp, page_asset
from .presentation import Resolver, json_rows

__all__ = ["serve", "make_server", "MAX_BODY", "lint_request"]

MAX_BODY = 1024 * 1024
DRAIN = 16 * MAX_BODY  # a larger refused body is not even read: the connection is closed
KEYS = ("text", "platform", "lang", "recipient", "thread")
LOCAL_NAMES = ("localhost", "127.0.0.1", "::1")


class RequestError(Exception):
    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status


def lint_request(linter: Linter, lock: threading.Lock, body: bytes) -> dict[str, Any]:
    """The API's answer for a request body; :class:`RequestError` for a bad one."""
    try:
        data = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise RequestError(HTTPStatus.BAD_REQUEST, f"the body is not UTF-8 (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise RequestError(HTTPStatus.BAD_REQUEST, f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    if not isinstance(data, dict):
        raise RequestError(HTTPStatus.BAD_REQUEST, f"the body must be a JSON object with keys {', '.join(KEYS)}")
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise RequestError(HTTPStatus.BAD_REQUEST, f"unknown key {unknown[0]!r}; keys: {', '.join(KEYS)}")
    text = data.get("text")
    if not isinstance(text, str):
        raise RequestError(HTTPStatus.BAD_REQUEST, f"'text' must be a string, got {type(text).__name__}")
    platform = data.get("platform") or None
    lang = data.get("lang") or None
    if lang == "auto":
        lang = None
    for key, value in (("platform", platform), ("lang", lang)):
        if value is not None and not isinstance(value, str):
            raise RequestError(HTTPStatus.UNPROCESSABLE_ENTITY, f"'{key}' must be a string, got {type(value).__name__}")
    if platform is not None and platform not in PLATFORMS:
        raise RequestError(
            HTTPStatus.UNPROCESSABLE_ENTITY, f"unknown platform {platform!r}; valid platforms: {', '.join(PLATFORMS)}"
        )
    recipient = data.get("recipient") or None
    if isinstance(recipient, dict):
        recipient = {k: v for k, v in recipient.items() if v not in ("", None, [])} or None
    try:
        with lock:  # one draft at a time: the analyzers are shared
            result = linter.lint(text, lang=lang, platform=platform, recipient=recipient, thread=data.get("thread") or None)
    except OutreachLintError as exc:
        raise RequestError(HTTPStatus.UNPROCESSABLE_ENTITY, str(exc)) from None
    return {"findings": json_rows([result]), "lang": result.lang, "platform": result.platform}


def _host_name(header: str) -> str:
    """The host part of a ``Host`` header, without port and brackets."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def page() -> tuple[str, str]:
    """The page's HTML and its Content Security Policy."""
    script = page_asset("page.js")
    platforms = "".join(
        f'<option value="{p.name}"{" selected" if p.name == "linkedin" else ""}>{html.escape(p.description)}</option>'
        for p in PLATFORMS.values()
    )
    document = (
        page_asset("index.html")
        .replace("{{style}}", page_asset("style.css"))
        .replace("{{platforms}}", platforms)
        .replace("{{version}}", __version__)
        .replace("{{script}}", script)
    )
    return document, csp(script, connect="'self'", header=True)


class Handler(BaseHTTPRequestHandler):
    server: "LintServer"
    server_version = f"outreach-lint/{__version__}"
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        if not self.server.quiet:
            sys.stderr.write(f"outreach-lint serve: {self.command} {self.path.split('?')[0]} {args[1] if len(args) > 1 else ''}\n")

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        self.log_message("%s %s %s", self.requestline, str(code), str(size))

    def _send(self, status: HTTPStatus, body: bytes, content_type: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Frame-Options", "DENY")
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, status: HTTPStatus, data: dict[str, Any]) -> None:
        self._send(status, json.dumps(data, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")

    def _error(self, status: HTTPStatus, message: str) -> None:
        self.close_connection = True  # the body may be unread: never parse it as the next request
        self._json(status, {"error": message})

    def _host_allowed(self) -> bool:
        header = self.headers.get("Host")
        if not header:
            self._error(HTTPStatus.FORBIDDEN, "a Host header is required")
            return False
        if _host_name(header) not in self.server.allowed_hosts:
            self._error(HTTPStatus.FORBIDDEN, f"Host {header!r} is not this server; open http://{self.server.url_host}/")
            return False
        return True

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        if not self._host_allowed():
            return
        if self.path.split("?")[0] in ("/", "/index.html"):
            document, policy = self.server.page
            self._send(HTTPStatus.OK, document.encode("utf-8"), "text/html; charset=utf-8", {"Content-Security-Policy": policy})
        elif self.path == "/api/lint":
            self._error(HTTPStatus.METHOD_NOT_ALLOWED, "POST a JSON object to /api/lint")
        else:
            self._error(HTTPStatus.NOT_FOUND, f"no page {self.path.split('?')[0]!r}")

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802
        if not self._host_allowed():
            return
        if self.path.split("?")[0] != "/api/lint":
            self._error(HTTPStatus.NOT_FOUND, f"no API {self.path.split('?')[0]!r}; POST to /api/lint")
            return
        length = self.headers.get("Content-Length")
        if length is None or not length.strip().isascii() or not length.strip().isdecimal():
            self.close_connection = True
            self._error(HTTPStatus.LENGTH_REQUIRED, "a Content-Length header is required")
            return
        size = int(length)
        if size > MAX_BODY:
            self.close_connection = True
            if size <= DRAIN:  # read and drop it, so the client gets the answer instead of a reset
                left = size
                while left > 0:
                    chunk = self.rfile.read(min(65536, left))
                    if not chunk:
                        break
                    left -= len(chunk)
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"the body is {size} bytes; at most {MAX_BODY} are accepted")
            return
        body = self.rfile.read(size)
        try:
            answer = lint_request(self.server.linter, self.server.lock, body)
        except RequestError as exc:
            self._error(exc.status, str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - the page keeps working whatever a draft holds
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, f"{type(exc).__name__}: {exc}")
            return
        self._json(HTTPStatus.OK, answer)

    def _not_allowed(self) -> None:
        if self._host_allowed():
            self._error(HTTPStatus.METHOD_NOT_ALLOWED, f"{self.command} is not supported")

    do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _not_allowed


class LintServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, host: str, port: int, linter: Linter, quiet: bool = False) -> None:
        if ":" in host:
            self.address_family = socket.AF_INET6
        super().__init__((host, port), Handler)
        self.linter = linter
        self.lock = threading.Lock()
        self.quiet = quiet
        self.page = page()
        bound = str(self.server_address[0]).lower()
        self.allowed_hosts = {*LOCAL_NAMES, bound, host.lower().strip("[]")}
        self.url_host = f"[{bound}]:{self.server_port}" if ":" in bound else f"{bound}:{self.server_port}"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def make_server(host: str = "127.0.0.1", port: int = 0, quiet: bool = False) -> LintServer:
    """A server with the configuration ``outreach-lint check -`` would use in the current folder."""
    config = Resolver(None, {}).config_for(None)
    return LintServer(host, port, Linter(config), quiet=quiet)


def serve(host: str = "127.0.0.1", port: int = 8765) -> int:
    """Run until interrupted; the exit status of ``outreach-lint serve``."""
    if not 0 <= port <= 65535:
        print(f"outreach-lint: error: --port must be between 0 and 65535, got {port}", file=sys.stderr)
        return 2
    if not _is_loopback(host):
        print(
            f"outreach-lint serve: warning: listening on {host}: anyone who can reach this address can use the page "
            "(it has no password); use the default 127.0.0.1 unless you mean it",
            file=sys.stderr,
        )
    try:
        server = make_server(host, port)
    except OSError as exc:
        print(f"outreach-lint: error: cannot listen on {host}:{port} ({exc.strerror or exc})", file=sys.stderr)
        return 2
    print(f"outreach-lint serve: open http://{server.url_host}/ (Ctrl+C to stop)", file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
