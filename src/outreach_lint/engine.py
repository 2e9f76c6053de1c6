"""The engine: text → Document → every rule → sorted findings.

Data flows one way. The :class:`Linter` loads tokenizers and rules once; each draft is tokenized
once; each rule reads the document and its context; findings get their line and column in one
place, here. No rule reads files or prints.
"""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, Sequence

import regex

from .config import Config
from .core.context import Context, coerce_date, coerce_recipient, coerce_thread
from .core.document import Document
from .core.errors import InputError
from .core.finding import Finding, Severity
from .core.language import SUPPORTED_LANGUAGES, detect_language
from .core.platforms import get_platform
from .core.rule import BatchRule, Rule
from .draft import Draft
from .registry import build_rule, select_rules
from .registry import LoadError, LoadedRule, discover_rules
from .suppressions import Suppression, blank, front_matter_suppression, parse_comments, unused_findings
from .tokenizers import get_tokenizer

if TYPE_CHECKING:
    from .cache import ResultCache

__all__ = ["Linter", "Result", "DraftInput", "Checked", "crash_finding", "lint", "line_starts", "position"]

_SURROGATE = regex.compile(r"[\ud800-\udfff]")
_LINE_BREAK = regex.compile(r"\r\n|\r|\n")

UNSUPPORTED_LANGUAGE = ("OL000", "unsupported-language")


@dataclass
class Result:
    """What linting one draft found."""

    findings: list[Finding]
    lang: str
    platform: str
    text: str
    path: str | None = None
    document: Document | None = field(default=None, repr=False)  # Linter.lint only: a batch drops each once checked

    @property
    def max_severity(self) -> Severity | None:
        return max((f.severity for f in self.findings), key=lambda s: s.rank, default=None)

    def failed(self, level: Severity | str = Severity.WARNING) -> bool:
        """Whether any finding reaches ``level`` (the CLI's exit status 1)."""
        rank = Severity.parse(level).rank
        return any(f.severity.rank >= rank for f in self.findings)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.ERROR]

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "lang": self.lang,
            "platform": self.platform,
            "findings": [f.to_dict() for f in self.findings],
        }


def line_starts(text: str) -> list[int]:
    """Offsets where each line starts; CRLF, CR and LF all end a line."""
    return [0] + [m.end() for m in _LINE_BREAK.finditer(text)]


def position(starts: list[int], offset: int) -> tuple[int, int]:
    """1-based (line, column) of character ``offset``, columns counted in characters."""
    line = bisect.bisect_right(starts, offset) - 1
    return line + 1, offset - starts[line] + 1


_DRAFT_KEYS = frozenset({"text", "lang", "platform", "recipient", "thread", "path", "locale", "date"})


@dataclass(frozen=True)
class DraftInput:
    """One draft as the engine receives it, whichever way it came (text, mapping, :class:`Draft`)."""

    body: Any  # the text to analyse (checked to be str in :meth:`Linter._prepare`)
    full: Any = None  # the text findings are reported against; ``body`` when None
    offset: int = 0  # where ``body`` starts inside ``full``
    lang: str | None = None
    platform: str | None = None
    recipient: Any = None
    thread: Any = None
    locale: str | None = None
    path: str | None = None
    ignore: tuple[str, ...] = ()  # rules the front matter turns off
    date: Any = None

    @classmethod
    def of_draft(cls, draft: Draft, platform: str | None, locale: str | None) -> "DraftInput":
        return cls(
            draft.body, draft.text, draft.body_offset, draft.lang, draft.platform or platform, draft.recipient,
            draft.thread, locale, draft.path, draft.ignore, draft.date,
        )

    @classmethod
    def of_mapping(cls, n: int, draft: Mapping[str, Any], platform: str | None, locale: str | None) -> "DraftInput":
        unknown = set(draft) - _DRAFT_KEYS
        if unknown:
            raise InputError(f"draft {n}: unknown key {sorted(unknown)[0]!r}")
        return cls(
            draft.get("text"), lang=draft.get("lang"), platform=draft.get("platform") or platform,
            recipient=draft.get("recipient"), thread=draft.get("thread"), locale=draft.get("locale") or locale,
            path=draft.get("path"), date=draft.get("date"),
        )

    @classmethod
    def of_any(cls, n: int, draft: Any, platform: str | None, locale: str | None) -> "DraftInput":
        """Draft ``n`` of a batch: a text, a mapping with the keys of :meth:`Linter.lint`, or a Draft."""
        if isinstance(draft, Draft):
            return cls.of_draft(draft, platform, locale)
        if isinstance(draft, str):
            return cls(draft, platform=platform, locale=locale)
        if isinstance(draft, Mapping):
            return cls.of_mapping(n, draft, platform, locale)
        raise InputError(f"draft {n} must be text, a mapping or a Draft, got {type(draft).__name__}")


@dataclass
class _Item:
    doc: Document
    ctx: Context
    text: str  # the full text findings are reported against
    offset: int  # where the document's text starts inside ``text``
    ignore: tuple[str, ...]
    path: str | None = None
    suppressions: list[Suppression] = field(default_factory=list)  # front matter and inline comments


@dataclass
class Checked:
    """One draft once every per-draft rule has run: what the batch rules and the report need.

    It holds no :class:`Document` (a batch's memory stays flat), crosses from worker processes to
    the parent, and is what the result cache stores.
    """

    findings: list[Finding]
    lang: str
    platform: str
    locale: str
    text: str  # the full text findings are reported against
    offset: int  # where the analysed text starts inside ``text``
    path: str | None
    suppressions: list[Suppression]
    batch: tuple[Any, ...] = ()  # per batch rule of the linter: its signature, _Unapplied or _Crashed
    enabled: frozenset[str] | None = None  # rules enabled on this draft (to report unused suppressions)

    def batch_signature(self, k: int) -> tuple[Any, bool, str | None]:
        """Batch rule ``k``'s (of :attr:`Linter.batch_rules`) view of this draft: its signature,
        whether the rule reports on the draft (a draft it does not apply to still counts), and
        the error when taking the signature raised (the rule is then reported as crashed)."""
        return batch_signature(self.batch, k)


def batch_signature(batch: tuple[Any, ...], k: int) -> tuple[Any, bool, str | None]:
    """:meth:`Checked.batch_signature` of a draft's ``batch`` tuple."""
    sig, applies = batch[k], True
    if isinstance(sig, _Unapplied):
        sig, applies = sig.signature, False
    if isinstance(sig, _Crashed):
        return None, applies, sig.error
    return sig, applies, None


class SignatureColumn(Sequence):
    """Batch rule ``k``'s signatures of a batch, each taken from its draft's batch tuple when it
    is asked for: a batch kept on disk is judged without all of it in memory at once."""

    def __init__(self, batches: Sequence[tuple[Any, ...]], k: int) -> None:
        self._batches, self._k = batches, k

    def __len__(self) -> int:
        return len(self._batches)

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return batch_signature(self._batches[index], self._k)[0]

    def __iter__(self) -> Iterator[Any]:
        return (batch_signature(batch, self._k)[0] for batch in self._batches)


class _BatchFindings(Mapping):
    """:meth:`Linter.judge_batch`'s answer: each batch rule's findings by index, in rule order,
    read from each rule's own mapping when an index is looked up (a rule's verdict may make its
    findings only then), filtered by whether the rule applies to the draft."""

    def __init__(self) -> None:
        self.parts: list[tuple[Mapping[int, Sequence[Finding]], bytearray | None]] = []

    def __getitem__(self, index: int) -> list[Finding]:
        out: list[Finding] = []
        for found, applies in self.parts:
            if applies is None or (isinstance(index, int) and 0 <= index < len(applies) and applies[index]):
                out.extend(found.get(index, ()))
        if not out:
            raise KeyError(index)
        return out

    def __iter__(self) -> Iterator[int]:
        indexes: set[int] = set()
        for found, applies in self.parts:
            indexes.update(i for i in found if applies is None or applies[i])
        return iter(sorted(indexes))

    def __len__(self) -> int:
        return sum(1 for _ in self)


@dataclass(frozen=True)
class _Crashed:
    """A batch rule's signature raised on this draft: the rule is reported as crashed."""

    error: str


@dataclass(frozen=True)
class _Unapplied:
    """The signature of a draft the batch rule does not apply to: it counts, but gets no finding."""

    signature: Any


class Linter:
    """Loads tokenizers and rules once; lints any number of drafts.

    >>> linter = Linter({"ignore": ["too-long"]})
    >>> result = linter.lint("Hi {first_name}, let's connect!")
    >>> [f.rule for f in result.findings][:1]
    ['unfilled-placeholder']
    """

    def __init__(
        self,
        config: Config | Mapping[str, Any] | None = None,
        *,
        rules: Iterable[type[Rule]] | None = None,
    ) -> None:
        """``rules`` replaces entry-point discovery (for testing a rule class before it is installed)."""
        self.config = Config.coerce(config)
        rules = None if rules is None else tuple(rules)
        self.spec = (self.config, rules)  # what rebuilds this linter in a spawned worker process
        if rules is None:
            loaded, self.load_errors = discover_rules()
        else:
            loaded, self.load_errors = [], []
            for rule_cls in rules:
                rule_cls.validate_class()
                loaded.append(LoadedRule(rule_cls, rule_cls.__module__.split(".")[0]))
        self.available: list[LoadedRule] = loaded
        self.rules: list[Rule] = []
        for rule_cls in select_rules(self.config, [lr.rule for lr in loaded]):
            self.rules.append(build_rule(self.config, rule_cls))  # options, severity, extra phrases
        self._load_findings = [_load_error_finding(e) for e in self.load_errors]

    # -- public ------------------------------------------------------------------------
    def lint(
        self,
        text: str,
        lang: str | None = None,
        platform: str | None = None,
        recipient: Any = None,
        thread: Any = None,
        *,
        locale: str | None = None,
        path: str | None = None,
        date: Any = None,
    ) -> Result:
        """Lint one draft's text (no front matter parsing: see :meth:`lint_draft`).

        ``date`` (``YYYY-MM-DD`` or a ``datetime.date``) is when the draft will be sent; rules that
        weigh time since the last message (follow-up-chasing) use it, today by default.
        """
        given = DraftInput(text, lang=lang, platform=platform, recipient=recipient, thread=thread, locale=locale, path=path, date=date)
        item = self._prepare(given)
        result = self.finish([self._check_item(item, alone=True)])[0]
        result.document = item.doc
        return result

    def lint_draft(self, draft: Draft, *, platform: str | None = None, locale: str | None = None) -> Result:
        """Lint a draft read from a file; positions refer to the whole file."""
        return self.lint_many([draft], platform=platform, locale=locale)[0]

    def lint_many(
        self,
        drafts: Iterable[str | Mapping[str, Any] | Draft],
        *,
        platform: str | None = None,
        locale: str | None = None,
        progress: Callable[[], None] | None = None,
        jobs: int | None = 1,
        cache: "ResultCache | None" = None,
    ) -> list[Result]:
        """Lint a batch: texts, mappings with the keys of :meth:`lint`, or :class:`Draft` objects.

        Batch rules (``mass-template``) see the whole batch. One result per draft, in order.
        ``jobs`` is the number of processes to check drafts in (1: this one; None: one per core;
        small batches stay in this process); findings are the same for any number. ``cache``, a
        :class:`~outreach_lint.cache.ResultCache`, skips drafts checked before with the same
        configuration and rules. ``progress`` is called twice per draft (the CLI's progress bar).
        Results of a batch carry no ``document``: each is dropped once checked.
        """
        from .workers import check_all

        inputs = [DraftInput.of_any(n, draft, platform, locale) for n, draft in enumerate(drafts)]
        return self.finish(check_all([(self, given) for given in inputs], jobs=jobs, cache=cache, progress=progress))

    def check(self, given: DraftInput) -> Checked:
        """Prepare one draft and run every per-draft rule on it; batch rules take its signature."""
        return self._check_item(self._prepare(given))

    def finish(self, checked: list[Checked]) -> list[Result]:
        """Judge the batch (batch rules, from the signatures), place and sort every draft's findings."""
        found = self.judge_batch([c.batch for c in checked])
        return [self.result(c, found.get(i, ())) for i, c in enumerate(checked)]

    @property
    def batch_rules(self) -> list[BatchRule]:
        return [r for r in self.rules if isinstance(r, BatchRule)]

    # -- internals -----------------------------------------------------------------------
    def _prepare(self, given: DraftInput) -> _Item:
        """Check the input, blank suppression comments, tokenize, build the context."""
        body, path = given.body, given.path
        full = body if given.full is None else given.full
        if not isinstance(body, str):
            raise InputError(f"{path or 'draft'}: text must be str, got {type(body).__name__}")
        if given.lang is not None and given.lang not in SUPPORTED_LANGUAGES:
            raise InputError(f"{path or 'draft'}: lang must be one of {', '.join(SUPPORTED_LANGUAGES)}, got {given.lang!r}")
        # Lone surrogates cannot be encoded for the analyzers; U+FFFD keeps every offset.
        analysed = _SURROGATE.sub("\ufffd", body) if _SURROGATE.search(body) else body
        # Inline suppression comments stay in the text (offsets unchanged) but are blanked for
        # the analyzers, so the words of a comment never trigger a rule.
        suppressions = parse_comments(full, given.offset) if isinstance(full, str) else []
        analysed = blank(analysed, suppressions, given.offset)
        front = front_matter_suppression(full, given.offset, given.ignore) if isinstance(full, str) else None
        if front is not None:
            suppressions.insert(0, front)
        language = given.lang or detect_language(analysed)
        doc = get_tokenizer(language, self.config.spacy_model if language == "en" else None)(analysed)
        ctx = Context(
            platform=get_platform(given.platform or self.config.platform),
            recipient=coerce_recipient(given.recipient),
            thread=coerce_thread(given.thread),
            locale=given.locale or self.config.locale or (language if language in SUPPORTED_LANGUAGES else "en"),
            path=path,
            today=coerce_date(given.date, "date"),
        )
        return _Item(doc, ctx, full, given.offset, given.ignore, path, suppressions=suppressions)

    def _check_item(self, item: _Item, alone: bool = False) -> Checked:
        """``alone``: this draft is the whole batch (so rules that judge larger batches need no signature)."""
        doc, ctx = item.doc, item.ctx
        batch: list[Any] = []
        for rule in self.batch_rules:
            if alone and rule.min_batch > 1:
                batch.append(None)
            elif not rule.applies_to(doc, ctx):
                # it still sees the draft (a cluster counts it), but reports nothing on it
                batch.append(_Unapplied(self._signature(rule, doc, ctx)))
            else:
                batch.append(self._signature(rule, doc, ctx))
        enabled = None
        if self.config.report_unused_suppressions and item.suppressions:
            enabled = frozenset(r.name for r in self.rules if r.applies_to(doc, ctx))
        return Checked(
            findings=list(self._run_rules(item)),
            lang=doc.lang,
            platform=ctx.platform.name,
            locale=ctx.locale,
            text=item.text,
            offset=item.offset,
            path=item.path,
            suppressions=item.suppressions,
            batch=tuple(batch),
            enabled=enabled,
        )

    @staticmethod
    def _signature(rule: BatchRule, doc: Document, ctx: Context) -> Any:
        try:
            return rule.signature(doc, ctx)
        except Exception as exc:  # noqa: BLE001 - a broken rule must not stop the others
            return _Crashed(f"{type(exc).__name__}: {exc}")

    def judge_batch(self, batches: Sequence[tuple[Any, ...]]) -> Mapping[int, list[Finding]]:
        """What the batch rules find on a batch, from each draft's :attr:`Checked.batch`: the
        findings by position in the batch. Only the signatures are needed, never the drafts, so
        a caller may stream the drafts' records elsewhere and pass :meth:`result` the findings.

        ``batches`` may be any sequence, such as one read from a file as it is indexed (the CLI
        keeps a run's signatures on disk): the rules then get a :class:`SignatureColumn` of it.
        A rule whose :meth:`~BatchRule.verdict` makes its findings when asked keeps them unmade
        here too: the mapping returned makes each draft's when it is looked up."""
        found = _BatchFindings()
        for k, rule in enumerate(self.batch_rules):
            if len(batches) < rule.min_batch:
                continue
            applies = bytearray()
            crashed = None
            for batch in batches:
                _, applied, error = batch_signature(batch, k)
                applies.append(applied)
                if crashed is None:
                    crashed = error
            in_memory = isinstance(batches, (list, tuple))
            signatures = [batch_signature(b, k)[0] for b in batches] if in_memory else SignatureColumn(batches, k)
            judged: dict[int, list[Finding]] = {}
            try:
                if crashed is not None:
                    raise RuntimeError(crashed)
                verdict = rule.verdict(signatures)
                if verdict is not None:
                    found.parts.append((verdict, applies))
                    continue
                for index, finding in rule.judge(signatures):
                    if applies[index]:
                        judged.setdefault(index, []).append(finding)
            except Exception as exc:  # noqa: BLE001 - a broken rule must not stop the others
                crash = crash_finding(rule, exc)
                for index in range(len(batches)):
                    judged.setdefault(index, []).append(crash)
            if judged:
                found.parts.append((judged, None))
        return found

    def result(self, item: Checked, batch_findings: Iterable[Finding] = ()) -> Result:
        """A checked draft's result: its findings and ``batch_findings`` (what the batch rules
        found on it, judged elsewhere: ``outreach_lint.dask``) placed, filtered and sorted."""
        findings = self._load_findings + item.findings + list(batch_findings)
        return Result(
            findings=_place(findings, item, self._unused_report(item)),
            lang=item.lang,
            platform=item.platform,
            text=item.text,
            path=item.path,
        )

    def _unused_report(self, item: Checked) -> tuple[dict[str, str], set[str]] | None:
        """What ``_place`` needs to report unused suppressions, when the config asks for it."""
        if not self.config.report_unused_suppressions or not item.suppressions or item.enabled is None:
            return None
        known = {}
        for lr in self.available:
            known[lr.rule.name] = lr.rule.name
            known[lr.rule.code] = lr.rule.name
        return known, set(item.enabled)

    def _run_rules(self, item: _Item) -> Iterator[Finding]:
        doc, ctx = item.doc, item.ctx
        if doc.lang not in SUPPORTED_LANGUAGES and doc.text.strip():
            yield _notice_unsupported(ctx)
        for rule in self.rules:
            if isinstance(rule, BatchRule) or not rule.applies_to(doc, ctx):
                continue
            try:
                found = list(rule.check(doc, ctx))
            except Exception as exc:  # noqa: BLE001 - a broken rule must not stop the others
                yield crash_finding(rule, exc)
                continue
            length = len(doc.text)
            for f in found:
                if not (0 <= f.start <= f.end <= length):
                    yield crash_finding(rule, ValueError(f"span {f.start}-{f.end} outside the text"))
                    break
                yield f


def _place(findings: list[Finding], item: Checked, unused: tuple[dict[str, str], set[str]] | None = None) -> list[Finding]:
    """Shift to file offsets, add line and column, drop suppressed ones, sort.

    With ``unused`` (known rule names and codes, rules enabled on this draft), each suppression
    that suppressed nothing becomes an ``unused-suppression`` finding.
    """
    starts = line_starts(item.text)
    placed = []
    for f in findings:
        start, end = f.start + item.offset, f.end + item.offset
        line, column = position(starts, start)
        fix = f.fix
        if fix is not None and item.offset:
            fix = dataclasses.replace(fix, start=fix.start + item.offset, end=fix.end + item.offset)
        f = dataclasses.replace(f, start=start, end=end, line=line, column=column, fix=fix)
        suppressed = False
        for sup in item.suppressions:
            name = sup.covers(f)
            if name is not None:
                sup.used.add(name)
                suppressed = True
        if not suppressed:
            placed.append(f)
    if unused is not None:
        for f in unused_findings(item.suppressions, unused[0], unused[1], item.locale):
            line, column = position(starts, f.start)
            placed.append(dataclasses.replace(f, line=line, column=column))
    placed.sort(key=lambda f: (f.start, f.end, f.code, f.message))
    return placed


def crash_finding(rule: Rule, exc: BaseException) -> Finding:
    """The finding that reports a rule which raised (on one draft, or on a batch)."""
    return Finding(
        rule=rule.name,
        code=rule.code,
        severity=Severity.ERROR,
        message=f"rule {rule.name} ({rule.code}) crashed and was skipped: {type(exc).__name__}: {exc}",
        start=0,
        end=0,
    )


def _load_error_finding(error: LoadError) -> Finding:
    return Finding(
        rule=error.origin,
        code=error.entry_point.split(" ")[0],
        severity=Severity.ERROR,
        message=f"rule plugin {error.origin} ({error.entry_point}) failed to load: {error.message}",
        start=0,
        end=0,
    )


def _notice_unsupported(ctx: Context) -> Finding:
    code, name = UNSUPPORTED_LANGUAGE
    message = (
        "この下書きは日本語とも英語とも判定できませんでした。言語に依存しないルール（長さ・差し込み忘れ・個人情報）だけを適用しています。"
        if ctx.locale == "ja"
        else "The draft is neither Japanese nor English: only the rules that need no language "
        "(length, placeholders, personal information) were applied. Set lang to force one."
    )
    return Finding(rule=name, code=code, severity=Severity.INFO, message=message, start=0, end=0)


_DEFAULT_LINTER: Linter | None = None


def lint(
    text: str,
    lang: str | None = None,
    platform: str | None = None,
    recipient: Any = None,
    thread: Any = None,
    config: Config | Mapping[str, Any] | None = None,
) -> Result:
    """Lint one draft. Without ``config`` a shared default :class:`Linter` is reused."""
    global _DEFAULT_LINTER
    if config is None:
        if _DEFAULT_LINTER is None:
            _DEFAULT_LINTER = Linter()
        linter = _DEFAULT_LINTER
    else:
        linter = Linter(config)
    return linter.lint(text, lang=lang, platform=platform, recipient=recipient, thread=thread)
