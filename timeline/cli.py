"""Command line: a thin layer over the library (``timeline.build``, ``extract_events``).

Exit codes: 0 success, 2 bad usage or unusable input, 1 other failures. Errors
are one line naming the file or ticker and what to do; no tracebacks for user
mistakes (set ``TIMELINE_DEBUG=1`` to see one for unexpected errors).
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
import traceback
from pathlib import Path

import click

from .errors import TimelineError


def _err(msg: str) -> None:
    click.echo(msg, err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="timeline")
def cli() -> None:
    """Turn news articles into a dated, market-linked timeline and chart."""


@cli.command("events")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date to resolve relative dates against.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "table"]), default="table", show_default=True)
def events_cmd(paths: tuple[Path, ...], published: str | None, fmt: str) -> None:
    """Print the dated events found in article files (or folders of them)."""
    from .articles import read_articles
    from .events import extract_events

    arts = read_articles(list(paths), published=published)
    evs = extract_events(arts, warn=lambda m: _err(f"warning: {m}"))
    keys = ["date", "start", "end", "granularity", "kind", "title", "tickers", "quote", "source", "published",
            "amount", "currency", "percent", "direction", "date_basis", "id"]
    if fmt == "jsonl":
        for e in evs:
            rec = e.to_record()
            click.echo(json.dumps({k: rec[k] for k in keys}, ensure_ascii=False))
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=keys, lineterminator="\n")
        w.writeheader()
        for e in evs:
            rec = e.to_record()
            rec["tickers"] = ";".join(rec["tickers"])
            w.writerow({k: rec[k] for k in keys})
        click.echo(buf.getvalue(), nl=False)
    else:
        for e in evs:
            span = e.date.isoformat() if e.start == e.end else f"{e.date} ({e.granularity} {e.start}..{e.end})"
            tick = ",".join(e.tickers) or "-"
            click.echo(f"{span:<38} {e.kind:<14} {tick:<10} {e.title}  [{e.source}]")


@cli.command("build")
@click.argument("more_articles", nargs=-1, type=click.Path(path_type=Path))
@click.option("--articles", "articles", multiple=True, type=click.Path(path_type=Path),
              help="Article file or folder (repeatable; default: seeds/).")
@click.option("--tickers", help="Comma-separated Yahoo symbols (default: those the events name, plus peers).")
@click.option("--benchmark", help="Benchmark symbol (default: ^NDX online, QQQ offline).")
@click.option("--start", metavar="YYYY-MM-DD")
@click.option("--end", metavar="YYYY-MM-DD")
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date for articles without one.")
@click.option("--events", "events_file", type=click.Path(path_type=Path),
              help="A CSV or TOML file of your own events to add.")
@click.option("--out", default="output", show_default=True, type=click.Path(path_type=Path))
@click.option("--offline", is_flag=True, help="Never touch the network: cache, then the snapshot.")
@click.option("--cache-dir", type=click.Path(path_type=Path), help="Price cache folder (or TIMELINE_CACHE_DIR).")
@click.option("--no-cache", is_flag=True, help="Do not read or write the price cache.")
@click.option("--width", default=12.0, show_default=True, help="Chart width in inches.")
@click.option("--dpi", default=150, show_default=True, help="PNG resolution.")
@click.option("--pdf", is_flag=True, help="Also write timeline.pdf.")
@click.option("--volume", is_flag=True, help="Add a volume panel under the prices.")
@click.option("--log", "log_scale", is_flag=True, help="Logarithmic price axis.")
@click.option("--index-to", "index_to", metavar="YYYY-MM-DD", help="Index the lines to 100 at this date.")
@click.option("--quiet", "-q", is_flag=True, help="Only errors; no progress bar.")
def build_cmd(
    more_articles: tuple[Path, ...], articles: tuple[Path, ...], tickers: str | None, benchmark: str | None,
    start: str | None, end: str | None, published: str | None, events_file: Path | None, out: Path, offline: bool,
    cache_dir: Path | None,
    no_cache: bool, width: float, dpi: int, pdf: bool, volume: bool, log_scale: bool, index_to: str | None,
    quiet: bool,
) -> None:
    """Run the whole pipeline and write the chart and CSVs to --out."""
    from .pipeline import build

    notes: list[str] = []
    tl = build(
        list(articles) + list(more_articles) or None,
        tickers=tickers, start=start, end=end, offline=offline, benchmark=benchmark, published=published,
        events=events_file,
        cache=False if no_cache else cache_dir, notify=notes.append, progress=False if quiet else None,
    )
    if not quiet:
        for n in notes:
            _err(n if n.startswith("warning") else f"note: {n}")
        from .prices import describe_sources

        for line in describe_sources(tl.prices):
            _err(f"prices from {line}")
    formats = ["png", "svg"] + (["pdf"] if pdf else [])
    written = tl.save(out, formats=formats, width=width, dpi=dpi, volume=volume, log=log_scale,
                      normalize=index_to or None)
    if not quiet:
        _err(f"{len(tl.events)} events, {len(tl.frame)} sessions")
        for p in written.values():
            click.echo(str(p))


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the CLI and map errors to exit codes and one-line messages."""
    try:
        cli.main(args=argv, prog_name="timeline", standalone_mode=False)
        return 0
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        return 2
    except click.exceptions.Abort:
        _err("aborted")
        return 130
    except TimelineError as exc:
        _err(f"error: {exc}")
        return exc.exit_code
    except KeyboardInterrupt:
        _err("interrupted; no output file was half-written")
        return 130
    except Exception as exc:  # a bug, not a user mistake: say so plainly
        if os.environ.get("TIMELINE_DEBUG"):
            traceback.print_exc()
        _err(f"error: unexpected {type(exc).__name__}: {exc} (set TIMELINE_DEBUG=1 for the traceback and report it)")
        return 1


if __name__ == "__main__":
    sys.exit(main())
