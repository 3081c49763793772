"""Reading a JavaScript object or array literal, as pages embed data in inline scripts.

JSON is not enough: scripts use single-quoted strings, octal and hex escapes (``\\74`` for ``<``),
bare keys and trailing commas.  Only literals are read; anything else stops the reading.
"""

from __future__ import annotations

import re
from typing import Any

_SPACE = re.compile(r"\s*")
_NUMBER = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_NAME = re.compile(r"[A-Za-z_$][\w$]*")
_OCTAL = re.compile(r"[0-3][0-7]{0,2}|[4-7][0-7]?")
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v"}
_CONSTANTS = {"true": True, "false": False, "null": None, "undefined": None}


class _Stop(Exception):
    """The text is not a literal this reader understands."""


def read_literal(text: str, start: int = 0) -> Any:
    """The literal value beginning at ``start`` (after spaces), or None if there is none."""
    try:
        value, _ = _value(text, _skip(text, start))
    except (_Stop, IndexError, RecursionError):
        return None
    return value


def _skip(text: str, i: int) -> int:
    match = _SPACE.match(text, i)
    return match.end() if match else i


def _value(text: str, i: int) -> tuple[Any, int]:
    char = text[i]
    if char == "{":
        return _object(text, i + 1)
    if char == "[":
        return _array(text, i + 1)
    if char in "'\"":
        return _string(text, i)
    number = _NUMBER.match(text, i)
    if number:
        raw = number[0]
        return (float(raw) if any(c in raw for c in ".eE") else int(raw)), number.end()
    name = _NAME.match(text, i)
    if name and name[0] in _CONSTANTS:
        return _CONSTANTS[name[0]], name.end()
    raise _Stop


def _object(text: str, i: int) -> tuple[dict[str, Any], int]:
    result: dict[str, Any] = {}
    i = _skip(text, i)
    while text[i] != "}":
        if text[i] in "'\"":
            key, i = _string(text, i)
        else:
            name = _NAME.match(text, i) or _NUMBER.match(text, i)
            if not name:
                raise _Stop
            key, i = name[0], name.end()
        i = _skip(text, i)
        if text[i] != ":":
            raise _Stop
        result[key], i = _value(text, _skip(text, i + 1))
        i = _skip(text, i)
        if text[i] == ",":
            i = _skip(text, i + 1)
        elif text[i] != "}":
            raise _Stop
    return result, i + 1


def _array(text: str, i: int) -> tuple[list[Any], int]:
    result: list[Any] = []
    i = _skip(text, i)
    while text[i] != "]":
        item, i = _value(text, i)
        result.append(item)
        i = _skip(text, i)
        if text[i] == ",":
            i = _skip(text, i + 1)
        elif text[i] != "]":
            raise _Stop
    return result, i + 1


def _string(text: str, i: int) -> tuple[str, int]:
    quote = text[i]
    out: list[str] = []
    i += 1
    while True:
        char = text[i]
        if char == quote:
            return "".join(out), i + 1
        if char == "\n":
            raise _Stop
        if char != "\\":
            out.append(char)
            i += 1
            continue
        escape = text[i + 1]
        if escape in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[escape])
            i += 2
        elif escape in "xu":
            size = 2 if escape == "x" else 4
            digits = text[i + 2 : i + 2 + size]
            if len(digits) != size or not all(c in "0123456789abcdefABCDEF" for c in digits):
                raise _Stop
            out.append(chr(int(digits, 16)))
            i += 2 + size
        elif escape in "01234567":
            match = _OCTAL.match(text, i + 1)
            if match is None:
                raise _Stop
            out.append(chr(int(match[0], 8)))
            i += 1 + len(match[0])
        elif escape == "\n":
            i += 2
        else:
            out.append(escape)
            i += 2
