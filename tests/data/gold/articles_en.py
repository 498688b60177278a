"""English gold articles (fictionalised wire-style reports).  See build_gold.py."""
from build_gold import E, S, T

DOCS = []
