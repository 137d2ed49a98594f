# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
"""What the made-up labelled logs of bench/ share: `NAME.py LINES OUT.log [--seed N]` writes
OUT.log and OUT.log.labels (1-based anomalous line numbers, one a line)."""
import argparse
import random


def arguments(add_more=None):
    """The options (lines, out, seed, and what `add_more(parser)` adds) and a random generator
    seeded from them."""
    parser = argparse.ArgumentParser()
    parser.add_argument("lines", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=3)
    if add_more:
        add_more(parser)
    options = parser.parse_args()
    return options, random.Random(options.seed)


def write_labels(out, labels):
    with open(out + ".labels", "w") as f:
        f.write("\n".join(map(str, labels)) + "\n")
