"""Cursor pagination that announces itself: RFC 8288 ``Link`` headers, the page size in every body."""

from __future__ import annotations

from typing import Any

from rest_framework.pagination import CursorPagination
from rest_framework.response import Response

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 500


class ApiCursorPagination(CursorPagination):
    """Opaque cursors over a stable order (tie-broken by id), so pages never shift when rows are added.

    The default and the maximum page size are part of the published schema; changing them is an API change.
    """

    page_size = DEFAULT_PAGE_SIZE
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE
    ordering = ("id",)

    def get_paginated_response(self, data: Any) -> Response:
        next_link, previous_link = self.get_next_link(), self.get_previous_link()
        response = Response(
            {"next": next_link, "previous": previous_link, "page_size": self.page_size, "results": data}
        )
        links = [f'<{url}>; rel="{rel}"' for url, rel in ((next_link, "next"), (previous_link, "prev")) if url]
        if links:
            response["Link"] = ", ".join(links)
        response["X-Page-Size"] = str(self.page_size)
        return response

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        base = super().get_paginated_response_schema(schema)
        base["required"] = ["next", "previous", "page_size", "results"]
        base["properties"]["page_size"] = {
            "type": "integer",
            "example": DEFAULT_PAGE_SIZE,
            "description": f"Entries per page (default {DEFAULT_PAGE_SIZE}, at most {MAX_PAGE_SIZE}).",
        }
        return base

    def get_schema_operation_parameters(self, view: Any) -> list[dict[str, Any]]:
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_size_query_param:
                parameter["description"] = (
                    f"Entries per page: default {DEFAULT_PAGE_SIZE}, at most {MAX_PAGE_SIZE}; larger values are capped."
                )
                parameter["schema"] = {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE}
        return parameters
