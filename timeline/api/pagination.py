"""Keyset cursor pagination that announces itself: RFC 8288 ``Link`` headers and the page size in every body.

A cursor holds the sort value and id of the boundary row, so a page is ``WHERE (key, id) > (value, id)``: rows added
or removed elsewhere never shift or repeat entries (DRF's offset-within-ties cursor does, on dates shared by many
events), and every page costs the same index range scan however deep it is.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.db.models import Model, Q, QuerySet
from django.utils.dateparse import parse_date, parse_datetime
from rest_framework.exceptions import NotFound
from rest_framework.pagination import BasePagination
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 500


def _parse_int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _parse_date(value: Any) -> date | None:
    try:
        return parse_date(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _parse_datetime(value: Any) -> datetime | None:
    try:
        return parse_datetime(value) if isinstance(value, str) else None
    except ValueError:
        return None


# Sort keys a cursor may carry, with the parser that validates a client-supplied value.
SORT_KEYS: dict[str, Callable[[Any], Any]] = {
    "id": _parse_int, "date": _parse_date, "updated_at": _parse_datetime, "created_at": _parse_datetime,
}


@dataclass(frozen=True, slots=True)
class Cursor:
    value: Any
    pk: int
    reverse: bool


def _encode_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


class ApiCursorPagination(BasePagination):
    """Cursor pages in a stable order (the sort key, then id). Default and maximum size are part of the schema."""

    page_size = DEFAULT_PAGE_SIZE
    max_page_size = MAX_PAGE_SIZE
    cursor_query_param = "cursor"
    page_size_query_param = "page_size"
    invalid_cursor_message = "Invalid cursor."

    def __init__(self) -> None:
        self.ordering: tuple[str, ...] = ("id",)
        self.next_cursor: Cursor | None = None
        self.previous_cursor: Cursor | None = None
        self.base_url = ""

    # ------------------------------------------------------------ request side

    def get_page_size(self, request: Request) -> int:
        raw = request.query_params.get(self.page_size_query_param, "")
        if raw.isdigit() and int(raw) > 0:
            return min(int(raw), self.max_page_size)
        return self.page_size

    def get_ordering(self, request: Request, queryset: QuerySet, view: Any) -> tuple[str, ...]:
        ordering: Sequence[str] = getattr(view, "ordering", None) or ["id"]
        for backend in getattr(view, "filter_backends", []):
            if hasattr(backend, "get_ordering"):
                ordering = backend().get_ordering(request, queryset, view) or ordering
                break
        key = ordering[0].lstrip("-")
        if key not in SORT_KEYS:
            raise ValueError(f"cursor pagination cannot sort by {key!r}")
        descending = ordering[0].startswith("-")
        return (ordering[0],) if key == "id" else (ordering[0], "-id" if descending else "id")

    def decode_cursor(self, request: Request) -> Cursor | None:
        raw = request.query_params.get(self.cursor_query_param)
        if not raw:
            return None
        try:
            payload = json.loads(base64.urlsafe_b64decode(raw.encode("ascii") + b"=" * (-len(raw) % 4)))
            value = SORT_KEYS[self.ordering[0].lstrip("-")](payload["v"])
            pk, reverse = _parse_int(payload["i"]), payload["r"]
        except (ValueError, KeyError, TypeError, UnicodeError, binascii.Error):
            raise NotFound(self.invalid_cursor_message) from None
        if value is None or pk is None or not isinstance(reverse, bool):
            raise NotFound(self.invalid_cursor_message)
        return Cursor(value=value, pk=pk, reverse=reverse)

    def encode_cursor(self, cursor: Cursor) -> str:
        payload = {"v": _encode_value(cursor.value), "i": cursor.pk, "r": cursor.reverse}
        token = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
        return replace_query_param(self.base_url, self.cursor_query_param, token)

    # ------------------------------------------------------------ the page

    def _after(self, cursor: Cursor) -> Q:
        """Rows strictly after the cursor in the direction being read."""
        key = self.ordering[0]
        name = key.lstrip("-")
        op = "lt" if key.startswith("-") != cursor.reverse else "gt"
        if name == "id":
            return Q(**{f"pk__{op}": cursor.value})
        return Q(**{f"{name}__{op}": cursor.value}) | Q(**{name: cursor.value, f"pk__{op}": cursor.pk})

    def _cursor_of(self, row: Model, reverse: bool) -> Cursor:
        name = self.ordering[0].lstrip("-")
        return Cursor(value=getattr(row, "pk" if name == "id" else name), pk=row.pk, reverse=reverse)

    def paginate_queryset(  # type: ignore[override]
        self, queryset: QuerySet, request: Request, view: Any = None
    ) -> list[Any]:
        self.page_size = self.get_page_size(request)
        self.ordering = self.get_ordering(request, queryset, view)
        self.base_url = request.build_absolute_uri()
        cursor = self.decode_cursor(request)
        reverse = bool(cursor and cursor.reverse)
        order = [f"-{o}" if not o.startswith("-") else o[1:] for o in self.ordering] if reverse else self.ordering
        if cursor is not None:
            queryset = queryset.filter(self._after(cursor))
        rows = list(queryset.order_by(*order)[: self.page_size + 1])
        has_more = len(rows) > self.page_size
        rows = rows[: self.page_size]
        if reverse:
            rows.reverse()
        has_next = has_more if not reverse else True
        has_previous = cursor is not None if not reverse else has_more
        self.next_cursor = self._cursor_of(rows[-1], False) if rows and has_next else None
        self.previous_cursor = self._cursor_of(rows[0], True) if rows and has_previous else None
        return rows

    def get_next_link(self) -> str | None:
        return self.encode_cursor(self.next_cursor) if self.next_cursor else None

    def get_previous_link(self) -> str | None:
        return self.encode_cursor(self.previous_cursor) if self.previous_cursor else None

    def get_first_link(self) -> str:
        return remove_query_param(self.base_url, self.cursor_query_param)

    def get_paginated_response(self, data: Any) -> Response:
        next_link, previous_link = self.get_next_link(), self.get_previous_link()
        response = Response(
            {"next": next_link, "previous": previous_link, "page_size": self.page_size, "results": data}
        )
        links = [f'<{url}>; rel="{rel}"' for url, rel in ((next_link, "next"), (previous_link, "prev")) if url]
        links.append(f'<{self.get_first_link()}>; rel="first"')
        response["Link"] = ", ".join(links)
        response["X-Page-Size"] = str(self.page_size)
        return response

    # ------------------------------------------------------------ schema

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        link = {"type": "string", "nullable": True, "format": "uri"}
        return {
            "type": "object",
            "required": ["next", "previous", "page_size", "results"],
            "properties": {
                "next": {**link, "description": "The next page (also in the Link header), or null at the end."},
                "previous": {**link, "description": "The previous page, or null on the first."},
                "page_size": {
                    "type": "integer", "example": DEFAULT_PAGE_SIZE,
                    "description": f"Entries per page (default {DEFAULT_PAGE_SIZE}, at most {MAX_PAGE_SIZE}).",
                },
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        return [
            {"name": self.cursor_query_param, "required": False, "in": "query",
             "description": "Opaque cursor from a `next`/`previous` link.", "schema": {"type": "string"}},
            {"name": self.page_size_query_param, "required": False, "in": "query",
             "description": f"Entries per page: default {DEFAULT_PAGE_SIZE}, at most {MAX_PAGE_SIZE}; "
             "larger values are capped.",
             "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE}},
        ]


__all__ = ["ApiCursorPagination", "Cursor"]
