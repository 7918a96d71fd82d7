"""Review and correct: edit each event in place, accept or reject it, save a gold label.

Every applied edit is validated by the schema, the totals are recomputed by the
pipeline's own code, and who changed what and when is kept (shown under "History", and
written beside the saved label). The saved label passes the gold rules
(``summarizer.gold_label_problems``) and lands in a folder ``summarizer eval --gold``
reads as it is. See docs/ui.md for the workflow.
"""

from __future__ import annotations

import getpass
import os
from pathlib import Path
from typing import Any

import streamlit as st

from summarizer import (
    CODEBOOK,
    Event,
    FatalityClaim,
    InputError,
    Report,
    actor_suggestions,
    gold_label_problems,
    report_to_label,
    reports_to_csv,
    save_gold_label,
)

from . import render
from .review_logic import ClaimRow, apply_changes, entry, read_history, reviewed_report, write_history

#: where reviewed labels go unless the reviewer types another folder
GOLD_DIR_ENV = "SUMMARIZER_GOLD_DIR"
DECISIONS = {"pending": "Not decided", "accept": "Accept", "reject": "Reject"}
#: blank claim rows offered for adding claims
NEW_CLAIM_ROWS = 1


def default_gold_dir() -> str:
    return os.environ.get(GOLD_DIR_ENV) or str(Path("evals") / "reviewed")


def default_reviewer() -> str:
    try:
        return os.environ.get("SUMMARIZER_REVIEWER") or getpass.getuser()
    except Exception:  # no user name in a container: the reviewer types one
        return ""


def review_state(result: dict[str, Any]) -> dict[str, Any]:
    """The review of this result: corrected events, decisions and history (created once)."""
    if "review" not in result:
        report: Report = result["report"]
        result["review"] = {
            "events": [e.model_copy(deep=True) for e in report.events],
            "decisions": {i: "pending" for i in range(len(report.events))},
            "history": [],
        }
    return result["review"]


def _type_options() -> list[str]:
    return [f"{t} / {s}" for t, subs in CODEBOOK.sub_event_types.items() for s in subs]


def _actor_inputs(prefix: str, label: str, actor: Any) -> tuple[str, str]:
    names = [n for n, _ in actor_suggestions()]
    current = actor.name if actor is not None else ""
    options = [""] + ([current] if current and current not in names else []) + names
    c1, c2 = st.columns([3, 2])
    name = c1.selectbox(
        f"{label} (alias table names first; type to add another)",
        options,
        index=options.index(current),
        key=f"{prefix}_name",
        accept_new_options=True,
    )
    types = list(CODEBOOK.actor_types)
    default_type = actor.type if actor is not None else dict(actor_suggestions()).get(name or "", types[1])
    kind = c2.selectbox(f"{label} type", types, index=types.index(default_type), key=f"{prefix}_type")
    return (name or "").strip(), kind


def _claim_rows(prefix: str, event: Event) -> list[ClaimRow]:
    """One row of inputs per claim, plus empty rows to add claims."""
    rows: list[ClaimRow] = []
    victims: list[str] = list(CODEBOOK.victims)
    claims = [*event.fatality_claims, *(FatalityClaim() for _ in range(NEW_CLAIM_ROWS))]
    for j, c in enumerate(claims):
        new = j >= len(event.fatality_claims)
        cols = st.columns([1, 1, 2, 3, 4, 1.4])
        low = cols[0].number_input("low", min_value=0, value=c.low, step=1, key=f"{prefix}_c{j}_low")
        high = cols[1].number_input(
            "high", min_value=0, value=c.high, step=1, key=f"{prefix}_c{j}_high", help="empty = open-ended"
        )
        vic: str = cols[2].selectbox("victims", victims, index=victims.index(c.victims), key=f"{prefix}_c{j}_victims")
        claimant = cols[3].text_input("claimant", value=c.claimant, key=f"{prefix}_c{j}_claimant")
        quote = cols[4].text_input("quote (verbatim)", value=c.quote, key=f"{prefix}_c{j}_quote")
        remove = cols[5].checkbox("remove", key=f"{prefix}_c{j}_remove", disabled=new)
        rows.append(
            ClaimRow(
                low=int(low) if low is not None else None,
                high=int(high) if high is not None else None,
                victims=vic,
                claimant=claimant,
                quote=quote,
                remove=remove,
            )
        )
    return rows


def _edit_form(i: int, event: Event, who: str, review: dict[str, Any], ident: str) -> None:
    prefix = f"rv{ident}_{i}"
    with st.form(key=f"{prefix}_form"):
        options = _type_options()
        c1, c2 = st.columns([3, 1])
        kind = c1.selectbox(
            "Event type / sub-type",
            options,
            index=options.index(f"{event.event_type} / {event.sub_event_type}"),
            key=f"{prefix}_type",
        )
        salience = c2.selectbox(
            "Salience",
            list(CODEBOOK.saliences),
            index=list(CODEBOOK.saliences).index(event.salience),
            key=f"{prefix}_salience",
        )
        d1, d2, d3 = st.columns(3)
        start = d1.text_input("Date start (YYYY-MM-DD)", value=str(event.date.start or ""), key=f"{prefix}_start")
        end = d2.text_input("Date end (YYYY-MM-DD)", value=str(event.date.end or ""), key=f"{prefix}_end")
        precs = list(CODEBOOK.date_precisions)
        precision = d3.selectbox("Date precision", precs, index=precs.index(event.date.precision), key=f"{prefix}_prec")
        l1, l2, l3, l4 = st.columns([2, 2, 2, 1])
        loc = event.location
        country = l1.text_input("Country", value=loc.country or "", key=f"{prefix}_country")
        admin1 = l2.text_input("Region (admin1)", value=loc.admin1 or "", key=f"{prefix}_admin1")
        place = l3.text_input("Place", value=loc.place or "", key=f"{prefix}_place")
        geo = l4.selectbox("Geo precision", [1, 2, 3], index=[1, 2, 3].index(loc.geo_precision), key=f"{prefix}_geo")
        actor1 = _actor_inputs(f"{prefix}_a1", "Actor 1", event.actor1)
        actor2 = _actor_inputs(f"{prefix}_a2", "Actor 2", event.actor2)
        st.markdown(
            "**Fatality claims** (add one in the empty row, tick *remove* to drop one, change the claimant to re-attribute)"
        )
        rows = _claim_rows(prefix, event)
        evidence = st.text_area(
            "Evidence (one verbatim sentence per line)", value="\n".join(event.evidence), key=f"{prefix}_evidence"
        )
        submitted = st.form_submit_button(f"Apply changes to E{i + 1}")
    if not submitted:
        return
    et, sub = kind.split(" / ", 1)
    changes: dict[str, Any] = {
        "event_type": et,
        "sub_event_type": sub,
        "salience": salience,
        "date.start": start.strip() or None,
        "date.end": end.strip() or None,
        "date.precision": precision,
        "location.country": country.strip(),
        "location.admin1": admin1.strip(),
        "location.place": place.strip(),
        "location.geo_precision": geo,
        "location.moved": (place.strip() or None) != loc.place or (admin1.strip() or None) != loc.admin1,
        "claims": rows,
        "evidence": evidence.splitlines(),
    }
    if actor1[0] or event.actor1 is not None:
        changes["actor1"] = actor1
    if actor2[0] or event.actor2 is not None:
        changes["actor2"] = actor2
    try:
        new, history = apply_changes(event, changes, who=who, number=i + 1)
    except ValueError as exc:
        first = str(exc).splitlines()
        st.error(f"E{i + 1} not changed: {' '.join(first[:3])}")
        return
    review["events"][i] = new
    review["history"] += history
    review["flash"] = f"E{i + 1}: {len(history)} change(s) applied." if history else f"E{i + 1}: nothing changed."
    st.rerun()  # redraw the table, article and map above with the corrected event


def _decision(i: int, review: dict[str, Any], who: str, ident: str) -> None:
    current = review["decisions"].get(i, "pending")
    choice = st.radio(
        f"Decision on E{i + 1}",
        list(DECISIONS),
        index=list(DECISIONS).index(current),
        format_func=DECISIONS.__getitem__,
        horizontal=True,
        key=f"rv{ident}_{i}_decision",
    )
    if choice != current:
        review["decisions"][i] = choice
        review["history"].append(entry(who, i + 1, "decision", current, choice))


def _totals_line(event: Event) -> str:
    f = event.fatalities
    return f"Totals (recomputed): ACLED {event.fatalities_acled} · UCDP low {f.low} / best {f.best} / high {f.high}"


def review_section(result: dict[str, Any]) -> None:
    """The review view under a report: per-event edit forms, decisions, save, exports, history."""
    report: Report = result["report"]
    text: str = result["text"]
    review = review_state(result)
    st.divider()
    st.header("Review and correct")
    if not report.events:
        st.caption("No events to review. An article with no events can still be saved as a gold label (no events).")
    flash = review.pop("flash", None)
    if flash:
        st.success(flash)
    c1, c2 = st.columns(2)
    who = c1.text_input("Reviewer", value=default_reviewer(), key="reviewer")
    ident = (
        c2.text_input("Record id (the gold label's file name)", value=report.id, key="review_id").strip() or report.id
    )
    for i, event in enumerate(review["events"]):
        decision = review["decisions"].get(i, "pending")
        with st.expander(
            f"{render.event_title(i, event)} · {DECISIONS[decision].lower()}", expanded=len(review["events"]) == 1
        ):
            _decision(i, review, who, report.id)
            _edit_form(i, review["events"][i], who, review, report.id)
            st.markdown(
                f"**{_totals_line(review['events'][i])}**", help="computed from the claims by the pipeline's own rules"
            )
            if review["events"][i].flags:
                st.caption("Flags from the checks: " + ", ".join(review["events"][i].flags))
    _save_and_export(result, review, who, ident, text)
    _history(review, ident)


def _label_for(result: dict[str, Any], review: dict[str, Any], ident: str, notes: str, language: str) -> dict[str, Any]:
    report: Report = result["report"]
    accepted = [i for i, d in review["decisions"].items() if d == "accept"]
    corrected = report.model_copy(update={"events": review["events"], "id": ident})
    label = report_to_label(corrected, accepted=sorted(accepted), notes=notes, language=language)
    if not label["meta"].get("title"):
        label["meta"]["title"] = text_title(result["text"])
    return label


def facts_to_text(facts: list[dict[str, Any]]) -> str:
    """Summary facts as editable lines: ``fact || term; term``."""
    return "\n".join(f"{f['fact']} || {'; '.join(f['key_terms'])}" for f in facts)


def text_to_facts(text: str) -> list[dict[str, Any]]:
    """The edited lines back into FORMAT.md facts (a line without key terms keeps none, and
    the gold rules then say so)."""
    facts = []
    for line in text.splitlines():
        if not line.strip():
            continue
        fact, _, terms = line.partition("||")
        facts.append({"fact": fact.strip(), "key_terms": [t.strip() for t in terms.split(";") if t.strip()]})
    return facts


def text_title(text: str) -> str:
    return text.strip().splitlines()[0][:200] if text.strip() else ""


def _save_and_export(result: dict[str, Any], review: dict[str, Any], who: str, ident: str, text: str) -> None:
    st.subheader("Save the reviewed record")
    pending = [i + 1 for i, d in review["decisions"].items() if d == "pending"]
    c1, c2 = st.columns([3, 1])
    folder = c1.text_input(
        "Gold folder (summarizer eval --gold reads it as is)", value=default_gold_dir(), key="gold_dir"
    )
    language = c2.selectbox("Language", ["en", "fr"], key="gold_language")
    notes = st.text_area("Notes for the label (your reasoning and doubts)", key="gold_notes")
    label = _label_for(result, review, ident, notes, language)
    facts_text = st.text_area(
        "Summary facts (one per line: the fact || key term; key term — a|b means either)",
        value=facts_to_text(label["summary_facts"]),
        key=f"gold_facts_{result['report'].id}",
        help="Three to six facts any faithful summary must carry (FORMAT.md); started from the summary's sentences.",
    )
    label["summary_facts"] = text_to_facts(facts_text)
    problems = gold_label_problems(label, text)
    if pending:
        st.caption(f"Decide on every event before saving: E{', E'.join(map(str, pending))} still pending.")
    elif problems:
        st.warning("This label would break the gold rules: " + "; ".join(problems[:5]))
    if st.button("Save as gold label", type="primary", key="save_gold", disabled=bool(pending)):
        try:
            path = save_gold_label(folder, label, text)
        except (InputError, OSError) as exc:
            st.error(f"Not saved: {exc}")
        else:
            review["history"].append(entry(who, None, "saved as gold label", None, str(path)))
            write_history(Path(folder), ident, review["history"])
            review["history"] = []
            review["saved_to"] = str(path)
    if review.get("saved_to"):
        st.success(f"Saved: {review['saved_to']} (run `summarizer eval --gold {folder}` to score against it).")
    report: Report = result["report"]
    reviewed = reviewed_report(report, review["events"], review["decisions"]).model_copy(update={"id": ident})
    d1, d2 = st.columns(2)
    d1.download_button(
        "Download reviewed records (JSON)",
        reviewed.model_dump_json(indent=2),
        file_name=f"{ident}_reviewed.json",
        mime="application/json",
        key="dl_reviewed_json",
    )
    d2.download_button(
        "Download reviewed events (ACLED-like CSV)",
        reports_to_csv([reviewed]),
        file_name=f"{ident}_reviewed.csv",
        mime="text/csv",
        key="dl_reviewed_csv",
    )


def _history(review: dict[str, Any], ident: str) -> None:
    folder = Path(st.session_state.get("gold_dir") or default_gold_dir())
    earlier = read_history(folder, ident)
    rows = [*earlier, *review["history"]]
    with st.expander(f"History of this record ({len(rows)} change(s))", expanded=bool(rows)):
        if rows:
            shown = [
                {
                    **{k: "" if r.get(k) is None else str(r[k]) for k in ("when", "who", "field", "old", "new")},
                    "event": f"E{r['event']}" if r.get("event") else "",
                }
                for r in rows
            ]
            st.dataframe(shown, hide_index=True, column_order=("when", "who", "event", "field", "old", "new"))
        else:
            st.caption("No changes yet. Every applied edit and decision is listed here with who made it and when.")
