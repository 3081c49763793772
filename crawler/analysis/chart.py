"""The timeline as a picture: new casualties per week by group (stacked bars), the running totals
outlets give (step lines, right-hand scale), and disputed figures (red crosses).

``load_timeline`` reads the analyst views; ``draw_timeline`` turns what it read into a PNG with
matplotlib (the 'chart' extra), drawing off-screen.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text

OTHER = "other groups"
MAX_GROUPS = 6  # bars for the largest groups; the rest are stacked as OTHER
MAX_SERIES = 4  # step lines for the running totals reported most often


@dataclass(frozen=True, slots=True)
class ChartFilter:
    groups: tuple[str, ...] = ()  # only these groups; none: every group
    nationality: str | None = None
    outcome: str = "killed"
    site: str | None = None  # a site's domain: only figures it reports
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True, slots=True, order=True)
class WeekBar:
    week: date  # the Monday
    group: str
    count: int


@dataclass(frozen=True, slots=True, order=True)
class TotalPoint:
    as_of: date
    group: str
    total: int
    since: date | None  # totals counted from different days are different series

    @property
    def series(self) -> str:
        return f"{self.group}, total since {self.since:%-d %b %Y}" if self.since else f"{self.group}, running total"


@dataclass(frozen=True, slots=True, order=True)
class DisputePoint:
    day: date
    group: str
    low: int
    high: int
    cumulative: bool


@dataclass(slots=True)
class TimelineData:
    outcome: str
    weeks: list[WeekBar] = field(default_factory=list)
    totals: list[TotalPoint] = field(default_factory=list)
    disputes: list[DisputePoint] = field(default_factory=list)


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _where(
    chosen: ChartFilter, day: str, group: str, outcome: str = "outcome", nationality: str = "nationality"
) -> tuple[str, dict[str, Any]]:
    """SQL conditions for the filter on a relation whose columns are named."""
    conditions = [f"{outcome} = :outcome"]
    params: dict[str, Any] = {"outcome": chosen.outcome}
    if chosen.groups:
        names = {f"group_{i}": name for i, name in enumerate(chosen.groups)}
        conditions.append(f"{group} IN ({', '.join(':' + key for key in names)})")
        params |= names
    if chosen.nationality:
        conditions.append(f"{nationality} = :nationality")
        params["nationality"] = chosen.nationality
    if chosen.since:
        conditions.append(f"{day} >= :since")
        params["since"] = chosen.since.isoformat()
    if chosen.until:
        conditions.append(f"{day} <= :until")
        params["until"] = chosen.until.isoformat()
    return " AND ".join(conditions), params


def load_timeline(engine: Engine, chosen: ChartFilter) -> TimelineData:
    """What the chart shows, read from the views (a site filter keeps that site's reports only,
    each distinct figure once, as the timeline counts them)."""
    data = TimelineData(chosen.outcome)
    with engine.connect() as connection:
        if chosen.site is None:
            where, params = _where(chosen, "period_start", "group_name")
            weekly = connection.execute(
                text(f"SELECT period_start, group_name, new_count FROM timeline WHERE period = 'week' AND {where}"),
                params,
            )
        else:
            where, params = _where(chosen, "timeline_day", "COALESCE(group_name, 'unspecified')")
            weekly = connection.execute(
                text(
                    "SELECT week_start, group_name, SUM(count) FROM ("
                    " SELECT DISTINCT timeline_week AS week_start, COALESCE(group_name, 'unspecified') AS group_name,"
                    " count, count_max, window_start, window_end"
                    f" FROM tally_reports WHERE timeline_day IS NOT NULL AND site_domain = :site AND {where}"
                    ") figures GROUP BY week_start, group_name"
                ),
                params | {"site": chosen.site},
            )
        data.weeks = sorted(WeekBar(_day(week), group, int(count)) for week, group, count in weekly)

        where, params = _where(chosen, "as_of", "group_name")
        site = " AND site_domain = :site" if chosen.site else ""
        totals = connection.execute(
            text(f"SELECT as_of, group_name, total, since FROM running_totals WHERE {where}{site}"),
            params | ({"site": chosen.site} if chosen.site else {}),
        )
        data.totals = sorted(
            TotalPoint(_day(day), group, int(total), _day(since) if since is not None else None)
            for day, group, total, since in totals
        )

        where, params = _where(chosen, "d.a_window_end", "d.group_name", "d.outcome", "r.nationality")
        site = " AND r.site_domain = :site" if chosen.site else ""
        disputes = connection.execute(
            text(
                "SELECT DISTINCT d.a_tally_id, d.b_tally_id, d.a_window_end, d.group_name, d.a_count, d.b_count,"
                " d.cumulative FROM disputed_figures d"
                " JOIN tally_reports r ON r.tally_id IN (d.a_tally_id, d.b_tally_id)"
                f" WHERE {where}{site}"
            ),
            params | ({"site": chosen.site} if chosen.site else {}),
        )
        data.disputes = sorted(
            DisputePoint(_day(day), group, min(a, b), max(a, b), bool(cumulative))
            for _a, _b, day, group, a, b, cumulative in disputes
        )
    return data


def _largest_groups(weeks: list[WeekBar]) -> list[str]:
    sizes: dict[str, int] = defaultdict(int)
    for bar in weeks:
        sizes[bar.group] += bar.count
    return sorted(sizes, key=lambda group: (-sizes[group], group))[:MAX_GROUPS]


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def draw_timeline(data: TimelineData, output: Path, *, title: str | None = None) -> Path:
    """Write the chart of ``data`` to ``output`` (PNG)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.dates import date2num

    shown = _largest_groups(data.weeks)
    stacks: dict[str, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    for bar in data.weeks:
        stacks[bar.group if bar.group in shown else OTHER][bar.week] += bar.count
    weeks = sorted({bar.week for bar in data.weeks})

    figure, bars_axis = plt.subplots(figsize=(12, 7.5), dpi=100)
    colours = plt.get_cmap("tab10")
    bottom = {week: 0 for week in weeks}
    for index, group in enumerate([*shown, *([OTHER] if OTHER in stacks else [])]):
        heights = [stacks[group].get(week, 0) for week in weeks]
        bars_axis.bar(date2num(weeks), heights, width=5.5, align="edge", bottom=[bottom[w] for w in weeks],
                      color=colours(index % 10), label=f"{group} (new, per week)", alpha=0.85)  # fmt: skip
        for week, height in zip(weeks, heights):
            bottom[week] += height
    bars_axis.set_ylabel(f"new {data.outcome} per week")

    totals_axis = bars_axis.twinx()
    by_group: dict[str, list[TotalPoint]] = defaultdict(list)
    for point in data.totals:
        by_group[point.series].append(point)
    busiest = sorted(by_group, key=lambda name: (-len(by_group[name]), -max(p.total for p in by_group[name]), name))
    for index, series in enumerate(sorted(busiest[:MAX_SERIES])):
        points = by_group[series]
        days = [p.as_of for p in points]
        values = [p.total for p in points]
        totals_axis.step(date2num(days), values, where="post", linewidth=2, color=colours((index + 5) % 10),
                         marker="o", markersize=4, label=series)  # fmt: skip
    totals_axis.set_ylabel(f"running total {data.outcome}")
    totals_axis.set_ylim(bottom=0)

    for dispute in data.disputes:
        axis = totals_axis if dispute.cumulative else bars_axis
        x = dispute.day if dispute.cumulative else _monday(dispute.day) + timedelta(days=2.75)
        axis.plot(date2num([x, x]), [dispute.low, dispute.high], color="crimson", linewidth=1, linestyle=":")
        axis.scatter(date2num([x, x]), [dispute.low, dispute.high], marker="x", s=60, color="crimson", zorder=5)
    if data.disputes:
        bars_axis.scatter([], [], marker="x", s=60, color="crimson", label="disputed figure (both counts)")

    bars_axis.xaxis.set_major_locator(mdates.AutoDateLocator())
    bars_axis.xaxis.set_major_formatter(mdates.ConciseDateFormatter(bars_axis.xaxis.get_major_locator()))
    bars_axis.set_ylim(bottom=0)
    bars_axis.grid(axis="y", alpha=0.3)
    handles = bars_axis.get_legend_handles_labels()
    more = totals_axis.get_legend_handles_labels()
    bars_axis.legend(handles[0] + more[0], handles[1] + more[1], loc="upper center", bbox_to_anchor=(0.5, -0.12),
                     ncol=3, fontsize=8, frameon=False)
    bars_axis.set_title(title or f"New {data.outcome} per week by group, running totals and disputed figures")
    figure.autofmt_xdate()
    figure.tight_layout()
    output.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(output, format="png")
    plt.close(figure)
    return output
