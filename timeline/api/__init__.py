"""REST API v1: read-only conflicts, actors, events, statements and tombstones; article submission."""
