"""``manage.py extract`` and ``manage.py evaluate``: JSON shape and clear errors (no database needed)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "data" / "seed" / "seed_gold.json"


def run_extract(*args: str) -> dict:
    out = io.StringIO()
    call_command("extract", *args, stdout=out)
    return json.loads(out.getvalue())


@pytest.fixture()
def seed_file(tmp_path: Path) -> Path:
    path = tmp_path / "seed.txt"
    path.write_text(json.loads(SEED.read_text(encoding="utf-8"))["text"], encoding="utf-8")
    return path


def test_extract_prints_the_design_shape(seed_file: Path) -> None:
    data = run_extract(str(seed_file), "--published", "2025-05-18", "--lang", "auto")
    assert {"language", "published", "timexes", "actors", "events", "statements"} <= set(data)
    assert data["language"] == "de" and data["published"] == "2025-05-18"
    timex = data["timexes"][0]
    assert {"start", "end", "text", "type", "value"} <= set(timex)
    actor = data["actors"][0]
    assert {"slug", "name", "mentions"} <= set(actor) and isinstance(actor["mentions"][0], list)
    event = data["events"][0]
    assert {"type", "title", "actors", "date", "occurrence", "evidence", "confidence"} <= set(event)
    assert {"value", "start", "end", "precision", "edtf"} <= set(event["date"])
    statement = data["statements"][0]
    assert {"speaker", "summary", "date", "evidence"} <= set(statement)
    assert "value" in statement["date"]
    text = seed_file.read_text(encoding="utf-8")
    s, e = event["evidence"]
    assert text[s:e] == event["sentence"]


def test_extract_reads_stdin() -> None:
    proc = subprocess.run(
        [sys.executable, "manage.py", "extract", "-", "--published", "2025-05-18", "--lang", "en", "--compact"],
        input=b"Trump spoke with Putin by phone on Monday.",
        cwd=ROOT,
        capture_output=True,
        timeout=120,
        check=True,
    )
    data = json.loads(proc.stdout)
    assert data["language"] == "en"
    assert [e["type"] for e in data["events"]] == ["CONSULT"]


def test_unsupported_language_gives_dates_only_and_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_text("Le président a rencontré son homologue lundi à Paris.", encoding="utf-8")
    data = run_extract(str(path), "--published", "2025-05-18", "--lang", "fr")
    assert data["events"] == [] and data["statements"] == [] and data["language_supported"] is False
    assert data["warnings"] and "not fully supported" in data["warnings"][0]


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (None, ("--published", "2025-05-18"), "no such file"),
        (b"Trump", ("--published", "18.05.2025"), "YYYY-MM-DD"),
        (b"\xff\xfeT\x00", ("--published", "2025-05-18"), "not valid UTF-8"),
        (b"   \n\t ", ("--published", "2025-05-18"), "empty"),
    ],
)
def test_extract_errors(tmp_path: Path, content: bytes | None, args: tuple[str, ...], message: str) -> None:
    path = tmp_path / "in.txt"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        call_command("extract", str(path), *args, stdout=io.StringIO())


def test_evaluate_accepts_json_jsonl_and_directories(tmp_path: Path) -> None:
    seed = json.loads(SEED.read_text(encoding="utf-8"))
    (tmp_path / "one.json").write_text(json.dumps(seed), encoding="utf-8")
    other = dict(seed, id="seed-copy")
    (tmp_path / "more.jsonl").write_text(json.dumps(other) + "\n", encoding="utf-8")
    out = io.StringIO()
    call_command("evaluate", str(tmp_path), "--json", stdout=out)
    data = json.loads(out.getvalue())
    assert [d["doc_id"] for d in data["documents"]] == ["seed", "seed-copy"]
    assert data["total"]["event_recall"] == 1.0
    table = io.StringIO()
    call_command("evaluate", str(tmp_path / "one.json"), stdout=table)
    assert "TOTAL" in table.getvalue()


def test_evaluate_errors(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="no such file"):
        call_command("evaluate", str(tmp_path / "missing.json"), stdout=io.StringIO())
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(CommandError, match="not valid JSON"):
        call_command("evaluate", str(bad), stdout=io.StringIO())
