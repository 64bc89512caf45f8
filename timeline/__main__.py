"""Command line: ``python -m timeline [--config FILE] [--input PATH ...] [--out DIR]``.

A thin layer over ``timeline.pipeline``: it parses arguments, builds the
options, runs, and turns library errors into one-line messages.
Exit codes: 0 success, 1 nothing usable or a ``--strict`` failure, 2 usage or
config error, 130 interrupted (Ctrl-C or SIGTERM; the previous reports stay).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import signal
import sys
import time
from datetime import date
from typing import Iterator, Sequence

from timeline.config import ConfigError, Options, load_options
from timeline.pipeline import (NoUsableArticles, StrictFailure, UnsafeOutput, check, run,
                               skip_kinds, summary_line)

log = logging.getLogger("timeline")

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
_NOISY_LIBRARIES = ("trafilatura", "htmldate", "charset_normalizer", "courlan")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date YYYY-MM-DD") from None


def _megabytes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value > 0:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of megabytes above 0")
    return value


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used to check that every option is documented)."""
    parser = argparse.ArgumentParser(
        prog="python -m timeline",
        description="Turn dated news articles into a deduplicated, sourced timeline.",
        epilog="Inputs: .txt/.md ('date: YYYY-MM-DD' first line or YAML front matter), "
               ".html/.htm, .rss/.atom/.xml feeds, .csv/.tsv, .json, .jsonl/.ndjson, "
               "and - for JSON Lines on standard input. Exit codes: 0 success, "
               "1 nothing usable or --strict failure, 2 usage or config error.",
    )
    parser.add_argument("--config", metavar="FILE",
                        help="YAML configuration (default: ./config.yaml if present)")
    parser.add_argument("--input", metavar="PATH", action="append",
                        help="article file, folder (read recursively), glob, or - for JSON "
                             "Lines on standard input; repeat for several "
                             "(default: the config's 'input')")
    parser.add_argument("--out", metavar="DIR",
                        help="folder for the reports, replaced only once complete "
                             "(default: the config's 'output')")
    parser.add_argument("--strict", action="store_true", default=None,
                        help="fail (exit 1, nothing written) if any input is skipped")
    parser.add_argument("--default-date", metavar="YYYY-MM-DD", type=_iso_date,
                        help="publication date for articles that give none "
                             "(config: ingest.default_date)")
    parser.add_argument("--max-file-mb", metavar="MB", type=_megabytes,
                        help="refuse whole-file inputs larger than this "
                             "(config: limits.max_file_mb, default 20)")
    parser.add_argument("--max-line-mb", metavar="MB", type=_megabytes,
                        help="skip JSON Lines or CSV lines longer than this "
                             "(config: limits.max_line_mb, default 1)")
    parser.add_argument("--check", action="store_true",
                        help="only read the inputs: report what would be used and skipped, "
                             "write nothing (exit codes as for a run)")
    parser.add_argument("--no-progress", action="store_true",
                        help="no progress bar (it only shows on a terminal, outside CI)")
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="more logging: -v for each file's decisions, -vv for debugging")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="only errors: no skip warnings, no summary line")
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command-line arguments; ``argv`` defaults to ``sys.argv[1:]``."""
    return build_parser().parse_args(argv)


def process_args(args: argparse.Namespace) -> Options:
    """Options from the config file with the command line's overrides applied."""
    inputs = tuple(args.input) if args.input else None
    return load_options(args.config, **{
        "inputs": inputs, "output": args.out, "strict": args.strict,
        "ingest.default_date": args.default_date,
        "limits.max_file_mb": args.max_file_mb, "limits.max_line_mb": args.max_line_mb,
    })


def _configure_logging(verbose: int, quiet: bool) -> None:
    level = (logging.ERROR if quiet else logging.DEBUG if verbose > 1
             else logging.INFO if verbose else logging.WARNING)
    logging.basicConfig(level=level, format="%(levelname)s: %(message)s", force=True)
    for name in _NOISY_LIBRARIES:  # their INFO lines are about their internals
        logging.getLogger(name).setLevel(level if verbose > 1 else max(level, logging.WARNING))


def _show_progress(args: argparse.Namespace) -> bool:
    return (not args.quiet and not args.no_progress and sys.stderr.isatty()
            and not os.environ.get("CI"))


@contextlib.contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM (a killed CI job, ``kill``) unwinds like Ctrl-C, so the half-written
    staging folder is removed and the previous reports stay in place."""
    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the whole job; returns the process exit code."""
    try:
        args = parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error argparse already explained
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    _configure_logging(args.verbose, args.quiet)
    try:
        options = process_args(args)
    except ConfigError as exc:
        for line in str(exc).splitlines():
            print(f"error: {line}", file=sys.stderr)
        return EXIT_USAGE
    started = time.perf_counter()
    try:
        with _terminate_as_interrupt():
            job = check if args.check else run
            timeline = job(options, progress=_show_progress(args))
    except KeyboardInterrupt:
        print(f"error: interrupted; {options.output} was left as it was", file=sys.stderr)
        return EXIT_INTERRUPTED
    except (NoUsableArticles, StrictFailure) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except UnsafeOutput as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        print(f"error: cannot write the reports to {options.output} "
              f"({exc.strerror or exc})", file=sys.stderr)
        return EXIT_FAILED
    if timeline.skipped:
        log.warning("skipped %d inputs: %s", len(timeline.skipped), skip_kinds(timeline.skipped))
    if not args.quiet:
        print(summary_line(timeline, options, time.perf_counter() - started))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
