"""The same message sent to many people, with only the names swapped.

## What it does
Across the drafts of one batch (one ``Linter.lint_many`` call, one CLI run over several files),
finds drafts that are the same text once the recipient-specific parts are masked: names and other
capitalised or proper nouns, numbers, template slots, and the recipient's profile terms (name,
company, interests). Greeting lines and signature blocks are left out: a shared letterhead says
who sends, not what. The masked drafts are cut into shingles of four words and compared with
MinHash and locality-sensitive hashing (``datasketch``), so a batch of 100,000 drafts costs about
linear time, not all pairs. Each member of a cluster of near-duplicates gets one finding that names
the cluster's size and one other member (its path, or its position in the batch).

A single draft is a batch of one and never a finding. Drafts under ``min-words`` words are too
short to tell a template from a coincidence and are left out.

## Why is this bad?
The advice is plain (002 §5): no form letter mailed to dozens. A recipient cannot see the other
forty copies, but they can tell a message that would read the same to anyone, and a batch of them
is the surest sign a campaign is being sent instead of a note.

## Example
Bad (English), two drafts of one batch:

    Hi Dana, I noticed your great work at Fieldnote and would love to connect and learn more
    about what you are building there.

    Hi Kenji, I noticed your great work at Mercari and would love to connect and learn more
    about what you are building there.

Better: one draft per person, each about something that person did.

Bad (Japanese), two drafts of one batch:

    山田様
    ACME株式会社でのご活躍を拝見し、ぜひ一度お話を伺いたくご連絡いたしました。

    佐藤様
    フィールドノート株式会社でのご活躍を拝見し、ぜひ一度お話を伺いたくご連絡いたしました。

Better: 相手ごとに、その人の記事や登壇、プロジェクトに触れた別々の文面を書く。

## Options
- ``threshold`` (0.6): estimated Jaccard similarity of the masked shingles above which two drafts
  are the same message.
- ``min-words`` (12): drafts with fewer words are not compared.
- ``shingle-size`` (4): words per shingle.
"""

from __future__ import annotations

import hashlib
import re
from array import array
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Hashable, Iterator, Mapping, Sequence, TypeVar

import regex

from ..analysis.layout import body_span
from ..core.context import Context
from ..core.document import Document, is_word
from ..core.finding import Finding, Severity
from ..core.rule import BatchRule, Options

__all__ = [
    "MassTemplate",
    "TemplateSignature",
    "band_keys",
    "cluster",
    "find_root",
    "masked_words",
    "minhash",
    "signature_minhash",
    "template_signature",
]

_SLOT = regex.compile(
    r"\{\{?[^{}\n]{1,40}\}\}?|\[[^\[\]\n]{1,40}\]|<[^<>\n]{1,40}>|%[A-Za-z_]{2,30}%|\*\|[A-Za-z_]{1,30}\|\*"
    r"|【[^】\n]{1,20}】|[○〇●□◯×＊]{1,6}"
)
_NUM_PERM = 64
# One mask for every part that changes per recipient: a name, a number, a slot, a profile term.
# A slot filled in one draft and a name left to the capitals in another must still compare equal.
_VARIABLE = "\x00"
_PUNCT_POS = frozenset({"補助記号", "PUNCT", "記号"})
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class MassTemplateOptions(Options):
    threshold: float = 0.6
    min_words: int = 12
    shingle_size: int = 4


def masked_words(doc: Document, ctx: Context) -> list[str]:
    """The draft's words with the parts that change per recipient replaced by a mask."""
    spans = [(m.start(), m.end()) for m in _SLOT.finditer(doc.text)]
    spans += _profile_spans(doc, ctx)
    spans.sort()
    words: list[str] = []
    span_i = 0
    japanese = doc.lang == "ja"
    sentence_first = frozenset() if japanese else {s.first for s in doc.sentences}
    n_spans = len(spans)
    # A shared signature block or letterhead says who sends, not what: only the body is compared.
    start, end = body_span(doc)
    for tok in doc.tokens:
        if tok.start < start or tok.end > end:
            continue
        text = tok.text
        # the hot loop of a 100,000-draft batch: cheap string tests before anything else
        if tok.pos in _PUNCT_POS or not is_word(text):
            continue
        while span_i < n_spans and spans[span_i][1] <= tok.start:
            span_i += 1
        if span_i < n_spans and spans[span_i][0] < tok.end:
            mask = _VARIABLE
        elif _DIGIT.search(text):
            mask = _VARIABLE
        elif japanese:
            mask = _VARIABLE if tok.pos2 == "固有名詞" else tok.norm
        elif text[0].isupper() and text != "I" and tok.i not in sentence_first:
            mask = _VARIABLE
        else:
            mask = tok.norm
        if mask is _VARIABLE and words and words[-1] is _VARIABLE:
            continue  # "Dana Park", "ACME株式会社": one masked span, however many words
        words.append(mask)
    return words


def _profile_spans(doc: Document, ctx: Context) -> list[tuple[int, int]]:
    """Where the recipient's name (each part), company, title and interests are written."""
    r = ctx.recipient
    if r is None:
        return []
    values = [r.company, r.title, *r.interests, r.name]
    if r.name:
        values += r.name.split()
    folded = doc.text.casefold()
    spans = []
    for value in values:
        if not value or len(value.strip()) < 2:
            continue
        needle = value.strip().casefold()
        start = folded.find(needle)
        while start >= 0:
            spans.append((start, start + len(needle)))
            start = folded.find(needle, start + len(needle))
    return spans


def _shingles(words: list[str], k: int) -> list[bytes]:
    if len(words) <= k:
        return [" ".join(words).encode("utf-8")]
    return [" ".join(words[i : i + k]).encode("utf-8") for i in range(len(words) - k + 1)]


@dataclass(frozen=True, slots=True)
class TemplateSignature:
    """All that judging a batch needs of one draft, a fixed few hundred bytes however long the draft.

    Worker processes return it, the result cache stores it, and the parent (or any other
    scheduler) hands a batch of them to :meth:`MassTemplate.judge`. The MinHash is made from the
    hashes only when judging compares the draft: a run of one draft never imports datasketch.
    """

    digest: bytes | None  # the masked shingles' hash: equal for drafts equal once masked; None if too short
    hashes: array  # each distinct shingle's 32-bit hash, as MinHash's default hash function makes it
    span: tuple[int, int]  # where the finding goes: first to last word
    locale: str  # the reader's language, for the message
    path: str | None  # how other drafts name this one


def template_signature(doc: Document, ctx: Context, options: MassTemplateOptions) -> TemplateSignature:
    """The :class:`TemplateSignature` of one draft under ``options``."""
    tokens = doc.tokens
    first = next((t for t in tokens if not t.is_punct), None)
    last = next((t for t in reversed(tokens) if not t.is_punct), None)
    span = (first.start, last.end) if first and last else (0, len(doc.text))
    words = masked_words(doc, ctx)
    if len(words) < options.min_words:
        return TemplateSignature(None, array("I"), span, ctx.locale, ctx.path)
    shingles = sorted(set(_shingles(words, options.shingle_size)))
    digest = hashlib.blake2b(b"\0".join(shingles), digest_size=16).digest()
    # datasketch's sha1_hash32, computed here so the parent never sees the words
    hashes = array("I", (int.from_bytes(hashlib.sha1(s).digest()[:4], "little") for s in shingles))
    return TemplateSignature(digest, hashes, span, ctx.locale, ctx.path)


def signature_minhash(sig: TemplateSignature):  # type: ignore[no-untyped-def]
    """The MinHash of a signature's shingle hashes, as :func:`band_keys` and the similarity take it."""
    return minhash(sig.hashes)


def _same(value: int) -> int:
    return value


# The steps of judging a batch, public so that another scheduler (``outreach_lint.dask``) runs
# the very same ones on other machines: a MinHash per distinct masked draft, its LSH band keys
# (shuffled there, so drafts that share a band meet), then :func:`cluster` on each group of drafts
# linked by shared bands. :meth:`MassTemplate.judge` runs them all in one process.


@lru_cache(maxsize=1)
def _base_minhash():  # type: ignore[no-untyped-def]
    from datasketch import MinHash  # lazily: single drafts never pay for it

    return MinHash(num_perm=_NUM_PERM, seed=1)  # permutations drawn once, not once per draft


def minhash(hashes: array):  # type: ignore[no-untyped-def]
    """The MinHash signature of a draft's shingle hashes (32-bit, as datasketch's sha1_hash32 makes them):
    ``_NUM_PERM`` unsigned integers below 2**32 (a numpy array: uint32 with datasketch 2, uint64 before)."""
    from datasketch import MinHash

    base = _base_minhash()
    scheme = {"scheme": base.scheme} if hasattr(base, "scheme") else {}  # datasketch 2 asks for it
    # the shingles arrive hashed (sha1_hash32, the default scheme's hash): pass them through
    m = MinHash(num_perm=_NUM_PERM, seed=1, permutations=base.permutations, hashfunc=_same, **scheme)
    m.update_batch(hashes)
    return m.hashvalues


@lru_cache(maxsize=8)
def _band_ranges(threshold: float) -> tuple[tuple[int, int], ...]:
    """The LSH bands datasketch's MinHashLSH picks for this threshold (fewest false results)."""
    from datasketch import MinHashLSH

    return tuple(MinHashLSH(threshold=threshold, num_perm=_NUM_PERM).hashranges)


def band_keys(signature, threshold: float) -> list[bytes]:  # type: ignore[no-untyped-def]
    """One key per LSH band of a :func:`minhash` signature, as MinHashLSH keys its tables: two
    drafts are compared when they share at least one key."""
    return [
        bytes((i,)) + bytes(signature[start:end].byteswap().data) for i, (start, end) in enumerate(_band_ranges(threshold))
    ]


def _similarity(a, b) -> float:  # type: ignore[no-untyped-def]
    """Estimated Jaccard similarity of two signatures (datasketch's MinHash.jaccard)."""
    return float((a == b).sum()) / float(len(a))


Key = TypeVar("Key", bound=Hashable)


def find_root(parent: dict, key):
    """Union-find: the representative of ``key`` in ``parent`` (key -> parent), halving the path
    as it goes. Shared by the clustering here and the Dask path's grouping of band buckets."""
    while parent[key] != key:
        parent[key] = parent[parent[key]]
        key = parent[key]
    return key


def cluster(keys: Sequence[Key], signatures: Mapping[Key, Any], threshold: float) -> list[list[Key]]:
    """Near-duplicate clusters of distinct masked drafts (their :func:`minhash` signatures), taken
    in the order of ``keys`` (batch order of each one's first draft).

    A draft joins every earlier cluster whose representative shares a band with it and is at least
    ``threshold`` similar; a draft that joins none becomes a representative. Only drafts that share
    a band interact, so running this on each group of band-linked drafts gives the clusters of the
    whole batch. Clusters come in the order of their first key.
    """
    if len(keys) == 1:
        return [list(keys)]
    parent: dict[Key, Key] = {}

    def root(key: Key) -> Key:
        return find_root(parent, key)

    index: dict[bytes, list[Key]] = {}  # band key -> representatives
    for key in keys:
        sig = signatures[key]
        parent[key] = key
        bands = band_keys(sig, threshold)
        candidates = {c for band in bands for c in index.get(band, ())}
        # Only drafts that matched no one are indexed, so a query returns a few cluster
        # representatives however large the clusters grow: the cost stays linear.
        matched = [c for c in candidates if _similarity(sig, signatures[c]) >= threshold]
        for candidate in matched:
            parent[root(candidate)] = root(key)  # a draft close to two clusters joins them
        if not matched:
            for band in bands:
                index.setdefault(band, []).append(key)
    clusters: dict[Key, list[Key]] = {}
    for key in keys:
        clusters.setdefault(root(key), []).append(key)
    return list(clusters.values())


class _MinHashes(Mapping):
    """Digest -> the MinHash of its first draft's signature, made when first asked for and kept
    packed (64 four-byte values: datasketch's are all under 2**32), not as a numpy array each."""

    def __init__(self, signatures: Sequence[TemplateSignature], first_of: dict[bytes, int]) -> None:
        self._signatures, self._first_of = signatures, first_of
        self._packed: dict[bytes, bytes] = {}

    def __getitem__(self, digest: bytes):  # type: ignore[no-untyped-def]
        import numpy

        packed = self._packed.get(digest)
        if packed is None:
            values = signature_minhash(self._signatures[self._first_of[digest]])
            packed = self._packed[digest] = values.astype("<u4").tobytes()
        return numpy.frombuffer(packed, dtype="<u4")

    def __len__(self) -> int:
        return len(self._first_of)

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._first_of)


class MassTemplate(BatchRule):
    code = "OL103"
    name = "mass-template"
    severity = Severity.WARNING
    advice = "002 §5"
    options_class = MassTemplateOptions
    min_batch = 2  # a single draft is a batch of one and never a finding
    doc_ja = """
    ## 何をするか
    一つのバッチ（``Linter.lint_many`` の一回の呼び出し、複数ファイルを対象にした CLI の一回の実行）の
    下書きのうち、相手ごとに変わる部分を伏せると同じ文面になるものを見つけます。伏せるのは、名前などの
    固有名詞や大文字で始まる語、数字、差し込み枠、相手のプロフィールの語（名前・会社・関心事）です。
    宛名の行と署名は比べません。共通の署名は送り手を示すだけで、文面の中身ではないからです。
    伏せた文面を四語ずつの shingle に切り、MinHash と局所性鋭敏型ハッシュ（``datasketch``）で比べるので、
    10万件のバッチでも全組み合わせではなくほぼ線形の時間で済みます。ほぼ同じ文面のまとまりの各下書きに、
    まとまりの件数と他の一件（パス、なければバッチ内の位置）を示す指摘を一つずつ付けます。

    下書き一件だけのときは一件のバッチなので、指摘しません。``min-words`` 語未満の短い下書きは、
    定型文か偶然の一致か区別できないので比べません。

    ## なぜ問題か
    記事の助言ははっきりしています（002 §5）：定型文を何十人にも送らない。受け取った人に他の40通は
    見えませんが、誰が読んでも同じ文面だということは伝わります。同じ文面の束は、メッセージではなく
    キャンペーンを送っている何よりの証拠です。

    ## 例
    悪い例（同じバッチの二件）：

        山田様
        ACME株式会社でのご活躍を拝見し、ぜひ一度お話を伺いたくご連絡いたしました。

        佐藤様
        フィールドノート株式会社でのご活躍を拝見し、ぜひ一度お話を伺いたくご連絡いたしました。

    より良い例：相手ごとに、その人の記事や登壇、プロジェクトに触れた別々の文面を書く。

    悪い例（英語、同じバッチの二件）：

        Hi Dana, I noticed your great work at Fieldnote and would love to connect and learn more
        about what you are building there.

        Hi Kenji, I noticed your great work at Mercari and would love to connect and learn more
        about what you are building there.

    より良い例（英語）：one draft per person, each about something that person did.

    ## オプション
    - ``threshold``（0.6）：伏せた shingle の推定 Jaccard 類似度がこれ以上なら同じ文面とみなします。
    - ``min-words``（12）：これより語数の少ない下書きは比べません。
    - ``shingle-size``（4）：shingle 一つあたりの語数。
    """
    messages = {
        "cluster": {
            "en": "One of {size} drafts in this batch that are the same message with only names or details swapped (another one: {other})",
            "ja": "このバッチの{size}件の下書きが、名前や細部を入れ替えただけの同じ文面です（他の一件：{other}）",
        },
        "suggest": {
            "en": "Write each recipient their own note: one thing about them, and why you are writing to them in particular.",
            "ja": "相手ごとに文面を書き分け、その人についての一点と、その人に連絡する理由を書いてください。",
        },
        "index": {"en": "the draft at batch index {n}", "ja": "バッチ内の位置 {n} の下書き"},
    }

    def signature(self, doc: Document, ctx: Context) -> TemplateSignature:
        return template_signature(doc, ctx, self.options)

    def check_batch(self, items: list[tuple[Document, Context]]) -> Iterator[tuple[int, Finding]]:
        return self.judge([self.signature(doc, ctx) for doc, ctx in items])

    def judge(self, signatures: list[Any]) -> Iterator[tuple[int, Finding]]:
        if len(signatures) < 2:
            return
        # Exact duplicates after masking share one digest: the common case costs one hash each.
        groups: dict[bytes, list[int]] = {}
        first_of: dict[bytes, int] = {}
        for index, sig in enumerate(signatures):
            if sig.digest is None:
                continue
            members = groups.get(sig.digest)
            if members is None:
                groups[sig.digest] = [index]
                first_of[sig.digest] = index
            else:
                members.append(index)
        keys = list(groups)
        # made from the signatures as clustering asks; one distinct message needs none
        minhashes = _MinHashes(signatures, first_of) if len(keys) > 1 else {}
        texts: dict[tuple, str] = {}  # the messages of a cluster's members are one or two strings, shared
        for members_keys in cluster(keys, minhashes, self.options.threshold) if keys else []:
            members = sorted(i for key in members_keys for i in groups[key])
            if len(members) < 2:
                continue
            first, second = [(i, signatures[i].path) for i in members[:2]]
            for index in members:
                yield index, self.cluster_finding(signatures[index], index, len(members), first, second, texts)

    def cluster_finding(
        self,
        sig: TemplateSignature,
        index: int,
        size: int,
        first: tuple[int, str | None],
        second: tuple[int, str | None],
        texts: dict[tuple, str] | None = None,
    ) -> Finding:
        """The finding of the draft at batch ``index`` (signature ``sig``) in a cluster of ``size``.

        ``first`` and ``second`` are the cluster's two lowest batch indexes, each with its draft's
        path or None: the finding names one of them that is not this draft. ``texts``, kept by the
        caller across a batch, shares the messages' strings between the findings that say the same.
        """
        other, path = first if first[0] != index else second
        texts = {} if texts is None else texts
        key = (sig.locale, size, other, path)
        message = texts.get(key)
        if message is None:
            name = path or self.say(sig.locale, "index", n=other)
            message = texts[key] = self.say(sig.locale, "cluster", size=size, other=name)
        suggestion = texts.get((sig.locale,))
        if suggestion is None:
            suggestion = texts[(sig.locale,)] = self.say(sig.locale, "suggest")
        start, end = sig.span
        return self.finding(None, start, end, message, suggestion=suggestion)
