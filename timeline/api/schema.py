"""OpenAPI tweaks: CSV and TimelineJS responses are documented as what they are, not as the JSON schema."""

from __future__ import annotations

from typing import Any

from drf_spectacular.openapi import AutoSchema

CSV_SCHEMA = {"type": "string", "description": "CSV with a header row, one row per entry; pages via the Link header."}
TIMELINEJS_SCHEMA = {
    "type": "object",
    "description": "A TimelineJS3 document (title and one slide per dated event of this page).",
    "properties": {"title": {"type": "object"}, "events": {"type": "array", "items": {"type": "object"}}},
    "required": ["events"],
}
SCHEMAS_BY_MEDIA_TYPE = {"text/csv": CSV_SCHEMA, "application/vnd.timelinejs+json": TIMELINEJS_SCHEMA}


class ApiAutoSchema(AutoSchema):
    def _get_response_for_code(self, serializer: Any, status_code: Any, media_types: Any = None,
                               direction: str = "response") -> dict[str, Any]:
        response: dict[str, Any] = super()._get_response_for_code(serializer, status_code, media_types, direction)
        for media_type, content in response.get("content", {}).items():
            if media_type in SCHEMAS_BY_MEDIA_TYPE:
                content["schema"] = SCHEMAS_BY_MEDIA_TYPE[media_type]
        return response
