#!/usr/bin/env python3
"""Build the hundred-and-thirty-third evaluation set, ``blind133`` (annotated blind to the extraction code).

Theme: Romania and the war, 2023-2025 (drone debris, airspace violations, the annulled 2024 presidential
election and the interference allegations, the Black Sea corridor).

Run:  .venv/bin/python tests/data/blind133/build.py [-v] [--timexes]

The articles are in blind133_de.py / blind133_en.py; the builder shared by the blind sets is
tests/data/blind_build.py. Output: one <id>.json per document and blind133.jsonl.
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

SET = BlindSet(HERE, "blind133", min_len=2000, max_len=3300)

if __name__ == "__main__":
    SET.main(sys.argv)
