"""The page-understanding dev sets split in two halves by site, beside the peers.

    cd /path/to/shared/benchmarks
    PYTHONPATH=/path/to/repo python -m benchmarks.split_eval --bench . [--sets body,dragnet,comments,dates]

Every page goes to half ``A`` (tune here) or ``B`` (held out) by a hash of its site (the host
without ``www.``), so that no site is in both. Per set and half it prints the project's figure
beside the peer's (trafilatura 2.3.1 for bodies and comment zones, htmldate extensive for dates)
and how many pages the peer gets right that the project gets wrong (body or comment page F1 at
least 0.8 for the peer and below it for us; the exact day for dates). The peers' outputs are
cached in ``--cache`` (they do not change); the project's are computed each run.
``--show PEERWINS`` lists those pages. The data stays in the benchmarks folder; this script only
reads it.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

RIGHT = 0.8


def half(url_or_site: str) -> str:
    host = urlsplit(url_or_site).hostname if "//" in url_or_site else url_or_site
    host = (host or url_or_site or "").lower()
    if host.startswith("www."):
        host = host[4:]
    return "AB"[hashlib.md5(host.encode()).digest()[0] % 2]


def _read(path: Path) -> bytes:
    raw = path.read_bytes()
    return gzip.decompress(raw) if path.suffix == ".gz" else raw


def _pages(bench: Path, name: str) -> list[dict]:
    """[{id, html_path, url, site, gold...}] of one set."""
    if name == "body":
        gold = json.loads((bench / "body/ground-truth.json").read_text("utf8"))
        return [{"id": k, "path": bench / f"body/html/{k}.html.gz", "url": v.get("url"),
                 "site": v.get("url") or k, "body": v["articleBody"]} for k, v in gold.items()]
    if name in ("dragnet", "comments"):
        fname = "ground-truth.json" if name == "dragnet" else "gold.json"
        gold = json.loads((bench / name / fname).read_text("utf8"))
        return [{"id": k, "path": bench / name / v.get("html", f"html/{k}.html.gz"), "url": v.get("url"),
                 "site": v.get("site") or v.get("url") or k, "body": v.get("body", v.get("articleBody")),
                 "comments": v.get("comments", "")} for k, v in gold.items()]
    if name == "dates":
        rows = [json.loads(line) for line in (bench / "dates/gold.jsonl").open(encoding="utf8") if line.strip()]
        return [{"id": str(r["id"]), "path": bench / "dates" / r["file"], "url": r.get("url"),
                 "site": r.get("url") or str(r["id"]), "date": r.get("date")} for r in rows]
    raise SystemExit(f"unknown set {name}")


def _decode_body(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _run(fn, pages, decode, with_url=True):
    out, spent = {}, 0.0
    for p in pages:
        html = decode(_read(p["path"]))
        t = time.process_time()
        try:
            out[p["id"]] = fn(html, p["url"] if with_url else None)
        except Exception as exc:  # a crash is an empty output, as in the scorers
            out[p["id"]] = None
            print(f"  error {p['id']}: {exc!r}"[:200], file=sys.stderr)
        spent += time.process_time() - t
    return out, spent


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, default=Path("."))
    ap.add_argument("--sets", default="body,dragnet,comments,dates")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/split_eval_cache"))
    ap.add_argument("--show", choices=["peerwins", "worst"], help="list pages per half")
    ap.add_argument("--half", choices=["A", "B"], help="only this half for --show")
    ap.add_argument("--json", type=Path, help="write per-page figures here")
    args = ap.parse_args(argv)
    bench = args.bench.resolve()
    sys.path.insert(0, str(bench))
    import benchlib as bl
    import trafilatura_baseline as peer
    sys.path.insert(0, str(bench / "dates"))
    from benchmarks import adapters
    args.cache.mkdir(parents=True, exist_ok=True)
    dump = {}

    for name in args.sets.split(","):
        pages = _pages(bench, name)
        cache = args.cache / f"{name}.json"
        if name == "dates":
            import score as dscore
            decode = dscore.decode
            ours, spent = _run(adapters.published, pages, decode, with_url=False)
            if cache.exists():
                theirs = json.loads(cache.read_text())
            else:
                theirs, _ = _run(dscore._htmldate(True), pages, decode, with_url=False)
                theirs = {k: dscore.normalize(v) for k, v in theirs.items()}
                cache.write_text(json.dumps(theirs))
            ours = {k: dscore.normalize(v) for k, v in ours.items()}
            per = {p["id"]: (ours[p["id"]] == p["date"], theirs[p["id"]] == p["date"]) for p in pages}
            print(f"{name}: {len(pages)} pages, {spent / len(pages) * 1000:.1f} ms/page (ours)")
            for h in "AB":
                ids = [p["id"] for p in pages if half(p["site"]) == h]
                acc = sum(per[i][0] for i in ids) / len(ids)
                pacc = sum(per[i][1] for i in ids) / len(ids)
                wins = [i for i in ids if per[i][1] and not per[i][0]]
                losses = [i for i in ids if per[i][0] and not per[i][1]]
                print(f"  half {h} ({len(ids)}): accuracy {acc:.3f}  htmldate {pacc:.3f}  "
                      f"peer right/we wrong {len(wins)}  we right/peer wrong {len(losses)}")
                if args.show and (not args.half or args.half == h):
                    gold = {p["id"]: p for p in pages}
                    for i in wins:
                        print(f"    {i}: gold {gold[i]['date']} ours {ours[i]} htmldate {theirs[i]}  {gold[i]['url']}")
            dump[name] = {i: {"ours": ours[i], "peer": theirs[i]} for i in ours}
            continue

        page_fn = name == "comments"
        ours, spent = _run(adapters.page if page_fn else adapters.body, pages, _decode_body)
        if cache.exists():
            theirs = json.loads(cache.read_text())
        else:
            theirs, _ = _run(peer.page if page_fn else peer.body, pages, _decode_body)
            cache.write_text(json.dumps(theirs))

        def body_of(o):
            return (o.get("body") if isinstance(o, dict) else o) or ""

        def com_of(o):
            return "\n".join(c["text"] or "" for c in (o or {}).get("comments", [])) if isinstance(o, dict) else ""

        print(f"{name}: {len(pages)} pages, {spent / len(pages) * 1000:.1f} ms/page (ours)")
        rows = {}
        for p in pages:
            i = p["id"]
            rows[i] = {"body": (bl.aggregate([bl.page_counts(p["body"], body_of(ours[i]))])["f1"],
                                bl.aggregate([bl.page_counts(p["body"], body_of(theirs[i]))])["f1"])}
            if page_fn:
                rows[i]["comments"] = (bl.aggregate([bl.page_counts(p["comments"], com_of(ours[i]))])["f1"],
                                       bl.aggregate([bl.page_counts(p["comments"], com_of(theirs[i]))])["f1"])
        for h in "AB":
            sel = [p for p in pages if half(p["site"]) == h]
            line = f"  half {h} ({len(sel)}):"
            for what in (["body", "comments"] if page_fn else ["body"]):
                f_o = bl.aggregate([bl.page_counts(p[what], (com_of if what == "comments" else body_of)(ours[p["id"]])) for p in sel])["f1"]
                f_t = bl.aggregate([bl.page_counts(p[what], (com_of if what == "comments" else body_of)(theirs[p["id"]])) for p in sel])["f1"]
                wins = [p["id"] for p in sel if rows[p["id"]][what][1] >= RIGHT > rows[p["id"]][what][0]]
                losses = [p["id"] for p in sel if rows[p["id"]][what][0] >= RIGHT > rows[p["id"]][what][1]]
                line += f"  {what} F1 {f_o:.3f} trafilatura {f_t:.3f} peer-right/we-wrong {len(wins)} (we-right/peer-wrong {len(losses)})"
                if what == "comments":
                    with_gold = [p for p in sel if bl.tokens(p["comments"])]
                    found = sum(1 for p in with_gold if bl.tokens(com_of(ours[p["id"]])))
                    pfound = sum(1 for p in with_gold if bl.tokens(com_of(theirs[p["id"]])))
                    line += f"  found {found}/{len(with_gold)} (trafilatura {pfound})"
                if args.show and (not args.half or args.half == h):
                    lst = wins if args.show == "peerwins" else sorted((p["id"] for p in sel), key=lambda i: rows[i][what][0])[:15]
                    line += "\n    " + what + ": " + " ".join(f"{i}({rows[i][what][0]:.2f}/{rows[i][what][1]:.2f})" for i in lst)
            print(line)
        dump[name] = rows
    if args.json:
        args.json.write_text(json.dumps(dump))


if __name__ == "__main__":
    main()
