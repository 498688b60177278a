#!/usr/bin/env python3
"""Build the hundred-and-thirty-seventh evaluation set, ``blind137`` (annotated blind to the extraction code).

Theme: the Azerbaijan–Russia rift of 2024–2025 — the Azerbaijan Airlines plane hit over Grozny and downed near
Aktau, Aliyev's demands for an admission, an apology and compensation, the Yekaterinburg raids and the arrests of
Sputnik Azerbaijan's staff in Baku, Putin's admission in Dushanbe and Baku's contacts with Kyiv.

Run:  .venv/bin/python tests/data/blind137/build.py [-v] [--timexes]

The articles are in blind137_de.py / blind137_en.py; the builder shared by the blind sets is
tests/data/blind_build.py. Output: one <id>.json per document and blind137.jsonl.
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

SET = BlindSet(HERE, "blind137", min_len=2000, max_len=3300)

if __name__ == "__main__":
    SET.main(sys.argv)
