"""Command line: ``python -m timeline [--config FILE] [--input PATH ...] [--out DIR]``.

A thin layer over ``timeline.pipeline``: it parses arguments, builds the
options, runs, and turns library errors into one-line messages.
Exit codes: 0 success, 1 nothing usable, 2 usage or config error.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from typing import Sequence

from timeline.config import ConfigError, Options, load_options
from timeline.pipeline import run

log = logging.getLogger("timeline")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command-line arguments; ``argv`` defaults to ``sys.argv[1:]``."""
    parser = argparse.ArgumentParser(
        prog="python -m timeline",
        description="Turn dated news articles into a deduplicated, sourced timeline.",
    )
    parser.add_argument("--config", metavar="FILE",
                        help="YAML configuration (default: ./config.yaml if present)")
    parser.add_argument("--input", metavar="PATH", action="append",
                        help="article file, folder or glob; repeat for several "
                             "(default: the config's 'input')")
    parser.add_argument("--out", metavar="DIR",
                        help="folder for the reports (default: the config's 'output')")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more logging")
    parser.add_argument("-q", "--quiet", action="store_true", help="only errors")
    return parser.parse_args(argv)


def process_args(args: argparse.Namespace) -> Options:
    """Options from the config file with the command line's overrides applied."""
    inputs = tuple(args.input) if args.input else None
    return load_options(args.config, inputs=inputs, output=args.out)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the whole job; returns the process exit code."""
    args = parse_args(argv)
    level = logging.ERROR if args.quiet else logging.DEBUG if args.verbose else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s: %(message)s")
    try:
        options = process_args(args)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    timeline = run(options)
    elapsed = time.perf_counter() - started
    if not timeline.documents:
        print(f"error: no usable articles in {', '.join(options.inputs)}", file=sys.stderr)
        return 1
    if not args.quiet:
        print(f"read {len(timeline.documents)} articles, skipped {len(timeline.skipped)}; "
              f"{len(timeline.mentions)} mentions -> {len(timeline.events)} events "
              f"in {options.output} ({elapsed:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
