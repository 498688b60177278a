"""Errors raised by the extraction pipeline."""

from __future__ import annotations


class ExtractionError(ValueError):
    """The input cannot be extracted from (e.g. empty or whitespace-only text)."""
