"""Sentence acts: what each sentence of a draft does, learned from labeled sentences.

Every sentence gets a probability for each act in :data:`ACTS` — the writer introduces
themselves, refers to the recipient's own work, asks for something, offers something, pushes,
demands a reply, chases, switches channel, apologises, presumes a meeting, or only says stock
networking phrases. Rules combine these scores with the context (platform, thread, recipient)
instead of each keeping a closed list of phrasings: a paraphrase the phrase lists never saw still
shares words, word pairs and word shapes with the sentences the model learned from.

The model is a one-vs-rest logistic regression per language over features of our own tokens
(lemmas, lemma pairs, UniDic part of speech and conjugation, numbers, capitalised words, who the
sentence is about). Its weights ship inside the package (``data/acts-<lang>.bin.gz``) and are
trained by ``python -m outreach_lint.train_acts`` from ``corpora/acts/``; inference is
a few dozen additions per sentence in plain Python, no model download and no network.
"""

from __future__ import annotations

import gzip
import json
import math
import os
import sys
from array import array
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import as_file, files
from operator import attrgetter
from pathlib import Path
from typing import Iterable, Sequence

from ..core.document import Document, Token, is_word, per_draft
from .words import lemma_key

__all__ = ["ACTS", "ActModel", "SentenceActs", "sentence_features", "load_model", "document_acts"]

#: The acts, in the column order of the model's weights.
ACTS: tuple[str, ...] = (
    "intro",  # who the writer is, what they do
    "their_work",  # something specific of the recipient's own: post, talk, paper, product, result
    "boilerplate",  # generic praise or networking stock phrases
    "ask",  # a favour, time, advice, a referral, a job, an introduction, a purchase, promotion
    "offer",  # something for the recipient, or what is in it for them
    "pressure",  # urgency, scarcity, prizes, expiring offers, shouting
    "reply_demand",  # asking for or expecting an answer
    "follow_up",  # refers back to the writer's earlier unanswered message, or chases
    "channel_switch",  # phone, messaging app, personal address
    "apology",  # apology or self-deprecation
    "meeting",  # proposes or presumes a meeting or call
    "favour",  # an ask that serves the writer: a job, a referral, their time for my problem, a purchase, promotion
)
ACT_INDEX = {name: n for n, name in enumerate(ACTS)}

_KEEP_PUNCT = frozenset("?？!！")
_EN_PRONOUNS = frozenset({"i", "me", "my", "mine", "we", "us", "our", "you", "your", "yours"})
_JA_YOU = frozenset({"貴社", "御社", "貴殿", "あなた", "貴方", "君", "様", "さん", "先生", "氏"})
_JA_ME = frozenset({"私", "わたし", "僕", "俺", "弊社", "当社", "小生", "わたくし", "自分"})


def _en_units(tokens: Sequence[Token]) -> list[str]:
    units: list[str] = []
    first = True
    for tok in tokens:
        text = tok.text
        if not is_word(text):
            if text[:1] in _KEEP_PUNCT:
                units.append(text[:1].replace("？", "?").replace("！", "!"))
            continue
        if any(c.isdigit() for c in text):
            units.append("#num")
            first = False
            continue
        lemma = tok.lnorm
        if text[:1].isupper() and not first and lemma not in _EN_PRONOUNS:
            units.append("#cap")
            if text.isupper() and len(text) > 2:
                units.append("#caps")
        units.append(lemma)
        first = False
    return units


_JA_SKIP = frozenset({"補助記号", "空白"})
_SHAPES = frozenset({"#cap", "#caps", "#propn", "#latin"})


def _has_digit(text: str) -> bool:
    return not text.isalpha() and any(c.isdigit() for c in text)


def _ja_units(words: Sequence[Token], keys: Sequence[str], marks: Sequence[Token]) -> list[str]:
    """Units of a Japanese sentence from its words (``keys`` their lemmas), with ? and ! marks kept
    where they stood (``marks``: the sentence's tokens, marks included, in order)."""
    units: list[str] = []
    k = 0
    for tok in marks:
        if tok.pos in _JA_SKIP:
            if tok.text[:1] in _KEEP_PUNCT:
                units.append("?" if tok.text[:1] in "?？" else "!")
            continue
        key = keys[k]
        k += 1
        if tok.pos2 == "数詞" or _has_digit(tok.text):
            if not units or units[-1] != "#num":
                units.append("#num")
            continue
        if tok.pos2 == "固有名詞":
            units.append("#propn")
        elif tok.text.isascii() and any(c.isalpha() for c in tok.text):
            units.append("#latin")
        units.append(key)
    return units


def sentence_features(tokens: Sequence[Token], lang: str) -> list[str]:
    """The features of one sentence: lemma unigrams and pairs, shapes, the sentence's ending."""
    if lang == "ja":
        words = [t for t in tokens if t.pos not in _JA_SKIP]
        keys = [lemma_key(t, "ja") for t in words]  # UniDic's データ-data, 私-代名詞 lose their gloss
        units = _ja_units(words, keys, tokens)
    else:
        units = _en_units(tokens)
    feats = ["u:" + u for u in units]
    prev = "<s>"
    for u in units:
        if u in _SHAPES:
            continue  # shape markers pair with nothing: the word after them pairs with the one before
        feats.append(f"b:{prev} {u}")
        prev = u
    feats.append(f"b:{prev} </s>")
    if lang == "ja":
        if words:
            last = words[-1]
            feats.append(f"end:{keys[-1]}:{last.cform.split('-')[0]}")
            if len(words) > 1:
                feats.append(f"end2:{keys[-2]} {keys[-1]}")
        for k, t in enumerate(words):
            if t.pos == "接頭辞" and t.lemma == "御" and k + 1 < len(words) and words[k + 1].pos == "名詞":
                feats.append("ja:honorific-noun")  # ご講演, ご投稿: the recipient's own thing
            if t.cform.startswith("命令形"):
                feats.append("ja:imperative")
            if t.ctype.startswith("助動詞-マス") or t.ctype.startswith("助動詞-デス"):
                feats.append("ja:polite")
        # Character pairs of the written form: keigo and set phrases survive MeCab cutting them differently
        chars = "".join(t.norm for t in words if t.pos2 != "数詞" and not _has_digit(t.text))
        feats.extend({"c:" + chars[k : k + 2] for k in range(len(chars) - 1)})
        lemmas = set(keys)
        if lemmas & _JA_YOU:
            feats.append("about:you")
        if lemmas & _JA_ME:
            feats.append("about:me")
    else:
        lemmas = set(units)
        if lemmas & {"you", "your", "yours"}:
            feats.append("about:you")
        if lemmas & {"i", "me", "my", "mine"}:
            feats.append("about:me")
        if lemmas & {"we", "us", "our"}:
            feats.append("about:we")
    n = len(units)
    feats.append("len:short" if n < 6 else "len:mid" if n < 20 else "len:long")
    return feats


@dataclass(frozen=True, slots=True)
class SentenceActs:
    """Per-sentence act probabilities of one document: a row per sentence, a column per act."""

    scores: tuple[tuple[float, ...], ...]

    def of(self, sentence: int, act: str) -> float:
        return self.scores[sentence][ACT_INDEX[act]]

    def sentences_with(self, act: str, threshold: float = 0.5) -> list[int]:
        """Indices of the sentences whose probability of ``act`` reaches ``threshold``."""
        k = ACT_INDEX[act]
        return [n for n, row in enumerate(self.scores) if row[k] >= threshold]

    def max(self, act: str) -> float:
        k = ACT_INDEX[act]
        return max((row[k] for row in self.scores), default=0.0)


MEMO = 4096  # sentences whose scores an ActModel keeps (a few MB at most)
# What sentence_features reads of a token, per language (norm and lnorm follow from text and lemma,
# but are read too: a token built by hand may set them otherwise).
_FEATURE_FIELDS = {
    "ja": attrgetter("text", "lemma", "norm", "lnorm", "pos", "pos2", "ctype", "cform"),
    "en": attrgetter("text", "lnorm"),
}
_ALL_FIELDS = attrgetter("text", "lemma", "base", "norm", "lnorm", "pos", "pos2", "ctype", "cform")


class ActModel:
    """Weights of one language: a row of ``len(ACTS)`` floats per known feature, and a bias.

    Inference is plain Python (a few dozen row additions per sentence): no numpy import on the
    linting path, which would cost a Japanese cold start more than the whole model does.
    """

    def __init__(
        self, vocabulary: Sequence[str], weights: Sequence[float], bias: Sequence[float], columns: Sequence[str] = ACTS
    ) -> None:
        self.columns = tuple(columns)  # what each weight column scores: the acts, or another model's labels
        self.vocabulary = list(vocabulary)
        # Rows stay in the loaded float32 array, sliced when a feature is seen: building a tuple
        # per feature up front cost more of a Japanese cold start than reading the file.
        self._weights = weights if isinstance(weights, array) else array("d", weights)
        width = len(self.columns)
        self._row_of = dict(zip(self.vocabulary, range(0, len(self.vocabulary) * width, width)))
        self._seen: dict[str, tuple[float, ...]] = {}  # rows of the features met so far, as tuples (faster to add)
        self._memo: dict[tuple, tuple[float, ...]] = {}  # scores by a sentence's tokens (see sentence_scores)
        self._parts: dict[tuple, tuple] = {}  # one copy of each token's fields among the memo's keys
        self.bias = tuple(float(b) for b in bias)

    @property
    def rows(self) -> dict[str, tuple[float, ...]]:
        """Each feature's weights, one per column (built on demand: inference does not need it)."""
        width, weights = len(self.columns), self._weights
        return {f: tuple(weights[n : n + width]) for f, n in self._row_of.items()}

    def same_as(self, other: "ActModel", tolerance: float = 1e-3) -> bool:
        """Whether ``other`` has these columns, this vocabulary, and every weight and bias within
        ``tolerance``: what a fresh fit must give for a shipped model to be its output. liblinear's
        last digits move with the scikit-learn/NumPy release (1.9.1: up to 6e-4 on a weight) and with
        the number of BLAS threads; a feature only one of the two keeps counts when its weights are at
        the pruning edge (within twice ``tolerance`` of zero). A changed corpus or feature moves a
        weight far more, or the vocabulary."""
        if self.columns != other.columns:
            return False
        mine, theirs = self.rows, other.rows
        for feature in mine.keys() | theirs.keys():
            a, b = mine.get(feature), theirs.get(feature)
            if a is None or b is None:
                # kept by one fit and pruned by the other: only a weight at the pruning edge (about
                # 1e-3) may be, as liblinear's sums in another BLAS thread count leave one just past it
                if max(abs(w) for w in (a or b or ())) > 2 * tolerance:
                    return False
            elif any(abs(x - y) > tolerance for x, y in zip(a, b)):
                return False
        return all(abs(x - y) <= tolerance for x, y in zip(self.bias, other.bias))

    def sentence_scores(self, tokens: Sequence[Token], lang: str) -> tuple[float, ...]:
        """:meth:`score` of the sentence made of ``tokens``. Sentences recur across a batch
        (greetings, closings, a template's lines): the scores of up to :data:`MEMO` sentences
        are kept, keyed by every token attribute the features read, so a sentence met again
        gets the very floats a fresh computation gives, without its features being rebuilt."""
        # A tuple of each token's fields: hashing it reuses the strings' cached hashes, about half
        # the cost of joining the fields into one string (measured on the benchmark's Japanese
        # drafts: 31 -> 16 us a draft), and no field's content can make two sentences collide.
        key = (lang, *map(_FEATURE_FIELDS.get(lang, _ALL_FIELDS), tokens))
        scores = self._memo.get(key)
        if scores is None:
            scores = self.score(sentence_features(tokens, lang))
            if len(self._memo) < MEMO:
                # kept with each token's fields shared with the other kept sentences (the same words
                # recur): memory stays near what one joined string a sentence took
                parts = self._parts
                self._memo[tuple(parts.setdefault(part, part) for part in key)] = scores
        return scores

    def score(self, features: Iterable[str]) -> tuple[float, ...]:
        seen, row_of = self._seen, self._row_of
        rows = [self.bias]
        for f in set(features):
            row = seen.get(f)
            if row is None:
                n = row_of.get(f)
                if n is None:
                    continue
                row = seen[f] = tuple(self._weights[n : n + len(self.columns)])
            rows.append(row)
        # one column sum per act over all the sentence's rows: far cheaper than a tuple per row. fsum is
        # exact, so the order of the rows (a set's, which follows the process's string hashes) cannot
        # move a score's last bit from one run to the next: such a bit carried a draft feature across
        # a bin's edge (analysis.drafts), and a fresh training fitted another draft model
        return tuple(_sigmoid(math.fsum(column)) for column in zip(*rows))

    def save(self, path) -> None:
        """One file: a JSON header line, the vocabulary (a feature per line), float32 weights."""
        vocab = "\n".join(self.vocabulary).encode("utf-8")
        rows = self.rows  # computed per call: once here, not once per feature
        weights = array("f", (w for f in self.vocabulary for w in rows[f]))
        if sys.byteorder != "little":
            weights.byteswap()
        header = json.dumps({"format": 1, "acts": list(self.columns), "bias": list(self.bias), "vocabulary_bytes": len(vocab)})
        with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as fh:
            fh.write(header.encode("utf-8") + b"\n" + vocab + weights.tobytes())  # mtime=0: same bytes every time

    @classmethod
    def load(cls, path, columns: Sequence[str] = ACTS) -> "ActModel":
        with gzip.open(path, "rb") as fh:
            data = fh.read()
        cut = data.index(b"\n")
        header = json.loads(data[:cut])
        if header.get("format") != 1 or tuple(header["acts"]) != tuple(columns):
            raise ValueError(f"{path}: not a model of this version (columns {header.get('acts')})")
        vocab_end = cut + 1 + header["vocabulary_bytes"]
        vocab = data[cut + 1 : vocab_end].decode("utf-8").split("\n")
        weights = array("f")
        weights.frombytes(data[vocab_end:])
        if sys.byteorder != "little":
            weights.byteswap()
        return cls(vocab, weights, header["bias"], columns)


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


#: A folder with one's own trained models (``acts-en.bin.gz``, ``acts-ja.bin.gz``); a language
#: without a file there uses the shipped model.
MODELS_ENV = "OUTREACH_LINT_ACT_MODELS"


def model_path(lang: str, stem: str = "acts"):
    """The file of the ``stem`` model for ``lang``: one's own (see :data:`MODELS_ENV`), or the shipped one."""
    own = os.environ.get(MODELS_ENV)
    if own:
        path = Path(own) / f"{stem}-{lang}.bin.gz"
        if path.is_file():
            return path
    return files("outreach_lint.analysis") / "data" / f"{stem}-{lang}.bin.gz"


@lru_cache(maxsize=None)
def load_model(lang: str) -> ActModel | None:
    """The shipped model for ``lang``, or None for a language without one (loaded once per process)."""
    path = model_path(lang)
    if not path.is_file():
        return None
    with as_file(path) as real:
        return ActModel.load(real)


@per_draft
def document_acts(doc: Document) -> SentenceActs:
    """Act probabilities for every sentence of ``doc`` (all zero in a language without a model)."""
    model = load_model(doc.lang)
    if model is None:
        return SentenceActs(tuple((0.0,) * len(ACTS) for _ in doc.sentences))
    tokens, lang = doc.tokens, doc.lang
    return SentenceActs(tuple(model.sentence_scores(tokens[s.first : s.last], lang) for s in doc.sentences))
