from summarizer.evaluation.summary import fact_carried, score_summary, term_matches
from summarizer.schema import SummaryCheck, SummaryFact


def test_term_is_a_case_insensitive_word_prefix() -> None:
    assert term_matches("soldier", "Five SOLDIERS died.")
    assert not term_matches("soldier", "Five nonsoldiers died.")
    assert term_matches("Segou", "in Ségou region")
    assert term_matches("car bomb", "a car bombing")


def test_alternatives_and_all_terms_required() -> None:
    fact = SummaryFact(fact="x", key_terms=["six|6", "soldier"])
    assert fact_carried(fact, "The army said 6 soldiers died.")
    assert fact_carried(fact, "Six soldiers died, the army said.")
    assert not fact_carried(fact, "Six people died.")


def test_score_summary_with_a_stub_checker() -> None:
    facts = [SummaryFact(fact="a", key_terms=["army"]), SummaryFact(fact="b", key_terms=["JNIM"])]

    def checker(summary: str, article: str) -> SummaryCheck:
        return SummaryCheck(passed=False, loaded_words=["terrorists"])

    tallies, misses = score_summary("The army said so.", facts, "article", checker)
    assert tallies["summary_facts"].mean == 0.5
    assert tallies["summary_no_loaded_words"].mean == 0.0
    assert tallies["summary_words"].mean == 4
    assert any("JNIM" in m for m in misses)


def test_missing_summary() -> None:
    tallies, _ = score_summary(None, [SummaryFact(fact="a", key_terms=["x"])], "article")
    assert tallies["summary_facts"].mean == 0.0
    assert tallies["summary_present"].mean == 0.0
    assert "summary_no_loaded_words" not in tallies
