"""The command line through its entry point: flags, exit codes, messages, atomic output."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from timeline import pipeline
from timeline.__main__ import _show_progress, build_parser, main, parse_args, process_args

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = (" date 2025-02-24 Officials said on Monday that the talks in Riyadh would "
           "continue next week, and the ministers met again on Tuesday.")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with a quick config (text reports only) and one good article."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "config.yaml").write_text(
        "input: [in/]\noutput: out/\nreports: {formats: [digest, csv]}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_success_prints_one_summary_line_with_counts_and_time(project: Path, capsys) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1
    assert re.fullmatch(r"read 1 articles from 1 inputs, skipped 0; \d+ mentions -> \d+ events "
                        r"in out/ \(\d+\.\d s\)", out[0])
    assert (project / "out" / "events.csv").is_file()


def test_skips_are_warned_per_input_and_counted(project: Path, capsys) -> None:
    (project / "in" / "empty.txt").write_text("")
    (project / "in" / "x.jsonl").write_text('{"id": 1\n')
    assert main([]) == 0
    captured = capsys.readouterr()
    assert "skipped 2" in captured.out
    assert f"WARNING: skipped {Path('in') / 'empty.txt'}: file is empty" in captured.err
    assert f"WARNING: skipped {Path('in') / 'x.jsonl'}:1: malformed JSON" in captured.err
    assert "WARNING: skipped 2 inputs: 1 file is empty, 1 malformed JSON\n" in captured.err


def test_a_flood_of_skips_is_capped_unless_verbose(project: Path, capsys) -> None:
    (project / "in" / "bad.jsonl").write_text("{\n" * 80)
    assert main([]) == 0
    err = capsys.readouterr().err
    assert err.count("malformed JSON") == 51  # 50 lines and the summary by kind
    assert "... and 30 more skipped (-v lists them all)" in err
    assert main(["-v"]) == 0
    assert capsys.readouterr().err.count("malformed JSON") == 81


def test_quiet_prints_nothing(project: Path, capsys) -> None:
    (project / "in" / "empty.txt").write_text("")
    assert main(["-q"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""


def test_strict_turns_a_skip_into_failure_and_writes_nothing(project: Path, capsys) -> None:
    (project / "in" / "empty.txt").write_text("")
    assert main(["--strict"]) == 1
    assert "error: 1 input(s) skipped and strict is on; first: " in capsys.readouterr().err
    assert not (project / "out").exists()


def test_strict_from_config(project: Path, capsys) -> None:
    (project / "in" / "empty.txt").write_text("")
    config = project / "config.yaml"
    config.write_text(config.read_text() + "strict: true\n")
    assert main([]) == 1


def test_nothing_usable_exits_1(project: Path, capsys) -> None:
    (project / "in" / "good.txt").write_text("no date here, nothing usable at all")
    assert main([]) == 1
    assert "error: no usable articles in in/ (1 skipped)" in capsys.readouterr().err
    assert not (project / "out").exists()


@pytest.mark.parametrize("config, message", [
    ("colour: red\n", "config.yaml: unknown key 'colour'"),
    ("limits: {max_line_mb: big}\n", "config.yaml: key 'limits.max_line_mb' must be a number"),
    ("input: [missing/]\n", "config.yaml: input 'missing/' does not exist"),
])
def test_config_errors_exit_2_with_one_line_each(project: Path, capsys, config: str,
                                                 message: str) -> None:
    (project / "config.yaml").write_text(config + "strict: maybe\n")
    assert main([]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("error: config.yaml: ") for line in err)
    assert any(message in line for line in err)


@pytest.mark.parametrize("argv", [["--bogus"], ["--default-date", "24/02/2025"],
                                  ["--max-file-mb", "0"], ["--max-line-mb", "x"]])
def test_usage_errors_exit_2(project: Path, capsys, argv: list[str]) -> None:
    assert main(argv) == 2
    assert "error:" in capsys.readouterr().err


def test_missing_input_flag_is_a_usage_error(project: Path, capsys) -> None:
    assert main(["--input", "nowhere.txt"]) == 2
    assert "error: command line: input 'nowhere.txt' does not exist" in capsys.readouterr().err


@pytest.mark.parametrize("out, message", [
    ("in", "overlaps input 'in/'"),
    (".", "overlaps input 'in/'"),
    ("in/good.txt", "exists and is not a folder"),
    ("notes", "holds files that are not reports (todo.txt)"),
])
def test_an_output_that_would_destroy_other_files_is_refused(project: Path, capsys, out: str,
                                                             message: str) -> None:
    (project / "notes").mkdir()
    (project / "notes" / "todo.txt").write_text("keep me")
    assert main(["--out", out]) == 2
    assert message in capsys.readouterr().err
    assert (project / "in" / "good.txt").read_text() == ARTICLE
    assert (project / "notes" / "todo.txt").read_text() == "keep me"


def test_a_previous_report_folder_is_replaced(project: Path) -> None:
    assert main(["-q"]) == 0 and main(["-q"]) == 0


def test_check_reads_and_reports_but_writes_nothing(project: Path, capsys) -> None:
    (project / "in" / "empty.txt").write_text("")
    assert main(["--check"]) == 0
    captured = capsys.readouterr()
    assert re.fullmatch(r"read 1 articles from 2 inputs, skipped 1; nothing written \(--check\) "
                        r"\(\d+\.\d s\)\n", captured.out)
    assert "skipped 1 inputs: 1 file is empty" in captured.err
    assert not (project / "out").exists()
    assert main(["--check", "--strict"]) == 1


def test_flags_override_config(project: Path) -> None:
    args = parse_args(["--input", "in/good.txt", "--input", "in/*.md", "--out", "o2",
                       "--strict", "--default-date", "2025-01-02", "--max-file-mb", "3",
                       "--max-line-mb", "0.5"])
    options = process_args(args)
    assert options.inputs == ("in/good.txt", "in/*.md") and options.output == "o2"
    assert options.strict is True and str(options.ingest.default_date) == "2025-01-02"
    assert (options.limits.max_file_mb, options.limits.max_line_mb) == (3.0, 0.5)
    assert options.reports.formats == ("digest", "csv")  # untouched config key


def test_default_date_flag_dates_undated_articles(project: Path, capsys) -> None:
    (project / "in" / "undated.txt").write_text("The minister said on Monday that the talks "
                                                "had ended without an agreement in Geneva.")
    assert main(["--default-date", "2025-02-24"]) == 0
    assert "read 2 articles" in capsys.readouterr().out


def test_help_exits_0(capsys) -> None:
    assert main(["--help"]) == 0
    assert "--max-line-mb" in capsys.readouterr().out


def test_no_progress_bar_when_piped_or_in_ci(monkeypatch) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    monkeypatch.setenv("CI", "true")
    assert not _show_progress(parse_args([]))
    monkeypatch.delenv("CI")
    assert _show_progress(parse_args([]))
    assert not _show_progress(parse_args(["-q"]))
    assert not _show_progress(parse_args(["--no-progress"]))
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False, raising=False)
    assert not _show_progress(parse_args([]))


def test_report_folder_is_readable_by_others_like_any_folder(project: Path) -> None:
    # A static host serves the folder as another user; a private folder would 403.
    mask = os.umask(0o022)
    try:
        assert main(["-q"]) == 0
    finally:
        os.umask(mask)
    assert (project / "out").stat().st_mode & 0o777 == 0o755


def test_interrupted_publish_keeps_the_previous_reports(project: Path, monkeypatch) -> None:
    assert main(["-q"]) == 0
    before = (project / "out" / "events.csv").read_bytes()

    def broken(events, mentions, documents, out_dir: Path, options) -> list[Path]:
        (out_dir / "events.csv").write_text("half a rep")
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline.reports, "write_reports", broken)
    assert main(["-q"]) == 130
    assert (project / "out" / "events.csv").read_bytes() == before
    assert sorted(p.name for p in project.iterdir()) == ["config.yaml", "in", "out"]


def _complete_run(project: Path) -> bytes:
    """One complete run writing CSV only; its events.csv."""
    (project / "config.yaml").write_text("input: [in/]\noutput: out/\n"
                                         "reports: {formats: [csv]}\n")
    assert main(["-q"]) == 0
    return (project / "out" / "events.csv").read_bytes()


def _run_caught_writing(project: Path) -> subprocess.Popen[str]:
    """A run in a subprocess, returned once it has half-written its reports
    (it then hangs for a minute)."""
    slow = ("import sys, time, timeline.pipeline as p, timeline.__main__ as m\n"
            "def write(*a, **k):\n"
            "    (a[3] / 'events.csv').write_text('partial'); print('writing', flush=True)\n"
            "    time.sleep(60)\n"
            "p.reports.write_reports = write\n"
            "sys.exit(m.main(['-q']))\n")
    process = subprocess.Popen([sys.executable, "-c", slow], cwd=project, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stdout.readline() == "writing\n"
    return process


def test_sigterm_mid_run_leaves_the_previous_reports(project: Path) -> None:
    before = _complete_run(project)
    process = _run_caught_writing(project)
    process.terminate()
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130 and "interrupted; out/ was left as it was" in err
    assert (project / "out" / "events.csv").read_bytes() == before
    assert sorted(p.name for p in project.iterdir()) == ["config.yaml", "in", "out"]


@pytest.mark.skipif(os.name == "nt", reason="no process to probe on Windows")
def test_the_next_run_clears_what_a_killed_run_left(project: Path) -> None:
    _complete_run(project)
    process = _run_caught_writing(project)
    process.kill()  # no handler runs: the half-written folder stays behind
    process.communicate(timeout=60)
    assert any(p.name.startswith(".out-") for p in project.iterdir())
    assert main(["-q"]) == 0
    assert sorted(p.name for p in project.iterdir()) == ["config.yaml", "in", "out"]
    assert (project / "out" / "events.csv").read_text().startswith("event_id,")


def _dead_pid() -> int:
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)
    return int(finished.stdout)


@pytest.mark.skipif(os.name == "nt", reason="no process to probe on Windows")
def test_stale_folders_go_and_set_aside_reports_come_back(tmp_path: Path) -> None:
    out = tmp_path / "out"
    dead = _dead_pid()
    retired = tmp_path / f".out-old-{dead}-{'a' * 12}"
    (retired / "out").mkdir(parents=True)
    (retired / "out" / "events.csv").write_text("previous")
    (tmp_path / f".out-{dead}-{'b' * 12}").mkdir()  # a killed run's staging
    (tmp_path / f".out-{os.getpid()}-{'c' * 12}").mkdir()  # a live run's: left alone
    (tmp_path / ".out-2024-backup").mkdir()  # a user's folder: left alone
    removed = pipeline.remove_stale_staging(out)
    assert sorted(p.name for p in removed) == sorted([retired.name, f".out-{dead}-{'b' * 12}"])
    assert (out / "events.csv").read_text() == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["out", f".out-{os.getpid()}-{'c' * 12}", ".out-2024-backup"])


def test_stdin_json_lines_through_the_real_entry_point(project: Path) -> None:
    line = json.dumps({"id": "s1", "date": "2025-02-24", "text": ARTICLE.strip()[16:]})
    result = subprocess.run([sys.executable, "-m", "timeline", "--input", "-", "--out", "o"],
                            input=line + "\n{broken\n", capture_output=True, text=True,
                            cwd=project, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "read 1 articles from 1 inputs, skipped 1" in result.stdout
    assert "skipped <stdin>:2: malformed JSON" in result.stderr


def _readme_options_table() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"^\| *option *\|.*?(?=\n\n|\Z)", readme, re.MULTILINE | re.DOTALL
                      | re.IGNORECASE)
    return match.group(0) if match else ""


def test_every_cli_option_is_documented_in_the_readme() -> None:
    table = _readme_options_table()
    assert table, "README.md has lost its options table"
    for action in build_parser()._actions:
        for flag in action.option_strings:
            if flag in ("-h", "--help"):
                continue
            assert f"`{flag}" in table, f"{flag} is missing from README.md's options table"


def test_a_mixed_corpus_runs_end_to_end(project: Path, capsys) -> None:
    body = ("Officials said on Monday that the talks in Riyadh would continue next week, and "
            "the ministers met again on Tuesday to discuss the ceasefire.")
    files = {
        "2025-02-24-page.html": f"<html><body><article><p>{body}</p></article></body></html>",
        "wire.rss": ("<?xml version='1.0'?><rss version='2.0'><channel><title>W</title><item>"
                     "<guid>g1</guid><pubDate>Mon, 24 Feb 2025 10:00:00 GMT</pubDate>"
                     f"<description>{body} Wire.</description></item></channel></rss>"),
        "clips.csv": f"id,date,text\nc1,2025-02-24,\"{body} Clip.\"\n",
        "dump.json": json.dumps([{"id": "j1", "date": "2025-02-24", "text": body + " Dump."}]),
        "broken.jsonl": '{"id": "x", "date": "2025-02-24", "text": "trunc',
    }
    for name, content in files.items():
        (project / "in" / name).write_text(content, encoding="utf-8")
    assert main([]) == 0
    out = capsys.readouterr().out
    # good.txt, the page, the feed entry, the CSV row and the JSON record; all five tell
    # the same story, so four are copies of the first.
    assert "read 5 articles from 6 inputs (4 copies of other articles), skipped 1" in out
    rows = list(csv.DictReader(io.StringIO(
        (project / "out" / "events.csv").read_text(encoding="utf-8"))))
    riyadh = [row for row in rows if "Riyadh" in row["summary"]]
    assert riyadh and all(row["n_sources"] == "1" for row in riyadh)  # copies count once
    assert max(len(row["sources"].split("; ")) for row in riyadh) == 5  # all kept as provenance
