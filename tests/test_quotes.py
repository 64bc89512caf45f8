"""Quotations: where a text quotes someone, in double or single marks."""

from __future__ import annotations

import pytest

from timeline.quotes import left_open, quotations
from timeline.sentences import split_sentences


@pytest.mark.parametrize("text, quoted", [
    ('He said "we will go" and left.', ['"we will go"']),
    # A lone straight quote closes a quotation opened in an earlier sentence ...
    ('into the cloud," said Jobs.', ['into the cloud,"']),
    ('into the cloud , " said Jobs .', ['into the cloud , "']),  # tokenised text
    ('Unfortunately , that day has come . "', ['Unfortunately , that day has come . "']),
    # ... or opens one that runs on into the next paragraph, left unclosed there.
    ('Jobs resigned in a letter stating, "I could no longer meet my duties.',
     ['"I could no longer meet my duties.']),
    ('Jobs resigned in a letter stating , " I could no longer meet my duties .',
     ['" I could no longer meet my duties .']),
    ("“We are ready,” he said, “to sign", ["“We are ready,”", "“to sign"]),
    # Tokenised text: an attribution after the mark says it closed a quotation.
    ('It will be great , " Jobs said .', ['It will be great , "']),
    ('stating , " I have always said it .', ['" I have always said it .']),
    # An inch mark quotes nobody.
    ('The iPhone 4 has a 3.5" screen and "a new frame".', ['"a new frame"']),
    # British style: single marks, curly or straight ...
    ("‘We will not back down,’ said Ravi Dhillon.", ["‘We will not back down,’"]),
    ("'We will not back down,' said Ravi Dhillon.", ["'We will not back down,'"]),
    ("He called it ‘a disgrace’ and left.", ["‘a disgrace’"]),
    # ... where an apostrophe inside or at the end of a word quotes nobody,
    ("‘We back the workers’ fight,’ she said.", ["‘We back the workers’ fight,’"]),
    ("‘You don't have it, don’t you?’ he asked.", ["‘You don't have it, don’t you?’"]),
    ("The workers' union said the ’90s were better.", []),
    ("Rock 'n' roll is back, and Apple 's shares rose.", []),
    # ... one left over closes a quotation from before, or runs to the end,
    ("carried on into the cloud,’ she said.", ["carried on into the cloud,’"]),
    ("He said: ‘We will go.", ["‘We will go."]),
    ("The U.S.' role was clear.", []),
    # ... nor does one opening an elision or a name ...
    ("The 'Ndrangheta boss was held. 'We won,' police said.", ["'We won,'"]),
    ("They stay 'till Christmas, 'cos it is cheap, and ‘em too.", []),
    ("The 'Ohana festival opened on Friday.", []),
    # ... but one opening a number or following a colon or a double mark does,
    ("He said: ‘100 people died.’ Then he left.", ["‘100 people died.’"]),
    ("Police said:'We won,' and left.", ["'We won,'"]),
    ("She said: “‘Go away,’ he told me,” and left.", ["“‘Go away,’ he told me,”"]),
    # ... closing after what was said, not after an abbreviation, or before
    # a break rather than at a possessive plural,
    ("'The U.S.' role is key,' he said.", ["'The U.S.' role is key,'"]),
    ("'The farmers' anger is justified', the commissioner said.",
     ["'The farmers' anger is justified'"]),
    # ... and a quotation inside another is part of it.
    ("‘He told me “no”,’ she said.", ["‘He told me “no”,’"]),
    ("“He called it ‘a disgrace’,” she said.", ["“He called it ‘a disgrace’,”"]),
])
def test_quotations_are_found_even_when_one_mark_is_missing(text: str, quoted: list[str]) -> None:
    assert [text[a:b] for a, b in quotations(text)] == quoted


@pytest.mark.parametrize("text, still_open", [
    ('"We will go.', True),
    ("“We will go.", True),
    ("‘We will go.", True),
    ("'We will go.", True),
    ("‘We will go,’ she said.", False),
    ("The workers’ union met.", False),
    ("He said it's over.", False),
    ("Police said the 'Ndrangheta boss was held.", False),
    ("The 'Iolani Palace reopened.", False),
])
def test_a_quotation_left_open_is_told(text: str, still_open: bool) -> None:
    assert left_open(text) is still_open


@pytest.mark.parametrize("mark", ["‘’", "''", "“”", '""'])
def test_a_quotation_of_two_sentences_is_one_sentence_in_any_marks(mark: str) -> None:
    text = f"{mark[0]}We will go. We will win,{mark[1]} she said. Then she left."
    assert [s.text for s in split_sentences(text)] == [
        f"{mark[0]}We will go. We will win,{mark[1]} she said.", "Then she left."]


def test_a_word_an_apostrophe_opens_ends_no_sentence_late() -> None:
    text = "The 'Iolani Palace reopened on Monday. Tourists will return next week."
    assert [s.text for s in split_sentences(text)] == [
        "The 'Iolani Palace reopened on Monday.", "Tourists will return next week."]
