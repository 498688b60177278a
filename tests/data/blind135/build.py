#!/usr/bin/env python3
"""Build the hundred-and-thirty-fifth evaluation set, ``blind135`` (annotated blind to the extraction code).

Theme: Georgia and the war (2022–2025): Georgian Dream's course between Moscow and Brussels, sanctions evasion and
transit, the foreign-agents law, EU candidate status granted and frozen, Russian flights and visa-free entry, Western
sanctions on Georgian officials.

Run:  .venv/bin/python tests/data/blind135/build.py [-v] [--timexes]

The articles are in blind135_de.py / blind135_en.py; the builder shared by the blind sets is
tests/data/blind_build.py. Output: one <id>.json per document and blind135.jsonl.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent), str(HERE.parent / "gold")]

from blind_build import BlindSet  # noqa: E402
from build_gold import E, S, T  # noqa: E402  the spec helpers the article modules import from here

__all__ = ["E", "S", "T"]

SET = BlindSet(HERE, "blind135", min_len=2000, max_len=3300)

if __name__ == "__main__":
    SET.main(sys.argv)
