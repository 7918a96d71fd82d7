"""Property-based tests of the served OpenAPI document with schemathesis: whatever the
generated request, the server never answers 5xx, and every answer matches the document
(status code declared, content type, body schema). Examples are bounded to keep it short."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from summarizer.testing import FakeOpenAIServer, draft_responder
from tests.serve_helpers import Served

KEY = "sk-schema-test-0b9f"


@schemathesis.serializer("application/jsonl")
def _jsonl(_ctx: object, value: object) -> bytes:
    # the batch body as JSONL: generated strings are sent as they are
    return value.encode("utf-8", "surrogatepass") if isinstance(value, str) else json.dumps(value).encode()


@pytest.fixture(scope="module")
def served_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    tmp: Path = tmp_path_factory.mktemp("schema")
    with (
        FakeOpenAIServer(draft_responder, keep_bodies=False) as fake,
        Served(tmp, fake.base_url, SUMMARIZER_API_KEYS=KEY, SUMMARIZER_RATE_LIMIT=0) as srv,
    ):
        yield srv


def test_the_api_keeps_its_document(served_api: Served) -> None:
    # One hypothesis run per operation, driven here rather than by schemathesis' pytest
    # plugin (its lazy fixture loader does not work with this pytest).
    api = schemathesis.openapi.from_url(served_api.url + "/openapi.json")
    operations = [result.ok() for result in api.get_all_operations()]
    assert len(operations) >= 8
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=10, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True, database=None
        )
        def check(case: schemathesis.Case) -> None:
            # Not checked: that every schema-valid request is accepted. An article's text can
            # be valid JSON and still unusable (binary, no sentence): that is a 422 the
            # schema cannot express. Everything else is checked.
            case.call_and_validate(
                headers={"Authorization": f"Bearer {KEY}"}, excluded_checks=[positive_data_acceptance], timeout=30
            )

        check()
