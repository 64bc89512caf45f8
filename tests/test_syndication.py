"""Syndication: copies of one wire story count as one source, deterministically."""

from __future__ import annotations

import random
from datetime import date

import pytest

from timeline.config import SyndicationOptions
from timeline.models import Document
from timeline.syndication import group_copies, jaccard, shingles

WIRE = ("KYIV (Reuters) - Ukraine and the United States have agreed on the terms of a "
        "draft minerals deal, two Ukrainian officials said on Tuesday, a step that Kyiv "
        "hopes will improve its relations with the Trump administration. The deal would "
        "give Washington access to revenues from Ukraine's natural resources, but does "
        "not include the security guarantees Kyiv had sought, the officials told "
        "reporters on condition of anonymity because talks were still under way.")
OTHER = ("MOSCOW (AP) - Russian President Vladimir Putin said on Monday that Moscow is "
         "willing to consider cooperating with the U.S. in mining rare earth minerals, "
         "both in Russia and in parts of Russian-occupied Ukraine, in an interview "
         "broadcast on state television, adding that energy deals were also possible.")


def doc(doc_id: str, text: str, body_start: int = 0) -> Document:
    return Document(doc_id=doc_id, date=date(2025, 2, 25), text=text, body_start=body_start)


def test_an_edited_copy_with_its_own_header_is_one_source() -> None:
    copy = (" date 2025-02-26 By Staff, The Daily\n\n"
            + WIRE.replace("two Ukrainian officials", "two senior Ukrainian officials")
            + " Read more on our website.")
    documents = [doc("a", WIRE), doc("b", OTHER), doc("c", copy, body_start=17)]
    assert group_copies(documents) == {"a": "a", "b": "b", "c": "a"}


def test_the_group_is_named_after_the_first_document_in_corpus_order() -> None:
    documents = [doc("z", OTHER), doc("y", WIRE), doc("x", WIRE)]
    assert group_copies(documents) == {"z": "z", "y": "y", "x": "y"}


def test_copies_are_transitive() -> None:
    words = WIRE.split()
    middle = " ".join(words[:30] + ["CHANGED"] * 3 + words[33:])
    last = " ".join(words[:30] + ["CHANGED"] * 3 + words[33:60] + ["ALSO"] * 3 + words[63:])
    groups = group_copies([doc("a", WIRE), doc("b", middle), doc("c", last)])
    assert set(groups.values()) == {"a"}


def test_different_stories_on_the_same_topic_stay_apart() -> None:
    same_topic = ("Ukrainian officials said on Tuesday that a minerals deal with the United "
                  "States was close, while Russia said it was open to economic cooperation. "
                  "The Trump administration has sought access to Ukraine's natural resources.")
    groups = group_copies([doc("a", WIRE), doc("b", same_topic), doc("c", OTHER)])
    assert groups == {"a": "a", "b": "b", "c": "c"}


def test_the_threshold_comes_from_the_options() -> None:
    words = WIRE.split()
    half = " ".join(words[: len(words) // 2] + OTHER.split())
    documents = [doc("a", WIRE), doc("b", half)]
    similarity = jaccard(shingles(documents[0]), shingles(documents[1]))
    assert 0.1 < similarity < 0.5
    assert group_copies(documents, SyndicationOptions(threshold=0.5))["b"] == "b"
    assert group_copies(documents, SyndicationOptions(threshold=0.1))["b"] == "a"


@pytest.mark.parametrize("text", ["", "   ", "Short.", "Two words"])
def test_short_and_empty_bodies(text: str) -> None:
    groups = group_copies([doc("a", text), doc("b", text), doc("c", WIRE)])
    assert groups["c"] == "c"
    if text.strip():  # identical short bodies are copies; empty ones are nothing
        assert groups["b"] == "a"
    else:
        assert groups["b"] == "b"


def test_punctuation_and_case_do_not_hide_a_copy() -> None:
    assert group_copies([doc("a", WIRE), doc("b", WIRE.upper().replace(",", ""))])["b"] == "a"


def test_large_corpus_finds_planted_copies_and_is_deterministic() -> None:
    rng = random.Random(7)
    vocabulary = [f"w{i}" for i in range(3000)]
    bodies = [" ".join(rng.choices(vocabulary, k=300)) for _ in range(600)]
    documents = [doc(f"d{i}", body) for i, body in enumerate(bodies)]
    for i in range(0, 600, 20):  # copies with two edited words and a byline
        words = bodies[i].split()
        words[10], words[150] = "edited", "words"
        documents.append(doc(f"copy{i}", "By a reporter. " + " ".join(words)))
    groups = group_copies(documents)
    assert all(groups[f"copy{i}"] == f"d{i}" for i in range(0, 600, 20))
    assert all(groups[f"d{i}"] == f"d{i}" for i in range(600))
    assert group_copies(list(documents)) == groups
