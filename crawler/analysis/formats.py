"""Query results as an aligned table, CSV or JSON, the same from SQLite and PostgreSQL.

Values are made plain first: days and times as ISO 8601 text, whole decimals as integers, true and
false as 1 and 0 (what SQLite stores), so one query prints the same on both backends.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any, Literal

from models.read_only import QueryResult

Format = Literal["table", "csv", "json"]
FORMATS: tuple[Format, ...] = ("table", "csv", "json")
_MAX_CELL = 80  # characters of one cell in the table format; CSV and JSON keep everything


def plain(value: Any) -> Any:
    """A value as JSON has it, the same whichever backend returned it."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    return value


def plain_rows(result: QueryResult) -> list[dict[str, Any]]:
    return [dict(zip(result.columns, map(plain, row))) for row in result.rows]


def _cell(value: Any) -> str:
    value = plain(value)
    if value is None:
        return ""
    text = " ".join(str(value).split())
    return text if len(text) <= _MAX_CELL else text[: _MAX_CELL - 1] + "…"


def as_table(result: QueryResult) -> str:
    """Columns aligned under a header, numbers to the right, and a row count, as psql prints them."""
    cells = [[_cell(value) for value in row] for row in result.rows]
    widths = [max([len(name), *(len(row[i]) for row in cells)]) for i, name in enumerate(result.columns)]
    numeric = [
        all(isinstance(plain(row[i]), int | float) for row in result.rows if row[i] is not None)
        for i in range(len(result.columns))
    ]

    def line(values: list[str]) -> str:
        padded = (v.rjust(w) if n else v.ljust(w) for v, w, n in zip(values, widths, numeric))
        return " | ".join(padded).rstrip()

    out = [line(result.columns), "-+-".join("-" * w for w in widths)]
    out += [line(row) for row in cells]
    out.append(f"({len(cells)} row{'' if len(cells) == 1 else 's'})")
    return "\n".join(out) + "\n"


def as_csv(result: QueryResult) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.columns)
    writer.writerows([["" if v is None else v for v in map(plain, row)] for row in result.rows])
    return buffer.getvalue()


def as_json(result: QueryResult) -> str:
    """A list of objects, one per row, keys in column order."""
    return json.dumps(plain_rows(result), ensure_ascii=False, indent=2) + "\n"


RENDERERS: dict[Format, Callable[[QueryResult], str]] = {"table": as_table, "csv": as_csv, "json": as_json}


def render(result: QueryResult, fmt: Format) -> str:
    return RENDERERS[fmt](result)
