"""Keep the summary honest: check it in code, ask once more, then repair.

The first summary comes with the extraction answer (no extra prompt to read). If the
check fails (loaded words outside quotes, figures that are not in the article, death
figures without a claimant, wrong length) the model is asked once more with the problems
listed; if that still fails, the text is repaired in code. The report records which of
the three it is and the final check, so a reader knows what they are looking at.
"""

from __future__ import annotations

import re

from .backends.base import Backend, Usage
from .draft import DraftSummary
from .facts import fact_sentences
from .neutrality import check_summary, loaded_words_text, repair_summary
from .prompts import template
from .running_numbers import find_numbers
from .schema import SUMMARY_MAX_SENTENCES, Event, Summary, SummaryCheck
from .storyline import story_sentences
from .text import sentence_spans

MAX_SENTENCES = SUMMARY_MAX_SENTENCES
#: scripts a small model drifts into (Qwen falls into Chinese mid-sentence)
_FOREIGN_SCRIPT = re.compile(r"[\u0400-\u04ff\u0600-\u06ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def tidy(text: str) -> str:
    """Cheap fixes in code before any re-ask: repeated sentences, drift into another
    script, a sentence cut off by the length limit, and more than four sentences."""
    kept: list[str] = []
    seen: set[str] = set()
    spans = sentence_spans(text)
    for i, (s, e) in enumerate(spans):
        sentence = text[s:e].strip()
        key = " ".join(sentence.lower().split())
        if not sentence or key in seen or _FOREIGN_SCRIPT.search(sentence):
            continue
        if i == len(spans) - 1 and kept and sentence[-1] not in '.!?"”»':
            continue  # cut off mid-sentence
        seen.add(key)
        kept.append(sentence)
    return " ".join(kept[:MAX_SENTENCES])


def attribute(text: str, events: list[Event], outlet: str | None) -> str:
    """Give each death figure stated as fact the source the records hold for it.

    A sentence flagged as unattributed gets ", according to <claimant>" for the claim
    whose figure it states (the outlet when the article itself gives the figure), so the
    reader sees who says so; a figure no claim holds is left for the check to report.
    """
    flagged = set(check_summary(text, text).unattributed_figures)
    if not flagged:
        return text
    claims = [c for ev in events for c in ev.fatality_claims]
    out: list[str] = []
    for s, e in sentence_spans(text):
        sentence = text[s:e].strip()
        if sentence in flagged:
            values = {v for _, _, v in find_numbers(sentence)}
            claim = next((c for c in claims if c.low in values or c.high in values), None)
            who = None
            if claim is not None:
                who = claim.claimant if claim.claimant != "outlet" else outlet
            elif outlet:
                who = outlet  # a figure the article gives without a source: the outlet's
            if who:
                body = sentence.rstrip(".!")
                sentence = f"{body}, according to {who if who[:1].isupper() else 'the ' + who}."
        out.append(sentence)
    return " ".join(out)


def compose(model_text: str, article: str, events: list[Event], outlet: str | None) -> tuple[str, list[str]]:
    """(summary, sentences copied from the article): the model's lead, then the article's
    own sentences that say what the lead does not, four sentences at most.

    The model writes what the story is about; the article's next sentences carry who,
    where, when and each figure (given its source when the article states it bare), in
    the words a reader will check them against. The records' fact sentences (``facts.py``)
    stand in only when no sentence of the article can be copied: measured on 240 stories,
    the article's sentences carry more of the gold facts than the records' (summary facts
    513 -> 573 of 1,174, with fewer words).
    """
    spans = sentence_spans(model_text)
    lead = [model_text[s:e].strip() for s, e in spans][:1]
    if not lead:
        return model_text, []  # no lead to build on: the check fails and the model is asked again
    story = story_sentences(
        article, " ".join(lead), MAX_SENTENCES - len(lead), attribute=lambda s: attribute(s, events, outlet)
    )
    if story:
        return " ".join([*lead, *story]), story
    facts = fact_sentences(events, outlet)
    if not facts:
        return model_text, []
    return " ".join([*lead, *facts][:MAX_SENTENCES]), []


def problems(check: SummaryCheck) -> list[str]:
    out = []
    if check.loaded_words:
        out.append("loaded words outside quotations: " + ", ".join(check.loaded_words))
    if check.unsupported_figures:
        out.append("figures not in the article: " + ", ".join(check.unsupported_figures))
    if check.unattributed_figures:
        out.append("death figures without who gives them: " + ", ".join(check.unattributed_figures))
    if not 2 <= check.sentences <= 4:
        out.append(f"{check.sentences} sentences instead of 2 to 4")
    return out


def with_story(summary: Summary, article: str, events: list[Event] | None = None, outlet: str | None = None) -> Summary:
    """A passing summary's free sentences filled with the article's next facts (``storyline.py``)."""
    if not summary.check.passed or not summary.text:
        return summary
    found = events or []
    story = story_sentences(
        article,
        summary.text,
        MAX_SENTENCES - summary.check.sentences,
        attribute=lambda s: attribute(s, found, outlet),
    )
    if not story:
        return summary
    text = " ".join([summary.text, *story])
    check = check_summary(text, article)
    if not check.passed:
        return summary
    return summary.model_copy(update={"text": text, "check": check, "from_article": [*summary.from_article, *story]})


def finalize_summary(
    first: str,
    article: str,
    backend: Backend,
    usage: Usage,
    *,
    events: list[Event],
    outlet: str | None,
    system: str,
    max_tokens: int,
    temperature: float,
    prompt_article: str | None = None,
    warnings: list[str] | None = None,
) -> Summary:
    """Check the first summary; repair it in code, and ask the model once more only if
    the repair cannot make it pass (a re-ask costs ~25 s on two cores, a repair nothing).

    ``prompt_article`` is what the re-ask shows the model: for a long article the
    pipeline passes its lead and the events' evidence (``pipeline.summary_source``), so
    the request fits the context; the check still runs against the whole ``article``.
    A failed re-ask is not fatal (the summary is repaired in code) but is recorded in
    ``warnings``, never swallowed."""
    raw = first.strip()
    tidied = tidy(raw)
    text, copied = compose(tidied, article, events, outlet)
    check = check_summary(text, article)
    if check.passed and text:
        if text == raw:
            return Summary(text=text, check=check, origin="model")
        if text == tidied:
            return Summary(text=text, check=check, origin="repaired")
        return Summary(text=text, check=check, origin="model+records", from_article=copied)
    if text:
        repaired = attribute(repair_summary(text, article), events, outlet)
        check_r = check_summary(repaired, article)
        if check_r.passed:
            return Summary(text=repaired, check=check_r, origin="repaired")
    _, body = template("summary_user")
    prompt = body.format(
        article=(article if prompt_article is None else prompt_article).replace("</article>", "</ article>"),
        problems="\n".join(f"- {p}" for p in problems(check)) or "- the summary was empty",
        summary=text or "(empty)",
        loaded_words=loaded_words_text(),
    )
    try:
        # Same system message as the extraction call: llama.cpp reuses its cached prefix.
        messages = [{"role": "system", "content": system}, {"role": "user", "content": prompt}]
        result = backend.complete(messages, DraftSummary, max_tokens=max_tokens, temperature=temperature)
        usage.add(result.usage)
        second = attribute(tidy(result.value.summary.strip()), events, outlet)
        check2 = check_summary(second, article)
        if check2.passed and second:
            return Summary(text=second, check=check2, origin="regenerated")
        if second and not text:
            text = second
    except Exception as exc:  # noqa: BLE001 - a failed regeneration falls back to repair
        if warnings is not None:
            warnings.append(f"summary re-ask failed, repaired in code instead: {type(exc).__name__}: {exc}"[:300])
    repaired = attribute(repair_summary(text, article), events, outlet) if text else ""
    return Summary(text=repaired, check=check_summary(repaired, article), origin="repaired")
