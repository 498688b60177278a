#!/usr/bin/env python3
"""Build the hundred-and-thirty-ninth evaluation set, ``blind139`` (annotated blind to the extraction code).

Theme: churches and the war (2022-2025): Patriarch Kirill and Western sanctions (the EU's dropped listing, the UK
and Canadian sanctions), Ukraine's law banning Moscow-linked religious organisations and the UOC, the Kyiv-Pechersk
Lavra dispute, the World Council of Churches and Ecumenical Patriarch Bartholomew.

Run:  .venv/bin/python tests/data/blind139/build.py [-v] [--timexes]

The articles are in blind139_de.py / blind139_en.py; the builder shared by the blind sets is
tests/data/blind_build.py. Output: one <id>.json per document and blind139.jsonl.
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

SET = BlindSet(HERE, "blind139", min_len=2000, max_len=3300)

if __name__ == "__main__":
    SET.main(sys.argv)
