#!/usr/bin/env python3
"""Build the hundred-and-thirty-sixth evaluation set, ``blind136`` (annotated blind to the extraction code).

Theme: Kazakhstan and Central Asia between Moscow and the West (2022-2025): Tokayev's non-recognition stance,
secondary-sanctions risks and re-exports, the C5+1 and EU-Central Asia formats, Chinese and Russian competition,
and Central Asian migrant workers after the Crocus City Hall attack.

Run:  .venv/bin/python tests/data/blind136/build.py [-v] [--timexes]

The articles are in blind136_de.py / blind136_en.py; the builder shared by the blind sets is
tests/data/blind_build.py. Output: one <id>.json per document and blind136.jsonl.
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

SET = BlindSet(HERE, "blind136", min_len=2000, max_len=3300)

if __name__ == "__main__":
    SET.main(sys.argv)
