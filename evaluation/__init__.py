"""Evaluation against human-annotated corpora (``shared/eval/``).

``corpora`` reads the gold data into plain dataclasses with character offsets
into rebuilt text; ``metrics`` holds the scores the harnesses report.
"""
