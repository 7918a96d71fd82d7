import itertools
import random

from summarizer.evaluation.assignment import max_weight_assignment


def brute_force(weights: list[list[float]]) -> float:
    rows, cols = len(weights), len(weights[0])
    best = 0.0
    if rows <= cols:
        for perm in itertools.permutations(range(cols), rows):
            best = max(best, sum(weights[i][j] for i, j in enumerate(perm)))
    else:
        for perm in itertools.permutations(range(rows), cols):
            best = max(best, sum(weights[i][j] for j, i in enumerate(perm)))
    return best


def test_matches_brute_force_on_random_rectangles() -> None:
    rng = random.Random(7)
    for _ in range(300):
        rows, cols = rng.randint(1, 5), rng.randint(1, 5)
        weights = [[rng.choice([0.0, rng.random()]) for _ in range(cols)] for _ in range(rows)]
        pairs = max_weight_assignment(weights)
        assert len({i for i, _ in pairs}) == len(pairs) == len({j for _, j in pairs})
        assert all(weights[i][j] > 0 for i, j in pairs)
        assert abs(sum(weights[i][j] for i, j in pairs) - brute_force(weights)) < 1e-9


def test_beats_greedy() -> None:
    # Greedy would take (0, 0) = 0.9 and leave row 1 with nothing.
    assert max_weight_assignment([[0.9, 0.8], [0.85, 0.0]]) == [(0, 1), (1, 0)]


def test_empty_inputs() -> None:
    assert max_weight_assignment([]) == []
    assert max_weight_assignment([[], []]) == []
    assert max_weight_assignment([[0.0, 0.0]]) == []
