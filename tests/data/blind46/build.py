#!/usr/bin/env python3
"""Build the forty-sixth evaluation set, ``blind46`` (annotated blind to the extraction code).

Energy, shipping and infrastructure diplomacy around the Russia–Ukraine war (the Black Sea corridor, strikes on and
truces for energy facilities, the Zaporizhzhia plant and the IAEA, gas and oil transit, ports and grain ships), told in
wire-copy and trade-press styles.

Run:  .venv/bin/python tests/data/blind46/build.py [-v] [--timexes]

The articles are in blind46_de.py / blind46_en.py; the builder shared by the blind sets is
tests/data/blind_build.py. Output: one <id>.json per document and blind46.jsonl.
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

SET = BlindSet(HERE, "blind46", min_len=2000, max_len=3300)

if __name__ == "__main__":
    SET.main(sys.argv)
