"""Who a figure counts: nationality or affiliation, role, side and label."""

from __future__ import annotations

import pytest

from crawler.extract.groups import describe, side_of


@pytest.mark.parametrize(
    ("phrase", "nationality", "role", "label"),
    [
        ("Iranian fighters", "Iranian", "fighters", "Iranian fighters"),
        ("Hezbollah commanders", "Hezbollah", "commanders", "Hezbollah commanders"),
        ("Islamic State militants", "Islamic State", "militants", "Islamic State militants"),
        ("members of the regular forces", None, "security forces", "security forces"),
        ("members of the pro-government militia of Popular Mobilization Forces", "Popular Mobilization Forces",
         "fighters", "Popular Mobilization Forces fighters"),
        ("border police officers", None, "police", "police"),
        ("Iran’s overall commander in Syria", "Iranian", "commanders", "Iranian commanders"),
        ("AMISOM soldiers", "AMISOM", "soldiers", "AMISOM soldiers"),
        ("two U.S. troops", "American", "soldiers", "American soldiers"),
        ("Palestinians", "Palestinian", None, "Palestinian"),
        ("nine Palestinian", "Palestinian", None, "Palestinian"),
        ("shia islamist from Pakistan and Afghanistan", "Shia", "militants",
         "Shia militants from Pakistan and Afghanistan"),
        ("a provincial governor", None, "leaders", "leaders"),
        ("two aides of the minister", None, "leaders", "leaders"),
    ],
)  # fmt: skip
def test_describe_reads_nationality_role_and_label(
    phrase: str, nationality: str | None, role: str | None, label: str | None
) -> None:
    group = describe(phrase)
    assert (group.nationality, group.role, group.label) == (nationality, role, label)


@pytest.mark.parametrize(
    ("role", "side"),
    [("civilians", "civilian"), ("children", "civilian"), ("soldiers", "forces"), ("police", "forces"),
     ("militants", "armed"), ("fighters", "armed"), ("people", "any"), (None, "any")],
)  # fmt: skip
def test_each_role_has_a_side(role: str | None, side: str) -> None:
    assert side_of(role) == side


@pytest.mark.parametrize(
    ("phrase", "role", "side"),
    [
        ("four security force members", "security forces", "forces"),
        ("two army members", "soldiers", "forces"),
        ("a militia member", "fighters", "armed"),
        ("members of the security forces", "security forces", "forces"),
        ("three members of the family", "family members", "civilian"),
    ],
)
def test_members_keep_the_role_named_before_them(phrase: str, role: str, side: str) -> None:
    group = describe(phrase)
    assert (group.role, group.side) == (role, side)
