"""Config: validated on load, one line per problem naming file, key and expected form."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.config import (ConfigError, IngestOptions, LimitOptions, Options, load_options,
                             options_from_mapping, with_override)

ROOT = Path(__file__).resolve().parent.parent


def write_config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "cfg.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_config_is_valid_and_matches_the_defaults(monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    options = load_options(ROOT / "config.yaml")
    assert options.ingest == IngestOptions() and options.limits == LimitOptions()
    assert options.strict is False and options.inputs == ("seeds/",)


def test_every_option_section_is_known_to_the_shipped_config() -> None:
    import yaml

    shipped = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))
    for key in ("input", "output", "strict", "ingest", "limits", "syndication"):
        assert key in shipped, f"config.yaml does not document '{key}'"


@pytest.mark.parametrize("raw, message", [
    ({"colour": 1}, "cfg.yaml: unknown key 'colour' (known: input, output"),
    ({"inputs": ["a"]}, "cfg.yaml: unknown key 'inputs'"),
    ({"limits": {"max_file": 3}}, "cfg.yaml: unknown key 'limits.max_file' (known: "
                                  "max_file_mb, max_line_mb)"),
    ({"limits": {"max_file_mb": "big"}}, "cfg.yaml: key 'limits.max_file_mb' must be a number "
                                         "of megabytes above 0"),
    ({"limits": {"max_line_mb": 0}}, "key 'limits.max_line_mb' must be a number of megabytes"),
    ({"limits": {"max_line_mb": True}}, "key 'limits.max_line_mb' must be a number"),
    ({"limits": [1]}, "cfg.yaml: key 'limits' must be a mapping"),
    ({"syndication": {"threshold": 1.5}}, "key 'syndication.threshold' must be a number above "
                                          "0, at most 1"),
    ({"syndication": {"shingle_words": 2.5}}, "key 'syndication.shingle_words' must be a whole "
                                              "number from 1 to 20"),
    ({"ingest": {"default_date": "24/02/2025"}}, "key 'ingest.default_date' must be a date "
                                                 "YYYY-MM-DD (or null)"),
    ({"ingest": {"date_from_filename": "yes"}}, "key 'ingest.date_from_filename' must be true "
                                                "or false"),
    ({"ingest": {"columns": {"body": "text"}}}, "key 'ingest.columns.body' must be one of the "
                                                "article fields id, date, text"),
    ({"ingest": {"columns": {"text": []}}}, "key 'ingest.columns.text' must be a column name "
                                            "or a list of column names"),
    ({"ingest": {"columns": "text"}}, "key 'ingest.columns' must be a mapping of article field"),
    ({"strict": "yes"}, "cfg.yaml: key 'strict' must be true or false"),
    ({"input": 3}, "cfg.yaml: key 'input' must be a path or a list of paths"),
    ({"output": ["a"]}, "cfg.yaml: key 'output' must be a folder path"),
])
def test_wrong_keys_and_types_name_file_key_and_form(raw: dict, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        options_from_mapping(raw, "cfg.yaml")
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_every_problem_gets_its_own_line() -> None:
    with pytest.raises(ConfigError) as caught:
        options_from_mapping({"colour": 1, "strict": 2, "limits": {"max_file_mb": -1}}, "c.yaml")
    lines = str(caught.value).splitlines()
    assert len(lines) == 3 and all(line.startswith("c.yaml: ") for line in lines)


def test_valid_sections_are_built(tmp_path: Path) -> None:
    path = write_config(tmp_path, """
input: [x.jsonl]
strict: true
ingest:
  default_date: 2025-02-24
  columns: {text: story, date: [when, published]}
limits: {max_file_mb: 5, max_line_mb: 0.5}
syndication: {threshold: 0.7, shingle_words: 4}
""")
    (tmp_path / "x.jsonl").write_text("")
    options = load_options(path, inputs=(str(tmp_path / "x.jsonl"),))
    assert options.strict is True
    assert options.ingest.default_date == date(2025, 2, 24)
    assert options.ingest.columns["text"] == ("story",)
    assert options.ingest.columns["date"] == ("when", "published")
    assert options.ingest.columns["title"] == ("title", "headline")  # untouched default
    assert (options.limits.max_file_mb, options.limits.max_line_mb) == (5, 0.5)
    assert (options.syndication.threshold, options.syndication.shingle_words) == (0.7, 4)


def test_missing_input_paths_are_reported_with_the_file(tmp_path: Path) -> None:
    path = write_config(tmp_path, "input: [nowhere/, also-missing.jsonl, 'glob*.txt', '-']\n")
    with pytest.raises(ConfigError) as caught:
        load_options(path)
    assert str(caught.value).splitlines() == [
        f"{path}: input 'nowhere/' does not exist (expected an existing file or folder, "
        "a glob, or - for standard input)",
        f"{path}: input 'also-missing.jsonl' does not exist (expected an existing file or "
        "folder, a glob, or - for standard input)"]


def test_the_default_input_is_not_checked(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)  # no config.yaml, no seeds/ here
    assert load_options().inputs == ("seeds/",)


def test_missing_input_from_the_command_line_says_so(tmp_path: Path) -> None:
    path = write_config(tmp_path, "output: out/\n")
    with pytest.raises(ConfigError, match="^command line: input 'gone' does not exist"):
        load_options(path, inputs=("gone",))


@pytest.mark.parametrize("text, message", [
    ("input: [a\n", "not valid YAML"),
    ("- a\n- b\n", "key '<top level>' must be a mapping"),
])
def test_unreadable_configs(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_options(write_config(tmp_path, text))


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="nope.yaml: cannot read config"):
        load_options(tmp_path / "nope.yaml")


def test_an_empty_config_gives_the_defaults(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    assert load_options(write_config(tmp_path, "")) == Options(config_path=str(tmp_path
                                                                               / "cfg.yaml"))


def test_overrides_replace_keys_and_none_leaves_them(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    path = write_config(tmp_path, "limits: {max_file_mb: 5}\nstrict: true\n")
    options = load_options(path, **{"limits.max_line_mb": 2.0, "limits.max_file_mb": None,
                                    "strict": None, "output": "elsewhere/"})
    assert options.limits == LimitOptions(max_file_mb=5, max_line_mb=2.0)
    assert options.strict is True and options.output == "elsewhere/"


def test_with_override_reaches_into_a_section() -> None:
    options = with_override(Options(), "ingest.default_date", date(2025, 1, 1))
    assert options.ingest.default_date == date(2025, 1, 1)
    assert with_override(options, "strict", None) is options
