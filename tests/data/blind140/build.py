#!/usr/bin/env python3
"""Build the hundred-and-fortieth evaluation set, ``blind140`` (annotated blind to the extraction code).

Theme: Canada and the war (2022-2025): Canadian sanctions and the An-124 seizure, NASAMS and armoured-vehicle aid,
Freeland, Joly and Anand as ministers, Trudeau's and Carney's Kyiv visits, the G7 summit in Kananaskis and Ukrainian
newcomers under CUAET.

Run:  .venv/bin/python tests/data/blind140/build.py [-v] [--timexes]

The articles are in blind140_de.py / blind140_en.py; the builder shared by the blind sets is
tests/data/blind_build.py. Output: one <id>.json per document and blind140.jsonl.
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

SET = BlindSet(HERE, "blind140", min_len=2000, max_len=3300)

if __name__ == "__main__":
    SET.main(sys.argv)
