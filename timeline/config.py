"""One validated options object, built from ``config.yaml`` plus CLI overrides.

Nothing else in the package reads the YAML: stages receive ``Options``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import yaml


class ConfigError(ValueError):
    """A problem with the configuration, phrased as one line for the user."""


@dataclass(frozen=True)
class MergeOptions:
    """How mentions are merged into events (see ``timeline.merge``)."""

    threshold: float = 0.5


@dataclass(frozen=True)
class ReportOptions:
    """What the report stage writes and how the chart looks."""

    lanes: str = "event_type"  # or "actor"
    colors: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Options:
    """Everything a run needs; built by ``load_options``."""

    inputs: tuple[str, ...] = ("seeds/",)
    output: str = "reports/"
    event_types: dict[str, tuple[str, ...]] = field(default_factory=dict)
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    merge: MergeOptions = field(default_factory=MergeOptions)
    reports: ReportOptions = field(default_factory=ReportOptions)
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


def options_from_mapping(raw: dict[str, Any], where: str = "<config>") -> Options:
    """Validate a parsed config mapping and build ``Options``.

    Raises ``ConfigError`` naming ``where``, the key and the expected form.
    """
    known = {f.name for f in fields(Options)} - {"config_path"}
    yaml_names = {"input": "inputs"}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        name = yaml_names.get(key, key)
        if name not in known or key == "inputs":
            raise ConfigError(f"{where}: unknown key '{key}'")
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
        elif name == "merge":
            values[name] = _section(value, MergeOptions, where, key)
            _expect(isinstance(values[name].threshold, (int, float)), where,
                    "merge.threshold", "a number")
        elif name == "reports":
            values[name] = _section(value, ReportOptions, where, key)
            _expect(values[name].lanes in ("event_type", "actor"), where, "reports.lanes",
                    "'event_type' or 'actor'")
    return Options(config_path=where, **values)


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
    options = options_from_mapping(raw, where)
    given = {k: v for k, v in overrides.items() if v is not None}
    return replace(options, **given)
