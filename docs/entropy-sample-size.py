#!/usr/bin/env python3
"""How many regions entropy weights need: a simulation behind SMALL_SAMPLE_REGIONS (docs/evaluation-index.md).

Draws panels of R regions and 10 indicators (a common level per region plus lognormal noise of
different spreads, as county statistics look), computes entropy weights and TOPSIS scores exactly as
the app does (min–max to [0.01, 1]), then leaves each region out in turn and counts how many pairs
of the remaining regions swap places. Prints, for each R, the median and 90th percentile of the worst
swap share. Standard library only; deterministic. Run: python3 docs/entropy-sample-size.py
"""
import math
import random
import statistics

SPREADS = [0.2 + 0.1 * k for k in range(10)]
DRAWS = 400


def scale(cols):
    out = []
    for col in cols:
        lo, hi = min(col), max(col)
        out.append([0.01 + 0.99 * (x - lo) / (hi - lo) for x in col])
    return out


def entropy_weights(z):
    d = []
    for col in z:
        s = sum(col)
        h = -sum((v / s) * math.log(v / s) for v in col)
        d.append(1 - h / math.log(len(col)))
    total = sum(d)
    return [x / total for x in d]


def topsis(z, w):
    n = len(z[0])
    scores = []
    for i in range(n):
        plus = math.sqrt(sum((wj * (1 - col[i])) ** 2 for col, wj in zip(z, w)))
        minus = math.sqrt(sum((wj * (col[i] - 0.01)) ** 2 for col, wj in zip(z, w)))
        scores.append(minus / (plus + minus))
    return scores


def evaluate(cols):
    z = scale(cols)
    return topsis(z, entropy_weights(z))


def swap_share(a, b):
    pairs = swaps = 0
    for i in range(len(a)):
        for j in range(i + 1, len(a)):
            pairs += 1
            swaps += (a[i] - a[j]) * (b[i] - b[j]) < 0
    return swaps / pairs


def main():
    rng = random.Random(2)
    print("regions  worst swap share when one region is left out: median  p90")
    for regions in [4, 5, 6, 8, 10, 15, 20, 30]:
        worst = []
        for _ in range(DRAWS):
            level = [rng.gauss(0, 0.7) for _ in range(regions)]
            cols = [[math.exp(level[r] + rng.gauss(0, 1) * s) for r in range(regions)] for s in SPREADS]
            full = evaluate(cols)
            w = 0.0
            for out in range(regions):
                kept = [[v for r, v in enumerate(col) if r != out] for col in cols]
                rest = [v for r, v in enumerate(full) if r != out]
                w = max(w, swap_share(rest, evaluate(kept)))
            worst.append(w)
        q90 = statistics.quantiles(worst, n=10)[-1]
        print(f"{regions:7d}  {statistics.median(worst):6.1%}  {q90:6.1%}")


if __name__ == "__main__":
    main()
