"""The same message sent to many people, with only the names swapped.

## What it does
Across the drafts of one batch (one ``Linter.lint_many`` call, one CLI run over several files),
finds drafts that are the same text once the recipient-specific parts are masked: names and other
capitalised or proper nouns, numbers, template slots, and the recipient's profile terms (name,
company, title, interests, and the title of their recent post when the draft quotes it: "Your post
\"How we made card authorisations faster\" was insightful" swaps only the post per recipient). Greeting lines and signature blocks are left out: a shared letterhead says
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
- ``threshold`` (0.5): estimated Jaccard similarity of the masked shingles above which two drafts
  are the same message. A short copy with one detail swapped per recipient (the dish, the post
  topic) keeps only 0.6 to 0.7 of its four-word shingles, and the MinHash estimate of that wanders by
  about 0.06, so a higher threshold misses some copies; individually written drafts from one
  sender share far less.
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

from ..analysis.layout import body_span
from ..analysis.phrases import lazy_pattern
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

_SLOT = lazy_pattern(
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
    threshold: float = 0.5
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
    """Where the recipient's name (each part), company, title, interests and recent post are written."""
    r = ctx.recipient
    if r is None:
        return []
    values = [r.company, r.title, *r.interests, r.name, r.recent_post]
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
    roots = _cluster_roots(len(keys), lambda n: signatures[keys[n]], threshold)
    clusters: dict[int, list[Key]] = {}
    for n, key in enumerate(keys):
        clusters.setdefault(roots[n], []).append(key)
    return list(clusters.values())


def _cluster_roots(count: int, signature_of, threshold: float) -> array:  # type: ignore[no-untyped-def]
    """:func:`cluster` of ``count`` keys known by their position: the position of each one's
    cluster root. ``signature_of(n)`` is asked once for each, in order; only the representatives'
    signatures are kept (in :class:`_Representatives`), so memory follows them, not the batch."""
    parent = array("q", range(count))
    reps = _Representatives(_band_ranges(threshold))
    for n in range(count):
        sig = signature_of(n)
        # Only drafts that matched no one are indexed, so a query returns a few cluster
        # representatives however large the clusters grow: the cost stays linear.
        matched = [m for m, values in reps.sharing_a_band(sig) if _similarity(sig, values) >= threshold]
        for m in matched:
            parent[find_root(parent, m)] = find_root(parent, n)  # a draft close to two clusters joins them
        if not matched:
            reps.add(n, sig)
    for n in range(count):
        parent[n] = find_root(parent, n)
    return parent


class _Representatives:
    """The cluster representatives met so far, looked up by LSH band, in flat arrays.

    Each one's signature is kept packed (64 little-endian four-byte values: datasketch's are all
    under 2**32), and its bands sit in an open-addressing table of (band hash, representative)
    slots: about 500 bytes a representative, where a dict of band keys to lists took over 2 KB. A
    hash only finds a slot; the band's values are compared, so the representatives that share a
    band are exactly those :func:`band_keys` would pair (and none else)."""

    def __init__(self, ranges: tuple[tuple[int, int], ...]) -> None:
        self._ranges = tuple((4 * start, 4 * end) for start, end in ranges)  # byte ranges of the packed values
        self._packed = bytearray()  # representative r's values at [r * _WIDTH, (r + 1) * _WIDTH)
        self._position = array("q")  # representative r's key position
        self._hashes = array("q", bytes(8 * 64))  # per slot: the band's hash
        self._owner = array("i", b"\xff" * (4 * 64))  # per slot: the representative, -1 for none
        self._used = 0

    def _bands(self, packed: bytes) -> list[tuple[int, bytes, int]]:
        return [(start, band, hash((start, band))) for start, end in self._ranges for band in (packed[start:end],)]

    def sharing_a_band(self, sig) -> list[tuple[int, Any]]:  # type: ignore[no-untyped-def]
        """``(key position, signature)`` of each representative that shares a band with ``sig``."""
        import numpy

        packed = _pack(sig)
        mask, hashes, owner, kept = len(self._owner) - 1, self._hashes, self._owner, self._packed
        found: dict[int, None] = {}
        for start, band, h in self._bands(packed):
            slot = h & mask
            while (r := owner[slot]) >= 0:
                base = r * _WIDTH
                if hashes[slot] == h and r not in found and kept[base + start : base + start + len(band)] == band:
                    found[r] = None
                slot = (slot + 1) & mask
        return [(self._position[r], numpy.frombuffer(bytes(kept[r * _WIDTH : (r + 1) * _WIDTH]), dtype="<u4")) for r in found]

    def add(self, position: int, sig) -> None:  # type: ignore[no-untyped-def]
        packed = _pack(sig)
        r = len(self._position)
        self._position.append(position)
        self._packed += packed
        if 2 * (self._used + len(self._ranges)) > len(self._owner):
            self._grow()
        for _, _, h in self._bands(packed):
            self._put(h, r)

    def _put(self, h: int, r: int) -> None:
        mask = len(self._owner) - 1
        slot = h & mask
        while self._owner[slot] >= 0:
            slot = (slot + 1) & mask
        self._hashes[slot], self._owner[slot] = h, r
        self._used += 1

    def _grow(self) -> None:
        slots = [(h, r) for h, r in zip(self._hashes, self._owner) if r >= 0]
        size = 2 * len(self._owner)
        self._hashes, self._owner, self._used = array("q", bytes(8 * size)), array("i", b"\xff" * (4 * size)), 0
        for h, r in slots:
            self._put(h, r)


_WIDTH = 4 * _NUM_PERM  # bytes of a packed signature


def _pack(sig) -> bytes:  # type: ignore[no-untyped-def]
    return sig.astype("<u4").tobytes()


def _group(signatures: Sequence[TemplateSignature]) -> tuple[array, array, array, bytes, list[str]]:
    """One pass over a batch's signatures: each draft's key (the position of its digest among the
    batch's distinct digests, in order of first appearance; -1 for a draft too short to compare),
    each key's first draft, and every draft's span and locale (as a number into the returned
    names): all a judged batch keeps, some 30 bytes a draft."""
    keys = array("i")
    spans = array("q")
    locales = bytearray()
    names: list[str] = []
    digests = bytearray()  # the digests of the drafts compared, 16 bytes each
    compared = array("q")
    one = None  # the only digest, while there is only one
    alone = True
    for index, sig in enumerate(signatures):
        spans.extend(sig.span)
        if sig.locale not in names:
            names.append(sig.locale)
        locales.append(names.index(sig.locale))
        if sig.digest is None:
            keys.append(-1)
            continue
        keys.append(0)
        compared.append(index)
        digests += sig.digest
        if one is None:
            one = sig.digest
        elif alone and sig.digest != one:
            alone = False
    if alone:
        return keys, array("q", compared[:1]), spans, bytes(locales), names
    import numpy

    _, first, inverse = numpy.unique(numpy.frombuffer(bytes(digests), dtype="S16"), return_index=True, return_inverse=True)
    del digests
    order = numpy.argsort(first)  # distinct digests in order of their first draft
    rank = numpy.empty_like(order)
    rank[order] = numpy.arange(len(order))
    for n, index in enumerate(compared):
        keys[index] = int(rank[inverse[n]])
    return keys, array("q", (compared[int(f)] for f in first[order])), spans, bytes(locales), names


class _Verdict(Mapping):
    """Batch index -> the mass-template finding on that draft, made when it is asked for (when
    the draft's report is written): a judged batch keeps each draft's cluster number, span and
    locale, and a (size, first, second) record per cluster, never a finding per draft."""

    def __init__(self, rule: "MassTemplate", cluster_of: array, clusters: list[tuple[int, tuple, tuple]], spans: array, locales: bytes, names: list[str]) -> None:
        self._rule, self._cluster_of, self._clusters = rule, cluster_of, clusters
        self._spans, self._locales, self._names = spans, locales, names
        self._texts: dict[tuple, str] = {}  # the messages of a cluster's members are one or two strings, shared

    def __getitem__(self, index: int) -> list[Finding]:
        if not isinstance(index, int) or not 0 <= index < len(self._cluster_of) or self._cluster_of[index] < 0:
            raise KeyError(index)
        size, first, second = self._clusters[self._cluster_of[index]]
        span = (self._spans[2 * index], self._spans[2 * index + 1])
        return [self._rule._cluster_finding(self._names[self._locales[index]], span, index, size, first, second, self._texts)]

    def __iter__(self) -> Iterator[int]:
        return (index for index, c in enumerate(self._cluster_of) if c >= 0)

    def __len__(self) -> int:
        return sum(1 for c in self._cluster_of if c >= 0)

    def pairs(self) -> Iterator[tuple[int, Finding]]:
        """``(index, finding)`` cluster by cluster, each in batch order (what ``judge`` yields)."""
        members: list[list[int]] = [[] for _ in self._clusters]
        for index, c in enumerate(self._cluster_of):
            if c >= 0:
                members[c].append(index)
        for indexes in members:
            for index in indexes:
                yield index, self[index][0]


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
    固有名詞や大文字で始まる語、数字、差し込み枠、相手のプロフィールの語（名前・会社・役職・関心事、そして文面が引用する最近の投稿の題名：「『決済の承認を速くした方法』の投稿を拝読し」は相手ごとに投稿だけを差し替えています）です。
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
    - ``threshold``（0.5）：伏せた shingle の推定 Jaccard 類似度がこれ以上なら同じ文面とみなします。相手ごとに
      一か所（料理名、投稿のテーマ）だけ差し替えた短い写しは4語の shingle の 0.6〜0.7 しか共有せず、MinHash の
      推定値は 0.06 ほど揺れるため、これより高いと写しを見落とします。同じ送り手が一通ずつ書いた文面の共有はずっと少なくなります。
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
        if len(signatures) >= 2:
            yield from self.verdict(signatures).pairs()

    def verdict(self, signatures: Sequence[Any]) -> _Verdict:
        """The batch's findings by index (see :class:`_Verdict`). Exact duplicates after masking
        share one digest, and so one key: the common case costs one hash each."""
        keys, firsts, spans, locales, names = _group(signatures)
        count = len(firsts)
        if count > 1:
            import numpy

            # made from each key's first draft as clustering asks, packed as judging always took them
            def signature_of(n: int):  # type: ignore[no-untyped-def]
                return numpy.frombuffer(_pack(signature_minhash(signatures[firsts[n]])), dtype="<u4")

            roots = _cluster_roots(count, signature_of, self.options.threshold)
        else:
            roots = array("q", range(count))
        # each cluster's size and first two drafts, numbered in the order of their first draft
        number = array("i", b"\xff" * (4 * count))  # by root position
        sizes, heads, seconds = array("q"), array("q"), array("q")
        cluster_of = array("i", keys)
        for index, key in enumerate(keys):
            if key < 0:
                continue
            root = roots[key]
            c = number[root]
            if c < 0:
                c = number[root] = len(sizes)
                sizes.append(0)
                heads.append(index)
                seconds.append(-1)
            elif sizes[c] == 1:
                seconds[c] = index
            sizes[c] += 1
            cluster_of[index] = c
        # only clusters of two drafts or more are kept, renumbered
        kept = array("i", b"\xff" * (4 * len(sizes)))
        clusters: list[tuple[int, tuple, tuple]] = []
        for c, size in enumerate(sizes):
            if size > 1:
                kept[c] = len(clusters)
                first, second = heads[c], seconds[c]
                clusters.append((size, (first, signatures[first].path), (second, signatures[second].path)))
        for index, c in enumerate(cluster_of):
            if c >= 0:
                cluster_of[index] = kept[c]
        return _Verdict(self, cluster_of, clusters, spans, locales, names)

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
        return self._cluster_finding(sig.locale, sig.span, index, size, first, second, texts)

    def _cluster_finding(
        self,
        locale: str,
        span: tuple[int, int],
        index: int,
        size: int,
        first: tuple[int, str | None],
        second: tuple[int, str | None],
        texts: dict[tuple, str] | None = None,
    ) -> Finding:
        other, path = first if first[0] != index else second
        texts = {} if texts is None else texts
        key = (locale, size, other, path)
        message = texts.get(key)
        if message is None:
            name = path or self.say(locale, "index", n=other)
            message = texts[key] = self.say(locale, "cluster", size=size, other=name)
        suggestion = texts.get((locale,))
        if suggestion is None:
            suggestion = texts[(locale,)] = self.say(locale, "suggest")
        start, end = span
        return self.finding(None, start, end, message, suggestion=suggestion)
