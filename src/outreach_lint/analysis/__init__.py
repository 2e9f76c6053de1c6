"""What rules read from a draft beside its tokens: facts computed once per :class:`Document`.

Each module holds one kind of fact, as pure functions of a document (and its context), cached on
the document through :func:`outreach_lint.core.document.Document.fact`:

- :mod:`.phrases`: :class:`PhraseList`, phrases matched on lemmas; :func:`find_pattern`;
- :mod:`.words`: what counts as a word, a content word, a lemma key;
- :mod:`.layout`: greeting, subject line, body and signature;
- :mod:`.times`: time expressions ("by Friday", 今週中);
- :mod:`.introductions`: the sentences in which the writer says who they are;
- :mod:`.references`: what the draft mentions of the recipient's profile.

Analysis never imports rules, configuration, the engine or the command line.
"""

from .phrases import PhraseList, PhraseMatch, find_pattern, load_data

__all__ = ["PhraseList", "PhraseMatch", "find_pattern", "load_data"]
