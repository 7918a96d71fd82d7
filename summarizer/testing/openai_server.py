"""A real, small OpenAI-compatible HTTP server for tests and benchmarks.

Why a real server and not a mocked client: the retry, timeout and validation behaviour we
rely on lives in the ``openai`` client and in instructor (Retry-After handling, backoff,
re-asks on invalid tool arguments). Only a real socket exercises that code as production
does. The server speaks just enough of the chat-completions protocol:

* ``GET /v1/models`` lists one model;
* ``POST /v1/chat/completions`` answers with a tool call when the request has ``tools``
  (``function.name`` = the requested tool, ``arguments`` = the responder's JSON string),
  else with ``message.content``; every answer carries ``usage``.

The answer text comes from a ``responder(request_json) -> str``; see ``responders.py``.
Faults are scripted per request (:class:`Fault`): each chat request takes the next fault
from the queue, so a test can say "the first call gets a 429, the second succeeds".

Usage::

    with FakeOpenAIServer(draft_responder, delay=0.2) as srv:
        client = openai.OpenAI(base_url=srv.base_url, api_key="x")

or, for benchmarks and manual runs::

    python -m summarizer.testing.openai_server --port 8099 --delay 0.5
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

from .responders import draft_responder, requested_schema, schema_breaking_instance, schema_responder

Responder = Callable[[dict[str, Any]], str]
FaultKind = Literal["429", "500", "401", "hang", "stall", "broken_json", "schema_invalid"]


@dataclass(frozen=True)
class Fault:
    """One scripted misbehaviour, consumed by the next chat-completions request.

    ``retry_after`` is sent as the ``Retry-After`` header of a 429 (seconds; None = no
    header). ``hang`` holds the connection ``seconds`` before answering normally, which a
    client with a shorter timeout sees as a timeout. ``stall`` reads the request and never
    answers (until the server stops): an endpoint that accepts and then hangs.
    """

    kind: FaultKind
    retry_after: float | None = 1.0
    seconds: float = 30.0


class FakeOpenAIServer:
    """OpenAI chat-completions endpoint on 127.0.0.1 with a free port, in a background thread.

    Thread-safe counters: ``requests`` (every HTTP request), ``completions`` (chat requests
    received, faulty ones included), ``answered`` (chat requests answered with 200).
    ``bodies`` keeps the JSON bodies of chat requests for assertions. ``max_in_flight`` is
    the highest number of chat requests handled at once, which proves client concurrency.
    """

    def __init__(
        self,
        responder: Responder | None = None,
        *,
        delay: float = 0.0,
        model: str = "fake-model",
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str | None = None,
        faults: Iterable[Fault | FaultKind] = (),
        keep_bodies: bool = True,
        always: Fault | FaultKind | None = None,
    ) -> None:
        self.responder: Responder = responder or draft_responder
        self.delay = delay
        self.model = model
        self.api_key = api_key
        self.keep_bodies = keep_bodies
        self._lock = threading.Lock()
        self._faults: deque[Fault] = deque()
        #: the fault every request gets once the scripted queue is empty (a dead server)
        self.always: Fault | None = Fault(always) if isinstance(always, str) else always
        self._stopping = threading.Event()
        #: cleared by hold(): chat requests wait until release() (or stop()), so a test can
        #: keep one job in flight for as long as it needs, with no race against a delay
        self._open = threading.Event()
        self._open.set()
        self.requests = 0
        self.completions = 0
        self.answered = 0
        self.in_flight = 0
        self.max_in_flight = 0
        self.bodies: list[dict[str, Any]] = []
        self.inject(*faults)
        self._httpd = ThreadingHTTPServer((host, port), _make_handler(self))
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    # ---- lifecycle -------------------------------------------------------------------
    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        """What to give the openai client (``base_url``): ends in ``/v1``."""
        host = self._httpd.server_address[0]
        return f"http://{host!s}:{self.port}/v1"

    def start(self) -> FakeOpenAIServer:
        if self._thread is None:
            self._thread = threading.Thread(target=self._httpd.serve_forever, name="fake-openai", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving; hanging or delayed handlers are released at once."""
        self._stopping.set()
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._httpd.server_close()

    def __enter__(self) -> FakeOpenAIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ---- scripting ---------------------------------------------------------------------
    def inject(self, *faults: Fault | FaultKind) -> None:
        """Queue faults; each chat request consumes one (FIFO) until the queue is empty."""
        with self._lock:
            for f in faults:
                self._faults.append(f if isinstance(f, Fault) else Fault(f))

    def hold(self) -> None:
        """Keep every chat request waiting (counted in ``completions``) until :meth:`release`."""
        self._open.clear()

    def release(self) -> None:
        self._open.set()

    def pending_faults(self) -> int:
        with self._lock:
            return len(self._faults)

    def reset_counters(self) -> None:
        with self._lock:
            self.requests = self.completions = self.answered = 0
            self.max_in_flight = 0
            self.bodies.clear()

    # ---- used by the handler -------------------------------------------------------------
    def _next_fault(self) -> Fault | None:
        with self._lock:
            return self._faults.popleft() if self._faults else self.always

    def _wait_open(self) -> None:
        while not self._open.wait(0.1) and not self._stopping.is_set():
            pass

    def _sleep(self, seconds: float) -> None:
        # Interruptible, so stop() never waits for a scripted hang.
        if seconds > 0:
            self._stopping.wait(seconds)


def _make_handler(server: FakeOpenAIServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as the openai client (httpx) expects

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
            return  # quiet: tests and benchmarks print their own output

        # -- helpers
        def _send_json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
            body = json.dumps(payload).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)
                self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout): nothing to answer

        def _error(self, status: int, message: str, kind: str, headers: dict[str, str] | None = None) -> None:
            self._send_json(status, {"error": {"message": message, "type": kind, "code": None}}, headers)

        def _authorized(self) -> bool:
            if server.api_key is None:
                return True
            return self.headers.get("Authorization") == f"Bearer {server.api_key}"

        # -- routes
        def do_GET(self) -> None:  # noqa: N802 - stdlib naming
            with server._lock:
                server.requests += 1
            if not self._authorized():
                self._error(401, "Incorrect API key provided.", "invalid_request_error")
                return
            if self.path.rstrip("/") in ("/v1/models", "/models"):
                self._send_json(
                    200,
                    {
                        "object": "list",
                        "data": [{"id": server.model, "object": "model", "created": 0, "owned_by": "fake"}],
                    },
                )
            else:
                self._error(404, f"no route {self.path}", "not_found")

        def do_POST(self) -> None:  # noqa: N802 - stdlib naming
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            with server._lock:
                server.requests += 1
            if self.path.rstrip("/") not in ("/v1/chat/completions", "/chat/completions"):
                self._error(404, f"no route {self.path}", "not_found")
                return
            try:
                request = json.loads(raw or b"{}")
            except json.JSONDecodeError:
                self._error(400, "request body is not JSON", "invalid_request_error")
                return
            with server._lock:
                server.completions += 1
                server.in_flight += 1
                server.max_in_flight = max(server.max_in_flight, server.in_flight)
                if server.keep_bodies:
                    server.bodies.append(request)
            try:
                self._complete(request)
            finally:
                with server._lock:
                    server.in_flight -= 1

        def _complete(self, request: dict[str, Any]) -> None:
            if not self._authorized():
                self._error(401, "Incorrect API key provided.", "invalid_request_error")
                return
            if request.get("stream"):
                self._error(400, "the fake server does not stream", "invalid_request_error")
                return
            fault = server._next_fault()
            if fault is not None:
                if fault.kind == "429":
                    headers = {} if fault.retry_after is None else {"Retry-After": f"{fault.retry_after:g}"}
                    self._error(429, "Rate limit reached (scripted).", "rate_limit_error", headers)
                    return
                if fault.kind == "500":
                    self._error(500, "Internal server error (scripted).", "server_error")
                    return
                if fault.kind == "401":
                    self._error(401, "Incorrect API key provided (scripted).", "invalid_request_error")
                    return
                if fault.kind == "hang":
                    server._sleep(fault.seconds)
                if fault.kind == "stall":
                    server._stopping.wait()  # never answers; released when the server stops
                    return
            server._wait_open()
            server._sleep(server.delay)
            if fault is not None and fault.kind == "broken_json":
                answer = '{"events": [{"sentences": [0, '  # truncated mid-object
            elif fault is not None and fault.kind == "schema_invalid":
                _, schema = requested_schema(request)
                answer = json.dumps(schema_breaking_instance(schema or {}))
            else:
                try:
                    answer = server.responder(request)
                except Exception as exc:  # a broken responder is a test bug: say so loudly
                    self._error(500, f"responder failed: {exc!r}", "server_error")
                    return
            self._send_json(200, _completion(request, answer, server.model))
            with server._lock:
                server.answered += 1

    return Handler


def _completion(request: dict[str, Any], answer: str, default_model: str) -> dict[str, Any]:
    """Build a chat.completion object: a tool call if tools were offered, else content."""
    prompt_chars = sum(len(str(m.get("content") or "")) for m in request.get("messages", []))
    prompt_chars += len(json.dumps(request.get("tools") or []))
    prompt_tokens = max(1, prompt_chars // 4)
    completion_tokens = max(1, len(answer) // 4)
    name, _ = requested_schema(request)
    message: dict[str, Any] = {"role": "assistant", "content": None}
    if request.get("tools"):
        message["tool_calls"] = [
            {
                "id": f"call_{int(time.time() * 1e6) % 10**9}",
                "type": "function",
                "function": {"name": name or "answer", "arguments": answer},
            }
        ]
        finish = "tool_calls"
    else:
        message["content"] = answer
        finish = "stop"
    return {
        "id": f"chatcmpl-fake-{time.time_ns()}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": request.get("model") or default_model,
        "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


RESPONDERS: dict[str, Responder] = {"draft": draft_responder, "minimal": schema_responder}


def main(argv: list[str] | None = None) -> int:
    """Serve until SIGINT/SIGTERM; prints the base URL on the first line (for scripts)."""
    parser = argparse.ArgumentParser(
        prog="python -m summarizer.testing.openai_server",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--port", type=int, default=0, help="0 = any free port (printed)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--delay", type=float, default=0.0, help="seconds added to every chat answer")
    parser.add_argument("--model", default="fake-model")
    parser.add_argument("--responder", choices=sorted(RESPONDERS), default="draft")
    parser.add_argument("--api-key", default=None, help="require this bearer key (default: any)")
    parser.add_argument(
        "--always",
        choices=["429", "500", "401", "stall", "broken_json", "schema_invalid"],
        help="answer every chat request with this fault (a failing or hanging server)",
    )
    args = parser.parse_args(argv)
    srv = FakeOpenAIServer(
        RESPONDERS[args.responder],
        delay=args.delay,
        model=args.model,
        host=args.host,
        port=args.port,
        api_key=args.api_key,
        always=args.always,
    )
    done = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: done.set())
    with srv:
        print(srv.base_url, flush=True)
        while not done.wait(0.5):
            pass
        print(f"served {srv.completions} chat requests", file=sys.stderr, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
