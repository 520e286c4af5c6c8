"""``extract`` and ``eval``: leadership-change events out of documents, and their score."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rich.table import Table

from peoplemoves.cli.console import error, out, progress
from peoplemoves.cli.ingest_commands import add_input_options, add_work_options
from peoplemoves.evaluation import score_document, summarize
from peoplemoves.evaluation.names import score_names
from peoplemoves.evaluation.scoring import EvalReport
from peoplemoves.extract import DocumentExtraction
from peoplemoves.ingest import CleanDocument, Rejection, iter_documents
from peoplemoves.pipeline import clean_all, process_all, safe_extract
from peoplemoves.resolve import resolve_documents, source_document


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("extract", help="print people, organizations and leadership-change events")
    add_input_options(p)
    add_work_options(p)
    p.add_argument("--json", action="store_true", help="one JSON object per document (GOLD-FORMAT)")
    p.set_defaults(run=run_extract)

    p = commands.add_parser("eval", help="score extraction against gold annotations (X.txt beside X.json)")
    p.add_argument("gold_dir", type=Path, metavar="GOLD_DIR")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--errors", action="store_true", help="list misses, false alarms and wrong fields")
    p.set_defaults(run=run_eval)


def run_extract(args: argparse.Namespace) -> int:
    rejected = 0
    done: list[tuple[CleanDocument, DocumentExtraction]] = []
    items = iter_documents(args.paths, max_bytes=args.max_size)
    for _, result in progress(process_all(items, jobs=args.jobs, budget=args.time_budget), "extracting"):
        if isinstance(result, Rejection):
            rejected += 1
            error(result.line())
            continue
        done.append((result.doc, result.extraction))
    # All files of one call are resolved together: one canonical name per person, stories across them.
    apply_resolution(done)
    for _, result in done:
        if args.json:
            sys.stdout.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
        else:
            _print_extraction(result)
    sys.stdout.flush()
    return 1 if rejected else 0


def apply_resolution(done: list[tuple[CleanDocument, DocumentExtraction]]) -> None:
    """Rename people and organizations to their resolved canonical names and set each story."""
    if not done:
        return
    res = resolve_documents([source_document(doc, ex) for doc, ex in done])
    # every (document, name) key once, grouped by document: not all keys again for each document
    renames: dict[str, dict[str, str]] = {}
    for (doc_id, name), ident in [*res.person_of.items(), *res.org_of.items()]:
        renames.setdefault(doc_id, {})[name] = res.entity(ident).name
    for doc, ex in done:
        ex.story = res.story_of.get(doc.doc_id)
        rename = renames.get(doc.doc_id, {})
        for e in ex.events:
            e.person = rename.get(e.person, e.person)
            e.org = rename.get(e.org, e.org) if e.org else e.org
        for ent in [*ex.people, *ex.orgs]:
            ent.name = rename.get(ent.name, ent.name)


def _print_extraction(result: DocumentExtraction) -> None:
    title = f"{result.doc_id}  published {result.published or 'unknown'}  languages {', '.join(result.languages)}"
    table = Table(title=title, title_justify="left", show_lines=False)
    for column in ("kind", "person", "organization", "role", "cause", "date", "status", "evidence"):
        table.add_column(column, overflow="fold")
    for e in result.events:
        kind = e.kind.replace("_position", "").replace("leave_of_absence", "leave")
        if e.interim:
            kind += " (interim)"
        table.add_row(kind, e.person, e.org or "", e.role or "", e.cause or "", e.date or "", e.status,
                      e.evidence[:120])
    out.print(table)
    if not result.events:
        out.print("  no leadership change found")


def gold_pairs(gold_dir: Path) -> list[tuple[Path, Path]]:
    pairs = []
    for gold in sorted(gold_dir.rglob("*.json")):
        for ext in (".txt", ".html", ".htm"):
            text = gold.with_suffix(ext)
            if text.is_file():
                pairs.append((text, gold))
                break
    return pairs


def run_eval(args: argparse.Namespace) -> int:
    if not args.gold_dir.is_dir():
        error(f"rejected {args.gold_dir}: not a folder")
        return 1
    pairs = gold_pairs(args.gold_dir)
    if not pairs:
        error(f"rejected {args.gold_dir}: no X.txt with an X.json beside it")
        return 1
    scores = []
    name_pairs: list[tuple[dict, dict]] = []
    failures = 0
    for text_path, gold_path in progress(pairs, "scoring", total=len(pairs)):
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            error(f"rejected {gold_path}: gold file is not valid JSON ({exc})")
            failures += 1
            continue
        items = list(clean_all([text_path]))
        result = items[0] if items else Rejection(str(text_path), "nothing read")
        if not isinstance(result, Rejection):
            result = safe_extract(result)
        if isinstance(result, Rejection):
            error(result.line())
            failures += 1
            output: dict = {"doc_id": text_path.stem, "events": []}
        else:
            output = result.to_json()
        scores.append(score_document(gold, output))
        name_pairs.append((gold, output))
    report = summarize(scores)
    names = score_names(name_pairs)  # each article on its own, as the events are scored
    if args.json:
        data = report.to_json(errors=args.errors)
        data["names"] = names.to_json()
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        _print_report(report, args.errors)
        out.print(f"names as people write them (people of gold events): {names.share:.3f} "
                  f"({names.right}/{names.total})")
    return 1 if failures else 0


def _print_report(report: EvalReport, errors: bool) -> None:
    table = Table(title=f"event extraction on {len(report.documents)} documents", title_justify="left")
    for column in ("scope", "precision", "recall", "F1", "tp", "gold", "output"):
        table.add_column(column, justify="right" if column != "scope" else "left")
    rows = [("overall", report.overall), *sorted(report.by_language.items())]
    for name, prf in rows:
        table.add_row(name, f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}", str(prf.tp),
                      str(prf.gold), str(prf.output))
    out.print(table)
    for name, (right, n) in report.accuracy.items():
        out.print(f"{name} accuracy on matched events: {right / n if n else 0:.3f} ({right}/{n})")
    if errors:
        data = report.to_json(errors=True)
        for doc in data.get("errors", []):
            out.print(f"[bold]{doc['doc_id']}[/bold]")
            for label, events in (("miss", doc["misses"]), ("false alarm", doc["false_alarms"])):
                for e in events:
                    evidence = (e.get("evidence") or "")[:90]
                    out.print(f"  {label:<11} {e['kind']:<17} {e['person']} @ {e.get('org')}  | {evidence}")
            for w in doc["wrong_fields"]:
                out.print(f"  wrong       {w['kind']:<17} {w['person']} @ {w.get('org')}: {w['fields']}")
