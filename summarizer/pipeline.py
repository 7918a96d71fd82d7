"""``summarize``: one article in, one checked ``Report`` out.

A thin runner that composes the stages: clean the input, number its sentences, split it
into chunks that fit the context window, ask the model for a draft per chunk, turn the
drafts into checked records (``records.py``), merge duplicates across chunks, and make
sure the summary passes its neutrality check (``summary.py``).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Mapping
from typing import Any

from pydantic import ValidationError

from . import budget
from .arrest_killings import killings_behind_arrests
from .assault_openers import fold_assault_openers
from .backends import Backend, Usage, get_backend
from .body_finders import finder_not_killer
from .bomber_dead import add_bombers_dead
from .claim_home import move_claims_home, release_other_happenings
from .claimant_gloss import gloss_claimants
from .claimcheck import recount_event
from .claimscope import totals_over_targets
from .clause_events import clause_events
from .counted_once import count_once
from .deathless import tolls_off_deathless_kinds
from .draft import Draft, DraftMore
from .errors import BudgetExceeded, InputError
from .found_in_text import events_in_text
from .geo import country_name, guess_country
from .habitual_claims import habitual_authors_off
from .happening import told_as_accident
from .hit_sides import sides_of_the_hit
from .lead_toll import add_lead_rival, add_lead_toll
from .look_again import build_checked
from .neutrality import loaded_words_text
from .next_toll import add_next_tolls, add_other_side_dead
from .one_dead import add_single_dead
from .other_side_deeds import deeds_of_the_other_side_out
from .past_groups import groups_of_other_years_off
from .place_owners import owner_not_doer
from .places import country_from_places
from .prompts import describe_fields, prompt_version, template
from .records import Article, build_event, is_conflict_event, only_a_war_toll, only_a_years_tally
from .responsibility import sides_from_claims, sides_from_suspects, sides_from_the_lead
from .rival_claims import add_rival_claims
from .same_event import merge_chunk_events
from .schema import ArticleMeta, Event, FatalityClaim, Provenance, Report
from .second_look import describe_coded, same_happening, uncovered_sentences
from .separate import drop_evidence_of_elsewhere, peel_other_events
from .separate_attacks import split_separate_attacks
from .settings import Settings
from .side_names import settle_side_names
from .summed_tolls import sums_over_events
from .targeted_group import groups_targeted
from .text import clean_input, sentence_spans
from .town_tolls import tolls_of_named_towns
from .unclaimed import unclaimed_off
from .zero_tolls import add_zero_tolls

Stage = Callable[[str], None]

#: rough characters per token for budgeting chunks before the tokenizer is at hand
CHARS_PER_TOKEN = 3.2


def system_prompt() -> str:
    _, body = template("extract_system")
    return body.replace("{fields}", describe_fields(Draft)).replace("{loaded_words}", loaded_words_text())


def _user_prompt(numbered: str, meta: ArticleMeta) -> str:
    _, body = template("extract_user")
    return body.format(
        published=meta.published.isoformat() if meta.published else "unknown",
        outlet=meta.outlet or "unknown",
        language=meta.language or "unknown",
        article=numbered,
    )


def _numbered(art: Article, first: int, last: int) -> str:
    lines = []
    for n in range(first, last + 1):
        s, e = art.sentences[n - 1]
        # The closing tag is the only thing that could let article text pose as prompt.
        sentence = " ".join(art.text[s:e].split()).replace("</article>", "</ article>")
        lines.append(f"[{n}] {sentence}")
    return "\n".join(lines)


def sentence_chunks(sentences: list[tuple[int, int]], budget_chars: int, overlap: int = 2) -> list[tuple[int, int]]:
    """Split 1-based sentence numbers into overlapping ranges of at most ``budget_chars``.

    Overlap keeps an event described across a chunk boundary whole in at least one chunk;
    the duplicates this creates are merged afterwards.
    """
    if not sentences:
        return []
    chunks: list[tuple[int, int]] = []
    start = 1
    while start <= len(sentences):
        size = 0
        end = start
        while end <= len(sentences):
            s, e = sentences[end - 1]
            length = e - s + 6
            if size + length > budget_chars and end > start:
                break
            size += length
            end += 1
        last = end - 1
        chunks.append((start, last))
        if last >= len(sentences):
            break
        start = max(start + 1, last + 1 - overlap)
    return chunks


def _second_look(
    art: Article,
    info: ArticleMeta,
    events: list[Event],
    backend: Backend,
    usage: Usage,
    system: str,
    settings: Settings,
    stage: Stage,
) -> list[Event]:
    """Events from the sentences the first answer left uncovered (``second_look.py``).

    The question repeats the article's prompt up to the article's end, so llama.cpp reads
    only the new instruction. A new event is kept only if its evidence includes one of the
    sentences asked about and it passes the same checks as every other event.
    """
    todo = uncovered_sentences(art, events)
    if not todo:
        return []
    stage("second look")
    _, body = template("extract_more")
    prompt = body.format(
        published=info.published.isoformat() if info.published else "unknown",
        outlet=info.outlet or "unknown",
        language=info.language or "unknown",
        article=_numbered(art, 1, len(art.sentences)),
        coded=describe_coded(events),
        sentences=", ".join(f"[{i + 1}]" for i in todo),
    )
    messages = [{"role": "system", "content": system}, {"role": "user", "content": prompt}]
    result = backend.complete(
        messages, DraftMore, max_tokens=settings.max_event_tokens, temperature=settings.temperature
    )
    usage.add(result.usage)
    asked = {art.sentences[i] for i in todo}
    found: list[Event] = []
    for draft_event in result.value.events:
        event, _ = build_event(draft_event, art)
        new_claims = [c for c in event.fatality_claims if c.span and (c.span.start, c.span.end) in asked]
        if not is_conflict_event(event) or not new_claims:
            continue  # the second look must count the killing it was asked about
        if any(same_happening(e, event) for e in events):
            # told again: another source's toll or event's (joining them lowered ACLED exact .71 -> .64)
            continue
        event.fatality_claims = new_claims
        recount_event(event)
        event.flags.append("found_by_second_look")
        found.append(event)
    return found


def _coerce_meta(meta: ArticleMeta | Mapping[str, Any] | None, date_order: str = "strict") -> ArticleMeta:
    """The article's meta, or an ``InputError`` naming the field (a bad date is quoted)."""
    if meta is None:
        return ArticleMeta()
    if isinstance(meta, ArticleMeta):
        return meta
    if not isinstance(meta, Mapping):
        raise TypeError(f"summarize(meta=...) takes a dict or an ArticleMeta, not {type(meta).__name__}")
    known = {k: v for k, v in meta.items() if k in ArticleMeta.model_fields}
    try:
        return ArticleMeta.model_validate(known, context={"date_order": date_order})
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first.get("loc", ())) or "meta"
        message = str(first.get("msg", "invalid")).removeprefix("Value error, ")
        raise InputError(f"meta {field}: {message}") from None


def _check_text(text: object) -> None:
    """A clear ``TypeError`` for what is not an article (None, a number, a dict)."""
    if isinstance(text, (str, bytes)):
        return
    hint = " (for an article with meta use summarize(item['text'], meta=...))" if isinstance(text, Mapping) else ""
    raise TypeError(f"summarize(text=...) takes the article as str or bytes, not {type(text).__name__}{hint}")


def summary_source(art: Article, events: list[Event], budget_chars: int) -> str:
    """The article text the summary re-ask may see: all of it when it fits one request,
    else the lead sentences and every event's evidence sentences, in article order, up to
    ``budget_chars`` (a re-ask must fit the model's context like every other request)."""
    if len(art.text) <= budget_chars:
        return art.text
    wanted: set[int] = set(range(min(3, len(art.sentences))))
    starts = [sp.start for ev in events for sp in ev.evidence_spans if sp.start is not None]
    starts += [art.text.find(q) for ev in events for q in ev.evidence]
    for at in starts:
        if at >= 0:
            wanted.update(i for i, (s, e) in enumerate(art.sentences) if s <= at < e)
    parts: list[str] = []
    size = 0
    for i in sorted(wanted):
        s, e = art.sentences[i]
        if size + (e - s) + 1 > budget_chars:
            break
        parts.append(art.text[s:e])
        size += e - s + 1
    return "\n".join(parts)


def prepare(settings: Settings | None = None, *, backend: Backend | None = None) -> dict[str, Any]:
    """Do the once-per-machine work now, so no article pays for it: build the gazetteer
    store and, for the embedded model, the saved state after the system prompt.

    ``summarizer model`` (and so ``make setup`` and CI) calls it; every process would do
    the same lazily on first use. Returns what was done, with timings.
    """
    from .geo.gazetteer import _gazetteer, store_path

    settings = settings or Settings.from_env()
    out: dict[str, Any] = {}
    started = time.perf_counter()
    _gazetteer()
    out["gazetteer"] = {"file": str(store_path()), "seconds": round(time.perf_counter() - started, 3)}
    if settings.backend != "local" or not settings.prefix_state:
        return out  # no model state to build (SUMMARIZER_PREFIX_STATE is off by default)
    backend = backend or get_backend(settings)
    inner = getattr(backend, "inner", backend)
    warm = getattr(inner, "prepare", None)
    if callable(warm):
        out["prefix_state"] = warm(system_prompt())
    return out


def summarize(
    text: str | bytes,
    *,
    meta: ArticleMeta | Mapping[str, Any] | None = None,
    id: str | None = None,
    settings: Settings | None = None,
    backend: Backend | None = None,
    on_stage: Stage | None = None,
) -> Report:
    """Extract typed, grounded events and a neutral summary from one article.

    Raises ``TypeError`` when ``text`` is not str/bytes, ``InputError`` for unusable text
    or meta (too long, an unreadable publication date, ...), ``BackendUnavailable`` /
    ``BackendError`` when the model fails and ``BudgetExceeded`` (a ``BackendError``) when
    the article runs past ``settings.article_budget`` seconds; everything the checks doubt
    is kept in the report as flags and warnings. ``on_stage`` hears each step, one per
    chunk of a long article ("extracting events (part 2 of 5)").
    """
    settings = settings or Settings.from_env()
    with budget.article_budget(settings.article_budget):
        return _summarize(text, meta=meta, id=id, settings=settings, backend=backend, on_stage=on_stage)


def _summarize(
    text: str | bytes,
    *,
    meta: ArticleMeta | Mapping[str, Any] | None,
    id: str | None,
    settings: Settings,
    backend: Backend | None,
    on_stage: Stage | None,
) -> Report:
    started = time.perf_counter()
    _check_text(text)
    if settings is not None and not isinstance(settings, Settings):
        raise TypeError(f"summarize(settings=...) takes a Settings, not {type(settings).__name__}")
    stage = on_stage or (lambda _s: None)
    stage("reading")
    info = _coerce_meta(meta, settings.date_order)
    clean = clean_input(text)
    if len(clean) > settings.max_article_chars:
        raise InputError(
            f"the article is too long ({len(clean):,} characters of text; the limit is "
            f"{settings.max_article_chars:,}, set by SUMMARIZER_MAX_ARTICLE_CHARS)"
        )
    if info.title is None:
        first_line = clean.split("\n", 1)[0].strip()
        if 0 < len(first_line) <= 200:
            info = info.model_copy(update={"title": first_line})
    art = Article(text=clean, sentences=sentence_spans(clean), meta=info)
    # a story that names no country is placed by the towns it names
    art.country_hint = guess_country(clean) or country_from_places(clean)
    backend = backend or get_backend(settings)
    usage = Usage()
    stage("extracting events")
    system = system_prompt()
    budget_tokens = settings.n_ctx - settings.max_event_tokens - len(system) / CHARS_PER_TOKEN - 150
    budget_chars = max(1500, int(budget_tokens * CHARS_PER_TOKEN))
    chunks = sentence_chunks(art.sentences, budget_chars)
    events: list[Event] = []
    dropped_in: str | None = None  # the country of a model event dropped for its evidence
    context: list[FatalityClaim] = []
    first_summary = ""
    for i, (first, last) in enumerate(chunks):
        if len(chunks) > 1:
            stage(f"extracting events (part {i + 1} of {len(chunks)})")
        messages = [
            {"role": "system", "content": system},
            {"role": "user", "content": _user_prompt(_numbered(art, first, last), info)},
        ]
        result = backend.complete(
            messages, Draft, max_tokens=settings.max_event_tokens, temperature=settings.temperature
        )
        usage.add(result.usage)
        if not first_summary:
            first_summary = result.value.summary
        stage("checking")
        for draft_event in result.value.events:
            apart: list[int] = []
            if settings.events_from_text:  # the sentences taken off become events of their own there
                country = country_name(draft_event.country) or art.country_hint
                draft_event, apart = peel_other_events(draft_event, art, country)
            event, wider, kept = build_checked(draft_event, art)
            event.flags += [f"sentence_told_apart:{n}" for n in apart]
            context += [c for c in wider if c not in context]
            if kept:
                events.append(event)
            else:
                dropped_in = dropped_in or event.location.country or art.country_hint
                art.warnings.append(
                    f"dropped a {event.sub_event_type} event: its evidence tells no violent, protest or "
                    f"strategic act that happened "
                    f"{[q[:60] for q in event.evidence]}"
                )
    if settings.second_look and len(chunks) == 1:
        try:
            events += _second_look(art, info, events, backend, usage, system, settings, stage)
        except BudgetExceeded as exc:
            art.warnings.append(f"second look skipped: {exc}")
    country = next((ev.location.country for ev in events if ev.location.country), None) or art.country_hint
    if settings.events_from_text:
        # the suspected group ("gunmen believed to be Boko Haram") names found events' militants
        sides_from_suspects(art, events, country)
        sides_from_the_lead(art, events, country)  # "Kurdish rebels launched a suicide attack": theirs too
        release_other_happenings(art, events)
        drop_evidence_of_elsewhere(art, events)
        try:
            events += events_in_text(art, events, dropped_in)
        except Exception as exc:  # noqa: BLE001 - a bug in an optional finder must not lose the model's events
            art.warnings.append(f"events found in the text skipped after an error: {type(exc).__name__}: {exc}")
        events += clause_events(art, events, country)
        events += split_separate_attacks(art, events)
        events += tolls_of_named_towns(art, events)
        sums_over_events(art, events)  # a lead's toll over the attacks now found one by one
        country = next((ev.location.country for ev in events if ev.location.country), None) or art.country_hint
    events += killings_behind_arrests(events)
    sides_from_claims(art, events, country)
    sides_from_suspects(art, events, country)
    sides_from_the_lead(art, events, country)
    groups_of_other_years_off(art, events)
    habitual_authors_off(art, events)
    groups_targeted(events, country)
    events = count_once(fold_assault_openers(merge_chunk_events(events)), art)
    move_claims_home(art, events, context)
    unclaimed_off(art, events, country)  # after the claims moved home: a moved claim may have named the group
    add_rival_claims(art, events)
    for ev in events:  # a rival count may be the base's own beside a sum over two bases
        ev.fatality_claims, over, over_flags = totals_over_targets(ev.fatality_claims)
        if over:
            context += [c for c in over if c not in context]
            ev.flags += over_flags
            recount_event(ev)
    deeds_of_the_other_side_out(events, context)
    add_lead_toll(art, events)
    add_lead_rival(art, events)
    add_next_tolls(art, events)
    add_other_side_dead(art, events)
    for ev in [ev for ev in events if only_a_war_toll(ev)]:
        events.remove(ev)
        art.warnings.append(f"dropped a {ev.sub_event_type} event: only a toll over the whole war tells it")
    for ev in [ev for ev in events if only_a_years_tally(ev)]:
        events.remove(ev)
        art.warnings.append(f"dropped a {ev.sub_event_type} event: dated only to a year, its toll is a year's tally")
    # an accident that killed militants is their own weapons' (disrupted weapons use): kept
    accidents = [ev for ev in events if all(c.victims != "non_state" for c in ev.fatality_claims)]
    for ev in [ev for ev in accidents if told_as_accident(ev.evidence, art)]:
        events.remove(ev)
        art.warnings.append(f"dropped a {ev.sub_event_type} event: the article tells it as an accident")
    for ev in events:
        owner_not_doer(ev)
        finder_not_killer(ev)  # the police who found the bodies did not kill
    add_zero_tolls(art, events)
    add_bombers_dead(art, events)
    add_single_dead(art, events)
    tolls_off_deathless_kinds(events, context)  # after every adder of dead
    sides_of_the_hit(events)  # a force whose own soldiers are all the dead was hit
    context = gloss_claimants(events, context)
    events = settle_side_names(art, events, country, clean)
    stage("summarising")
    from .summary import finalize_summary, with_story

    # the checked summary, its free sentences then filled with the article's next facts
    checked = finalize_summary(
        first_summary,
        clean,
        backend,
        usage,
        events=events,
        outlet=info.outlet,
        system=system,
        max_tokens=settings.max_summary_tokens,
        temperature=settings.temperature,
        prompt_article=summary_source(art, events, budget_chars),
        warnings=art.warnings,
    )
    summary = with_story(checked, clean, events, info.outlet)
    total = time.perf_counter() - started
    warnings = list(art.warnings)
    if summary.origin == "repaired" and budget.remaining() is not None and (budget.remaining() or 0) <= 0:
        warnings.append("time budget ran out while the summary was asked again: the summary was repaired in code")
    for ev in events:
        warnings += [f"event {ev.sub_event_type} at {ev.location.place or ev.location.admin1}: {f}" for f in ev.flags]
    return Report(
        id=id or hashlib.sha256(clean.encode("utf-8")).hexdigest()[:16],
        meta=info,
        events=events,
        summary=summary,
        provenance=Provenance(
            backend=backend.name,
            model=backend.model,
            prompt_version=prompt_version(),
            tokens_in=usage.tokens_in,
            tokens_out=usage.tokens_out,
            model_seconds=round(usage.seconds, 3),
            total_seconds=round(total, 3),
            calls=usage.calls,
            retries=usage.retries,
            chunks=len(chunks),
            cached=usage.cached,
        ),
        context_fatalities=context,
        warnings=warnings,
    )
