"""Optimal one-to-one assignment (Hungarian algorithm), so scipy stays optional.

Greedy matching can pair a prediction with the wrong gold event and leave the right one
orphaned (seed_001's three same-day clashes differ only by place); the optimum does not.
This is the classic O(n^2 m) potential-based Kuhn-Munkres on a rectangular matrix.
"""

from __future__ import annotations

from collections.abc import Sequence

_INF = float("inf")


def max_weight_assignment(weights: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """Rows paired with columns so the summed weight is maximal; zero-weight pairs dropped.

    ``weights[i][j] >= 0``; a pair with weight 0 is treated as "not allowed", which makes
    the result a maximum-weight matching on the positive edges. Returns ``(row, col)``
    pairs sorted by row.
    """
    n_rows = len(weights)
    n_cols = len(weights[0]) if n_rows else 0
    if n_rows == 0 or n_cols == 0:
        return []
    transpose = n_rows > n_cols
    if transpose:
        weights = [[weights[i][j] for i in range(n_rows)] for j in range(n_cols)]
        n_rows, n_cols = n_cols, n_rows
    top = max(max(row) for row in weights)
    cost = [[top - w for w in row] for row in weights]
    cols_of_row = _hungarian(cost, n_rows, n_cols)
    pairs = []
    for i, j in enumerate(cols_of_row):
        if weights[i][j] > 0:
            pairs.append((j, i) if transpose else (i, j))
    return sorted(pairs)


def _hungarian(cost: list[list[float]], n: int, m: int) -> list[int]:
    """Minimum-cost assignment of every one of ``n`` rows to distinct of ``m >= n`` columns."""
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    owner = [0] * (m + 1)  # owner[j] = row (1-based) assigned to column j, 0 = free
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        owner[0] = i
        j0 = 0
        minv = [_INF] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], _INF, 0
            for j in range(1, m + 1):
                if used[j]:
                    continue
                cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                if cur < minv[j]:
                    minv[j], way[j] = cur, j0
                if minv[j] < delta:
                    delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    result = [0] * n
    for j in range(1, m + 1):
        if owner[j]:
            result[owner[j] - 1] = j - 1
    return result
