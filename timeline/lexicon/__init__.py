"""Load the lexicon tables (TSV files beside this module), normalised like the text."""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

from ..normalize import normalize


@lru_cache(maxsize=None)
def table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of `<name>.tsv` as dicts; the `word` column (if any) is normalised."""
    text = resources.files(__package__).joinpath(f"{name}.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    rows = []
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        row = {key: (value or "").strip() for key, value in row.items()}
        if "word" in row:
            row["word"] = normalize(row["word"])
        rows.append(row)
    return tuple(rows)


def words(name: str) -> dict[str, str]:
    """word -> second column, for two-column tables (first spelling wins)."""
    result: dict[str, str] = {}
    for row in table(name):
        values = [value for key, value in row.items() if key != "word"]
        result.setdefault(row["word"], values[0] if values else "")
    return result


@lru_cache(maxsize=None)
def words_by_role(name: str) -> dict[str, frozenset[str]]:
    """role -> its words, for tables of `word` and `role` columns (embedded_cues, programme_words)."""
    roles: dict[str, set[str]] = {}
    for row in table(name):
        roles.setdefault(row["role"], set()).add(row["word"])
    return {role: frozenset(found) for role, found in roles.items()}
