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


@dataclass(frozen=True, slots=True)
class SortKey:
    field: str  # model field ("pk" for id)
    parse: Callable[[Any], Any]  # validates a client-supplied cursor value; None when invalid
    nullable: bool = False  # entries without a value come after all others (ascending)


SORT_KEYS: dict[str, SortKey] = {
    "id": SortKey("pk", _parse_int),
    "date": SortKey("date_start", _parse_date, nullable=True),
    "updated_at": SortKey("updated_at", _parse_datetime),
    "created_at": SortKey("created_at", _parse_datetime),
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
        if raw.isascii() and raw.isdigit() and int(raw) > 0:
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
            raw_value, pk, reverse = payload["v"], _parse_int(payload["i"]), payload["r"]
            value = None if raw_value is None else self.sort_key.parse(raw_value)
        except (ValueError, KeyError, TypeError, UnicodeError, binascii.Error):
            raise NotFound(self.invalid_cursor_message) from None
        if (value is None and not (raw_value is None and self.sort_key.nullable)) or pk is None \
                or not isinstance(reverse, bool):
            raise NotFound(self.invalid_cursor_message)
        return Cursor(value=value, pk=pk, reverse=reverse)

    def encode_cursor(self, cursor: Cursor) -> str:
        payload = {"v": _encode_value(cursor.value), "i": cursor.pk, "r": cursor.reverse}
        token = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
        return replace_query_param(self.base_url, self.cursor_query_param, token)

    # ------------------------------------------------------------ the page

    @property
    def sort_key(self) -> SortKey:
        return SORT_KEYS[self.ordering[0].lstrip("-")]

    def _segments(self, cursor: Cursor | None, ascending: bool) -> list[tuple[Q, list[str]]]:
        """Filters and orders, in reading order, of the rows after ``cursor``.

        The total order is (no value, value, id) ascending: rows with a value by (value, id), then rows without
        one by id. Each segment is an index range of its own, so a page costs one or two short index scans.
        """
        field, nullable = self.sort_key.field, self.sort_key.nullable
        gt, lt = ("gt", "lt") if ascending else ("lt", "gt")
        sign = "" if ascending else "-"
        valued_order = [f"{sign}pk"] if field == "pk" else [f"{sign}{field}", f"{sign}pk"]
        valued_rows = Q(**{f"{field}__isnull": False}) if nullable else Q()
        empty_rows = Q(**{f"{field}__isnull": True})
        valued: Q | None
        empty: Q | None
        if cursor is None:
            valued, empty = valued_rows, (empty_rows if nullable else None)
        elif cursor.value is not None:
            if field == "pk":
                valued = Q(**{f"pk__{gt}": cursor.value})
            else:  # (field, pk) after (v, x), written as a range on the index over field
                valued = valued_rows & Q(**{f"{field}__{gt}e": cursor.value}) & ~Q(
                    **{field: cursor.value, f"pk__{lt}e": cursor.pk}
                )
            empty = empty_rows if nullable and ascending else None
        else:  # the cursor is among the rows without a value
            valued = None if ascending else valued_rows
            empty = empty_rows & Q(**{f"pk__{gt}": cursor.pk})
        segments = [(valued, valued_order), (empty, [f"{sign}pk"])]
        if not ascending:
            segments.reverse()
        return [(condition, order) for condition, order in segments if condition is not None]

    def _cursor_of(self, row: Model, reverse: bool) -> Cursor:
        field = self.sort_key.field
        return Cursor(value=row.pk if field == "pk" else getattr(row, field), pk=row.pk, reverse=reverse)

    def _page_ids(self, queryset: QuerySet, cursor: Cursor | None) -> list[int]:
        descending = self.ordering[0].startswith("-")
        ascending = descending == bool(cursor and cursor.reverse)
        keys = queryset.select_related(None).prefetch_related(None).order_by()
        ids: list[int] = []
        for condition, order in self._segments(cursor, ascending):
            wanted = self.page_size + 1 - len(ids)
            if wanted <= 0:
                break
            ids.extend(keys.filter(condition).order_by(*order).values_list("pk", flat=True)[:wanted])
        return ids

    def paginate_queryset(  # type: ignore[override]
        self, queryset: QuerySet, request: Request, view: Any = None
    ) -> list[Any]:
        self.page_size = self.get_page_size(request)
        self.ordering = self.get_ordering(request, queryset, view)
        self.base_url = request.build_absolute_uri()
        cursor = self.decode_cursor(request)
        reverse = bool(cursor and cursor.reverse)
        ids = self._page_ids(queryset, cursor)
        has_more = len(ids) > self.page_size
        ids = ids[: self.page_size]
        by_id = {row.pk: row for row in queryset.filter(pk__in=ids).order_by()} if ids else {}
        rows = [by_id[pk] for pk in ids if pk in by_id]
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
