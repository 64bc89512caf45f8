"""Which language an article is written in, so unsupported ones are skipped at ingest.

The identifier is py3langid (a numpy port of langid.py): offline, deterministic,
a 4.5 MB model loaded once, on first use, about 2 ms an article.
"""

from __future__ import annotations

import functools
import logging
import re
from typing import Any

log = logging.getLogger(__name__)

SAMPLE_CHARS = 1500
"""Only the first characters of a body are classified: enough for a stable answer."""

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the of and to that is was for with said on by it he his has have from "
                    "are were be this will would at which who".split()),
}
"""Words that make up a large share of any running text in a language and are
rare in others (no "a", "in", "on"-like words shared with French or German)."""

FAST_PATH_SHARE = 0.12
"""Running English text is 25-40% FUNCTION_WORDS; other languages well under 5%."""

_WORD = re.compile(r"[^\W\d_]+")

MIN_LETTERS = 40
"""Below this many letters the identifier's answer is noise: no verdict."""

MIN_CONFIDENCE = 0.8
"""An article is only called unsupported when the identifier is at least this sure."""


def supported_languages() -> tuple[str, ...]:
    """The tagger's languages (``timeline.temporal.SUPPORTED_LANGUAGES``), ISO 639-1."""
    try:
        from timeline.temporal import SUPPORTED_LANGUAGES
    except ImportError:  # the tagger module is optional for ingest-only use
        return ("en",)
    return tuple(SUPPORTED_LANGUAGES)


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    """The py3langid identifier, or ``None`` (with one warning) when it is not installed."""
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier
    except ImportError:
        log.warning("py3langid is not installed: articles are not checked for language "
                    "(pip install py3langid)")
        return None
    log.debug("loading the language identifier")
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def normalise_code(code: str) -> str:
    """``en-US``, ``EN``, ``en_gb`` -> ``en``; ``""`` stays ``""``."""
    return code.strip().replace("_", "-").split("-")[0].lower()


def detect_language(text: str) -> tuple[str, float] | None:
    """The most likely ISO 639-1 code and its probability, or ``None`` when the
    text has too few letters to tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    identifier = _identifier()
    if identifier is None:
        return None
    code, probability = identifier.classify(sample)
    return str(code), float(probability)


def obviously_in(text: str, supported: tuple[str, ...]) -> bool:
    """Fast path: ``text`` is plainly running text in a supported language
    (enough of its words are that language's function words), so the slower
    identifier need not run."""
    words = _WORD.findall(text[:SAMPLE_CHARS].lower())
    if len(words) < 20:
        return False
    for code in supported:
        common = FUNCTION_WORDS.get(code)
        if common and sum(word in common for word in words) >= FAST_PATH_SHARE * len(words):
            return True
    return False


def unsupported_language(text: str, supported: tuple[str, ...]) -> str | None:
    """The code of the language ``text`` is confidently written in when the tagger
    does not support it; ``None`` when it is supported or too unsure to call.

    Unsure answers keep the article: a skipped article loses its facts, while
    a mis-tagged one only yields fewer of them.
    """
    if obviously_in(text, supported):
        return None
    verdict = detect_language(text)
    if verdict is None:
        return None
    code, probability = verdict
    if code in supported or probability < MIN_CONFIDENCE:
        return None
    return code
