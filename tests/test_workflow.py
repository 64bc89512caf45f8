"""The Pages workflow: it parses, runs on push to main, and publishes with the Pages actions."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

WORKFLOW = Path(__file__).resolve().parent.parent / ".github" / "workflows" / "pages.yml"
# Current major versions of the Pages actions (checked November 2026).
PAGES_ACTIONS = {
    "actions/configure-pages": 6,
    "actions/upload-pages-artifact": 5,
    "actions/deploy-pages": 5,
}


@pytest.fixture(scope="module")
def workflow() -> dict[Any, Any]:
    loaded = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def _steps(workflow: dict[Any, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def _uses(workflow: dict[Any, Any]) -> dict[str, int]:
    found = {}
    for step in _steps(workflow):
        match = re.fullmatch(r"([\w.-]+/[\w.-]+)@v(\d+)", step.get("uses", ""))
        if match:
            found[match.group(1)] = int(match.group(2))
    return found


def test_runs_on_push_to_main(workflow: dict[Any, Any]) -> None:
    # YAML 1.1 reads the key `on` as True.
    triggers = workflow.get("on", workflow.get(True))
    assert triggers["push"]["branches"] == ["main"]


def test_has_the_permissions_pages_needs(workflow: dict[Any, Any]) -> None:
    permissions = workflow["permissions"]
    assert permissions["pages"] == "write"
    assert permissions["id-token"] == "write"
    assert permissions["contents"] == "read"


@pytest.mark.parametrize("action,major", sorted(PAGES_ACTIONS.items()))
def test_uses_the_current_major_of_each_pages_action(workflow: dict[Any, Any], action: str,
                                                     major: int) -> None:
    assert _uses(workflow).get(action) == major


def test_builds_the_site_as_the_readme_installs_it(workflow: dict[Any, Any]) -> None:
    runs = [step.get("run", "") for step in _steps(workflow)]
    assert "pip install -e ." in runs
    build = next(r for r in runs if "python -m timeline" in r)
    out = re.search(r"--out\s+(\S+)", build)
    assert out is not None
    upload = next(s for s in _steps(workflow)
                  if s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == out.group(1)


def test_deploy_job_follows_build_in_the_pages_environment(workflow: dict[Any, Any]) -> None:
    deploy = next(job for job in workflow["jobs"].values()
                  if any(s.get("uses", "").startswith("actions/deploy-pages@")
                         for s in job["steps"]))
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    step = next(s for s in deploy["steps"] if s.get("uses", "").startswith("actions/deploy-pages@"))
    assert step["id"] in deploy["environment"]["url"]
