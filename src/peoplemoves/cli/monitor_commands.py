"""``sources``, ``watch`` and ``alerts``: follow news sources and hear when someone moves."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from peoplemoves.cli.console import err, error, out
from peoplemoves.cli.ingest_commands import add_db_option, open_store
from peoplemoves.extract.records import KINDS


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("sources", help="news sources to follow: add, list, remove")
    sub = p.add_subparsers(dest="action", metavar="ACTION")
    a = sub.add_parser("add", help="follow a feed (RSS, Atom, JSON Feed), a news sitemap or a page")
    a.add_argument("url")
    a.add_argument("--name")
    a.add_argument("--lang", help="the source's language, when known (a hint; each article is still identified)")
    a.add_argument("--every", default="15m", help="poll interval: 90s, 15m, 2h, 1d (default 15m)")
    add_db_option(a)
    a.set_defaults(run=run_sources_add)
    ls = sub.add_parser("list", help="the sources followed, with what their last poll did")
    ls.add_argument("--json", action="store_true")
    add_db_option(ls)
    ls.set_defaults(run=run_sources_list)
    rm = sub.add_parser("remove", help="stop following a source (by URL or id)")
    rm.add_argument("source")
    add_db_option(rm)
    rm.set_defaults(run=run_sources_remove)

    w = commands.add_parser("watch", help="poll the sources, ingest new articles, resolve, raise alerts")
    w.add_argument("--once", action="store_true", help="one round over every source, then stop")
    w.add_argument("--webhook", help="POST every alert here (JSON, signed with --secret-file)")
    w.add_argument("--secret-file", type=Path, help="file holding the webhook's HMAC-SHA256 secret")
    w.add_argument("--timeout", type=float, default=10.0, help="seconds per request (default 10)")
    w.add_argument("--host-interval", type=float, default=1.0,
                   help="seconds between two requests to one host (default 1)")
    add_db_option(w)
    w.set_defaults(run=run_watch)

    al = commands.add_parser("alerts", help="watch rules (add, list, remove) and the alerts they raised")
    sub = al.add_subparsers(dest="action", metavar="ACTION")
    a = sub.add_parser("add", help="alert on moves of an organization, a person and/or a role")
    a.add_argument("--org")
    a.add_argument("--person")
    a.add_argument("--role")
    a.add_argument("--kind", choices=KINDS)
    a.add_argument("--webhook", help="POST this rule's alerts here")
    add_db_option(a)
    a.set_defaults(run=run_alerts_add)
    ls = sub.add_parser("list", help="the rules, and the alerts raised, newest first")
    ls.add_argument("--json", action="store_true")
    ls.add_argument("--limit", type=int, default=50)
    add_db_option(ls)
    ls.set_defaults(run=run_alerts_list)
    rm = sub.add_parser("remove", help="remove a rule by its id")
    rm.add_argument("rule", type=int)
    add_db_option(rm)
    rm.set_defaults(run=run_alerts_remove)


def _monitor(store):
    from peoplemoves.monitor import MonitorStore

    return MonitorStore(store.db)


def run_sources_add(args: argparse.Namespace) -> int:
    from peoplemoves.monitor.state import parse_every

    if not args.url.startswith(("http://", "https://")):
        error(f"rejected {args.url}: a source is an http(s) URL")
        return 2
    try:
        every = parse_every(args.every)
    except ValueError as exc:
        error(str(exc))
        return 2
    with open_store(args) as store:
        source = _monitor(store).add_source(args.url, args.name, args.lang, every)
    print(f"following {source.name} ({source.url}), every {source.every_s // 60} min", file=sys.stderr)
    return 0


def run_sources_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        sources = _monitor(store).sources()
    if args.json:
        sys.stdout.write(json.dumps([vars(s) for s in sources], ensure_ascii=False, indent=2) + "\n")
        return 0
    if not sources:
        out.print("no sources followed (add one with `peoplemoves sources add URL`)")
    for s in sources:
        out.print(f"{s.id}  {s.name}  every {s.every_s // 60} min  last: {s.last_polled or 'never'}  "
                  f"{s.last_status}" + (f"  ({s.failures} failures in a row)" if s.failures else ""),
                  markup=False, highlight=False)
    return 0


def run_sources_remove(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        removed = _monitor(store).remove_source(int(args.source) if args.source.isdigit() else args.source)
    if not removed:
        error(f"no source {args.source!r}")
        return 1
    return 0


def run_alerts_add(args: argparse.Namespace) -> int:
    from peoplemoves.monitor import match_alerts
    from peoplemoves.serve.db import open_readonly

    if not (args.org or args.person or args.role):
        error("an alert rule needs --org, --person or --role")
        return 2
    with open_store(args) as store:
        monitor = _monitor(store)
        rule = monitor.add_rule(args.org, args.person, args.role, args.kind, args.webhook)
        db = open_readonly(store.path)
        try:
            # what the record already holds is the rule's starting point, not news
            known = len(match_alerts(monitor, db, baseline=True)) if _has_record(db) else 0
        finally:
            db.close()
    print(f"rule {rule} added; {known} moves already on record will not be alerted", file=sys.stderr)
    return 0


def _has_record(db) -> bool:
    return db.execute("SELECT name FROM sqlite_master WHERE name = 'facts'").fetchone() is not None


def run_alerts_list(args: argparse.Namespace) -> int:
    from peoplemoves.monitor import AlertRule

    with open_store(args) as store:
        monitor = _monitor(store)
        rules = [AlertRule(*r) for r in monitor.rules()]
        alerts = [a for a in monitor.alerts(args.limit * 4) if not a.get("baseline")][: args.limit]
    if args.json:
        data = {"rules": [vars(r) for r in rules], "alerts": alerts}
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0
    for r in rules:
        out.print(f"rule {r.id}: {r.describe()}" + (f" → {r.webhook}" if r.webhook else ""), markup=False)
    for a in alerts:
        where = f" at {a['org']}" if a.get("org") else ""
        out.print(f"{a.get('date') or 'undated'}  {a['person']} {a['kind'].replace('_', ' ')}{where}"
                  f" ({a.get('role') or 'role not given'}, {a['status']})", markup=False, highlight=False)
    if not rules:
        out.print("no alert rules (add one with `peoplemoves alerts add --org NAME`)")
    return 0


def run_alerts_remove(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if not _monitor(store).remove_rule(args.rule):
            error(f"no rule {args.rule}")
            return 1
    return 0


def run_watch(args: argparse.Namespace) -> int:
    from peoplemoves.monitor import Fetcher, deliver, match_alerts, poll
    from peoplemoves.resolve import resolve_changes
    from peoplemoves.serve.db import open_readonly

    secret = None
    if args.secret_file:
        try:
            secret = args.secret_file.read_bytes().strip()
        except OSError as exc:
            error(f"rejected {args.secret_file}: {exc.strerror or exc}")
            return 2
    fetcher = Fetcher(timeout_s=args.timeout, min_interval_s=max(0.0, args.host_interval))
    failed = False
    try:
        while True:
            with open_store(args) as store:
                monitor = _monitor(store)
                if not monitor.sources():
                    error("no sources to watch (add one with `peoplemoves sources add URL`)")
                    return 1
                report = poll(store, monitor, fetcher, force=args.once,
                              progress=lambda line: err.print(line, markup=False, highlight=False))
                for one in report.sources:
                    err.print(f"{one.source}: {one.status}", markup=False, highlight=False)
                alerts = []
                if report.added:
                    # only what the new articles touch; a full rebuild when that is not cheaper
                    err.print(resolve_changes(store).line(), markup=False, highlight=False)
                    db = open_readonly(store.path)
                    try:
                        alerts = match_alerts(monitor, db)
                    finally:
                        db.close()
                hooks = {r[0]: r[5] for r in monitor.rules()}
                failures = deliver(alerts, monitor, args.webhook, secret, rule_hooks=hooks)
                for line in report.failures + failures:
                    error(line)
                failed = bool(report.failures or failures)
                err.print(f"watch: {report.added} new articles, {len(alerts)} alerts", markup=False)
                pause = min((s.every_s for s in monitor.sources()), default=900)
            if args.once:
                return 1 if failed else 0
            time.sleep(max(30, min(pause, 900)))
    finally:
        fetcher.close()
