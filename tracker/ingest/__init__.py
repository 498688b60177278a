"""Ingestion channels: HTML pages, files and folders, RSS/Atom feeds. Every channel ends in article_ingest."""
