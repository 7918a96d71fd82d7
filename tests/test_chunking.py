"""Long articles are split into overlapping sentence ranges that fit the context window."""

from __future__ import annotations

from pathlib import Path

from summarizer.pipeline import sentence_chunks, summarize
from summarizer.settings import Settings
from summarizer.testing import FakeOpenAIServer, draft_responder
from summarizer.text import sentence_spans


def _spans(n: int, length: int = 100) -> list[tuple[int, int]]:
    return [(i * (length + 1), i * (length + 1) + length) for i in range(n)]


def test_short_text_is_one_chunk() -> None:
    assert sentence_chunks(_spans(5), 10_000) == [(1, 5)]


def test_long_text_chunks_overlap_and_cover_everything() -> None:
    chunks = sentence_chunks(_spans(50), 1000, overlap=2)
    assert len(chunks) > 5
    covered = {n for a, b in chunks for n in range(a, b + 1)}
    assert covered == set(range(1, 51))
    for (a1, b1), (a2, _) in zip(chunks, chunks[1:], strict=False):
        assert a2 <= b1 and a2 > a1  # overlapping, always moving forward
        assert b1 - a1 + 1 <= 1000 // 106 + 1


def test_sentence_longer_than_budget_still_progresses() -> None:
    chunks = sentence_chunks(_spans(3, length=5000), 1000)
    assert chunks == [(1, 1), (2, 2), (3, 3)]


def test_a_long_article_is_read_in_parts(tmp_path: Path, gold_dir: Path) -> None:
    body = (gold_dir / "articles" / "004_tunisia_bardo_museum_attack.txt").read_text(encoding="utf-8")
    long_text = body + "\n\n" + "\n\n".join([body.split("\n", 2)[2]] * 3)
    with FakeOpenAIServer(draft_responder) as srv:
        settings = Settings(backend="openai", base_url=srv.base_url, model="fake-model", cache_dir=tmp_path,
                            use_cache=False, n_ctx=4096)  # fmt: skip
        report = summarize(long_text, settings=settings)
        assert report.provenance.chunks >= 3
        assert srv.completions >= report.provenance.chunks
    n = len(sentence_spans(long_text))
    seen = set()
    for body_msg in srv.bodies:
        user = next(m["content"] for m in body_msg["messages"] if m["role"] == "user")
        seen |= {int(line[1 : line.index("]")]) for line in user.splitlines() if line.startswith("[")}
    assert seen >= set(range(1, n + 1))
