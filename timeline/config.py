"""One validated options object, built from ``config.yaml`` plus CLI overrides.

Nothing else in the package reads the YAML: stages receive ``Options``.
"""

from __future__ import annotations

import glob
from dataclasses import dataclass, field, fields, replace
from datetime import date
from pathlib import Path
from typing import Any, Callable

import yaml


class ConfigError(ValueError):
    """A problem with the configuration: one line per problem, each naming the
    file, the key and the expected form."""


ARTICLE_FIELDS: tuple[str, ...] = ("id", "date", "text", "title", "url", "source", "language")
"""The fields of an article in CSV, JSON and JSON Lines input."""

DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "date": ("date", "published", "published_at", "publishedAt", "pubDate"),
    "text": ("text", "body", "content"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "source": ("source", "outlet", "publisher"),
    "language": ("language", "lang"),
}
"""For each article field, the column (or JSON key) names accepted for it, first
present wins. ``ingest.columns`` in the config replaces the list of a field."""


@dataclass(frozen=True)
class IngestOptions:
    """How articles are read (see ``timeline.ingest``)."""

    default_date: date | None = None  # publication date of articles that give none
    date_from_filename: bool = True  # a file named 2025-02-24-... is dated 2025-02-24
    columns: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(DEFAULT_COLUMNS))
    detect_language: bool = True  # skip articles in a language the tagger does not support


@dataclass(frozen=True)
class LimitOptions:
    """Size limits that keep a hostile or broken file from exhausting memory."""

    max_file_mb: float = 20.0  # whole-file formats (text, HTML, feeds, JSON arrays)
    max_line_mb: float = 1.0  # one line of JSON Lines or CSV (streamed formats)


@dataclass(frozen=True)
class SyndicationOptions:
    """How copies of one story are found (see ``timeline.syndication``)."""

    threshold: float = 0.5  # word-shingle Jaccard similarity at which two bodies are copies
    shingle_words: int = 5  # words per shingle


@dataclass(frozen=True)
class MergeOptions:
    """How mentions are merged into events (see ``timeline.merge``)."""

    threshold: float = 0.5  # mean pair score (0..1) at which two clusters are one event
    same_document_threshold: float = 0.75  # pair score two mentions of one article need
    # Weight of each similarity in a pair's score (normalised by their sum).
    weights: dict[str, float] = field(default_factory=lambda: dict(MERGE_WEIGHTS))
    generic_types: tuple[str, ...] = ("statement",)  # types that say little on their own
    generic_min_text: float = 0.15  # word overlap two statements need to be one event
    # Groups of types that are often one event told two ways (a visit's talks
    # and its press conference): half the credit of the same type.
    related_types: tuple[tuple[str, ...], ...] = ()
    # Types whose every word names one kind of happening ("met", "the talks",
    # "the negotiations"): a later noun of the type may name an earlier event
    # of it. In the others "the funeral" is not "died".
    interchangeable_types: tuple[str, ...] = ()
    max_candidates: int = 50  # per mention and blocking key: earlier mentions compared
    conflict_threshold: float = 0.8  # score but for time at which disjoint dates conflict
    conflict_window_days: int = 14  # how far apart conflicting dates may lie


MERGE_WEIGHTS: dict[str, float] = {
    "actors": 0.3, "places": 0.15, "event_type": 0.2, "text": 0.2, "time": 0.15,
}


REPORT_FORMATS: tuple[str, ...] = (
    "chart", "svg", "png", "digest", "csv", "json", "timelinejs", "ics", "page",
)
"""Report outputs by name: ``chart`` is timeline.vl.json and timeline.html,
``csv`` is events.csv and mentions.csv, ``page`` is index.html."""


@dataclass(frozen=True)
class ReportOptions:
    """What the report stage writes and how the chart looks."""

    formats: tuple[str, ...] = REPORT_FORMATS  # which outputs to write
    lanes: str = "event_type"  # or "actor": one chart row per event type or main actor
    colors: dict[str, str] = field(default_factory=dict)  # event type -> CSS colour
    label_top: int = 8  # label (and mark as most corroborated) this many events
    max_lanes: int = 12  # more actors than this share an "other actors" lane
    dense: int = 400  # above this many events the chart adds an overview to brush
    title: str = ""  # heading of the page and digest; default: the input paths


@dataclass(frozen=True)
class Options:
    """Everything a run needs; built by ``load_options``."""

    inputs: tuple[str, ...] = ("seeds/",)
    output: str = "reports/"
    event_types: dict[str, tuple[str, ...]] = field(default_factory=dict)
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    merge: MergeOptions = field(default_factory=MergeOptions)
    reports: ReportOptions = field(default_factory=ReportOptions)
    ingest: IngestOptions = field(default_factory=IngestOptions)
    limits: LimitOptions = field(default_factory=LimitOptions)
    syndication: SyndicationOptions = field(default_factory=SyndicationOptions)
    strict: bool = False  # any skipped input fails the run
    config_path: str = ""


def _expect(cond: bool, where: str, key: str, expected: str) -> None:
    if not cond:
        raise ConfigError(f"{where}: key '{key}' must be {expected}")


def _str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _word_lists(raw: Any, where: str, key: str) -> dict[str, tuple[str, ...]]:
    _expect(isinstance(raw, dict), where, key, "a mapping of name to a list of strings")
    out: dict[str, tuple[str, ...]] = {}
    for name, words in raw.items():
        _expect(isinstance(name, str) and _str_list(words), where, f"{key}.{name}",
                "a list of strings")
        out[name] = tuple(words)
    return out


def _section(raw: Any, cls: type, where: str, key: str) -> Any:
    _expect(isinstance(raw, dict), where, key, "a mapping")
    known = {f.name: f for f in fields(cls)}
    for sub in raw:
        if sub not in known:
            raise ConfigError(f"{where}: unknown key '{key}.{sub}' (known: {', '.join(known)})")
    return cls(**raw)


def _report_options(raw: Any, where: str, key: str) -> ReportOptions:
    if isinstance(raw, dict) and "formats" in raw:
        formats = raw["formats"]
        _expect(_str_list(formats) and all(f in REPORT_FORMATS for f in formats), where,
                f"{key}.formats", f"a list of output names from: {', '.join(REPORT_FORMATS)}")
        raw = {**raw, "formats": tuple(formats)}
    report: ReportOptions = _section(raw, ReportOptions, where, key)
    _expect(report.lanes in ("event_type", "actor"), where, f"{key}.lanes",
            "'event_type' or 'actor'")
    _expect(isinstance(report.colors, dict)
            and all(isinstance(k, str) and isinstance(v, str) and v.strip()
                    for k, v in report.colors.items()),
            where, f"{key}.colors", "a mapping of event type to a CSS colour")
    for name in ("label_top", "max_lanes", "dense"):
        number = getattr(report, name)
        _expect(isinstance(number, int) and not isinstance(number, bool) and number >= 0,
                where, f"{key}.{name}", "a whole number, 0 or more")
    _expect(report.max_lanes >= 1, where, f"{key}.max_lanes", "at least 1")
    _expect(isinstance(report.title, str), where, f"{key}.title", "a string")
    return report


def _check_aliases(aliases: dict[str, tuple[str, ...]], where: str, key: str) -> None:
    """One name may stand for one actor only: "Trump" cannot alias two people."""
    owner: dict[str, str] = {}
    for canonical, others in aliases.items():
        for name in (canonical, *others):
            folded = " ".join(name.lower().split())
            if owner.setdefault(folded, canonical) != canonical:
                raise ConfigError(f"{where}: key '{key}': '{name}' is an alias of both "
                                  f"'{owner[folded]}' and '{canonical}'")


def _merge_options(raw: Any, where: str, key: str) -> MergeOptions:
    if isinstance(raw, dict) and "weights" in raw:
        weights = raw["weights"]
        _expect(isinstance(weights, dict) and all(
            k in MERGE_WEIGHTS and _is_number(v) and v >= 0 for k, v in weights.items()),
            where, f"{key}.weights",
            f"a mapping of {', '.join(MERGE_WEIGHTS)} to numbers, 0 or more")
        raw = {**raw, "weights": {**MERGE_WEIGHTS, **weights}}
    for name in ("generic_types", "interchangeable_types"):
        if isinstance(raw, dict) and name in raw:
            _expect(_str_list(raw[name]), where, f"{key}.{name}", "a list of event types")
            raw = {**raw, name: tuple(raw[name])}
    if isinstance(raw, dict) and "related_types" in raw:
        groups = raw["related_types"]
        _expect(isinstance(groups, list) and all(_str_list(g) for g in groups), where,
                f"{key}.related_types", "a list of lists of event types")
        raw = {**raw, "related_types": tuple(tuple(g) for g in groups)}
    unit = (lambda v: _is_number(v) and 0 <= v <= 1, "a number from 0 to 1")
    count = (lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 1,
             "a whole number, 1 or more")
    days = (lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 0,
            "a whole number of days, 0 or more")
    return _checked_section(raw, MergeOptions, where, key, {  # type: ignore[no-any-return]
        "threshold": unit, "same_document_threshold": unit, "conflict_threshold": unit,
        "generic_min_text": unit,
        "max_candidates": count,
        "conflict_window_days": days,
    })


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _checked_section(raw: Any, cls: type, where: str, key: str,
                     checks: dict[str, tuple[Callable[[Any], bool], str]]) -> Any:
    """A section whose every key is checked: ``checks`` maps key -> (test, expected form)."""
    section = _section(raw, cls, where, key)
    for name, (test, expected) in checks.items():
        _expect(test(getattr(section, name)), where, f"{key}.{name}", expected)
    return section


def _config_date(value: Any) -> bool:
    if value is None or isinstance(value, date):
        return True
    try:
        date.fromisoformat(str(value))
    except ValueError:
        return False
    return True


def _ingest_options(raw: Any, where: str, key: str) -> IngestOptions:
    if isinstance(raw, dict) and "columns" in raw:
        columns = raw["columns"]
        _expect(isinstance(columns, dict), where, f"{key}.columns",
                f"a mapping of article field ({', '.join(ARTICLE_FIELDS)}) to a column name "
                "or a list of them")
        merged = dict(DEFAULT_COLUMNS)
        for name, names in columns.items():
            _expect(name in ARTICLE_FIELDS, where, f"{key}.columns.{name}",
                    f"one of the article fields {', '.join(ARTICLE_FIELDS)}")
            if isinstance(names, str):
                names = [names]
            _expect(_str_list(names) and bool(names), where, f"{key}.columns.{name}",
                    "a column name or a list of column names")
            merged[name] = tuple(names)
        raw = {**raw, "columns": merged}
    section: IngestOptions = _checked_section(raw, IngestOptions, where, key, {
        "default_date": (_config_date, "a date YYYY-MM-DD (or null)"),
        "date_from_filename": (lambda v: isinstance(v, bool), "true or false"),
        "detect_language": (lambda v: isinstance(v, bool), "true or false"),
    })
    if isinstance(section.default_date, str):
        section = replace(section, default_date=date.fromisoformat(section.default_date))
    return section


def options_from_mapping(raw: dict[str, Any], where: str = "<config>") -> Options:
    """Validate a parsed config mapping and build ``Options``.

    Raises ``ConfigError`` with one line per wrong top-level key, each naming
    ``where``, the key and the expected form.
    """
    known = {f.name for f in fields(Options)} - {"config_path"}
    yaml_names = {"input": "inputs"}
    values: dict[str, Any] = {}
    problems: list[str] = []
    for key, value in raw.items():
        try:
            _top_level(key, value, where, known, yaml_names, values)
        except ConfigError as exc:
            problems.append(str(exc))
    if problems:
        raise ConfigError("\n".join(problems))
    return Options(config_path=where, **values)


def _top_level(key: Any, value: Any, where: str, known: set[str], yaml_names: dict[str, str],
               values: dict[str, Any]) -> None:
    """Validate one top-level key of the config into ``values``."""
    name = yaml_names.get(key, key)
    if name not in known or key == "inputs":
        raise ConfigError(f"{where}: unknown key '{key}' "
                          f"(known: {', '.join(_YAML_KEYS)})")
    if name == "inputs":
        if isinstance(value, str):
            value = [value]
        _expect(_str_list(value), where, key, "a path or a list of paths")
        values[name] = tuple(value)
    elif name == "output":
        _expect(isinstance(value, str), where, key, "a folder path")
        values[name] = value
    elif name in ("event_types", "aliases"):
        values[name] = _word_lists(value, where, key)
        if name == "aliases":
            _check_aliases(values[name], where, key)
    elif name == "merge":
        values[name] = _merge_options(value, where, key)
    elif name == "reports":
        values[name] = _report_options(value, where, key)
    elif name == "ingest":
        values[name] = _ingest_options(value, where, key)
    elif name == "limits":
        values[name] = _checked_section(value, LimitOptions, where, key, {
            "max_file_mb": (lambda v: _is_number(v) and v > 0, "a number of megabytes above 0"),
            "max_line_mb": (lambda v: _is_number(v) and v > 0, "a number of megabytes above 0"),
        })
    elif name == "syndication":
        values[name] = _checked_section(value, SyndicationOptions, where, key, {
            "threshold": (lambda v: _is_number(v) and 0 < v <= 1, "a number above 0, at most 1"),
            "shingle_words": (lambda v: isinstance(v, int) and not isinstance(v, bool)
                              and 1 <= v <= 20, "a whole number from 1 to 20"),
        })
    elif name == "strict":
        _expect(isinstance(value, bool), where, key, "true or false")
        values[name] = value


_YAML_KEYS: tuple[str, ...] = ("input", "output", "event_types", "aliases", "merge", "reports",
                               "ingest", "limits", "syndication", "strict")
"""The top-level keys of config.yaml, as written there."""


def check_inputs(inputs: tuple[str, ...], where: str) -> None:
    """Every input that is not ``-`` or a glob must exist (ConfigError otherwise)."""
    missing = [item for item in inputs
               if item != "-" and not glob.has_magic(item) and not Path(item).exists()]
    if missing:
        raise ConfigError("\n".join(
            f"{where}: input '{item}' does not exist (expected an existing file or folder, "
            "a glob, or - for standard input)" for item in missing))


def with_override(options: Options, dotted_key: str, value: Any) -> Options:
    """``options`` with one key replaced; ``limits.max_file_mb`` reaches into a section.

    ``None`` leaves the key as it is, so CLI flags that were not given change nothing.
    """
    if value is None:
        return options
    section, _, name = dotted_key.rpartition(".")
    if not section:
        return replace(options, **{name: value})
    return replace(options, **{section: replace(getattr(options, section), **{name: value})})


def load_options(path: str | Path | None = None, **overrides: Any) -> Options:
    """Read ``path`` (default: ``config.yaml`` if present), then apply overrides.

    Overrides with the value ``None`` are ignored, so CLI flags that were not
    given leave the config's value in place.
    """
    raw: dict[str, Any] = {}
    where = "<defaults>"
    if path is None and Path("config.yaml").is_file():
        path = "config.yaml"
    if path is not None:
        where = str(path)
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"{where}: cannot read config ({exc.strerror})") from exc
        try:
            loaded = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise ConfigError(f"{where}: not valid YAML ({exc.__class__.__name__})") from exc
        if loaded is not None:
            _expect(isinstance(loaded, dict), where, "<top level>", "a mapping")
            raw = loaded
    from_cli = overrides.get("inputs") is not None
    try:
        options = options_from_mapping(raw, where)
    except ConfigError as exc:  # report missing inputs too, each problem once
        problems = [str(exc)]
        configured: Any = raw.get("input")
        configured = [configured] if isinstance(configured, str) else configured
        if not from_cli and _str_list(configured):
            try:
                check_inputs(tuple(configured), where)
            except ConfigError as missing:
                problems.append(str(missing))
        raise ConfigError("\n".join(problems)) from None
    for key, value in overrides.items():
        options = with_override(options, key, value)
    if from_cli or "input" in raw:  # the built-in default is not the user's claim
        check_inputs(options.inputs, "command line" if from_cli else where)
    return options
