"""Body shapes seen on unseen pages: the page source's line breaks inside a text container, a lead
paragraph (standfirst) outside the "article-body" container, subheadings, and the paragraph
right after a captioned image."""

from __future__ import annotations

from crawler.understand.body.article_text import extract_body
from crawler.understand.html import parse_page

P = [
    "The shelling of the eastern districts resumed on Monday morning, residents and medics said after a week.",
    "At least four people were killed and eleven wounded when shells hit a market near the old bridge.",
    "The local council called on both sides to respect the truce agreed in March and to open a corridor.",
    "Aid groups said they had been unable to reach the districts since Sunday because the road was under fire.",
]
HEAD = "<html><head><title>Shelling resumes in the east | News</title></head><body><header><nav><a href='/'>Home</a></nav></header>"


def _paragraphs(body: str) -> list[str]:
    return extract_body(parse_page(HEAD + body + "</body></html>", "https://news.example.org/story")).paragraphs


def test_a_line_break_of_the_source_inside_a_div_does_not_split_a_sentence() -> None:
    first = P[0].replace("on Monday", "on\nMonday")
    paragraphs = _paragraphs(f"<div class='entry-content'>{first}<br><br>{P[1]}\n<br><br>{P[2]}<br><br>{P[3]}</div>")
    assert paragraphs == P


def test_a_pre_keeps_its_lines() -> None:
    paragraphs = _paragraphs(f"<div class='entry-content'><p>{P[0]}</p><pre>line one\nline two</pre><p>{P[1]}</p></div>")
    assert "line one\nline two" in paragraphs


def test_the_lead_paragraph_above_the_article_body_container_is_the_first_paragraph() -> None:
    paragraphs = _paragraphs(
        f"<article><h1>Shelling resumes in the east</h1><p class='lead'>{P[0]}</p>"
        f"<div class='article-body'><p>{P[1]}</p><p>{P[2]}</p><p>{P[3]}</p></div></article>"
    )
    assert paragraphs == P


def test_a_summary_box_below_the_headline_is_the_lead_but_teasers_above_a_container_are_not() -> None:
    paragraphs = _paragraphs(
        f"<div class='story'><h1>Shelling resumes in the east</h1><div class='summary'><p>{P[0]}</p></div>"
        f"<div class='story-body'><p>{P[1]}</p><p>{P[2]}</p><p>{P[3]}</p></div></div>"
    )
    assert paragraphs == P
    teaser = "Another story: the election commission published the final results of the vote on Sunday."
    paragraphs = _paragraphs(
        f"<div class='page'><div class='latest'><p>{teaser}</p></div><h1>Shelling resumes in the east</h1>"
        f"<div class='story-body'><p>{P[1]}</p><p>{P[2]}</p><p>{P[3]}</p></div></div>"
    )
    assert teaser not in paragraphs


def test_subheadings_stay_between_their_paragraphs() -> None:
    paragraphs = _paragraphs(
        f"<article><h1>Shelling resumes in the east</h1><div class='article-body'><p>{P[0]}</p>"
        f"<h2>Hospital overwhelmed</h2><p>{P[1]}</p><h3>Calls for a truce</h3><p>{P[2]}</p><p>{P[3]}</p></div></article>"
    )
    assert paragraphs == [P[0], "Hospital overwhelmed", P[1], "Calls for a truce", P[2], P[3]]


def test_the_paragraph_after_a_captioned_image_is_kept_and_the_caption_is_apart() -> None:
    page = parse_page(
        HEAD + f"<article><h1>Shelling resumes in the east</h1><div class='entry-content'><p>{P[0]}</p>"
        "<figure><img src='market.jpg'><figcaption>The market after the shelling</figcaption></figure>"
        f"{P[1]}<p>{P[2]}</p><p>{P[3]}</p></div></article></body></html>",
        "https://news.example.org/story",
    )
    body = extract_body(page)
    assert body.paragraphs == P
    assert body.captions == ["The market after the shelling"]


Q = [
    "The election commission published the final results of the vote on Sunday, three days late, officials said.",
    "Turnout was the lowest since the war, at 38 percent, according to the figures released in the capital.",
    "Observers from the regional bloc said the count had been orderly but criticised the late opening of polls.",
]


def _story(headline: str, paragraphs: list[str]) -> str:
    return (
        f"<article class='story'><h1>{headline}</h1><div class='article-body'>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</div></article>"
    )


def test_an_infinite_scroll_page_keeps_its_own_story_and_not_the_next_one_appended() -> None:
    paragraphs = _paragraphs(
        "<main>" + _story("Shelling resumes in the east", P) + "<div class='next-article-loader'></div>"
        + _story("Election results published late", Q) + "</main>"
    )
    assert paragraphs == P


def test_a_story_split_by_an_ad_into_two_look_alike_containers_is_read_whole() -> None:
    paragraphs = _paragraphs(
        "<main><article class='story'><h1>Shelling resumes in the east</h1>"
        f"<div class='article-body'><p>{P[0]}</p><p>{P[1]}</p></div><div class='ad'>Advertisement</div>"
        f"<div class='article-body'><p>{P[2]}</p><p>{P[3]}</p></div></article></main>"
    )
    assert paragraphs == P


def test_loose_paragraphs_in_main_with_an_all_articles_list_of_teasers_below() -> None:
    teasers = "".join(
        f"<div class='teaser'><h3><a href='/s{i}'>Story {i} about the east</a></h3><p>{Q[i % 3]} "
        f"<a href='/s{i}'>Read more</a></p></div>"
        for i in range(6)
    )
    body = extract_body(
        parse_page(
            HEAD + "<main><h1>Shelling resumes in the east</h1>" + "".join(f"<p>{p}</p>" for p in P)
            + "<h2>All articles about the east</h2>" + teasers + "</main></body></html>",
            "https://news.example.org/story",
        )
    )
    assert body.paragraphs == P
    assert body.method in ("scoring", "second-opinion")
