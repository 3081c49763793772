"""docs/cookbook.md and docs/data-dictionary.md, rendered from the cookbook and the data dictionary.

    python -m crawler.analysis.docs        (from the repository root: rewrites both files)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from crawler.analysis.cookbook import Recipe, recipes
from crawler.analysis.dictionary import ViewDoc, views

DOCS = Path(__file__).resolve().parents[2] / "docs"
_GENERATED = "<!-- Rendered by `python -m crawler.analysis.docs` from crawler/data/{source}; edit that file. -->"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value)
    return text.replace("|", "\\|").replace("\n", " ")


def _table(rows: list[dict[str, Any]]) -> list[str]:
    if not rows:
        return ["(no rows)"]
    columns = list(rows[0])
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(_cell(row[column]) for column in columns) + " |" for row in rows]
    return lines


def render_cookbook(entries: tuple[Recipe, ...]) -> str:
    lines = [
        "# Cookbook: questions and the queries that answer them",
        "",
        _GENERATED.format(source="cookbook.toml"),
        "",
        "Each query runs as it stands on SQLite and on PostgreSQL: paste it into",
        "`casualties sql \"...\"`, save it to a file for `casualties sql --file query.sql`, or pick it from the",
        "canned queries of `casualties explore`. The views it reads are described in",
        "[the data dictionary](data-dictionary.md). The rows shown are what it gives on the test data (the",
        "seed page, two more outlets' pages and the fixture news site); the tests check them on both backends.",
        "",
        "![Iranians killed in Syria, October-December 2015](images/timeline.png)",
        "",
        "The chart above is `casualties chart --nationality Iranian --since 2015-10-01 --until 2015-12-31` on",
        "the same data: new deaths per week by group (bars), the running totals outlets gave (step lines,",
        "right-hand scale) and disputed figures (red crosses joined by a dotted line, both counts).",
        "",
    ]
    lines += [f"{number}. [{entry.title}](#{entry.name})" for number, entry in enumerate(entries, 1)]
    for entry in entries:
        lines += ["", f'<a id="{entry.name}"></a>', f"## {entry.title}", "", entry.question, "", "```sql", entry.sql, "```", ""]
        lines += _table(entry.expected)
    return "\n".join(lines) + "\n"


def render_dictionary(documented: tuple[ViewDoc, ...]) -> str:
    lines = [
        "# Data dictionary: the analyst views",
        "",
        _GENERATED.format(source="data-dictionary.toml"),
        "",
        "Migrations create these views on SQLite and PostgreSQL with the same columns and meaning; on",
        "PostgreSQL the descriptions below are also stored as view and column comments (`\\d+ timeline` in",
        "psql shows them). Days are ISO dates (`2015-12-01`), yes/no columns are 1/0, and lists are text.",
        "See [the cookbook](cookbook.md) for questions they answer.",
        "",
    ]
    lines += [f"- [`{view.name}`](#{view.name}): {view.about.split('. ')[0].rstrip('.')}." for view in documented]
    for view in documented:
        lines += ["", f'<a id="{view.name}"></a>', f"## `{view.name}`", "", view.about, "", "| column | meaning |", "|---|---|"]
        lines += [f"| `{column}` | {_cell(meaning)} |" for column, meaning in view.columns.items()]
    return "\n".join(lines) + "\n"


def rendered() -> dict[Path, str]:
    return {DOCS / "cookbook.md": render_cookbook(recipes()), DOCS / "data-dictionary.md": render_dictionary(views())}


def main() -> None:
    for path, text in rendered().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
