"""Former home of the matching kinds, kept so third-party rules written against it still import.

New code imports from :mod:`outreach_lint.analysis`.
"""

from .analysis.phrases import PhraseList, PhraseMatch, find_pattern, load_data

__all__ = ["PhraseList", "PhraseMatch", "find_pattern", "load_data"]
