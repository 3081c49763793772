"""analyst views: people, and views over tallies, claims, comments and named casualties

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 14:00:00.000000

The views mean the same on SQLite and PostgreSQL; where the two dialects spell a date step or a
list differently, the SQL below says it once per dialect.  Their column descriptions are stored as
comments on PostgreSQL (SQLite keeps none); the data dictionary in the docs says the same.  This
file is frozen: a later change to a view is a new migration that replaces it.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = '0004'
down_revision: str | Sequence[str] | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# ---------------------------------------------------------------- dialect spellings
def _days(end: str, start: str, dialect: str) -> str:
    """Whole days from ``start`` to ``end``."""
    if dialect == "postgresql":
        return f"({end} - {start})"
    return f"CAST(julianday({end}) - julianday({start}) AS INTEGER)"


def _monday(day: str, dialect: str) -> str:
    """The Monday of the ISO week holding ``day``."""
    if dialect == "postgresql":
        return f"({day} - (EXTRACT(ISODOW FROM {day})::integer - 1))"
    return f"date({day}, '-' || ((CAST(strftime('%w', {day}) AS INTEGER) + 6) % 7) || ' days')"


def _names(value: str, separator: str, dialect: str) -> str:
    """The distinct values of a group in alphabetical order, as one text.

    On SQLite the rows must reach the aggregate sorted by ``value`` (callers read from a subquery
    ordered so); SQLite before 3.44 takes no ORDER BY inside an aggregate."""
    if dialect == "postgresql":
        return f"string_agg(DISTINCT {value}, '{separator}' ORDER BY {value})"
    return f"replace(group_concat(DISTINCT {value}), ',', '{separator}')"


def _names_of(value: str, source: str, where: str, separator: str, dialect: str) -> str:
    """The distinct ``value``s of the rows of ``source`` that match ``where``, alphabetically, as one text."""
    if dialect == "postgresql":
        return f"(SELECT string_agg(DISTINCT {value}, '{separator}' ORDER BY {value}) FROM {source} WHERE {where})"
    return (f"(SELECT group_concat(v, '{separator}') FROM (SELECT DISTINCT {value} AS v FROM {source} "
            f"WHERE {where} AND {value} IS NOT NULL ORDER BY v))")


def _pad(number: str, dialect: str) -> str:
    """A position as six digits, so paths of positions sort as text."""
    if dialect == "postgresql":
        return f"lpad(CAST({number} AS TEXT), 6, '0')"
    return f"printf('%06d', {number})"


def _utc_text(moment: str, dialect: str) -> str:
    """A stored timestamp as ISO 8601 text in UTC: '2015-12-01T13:02:09Z'."""
    if dialect == "postgresql":
        return f"""to_char({moment} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')"""
    return f"strftime('%Y-%m-%dT%H:%M:%SZ', {moment})"


# ---------------------------------------------------------------- the views
def _tally_reports(d: str) -> str:
    window_days = f"{_days('t.window_end', 't.window_start', d)} + 1"
    on_timeline = (
        "t.document = 'body' AND NOT t.cumulative AND t.subset_of_id IS NULL AND t.restates_id IS NULL"
        " AND (c.stance IS NULL OR c.stance <> 'denies')"
        f" AND t.window_start IS NOT NULL AND t.window_end IS NOT NULL AND {window_days} <= 7"
    )
    return f"""
SELECT
    t.id AS tally_id,
    t.count, t.count_max, t.qualifier, t.outcome, t.outcome_word,
    t.group_name, t.nationality, t.role, t.place, t.cause,
    CASE WHEN t.cumulative THEN 1 ELSE 0 END AS cumulative,
    t.hedge,
    t.window_start, t.window_end, t.window_precision, t.window_phrase,
    CASE WHEN t.window_assumed THEN 1 ELSE 0 END AS window_assumed,
    {window_days} AS window_days,
    t.subset_of_id, t.restates_id,
    t.document, t.comment_id, t.sentence_index, t.sentence,
    c.id AS claim_id, c.claimant, c.claimant_kind, c.stance,
    c.verb AS claim_verb, c.hedge AS claim_hedge, c.cites,
    CASE WHEN c.id IS NULL OR c.claimant_kind = 'outlet' THEN COALESCE(s.name, s.domain) ELSE c.claimant END AS source,
    a.id AS article_id, a.title AS article_title, a.url AS article_url, a.published_day,
    s.id AS site_id, s.domain AS site_domain, COALESCE(s.name, s.domain) AS site_name,
    CASE WHEN {on_timeline} THEN t.window_end END AS timeline_day,
    CASE WHEN {on_timeline} THEN {_monday('t.window_end', d)} END AS timeline_week,
    t.extractor_version
FROM tallies t
JOIN articles a ON a.id = t.article_id
JOIN sites s ON s.id = a.site_id
LEFT JOIN claims c ON c.id = t.claim_id
"""


def _new_figures(d: str) -> str:
    return f"""
SELECT
    COALESCE(r.group_name, 'unspecified') AS group_name,
    MIN(r.nationality) AS nationality,
    r.outcome, r.count, r.count_max, r.window_start, r.window_end,
    r.timeline_day AS day, r.timeline_week AS week_start,
    COUNT(*) AS reports,
    COUNT(DISTINCT r.article_id) AS articles,
    COUNT(DISTINCT r.site_id) AS outlets,
    {_names('r.site_name', ', ', d)} AS outlet_names,
    MIN(r.published_day) AS first_published,
    MIN(r.tally_id) AS first_tally_id
FROM (SELECT * FROM tally_reports WHERE timeline_day IS NOT NULL ORDER BY site_name) r
GROUP BY COALESCE(r.group_name, 'unspecified'), r.outcome, r.count, r.count_max, r.window_start, r.window_end,
    r.timeline_day, r.timeline_week
"""


def _timeline(d: str) -> str:
    return f"""
WITH reports AS (
    SELECT tally_id, article_id, site_id, site_name, outcome, timeline_day, timeline_week,
        COALESCE(group_name, 'unspecified') AS group_name
    FROM tally_reports WHERE timeline_day IS NOT NULL ORDER BY site_name
),
sums AS (
    SELECT 'day' AS period, day AS period_start, group_name, outcome,
        MIN(nationality) AS nationality, SUM(count) AS new_count, COUNT(*) AS figures
    FROM new_figures GROUP BY day, group_name, outcome
    UNION ALL
    SELECT 'week', week_start, group_name, outcome, MIN(nationality), SUM(count), COUNT(*)
    FROM new_figures GROUP BY week_start, group_name, outcome
),
counts AS (
    SELECT 'day' AS period, timeline_day AS period_start, group_name, outcome, COUNT(*) AS reports,
        COUNT(DISTINCT article_id) AS articles, COUNT(DISTINCT site_id) AS outlets,
        {_names('site_name', ', ', d)} AS outlet_names
    FROM reports GROUP BY timeline_day, group_name, outcome
    UNION ALL
    SELECT 'week', timeline_week, group_name, outcome, COUNT(*), COUNT(DISTINCT article_id),
        COUNT(DISTINCT site_id), {_names('site_name', ', ', d)}
    FROM reports GROUP BY timeline_week, group_name, outcome
)
SELECT s.period, s.period_start, s.group_name, s.nationality, s.outcome, s.new_count, s.figures,
    c.reports, c.articles, c.outlets, c.outlet_names
FROM sums s
JOIN counts c ON c.period = s.period AND c.period_start = s.period_start AND c.group_name = s.group_name
    AND c.outcome = s.outcome
"""


def _running_totals(d: str) -> str:
    return """
SELECT COALESCE(r.group_name, 'unspecified') AS group_name, r.nationality, r.outcome,
    r.count AS total, r.count_max AS total_max, r.qualifier, r.window_start AS since, r.window_end AS as_of,
    r.tally_id, r.claim_id, r.source, r.claimant, r.stance, r.sentence,
    r.article_id, r.article_title, r.article_url, r.published_day, r.site_id, r.site_domain, r.site_name
FROM tally_reports r
WHERE r.document = 'body' AND r.cumulative = 1 AND r.restates_id IS NULL
    AND (r.stance IS NULL OR r.stance <> 'denies') AND r.window_end IS NOT NULL
"""


def _latest_totals(d: str) -> str:
    return """
WITH totals AS (
    SELECT t.*,
        ROW_NUMBER() OVER (
            PARTITION BY t.group_name, t.outcome
            ORDER BY t.as_of DESC, COALESCE(t.published_day, '0001-01-01') DESC, t.tally_id DESC
        ) AS recency,
        COUNT(*) OVER (PARTITION BY t.group_name, t.outcome) AS reports
    FROM running_totals t
)
SELECT l.group_name, l.nationality, l.outcome, l.total, l.total_max, l.qualifier, l.since, l.as_of,
    l.tally_id, l.claim_id, l.source, l.claimant, l.stance, l.sentence,
    l.article_id, l.article_title, l.article_url, l.published_day, l.site_name,
    p.total AS previous_total, p.as_of AS previous_as_of, p.source AS previous_source,
    p.tally_id AS previous_tally_id,
    l.reports
FROM totals l
LEFT JOIN totals p ON p.group_name = l.group_name AND p.outcome = l.outcome AND p.recency = (
    SELECT MIN(q.recency) FROM totals q
    WHERE q.group_name = l.group_name AND q.outcome = l.outcome AND q.recency > 1 AND q.total <> l.total
)
WHERE l.recency = 1
"""


def _side(alias: str) -> str:
    return ", ".join(
        f"{alias}.{column} AS {alias}_{column}"
        for column in ("tally_id", "count", "count_max", "qualifier", "window_start", "window_end", "source",
                       "stance", "article_id", "article_title", "published_day", "site_name", "sentence")
    )


def _disputed_figures(d: str) -> str:
    def bound_agrees(x: str, y: str) -> str:
        """``x`` is a bound that ``y``'s count keeps: "at least 71" and 80."""
        return (f"({x}.qualifier IN ('at_least', 'more_than') AND {x}.count <= {y}.count)"
                f" OR ({x}.qualifier IN ('up_to', 'less_than') AND {x}.count >= {y}.count)")

    return f"""
SELECT a.group_name, a.outcome, a.cumulative,
    {_side('a')},
    {_side('b')},
    ABS(a.count - b.count) AS difference
FROM tally_reports a
JOIN tally_reports b ON a.tally_id < b.tally_id
    AND lower(a.group_name) = lower(b.group_name) AND a.outcome = b.outcome AND a.cumulative = b.cumulative
    AND lower(a.source) <> lower(b.source)
    AND (COALESCE(a.count_max, a.count) < b.count OR COALESCE(b.count_max, b.count) < a.count)
WHERE a.document = 'body' AND b.document = 'body'
    AND a.subset_of_id IS NULL AND b.subset_of_id IS NULL
    AND (a.stance IS NULL OR a.stance <> 'denies') AND (b.stance IS NULL OR b.stance <> 'denies')
    AND a.qualifier <> 'vague' AND b.qualifier <> 'vague'
    AND NOT ({bound_agrees('a', 'b')}) AND NOT ({bound_agrees('b', 'a')})
    AND (
        (a.cumulative = 1 AND a.window_end = b.window_end
            AND COALESCE(a.window_start, '0001-01-01') = COALESCE(b.window_start, '0001-01-01'))
        OR (a.cumulative = 0 AND a.window_start IS NOT NULL AND b.window_start IS NOT NULL
            AND a.window_start <= b.window_end AND b.window_start <= a.window_end
            AND a.window_days <= 2 * b.window_days AND b.window_days <= 2 * a.window_days)
    )
"""


def _denials(d: str) -> str:
    return """
WITH denial AS (
    SELECT c.id, c.claimant, c.claimant_kind, c.verb, c.sentence, c.sentence_index, c.window_start, c.window_end,
        c.article_id, c.comment_id, c.document
    FROM claims c WHERE c.stance = 'denies'
),
by_figure AS (
    SELECT dn.id AS denial_claim_id, o.claim_id AS denied_claim_id, o.tally_id AS denied_tally_id,
        'figure' AS match_kind
    FROM denial dn
    JOIN tally_reports dt ON dt.claim_id = dn.id
    JOIN tally_reports o ON o.tally_id <> dt.tally_id
        AND lower(o.group_name) = lower(dt.group_name) AND o.outcome = dt.outcome
        AND (o.stance IS NULL OR o.stance <> 'denies') AND lower(o.source) <> lower(dt.source)
        AND o.window_end >= COALESCE(dt.window_start, o.window_end)
        AND dt.window_end >= COALESCE(o.window_start, dt.window_end)
),
nearby AS (
    SELECT denial_claim_id, denied_claim_id, CAST(NULL AS INTEGER) AS denied_tally_id, 'nearby claim' AS match_kind
    FROM (
        SELECT dn.id AS denial_claim_id, o.id AS denied_claim_id,
            ROW_NUMBER() OVER (
                PARTITION BY dn.id
                ORDER BY CASE WHEN o.stance IN ('rumour', 'reports') THEN 0 ELSE 1 END,
                    ABS(o.sentence_index - dn.sentence_index), o.sentence_index
            ) AS nearness
        FROM denial dn
        JOIN claims o ON o.article_id = dn.article_id AND COALESCE(o.comment_id, 0) = COALESCE(dn.comment_id, 0)
            AND o.id <> dn.id AND o.stance <> 'denies' AND o.claimant_kind <> 'outlet'
            AND lower(o.claimant) <> lower(dn.claimant) AND ABS(o.sentence_index - dn.sentence_index) <= 3
    ) ranked
    WHERE nearness = 1
),
matches AS (
    SELECT * FROM by_figure
    UNION ALL
    SELECT * FROM nearby
)
SELECT dn.id AS denial_claim_id, dn.claimant AS denier, dn.claimant_kind AS denier_kind, dn.verb AS denial_verb,
    dn.sentence AS denial_sentence, dn.window_start AS denial_window_start, dn.window_end AS denial_window_end,
    dn.document, dn.comment_id,
    a.id AS article_id, a.title AS article_title, a.url AS article_url, a.published_day,
    COALESCE(s.name, s.domain) AS site_name,
    m.match_kind,
    m.denied_claim_id, oc.claimant AS denied_claimant, oc.stance AS denied_stance,
    COALESCE(ot.sentence, oc.sentence) AS denied_sentence,
    m.denied_tally_id, ot.count AS denied_count, ot.outcome AS denied_outcome, ot.group_name AS denied_group,
    COALESCE(ot.article_id, oc.article_id) AS denied_article_id
FROM denial dn
JOIN articles a ON a.id = dn.article_id
JOIN sites s ON s.id = a.site_id
LEFT JOIN matches m ON m.denial_claim_id = dn.id
LEFT JOIN claims oc ON oc.id = m.denied_claim_id
LEFT JOIN tallies ot ON ot.id = m.denied_tally_id
"""


def _comment_threads(d: str) -> str:
    figure = ("CAST(ft.count AS TEXT) || ' ' || ft.outcome || COALESCE(' (' || ft.group_name || ')', '')")
    if d == "postgresql":
        figures = f"(SELECT string_agg({figure}, '; ' ORDER BY ft.id) FROM tallies ft WHERE ft.claim_id = cl.id)"
    else:
        figures = (f"(SELECT group_concat(f, '; ') FROM (SELECT {figure} AS f FROM tallies ft "
                   f"WHERE ft.claim_id = cl.id ORDER BY ft.id))")
    return f"""
WITH RECURSIVE thread (comment_id, thread_id, level, path) AS (
    SELECT id, id, 0, {_pad('position', d)} FROM comments WHERE parent_id IS NULL
    UNION ALL
    SELECT c.id, t.thread_id, t.level + 1, t.path || '.' || {_pad('c.position', d)}
    FROM comments c JOIN thread t ON c.parent_id = t.comment_id
    WHERE t.level < 50
)
SELECT c.article_id, a.title AS article_title, a.url AS article_url, COALESCE(s.name, s.domain) AS site_name,
    c.id AS comment_id, c.external_id, t.thread_id, t.level, t.path AS thread_path,
    c.parent_id, p.author AS reply_to, c.author, {_utc_text('c.posted_at', d)} AS posted_at, c.kind, c.text,
    cl.id AS claim_id, cl.claimant, cl.stance, cl.verb AS claim_verb, cl.cites, cl.sentence AS claim_sentence,
    {figures} AS figures
FROM thread t
JOIN comments c ON c.id = t.comment_id
JOIN articles a ON a.id = c.article_id
JOIN sites s ON s.id = a.site_id
LEFT JOIN comments p ON p.id = c.parent_id
LEFT JOIN claims cl ON cl.comment_id = c.id
"""


def _named_casualty_reports(d: str) -> str:
    return """
SELECT n.id AS report_id, n.person_id, p.name AS person_name, n.name AS reported_name, n.title, n.affiliation,
    n.outcome, n.hedge, n.document, n.comment_id, n.sentence,
    a.id AS article_id, a.title AS article_title, a.url AS article_url, a.published_day,
    s.id AS site_id, COALESCE(s.name, s.domain) AS site_name
FROM named_casualties n
JOIN articles a ON a.id = n.article_id
JOIN sites s ON s.id = a.site_id
LEFT JOIN casualty_people p ON p.person_id = n.person_id
"""


def _casualty_people(d: str) -> str:
    def names_of(column: str) -> str:
        return _names_of(f"n2.{column}", "named_casualties n2", "n2.person_id = p.id", " / ", d)

    return f"""
SELECT p.id AS person_id,
    (SELECT n3.name FROM named_casualties n3 JOIN articles a3 ON a3.id = n3.article_id WHERE n3.person_id = p.id
        ORDER BY COALESCE(a3.published_day, '9999-12-31'), n3.id LIMIT 1) AS name,
    {names_of('name')} AS reported_names,
    {names_of('title')} AS titles,
    {names_of('affiliation')} AS affiliations,
    {names_of('outcome')} AS outcomes,
    COUNT(*) AS reports,
    COUNT(DISTINCT n.article_id) AS articles,
    COUNT(DISTINCT a.site_id) AS outlets,
    SUM(CASE WHEN n.document = 'comment' THEN 1 ELSE 0 END) AS reader_reports,
    MIN(a.published_day) AS first_reported,
    MAX(a.published_day) AS last_reported
FROM people p
JOIN named_casualties n ON n.person_id = p.id
JOIN articles a ON a.id = n.article_id
GROUP BY p.id
"""


# In dependency order: a view is created after the views it reads.
VIEWS = {
    "tally_reports": _tally_reports,
    "new_figures": _new_figures,
    "timeline": _timeline,
    "running_totals": _running_totals,
    "latest_totals": _latest_totals,
    "disputed_figures": _disputed_figures,
    "denials": _denials,
    "comment_threads": _comment_threads,
    "casualty_people": _casualty_people,
    "named_casualty_reports": _named_casualty_reports,
}

# What each view holds, and each column: stored as comments on PostgreSQL.
DESCRIPTIONS: dict[str, tuple[str, dict[str, str]]] = {
    'tally_reports': (
        'Every casualty figure (tally) with the claim that carries it, who made the claim and how firmly, the sentence it was read from, the document (article body or reader comment) and the article and site it appeared in. One row per tally.',
        {
            'tally_id': 'The tally (tallies.id).',
            'count': 'How many people the figure counts (the lower end of a range).',
            'count_max': 'The upper end of a range ("10 to 15"); empty for a single number.',
            'qualifier': 'How exact the count is: exact, at_least, more_than, up_to, less_than, about, vague.',
            'outcome': 'What happened to them: killed, wounded, captured, missing.',
            'outcome_word': 'The word the outcome was read from ("buried", "martyred"), when not a plain one.',
            'group_name': 'Who, as one label ("Iranian fighters"); empty when the text names nobody.',
            'nationality': 'Nationality or affiliation of the group ("Iranian", "Hezbollah").',
            'role': 'Role of the group ("fighters", "commanders", "civilians").',
            'place': 'Where, as written ("south of Aleppo").',
            'cause': 'How, as written ("IED", "airstrike").',
            'cumulative': '1 for a running total ("brought the total to 71 since October 7"), 0 for new casualties.',
            'hedge': 'A word that weakens the figure ("apparently", "reportedly").',
            'window_start': 'First day the figure covers; empty when it is open to the past.',
            'window_end': 'Last day the figure covers.',
            'window_precision': 'How the window was given: day, days, week, weekend, month, part_of_month, year, open.',
            'window_phrase': 'The words the window was read from ("in the last four days").',
            'window_assumed': '1 when no words gave the window and the publication day was taken.',
            'window_days': 'Days from window_start to window_end, both counted; empty for an open window.',
            'subset_of_id': 'The tally this one is part of ("12 killed, among them 3 children"), in the same document.',
            'restates_id': 'An earlier tally in the same document that already counts these people.',
            'document': "Where the figure was read: body (the article) or comment (a reader's).",
            'comment_id': 'The comment, for a figure read in a reader comment.',
            'sentence_index': 'Position of the sentence in its document, from 0.',
            'sentence': 'The sentence the figure was read from.',
            'claim_id': 'The claim that carries the figure (claims.id); empty when the text attributes it to nobody.',
            'claimant': 'Who makes the claim ("Iranian outlets", "the outlet", "the reader").',
            'claimant_kind': 'outlet, official, organization, media, reports, reader or unattributed.',
            'stance': 'How the claimant holds it: asserts, confirms, denies, reports, rumour.',
            'claim_verb': 'The verb of attribution ("confirmed", "claimed", "tried to refute").',
            'claim_hedge': 'A word that weakens the claim.',
            'cites': 'Whom the claimant relays ("citing a military source").',
            'source': 'Who the figure is attributed to: the claimant, or the site when the outlet speaks in its own voice or no claim carries it.',
            'article_id': 'The article (articles.id).',
            'article_title': "The article's title.",
            'article_url': "The article's canonical URL.",
            'published_day': "The article's publication day, in the site's time zone.",
            'site_id': 'The site (sites.id).',
            'site_domain': 'The site\'s domain ("eaworldview.com").',
            'site_name': "The site's name, or its domain when it gives none.",
            'timeline_day': "The day the figure counts on in the timeline (its window_end); empty when it does not count there: a running total, a reader's figure, part of or a restatement of another figure, a denied figure, or a window open to the past or longer than 7 days.",
            'timeline_week': 'The Monday of the ISO week of timeline_day.',
            'extractor_version': 'Version of the extractor that read the figure.',
        },
    ),
    'new_figures': (
        'New (non-cumulative) casualty figures the outlets report, each once: reports of the same group, outcome, count and window are one figure, however many articles and outlets repeat it. Only figures that count in the timeline (tally_reports.timeline_day set). One row per distinct figure.',
        {
            'group_name': "Who (tally group_name); 'unspecified' when the text names nobody.",
            'nationality': 'Nationality or affiliation of the group.',
            'outcome': 'killed, wounded, captured or missing.',
            'count': 'How many (the lower end of a range).',
            'count_max': 'The upper end of a range; empty for a single number.',
            'window_start': 'First day the figure covers.',
            'window_end': 'Last day the figure covers.',
            'day': 'The day it counts on: window_end.',
            'week_start': 'The Monday of the ISO week of day.',
            'reports': 'How many tallies report this figure.',
            'articles': 'How many distinct articles report it.',
            'outlets': 'How many distinct sites report it.',
            'outlet_names': 'The sites that report it, alphabetically, comma-separated.',
            'first_published': 'The earliest publication day among the articles that report it.',
            'first_tally_id': 'The first tally that reports it, to look up its sentence.',
        },
    ),
    'timeline': (
        'New (non-cumulative) casualties per day and per ISO week, by group and outcome: the sum of the distinct figures (new_figures) whose day falls in the period, with how many reports, articles and outlets stand behind them. Different figures add up; repeated ones count once. One row per period, group and outcome.',
        {
            'period': 'day or week.',
            'period_start': 'The day, or the Monday that starts the week.',
            'group_name': "Who; 'unspecified' when the text names nobody.",
            'nationality': 'Nationality or affiliation of the group.',
            'outcome': 'killed, wounded, captured or missing.',
            'new_count': 'New casualties in the period: the sum of its distinct figures.',
            'figures': 'How many distinct figures make up new_count.',
            'reports': 'How many tallies report those figures.',
            'articles': 'How many distinct articles report them.',
            'outlets': 'How many distinct sites report them.',
            'outlet_names': 'The sites that report them, alphabetically, comma-separated.',
        },
    ),
    'running_totals': (
        'Every running total (cumulative figure) an outlet reports in an article body, except denied ones and restatements of a total the same article already gave. One row per reported total.',
        {
            'group_name': "Who; 'unspecified' when the text names nobody.",
            'nationality': 'Nationality or affiliation of the group.',
            'outcome': 'killed, wounded, captured or missing.',
            'total': 'The running total (the lower end of a range).',
            'total_max': 'The upper end of a range; empty for a single number.',
            'qualifier': 'How exact the total is (exact, at_least, ...).',
            'since': 'The first day the total counts from; empty when open.',
            'as_of': 'The last day the total covers.',
            'tally_id': 'The tally that states it.',
            'claim_id': 'The claim that carries it; empty when attributed to nobody.',
            'source': 'Who the total is attributed to.',
            'claimant': 'The claimant as written.',
            'stance': 'How the claimant holds it.',
            'sentence': 'The sentence that states it.',
            'article_id': 'The article that states it.',
            'article_title': "That article's title.",
            'article_url': "That article's URL.",
            'published_day': "That article's publication day.",
            'site_id': 'The site that published it.',
            'site_domain': "That site's domain.",
            'site_name': "That site's name.",
        },
    ),
    'latest_totals': (
        'The latest running total (running_totals) the outlets give per group and outcome, with the claim and article that state it, and the most recent earlier total with a different count. Latest means the furthest as-of day (window end), then the latest article. One row per group and outcome.',
        {
            'group_name': "Who; 'unspecified' when the text names nobody.",
            'nationality': 'Nationality or affiliation of the group.',
            'outcome': 'killed, wounded, captured or missing.',
            'total': 'The latest running total (the lower end of a range).',
            'total_max': 'The upper end of a range; empty for a single number.',
            'qualifier': 'How exact the total is (exact, at_least, ...).',
            'since': 'The first day the total counts from; empty when open.',
            'as_of': 'The last day the total covers.',
            'tally_id': 'The tally that states it.',
            'claim_id': 'The claim that carries it; empty when attributed to nobody.',
            'source': 'Who the total is attributed to.',
            'claimant': 'The claimant as written.',
            'stance': 'How the claimant holds it.',
            'sentence': 'The sentence that states it.',
            'article_id': 'The article that states it.',
            'article_title': "That article's title.",
            'article_url': "That article's URL.",
            'published_day': "That article's publication day.",
            'site_name': 'The site that published it.',
            'previous_total': 'The most recent earlier total for the same group and outcome with a different count.',
            'previous_as_of': 'The as-of day of previous_total.',
            'previous_source': 'Who previous_total is attributed to.',
            'previous_tally_id': 'The tally that states previous_total.',
            'reports': 'How many running totals were reported for this group and outcome.',
        },
    ),
    'disputed_figures': (
        'Pairs of outlet figures that disagree: the same group and outcome, different counts, from different sources, over windows that overlap and are of comparable length (neither more than twice the other; for running totals, the same start and as-of day). A lower bound the other count keeps ("at least 71" and 80) is no dispute, and neither is a vague one ("dozens"). Side a is the earlier tally. One row per pair.',
        {
            'group_name': 'Who, as side a names it.',
            'outcome': 'killed, wounded, captured or missing.',
            'cumulative': '1 when both are running totals, 0 when both count new casualties.',
            'a_tally_id': 'Side a: the tally.',
            'a_count': 'Side a: the count.',
            'a_count_max': 'Side a: the upper end of a range.',
            'a_qualifier': 'Side a: how exact the count is.',
            'a_window_start': 'Side a: first day covered.',
            'a_window_end': 'Side a: last day covered.',
            'a_source': 'Side a: who the figure is attributed to.',
            'a_stance': 'Side a: how the claimant holds it.',
            'a_article_id': 'Side a: the article.',
            'a_article_title': "Side a: the article's title.",
            'a_published_day': "Side a: the article's publication day.",
            'a_site_name': 'Side a: the site.',
            'a_sentence': 'Side a: the sentence.',
            'b_tally_id': 'Side b: the tally.',
            'b_count': 'Side b: the count.',
            'b_count_max': 'Side b: the upper end of a range.',
            'b_qualifier': 'Side b: how exact the count is.',
            'b_window_start': 'Side b: first day covered.',
            'b_window_end': 'Side b: last day covered.',
            'b_source': 'Side b: who the figure is attributed to.',
            'b_stance': 'Side b: how the claimant holds it.',
            'b_article_id': 'Side b: the article.',
            'b_article_title': "Side b: the article's title.",
            'b_published_day': "Side b: the article's publication day.",
            'b_site_name': 'Side b: the site.',
            'b_sentence': 'Side b: the sentence.',
            'difference': 'How far apart the two counts are.',
        },
    ),
    'denials': (
        "Every denial (a claim whose stance is 'denies') next to what it denies: figures of the same group and outcome over an overlapping window from another source (when the denial carries a figure), or else the claim by another claimant within three sentences of it in the same document that it most likely answers: the nearest rumour or report, else the nearest other claim (not the outlet's own). A denial with nothing found appears once, with the denied columns empty. One row per denial and denied item.",
        {
            'denial_claim_id': 'The denial (claims.id).',
            'denier': 'Who denies.',
            'denier_kind': 'What kind of claimant denies (official, organization, media, ...).',
            'denial_verb': 'The verb of the denial ("denied", "tried to refute").',
            'denial_sentence': 'The sentence of the denial.',
            'denial_window_start': 'First day the denial is about or was made, when stated.',
            'denial_window_end': 'Last day the denial is about or was made, when stated.',
            'document': 'Where the denial was read: body or comment.',
            'comment_id': 'The comment, for a denial in a reader comment.',
            'article_id': 'The article.',
            'article_title': "The article's title.",
            'article_url': "The article's URL.",
            'published_day': "The article's publication day.",
            'site_name': 'The site.',
            'match_kind': 'How the denied item was found: figure (same group, outcome and window) or nearby claim; empty when none was.',
            'denied_claim_id': 'The claim denied.',
            'denied_claimant': 'Who made the denied claim.',
            'denied_stance': "The denied claim's stance (rumour, reports, asserts, ...).",
            'denied_sentence': 'The sentence of the denied figure or claim.',
            'denied_tally_id': 'The figure denied, for a figure match.',
            'denied_count': 'Its count.',
            'denied_outcome': 'Its outcome.',
            'denied_group': 'Its group.',
            'denied_article_id': 'The article of the denied item.',
        },
    ),
    'comment_threads': (
        "Reader comments in thread order (replies under the comment they answer, at any depth), with the claims readers make in them and the figures those claims carry: what readers say, kept apart from the outlets' reporting. One row per comment and claim (one row with empty claim columns for a comment without claims); sort by article_id, thread_path to read threads in order.",
        {
            'article_id': 'The article the thread is under.',
            'article_title': "The article's title.",
            'article_url': "The article's URL.",
            'site_name': 'The site.',
            'comment_id': 'The comment (comments.id).',
            'external_id': "The site's own id for the comment.",
            'thread_id': 'The comment that starts the thread (a top-level comment).',
            'level': 'Depth in the thread: 0 for a top-level comment, 1 for a reply, and so on.',
            'thread_path': 'Positions from the top of the thread down to this comment, dot-separated; sorts threads in reading order.',
            'parent_id': 'The comment this one replies to.',
            'reply_to': 'The author of the comment this one replies to.',
            'author': 'Who wrote the comment.',
            'posted_at': 'When it was posted, UTC, ISO 8601.',
            'kind': 'comment, pingback or trackback.',
            'text': "The comment's text.",
            'claim_id': 'A claim made in the comment (claims.id).',
            'claimant': 'Who the claim is attributed to ("the reader", or whom the reader cites).',
            'stance': 'How the claim is held.',
            'claim_verb': 'The verb of attribution.',
            'cites': 'Whom the reader relays ("Reports state").',
            'claim_sentence': 'The sentence of the claim.',
            'figures': "The figures the claim carries, as 'count outcome (group)', separated by semicolons.",
        },
    ),
    'named_casualty_reports': (
        'Every report of a named casualty, with the person it was linked to (one person however the name is spelt) and the article and site it appeared in. One row per report.',
        {
            'report_id': 'The report (named_casualties.id).',
            'person_id': 'The person it names (people.id).',
            'person_name': "The person's name (casualty_people.name).",
            'reported_name': 'The name as this report spells it.',
            'title': 'Rank or title given ("Brigadier General").',
            'affiliation': 'Affiliation given ("Iranian").',
            'outcome': 'killed, wounded, captured or missing.',
            'hedge': 'A word that weakens the report ("apparently").',
            'document': 'body or comment.',
            'comment_id': 'The comment, for a report in a reader comment.',
            'sentence': 'The sentence of the report.',
            'article_id': 'The article.',
            'article_title': "The article's title.",
            'article_url': "The article's URL.",
            'published_day': "The article's publication day.",
            'site_id': 'The site.',
            'site_name': "The site's name.",
        },
    ),
    'casualty_people': (
        'People named as casualties, each once however many reports name them and however they spell the name ("Hamedani", "Hamadani"), with how many reports, articles and outlets name them. One row per person with at least one report.',
        {
            'person_id': 'The person (people.id).',
            'name': 'The name as spelt by the earliest article that names the person.',
            'reported_names': "Every spelling reports use, alphabetically, separated by ' / '.",
            'titles': "Every rank or title reports give, separated by ' / '.",
            'affiliations': "Every affiliation reports give, separated by ' / '.",
            'outcomes': "Every outcome reports give (killed, wounded, ...), separated by ' / '.",
            'reports': 'How many reports name the person.',
            'articles': 'How many distinct articles name the person.',
            'outlets': 'How many distinct sites name the person.',
            'reader_reports': "How many of the reports are readers' comments.",
            'first_reported': 'The earliest publication day of an article naming the person.',
            'last_reported': 'The latest publication day of an article naming the person.',
        },
    ),
}  # fmt: skip


def upgrade() -> None:
    op.create_table('people',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False, comment='The name as first reported.'),
    sa.Column('name_key', sa.String(length=255), nullable=False, comment='The name with ranks, case, accents and transliteration variants folded away.'),
    sa.Column('loose_key', sa.String(length=255), nullable=False, comment='name_key with short a and u made one: where near spellings are looked up.'),
    sa.Column('created_at', models.base.UTCDateTime(timezone=True), nullable=False, comment='When the person was first linked (UTC).'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people')),
    sa.UniqueConstraint('name_key', name=op.f('uq_people_name_key')),
    comment='People named as casualties, one row per person however many reports name them.'
    )
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_people_loose_key'), ['loose_key'], unique=False)

    with op.batch_alter_table('named_casualties', schema=None) as batch_op:
        batch_op.add_column(sa.Column('person_id', sa.Integer(), nullable=True, comment='The person this report names.'))
        batch_op.create_index(batch_op.f('ix_named_casualties_person_id'), ['person_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_named_casualties_person_id_people'), 'people', ['person_id'], ['id'], ondelete='SET NULL')

    dialect = op.get_bind().dialect.name
    for name, sql in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {sql(dialect)}")
    if dialect == "postgresql":
        for name, (about, columns) in DESCRIPTIONS.items():
            op.execute(sa.text(f"COMMENT ON VIEW {name} IS {_literal(about)}"))
            for column, text in columns.items():
                op.execute(sa.text(f"COMMENT ON COLUMN {name}.{column} IS {_literal(text)}"))


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def downgrade() -> None:
    for name in reversed(VIEWS):
        op.execute(f"DROP VIEW IF EXISTS {name}")

    with op.batch_alter_table('named_casualties', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_named_casualties_person_id_people'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_named_casualties_person_id'))
        batch_op.drop_column('person_id')

    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_people_loose_key'))

    op.drop_table('people')
