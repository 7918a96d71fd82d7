"""Where the time goes for one article: the model vs the pipeline around it.

For each seed article prints prompt and completion tokens, seconds inside the model,
seconds in the pipeline outside the model (cleaning, sentences, dates, gazetteer,
actors, totals, summary check), the total, and the share outside the model. One-off
costs (model load, gazetteer load) are measured and printed separately so they do not
hide in the first article. Cache off: every answer is computed.

usage: python benchmarks/pipeline_timing.py [--backend local|openai] [--model M] [--base-url U] [FILES...]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from summarizer import GoldLabel, Settings, get_backend, locate, summarize

ROOT = Path(__file__).resolve().parent.parent


def _meta(path: Path) -> dict[str, object]:
    """Publication date etc. from the gold label of the same seed, when there is one."""
    stem = path.stem
    ident = f"seed_{stem[:3]}" if stem[:3].isdigit() else stem
    label = ROOT / "evals" / "gold" / "labels" / f"{ident}.json"
    if label.exists():
        return GoldLabel.model_validate(json.loads(label.read_text())).meta.model_dump()
    return {}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--backend", choices=["local", "openai"])
    ap.add_argument("--model")
    ap.add_argument("--base-url")
    args = ap.parse_args()
    files = args.files or sorted((ROOT / "examples" / "seeds").glob("*.txt"))
    settings = Settings.from_env(backend=args.backend, model=args.model, base_url=args.base_url, use_cache=False)

    t = time.perf_counter()
    backend = get_backend(settings)
    load = time.perf_counter() - t
    t = time.perf_counter()
    locate("Menaka", country="Mali")
    gazetteer = time.perf_counter() - t
    print(f"backend {backend.name}:{backend.model}; n_threads={settings.n_threads}")
    print(f"one-off: model load {load:.1f} s, gazetteer load {gazetteer:.1f} s\n")

    header = f"{'article':<24} {'prompt tok':>10} {'compl tok':>9} {'calls':>5} {'model s':>8} {'outside s':>9} {'total s':>8} {'outside %':>9}"
    print(header)
    print("-" * len(header))
    totals = [0, 0, 0.0, 0.0]
    for path in files:
        report = summarize(path.read_bytes(), meta=_meta(path), id=path.stem, settings=settings, backend=backend)
        p = report.provenance
        outside = p.total_seconds - p.model_seconds
        totals[0] += p.tokens_in
        totals[1] += p.tokens_out
        totals[2] += p.model_seconds
        totals[3] += p.total_seconds
        print(
            f"{path.stem[:24]:<24} {p.tokens_in:>10} {p.tokens_out:>9} {p.calls:>5} {p.model_seconds:>8.1f} "
            f"{outside:>9.2f} {p.total_seconds:>8.1f} {100 * outside / p.total_seconds:>8.1f}%"
        )
    outside = totals[3] - totals[2]
    print("-" * len(header))
    print(
        f"{'all':<24} {totals[0]:>10} {totals[1]:>9} {'':>5} {totals[2]:>8.1f} {outside:>9.2f} {totals[3]:>8.1f} "
        f"{100 * outside / totals[3]:>8.1f}%"
    )
    print(f"\nwriting speed: {totals[1] / totals[2]:.1f} completion tokens per model second (prompt reading included)")


if __name__ == "__main__":
    main()
