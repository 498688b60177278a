#!/usr/bin/env python3
"""Build the hundred-and-thirty-eighth evaluation set, ``blind138`` (annotated blind to the extraction code).

Theme: sport and the war (2022-2025): the IOC's decisions on Russian and Belarusian athletes as neutrals, the Paris
Games and the Paralympics, UEFA and FIFA bans, Ukraine's boycott threats, Russia's "Friendship Games" and the
question of the 2026 Winter Games.

Run:  .venv/bin/python tests/data/blind138/build.py [-v] [--timexes]

The articles are in blind138_de.py / blind138_en.py; the builder shared by the blind sets is
tests/data/blind_build.py. Output: one <id>.json per document and blind138.jsonl.
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

SET = BlindSet(HERE, "blind138", min_len=2000, max_len=3300)

if __name__ == "__main__":
    SET.main(sys.argv)
