"""The fake OpenAI server, exercised through the real ``openai`` client over a real socket."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from typing import Any

import openai
import pytest
from pydantic import BaseModel, ValidationError

from summarizer.draft import Draft, DraftSummary
from summarizer.schema import Event, Report
from summarizer.testing import FakeOpenAIServer, Fault, draft_responder, minimal_instance, schema_responder


class Answer(BaseModel):
    name: str
    count: int


def _tool_request(client: openai.OpenAI, model: type[BaseModel] = Answer) -> openai.types.chat.ChatCompletion:
    schema = model.model_json_schema()
    return client.chat.completions.create(
        model="fake-model",
        messages=[{"role": "user", "content": "hello"}],
        tools=[{"type": "function", "function": {"name": model.__name__, "parameters": schema}}],
        tool_choice={"type": "function", "function": {"name": model.__name__}},
    )


def _args(resp: Any) -> str:
    """The first tool call's arguments (typed loosely: the client's union has custom tool calls)."""
    return str(resp.choices[0].message.tool_calls[0].function.arguments)


def _client(srv: FakeOpenAIServer, **kw: object) -> openai.OpenAI:
    kw.setdefault("max_retries", 0)
    return openai.OpenAI(base_url=srv.base_url, api_key="test-key", **kw)  # type: ignore[arg-type]


def test_models_and_tool_call_with_usage() -> None:
    with FakeOpenAIServer(lambda req: json.dumps({"name": "x", "count": 3})) as srv:
        client = _client(srv)
        assert [m.id for m in client.models.list()] == ["fake-model"]
        resp = _tool_request(client)
    call: Any = resp.choices[0].message.tool_calls[0]  # type: ignore[index]
    assert call.function.name == "Answer"
    assert Answer.model_validate_json(_args(resp)) == Answer(name="x", count=3)
    assert resp.choices[0].finish_reason == "tool_calls"
    assert resp.usage is not None and resp.usage.prompt_tokens > 0 and resp.usage.completion_tokens > 0
    assert srv.completions == 1 and srv.answered == 1 and srv.requests == 2


def test_a_held_server_answers_only_after_release() -> None:
    with FakeOpenAIServer(lambda req: json.dumps({"name": "x", "count": 3})) as srv:
        srv.hold()
        done: list[Any] = []
        t = threading.Thread(target=lambda: done.append(_tool_request(_client(srv))))
        t.start()
        deadline = time.monotonic() + 10
        while srv.completions == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)
        assert srv.completions == 1 and srv.answered == 0 and not done  # received, held
        srv.release()
        t.join(10)
    assert srv.answered == 1 and len(done) == 1


def test_content_answer_without_tools() -> None:
    with FakeOpenAIServer(lambda req: '{"ok": true}') as srv:
        resp = _client(srv).chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    assert resp.choices[0].message.content == '{"ok": true}'
    assert resp.choices[0].message.tool_calls is None
    assert srv.bodies[0]["messages"][0]["content"] == "hi"


def test_429_retry_after_is_honoured_by_the_client() -> None:
    with FakeOpenAIServer(schema_responder, faults=[Fault("429", retry_after=1.0)]) as srv:
        started = time.perf_counter()
        resp = _tool_request(_client(srv, max_retries=2))
        elapsed = time.perf_counter() - started
    assert Answer.model_validate_json(_args(resp))
    assert srv.completions == 2
    assert elapsed >= 0.95, "the client must wait the Retry-After seconds before retrying"


def test_500_is_retried_401_is_not() -> None:
    with FakeOpenAIServer(schema_responder, faults=["500"]) as srv:
        _tool_request(_client(srv, max_retries=1))
        assert srv.completions == 2
    with FakeOpenAIServer(schema_responder, faults=["401"]) as srv:
        with pytest.raises(openai.AuthenticationError):
            _tool_request(_client(srv, max_retries=3))
        assert srv.completions == 1


def test_api_key_is_checked_when_configured() -> None:
    with FakeOpenAIServer(schema_responder, api_key="right") as srv:
        with pytest.raises(openai.AuthenticationError):
            _tool_request(_client(srv))
        ok = openai.OpenAI(base_url=srv.base_url, api_key="right", max_retries=0)
        _tool_request(ok)


def test_hang_longer_than_the_client_timeout() -> None:
    with FakeOpenAIServer(schema_responder, faults=[Fault("hang", seconds=10)]) as srv:
        started = time.perf_counter()
        with pytest.raises(openai.APITimeoutError):
            _tool_request(_client(srv, timeout=0.5))
        assert time.perf_counter() - started < 5
        # the next request is served normally
        _tool_request(_client(srv, timeout=5))


def test_broken_json_and_schema_invalid_answers() -> None:
    with FakeOpenAIServer(schema_responder, faults=["broken_json", "schema_invalid"]) as srv:
        client = _client(srv)
        broken = _args(_tool_request(client))
        with pytest.raises(json.JSONDecodeError):
            json.loads(broken)
        invalid = _args(_tool_request(client))
        json.loads(invalid)  # valid JSON ...
        with pytest.raises(ValidationError):  # ... that does not validate
            Answer.model_validate_json(invalid)
        assert srv.pending_faults() == 0
        Answer.model_validate_json(_args(_tool_request(client)))


def test_delay_and_concurrent_requests() -> None:
    with FakeOpenAIServer(schema_responder, delay=0.3) as srv:
        client = _client(srv)
        started = time.perf_counter()
        threads = [threading.Thread(target=_tool_request, args=(client,)) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - started
    assert srv.answered == 6
    assert srv.max_in_flight >= 2, "requests must be served in parallel"
    assert 0.3 <= elapsed < 6 * 0.3


@pytest.mark.parametrize("model", [Answer, Draft, DraftSummary, Event, Report])
def test_minimal_instance_validates(model: type[BaseModel]) -> None:
    model.model_validate(minimal_instance(model.model_json_schema()))


def test_draft_responder_answers_the_pipeline_models() -> None:
    for model in (Draft, DraftSummary):
        req = {
            "tools": [
                {
                    "type": "function",
                    "function": {"name": model.__name__, "parameters": model.model_json_schema()},
                }
            ]
        }
        model.model_validate_json(draft_responder(req))


def test_command_line_server() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "summarizer.testing.openai_server", "--port", "0", "--delay", "0.05"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        base_url = proc.stdout.readline().strip()
        assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/v1")
        client = openai.OpenAI(base_url=base_url, api_key="x", max_retries=0)
        Draft.model_validate_json(_args(_tool_request(client, Draft)))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert proc.returncode == 0
