"""Reading data literals out of inline scripts."""

from __future__ import annotations

from crawler.understand.comments.js_literal import read_literal


def test_single_quotes_octal_hex_and_unicode_escapes() -> None:
    text = r"""[{'body': 'a \74br /\76 b \46#39;c\x21 \u0131', id: 7, "ok": true, 'none': null,}]"""
    assert read_literal(text) == [{"body": "a <br /> b &#39;c! ı", "id": 7, "ok": True, "none": None}]


def test_reading_starts_at_the_given_offset_and_stops_at_the_literal_end() -> None:
    text = "var items = [1, 2.5, -3]; var more = [4];"
    assert read_literal(text, text.index("[")) == [1, 2.5, -3]


def test_anything_but_a_literal_gives_none() -> None:
    assert read_literal("[1, foo(), 3]") is None
    assert read_literal("{'a': 'unterminated") is None
    assert read_literal("") is None
