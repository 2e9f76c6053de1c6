"""What a rule is: metadata, options, bilingual messages, and a ``check`` that yields findings.

A rule module defines one subclass of :class:`Rule`. Its docstring is its documentation, in the
sections ``What it does``, ``Why is this bad?``, ``Example`` (bad and better drafts in Japanese and
English) and, when it has options, ``Options``; the rule reference in ``docs/rules/`` is generated
from it. The rule registers under the entry-point group ``outreach_lint.rules`` with its code as the
entry-point name::

    [project.entry-points."outreach_lint.rules"]
    OL301 = "outreach_lint.rules.too_long:TooLong"
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, ClassVar, Iterable, Iterator, Mapping, Sequence

from .context import Context
from .document import Document
from .errors import ConfigError
from .finding import Finding, Fix, Severity

__all__ = ["Rule", "BatchRule", "ANY_LANGUAGE", "Options"]

ANY_LANGUAGE = "*"  # in Rule.languages: the rule also runs on drafts in neither language
_CODE = re.compile(r"^[A-Z]{1,4}[0-9]{3}$")
_NAME = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")


class Options:
    """Base for a rule's options: subclass it as a ``@dataclass(frozen=True)`` with defaults.

    Config keys are the field names with ``-`` for ``_`` (``max-words`` sets ``max_words``).
    """


class Rule:
    """Base class of every rule. Subclasses set the class attributes and implement :meth:`check`."""

    code: ClassVar[str]
    name: ClassVar[str]
    languages: ClassVar[frozenset[str]] = frozenset({"ja", "en"})
    severity: ClassVar[Severity] = Severity.WARNING
    advice: ClassVar[str] = ""  # the point of ADVICE.md the rule carries, e.g. "002 §5"
    fixable: ClassVar[bool] = False
    options_class: ClassVar[type | None] = None
    # The docs in Japanese, same order as the English docstring: "## 何をするか", "## なぜ問題か",
    # "## 例" and, with options, "## オプション". Shown by `outreach-lint explain NAME --locale ja`.
    doc_ja: ClassVar[str] = ""
    # key -> {"en": ..., "ja": ...}; str.format fields are filled by say()
    messages: ClassVar[Mapping[str, Mapping[str, str]]] = {}

    def __init__(self, options: Any = None, severity: Severity | None = None) -> None:
        if options is None and self.options_class is not None:
            options = self.options_class()
        self.options = options
        self.configured_severity = severity  # the user's choice; wins over the rule's own levels

    # -- for subclasses ---------------------------------------------------------------
    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        raise NotImplementedError

    def applies_to(self, doc: Document, ctx: Context) -> bool:
        return ANY_LANGUAGE in self.languages or doc.lang in self.languages

    def say(self, ctx: Context | str, key: str, **fields: Any) -> str:
        """The message ``key`` in the reader's locale (``ctx.locale``, or a locale), ``fields`` filled in."""
        variants = self.messages[key]
        template = variants.get(ctx if isinstance(ctx, str) else ctx.locale) or variants.get("en") or next(iter(variants.values()))
        return template.format(**fields)

    def finding(
        self,
        ctx: Context,
        start: int,
        end: int,
        message: str,
        *,
        suggestion: str | None = None,
        severity: Severity | None = None,
        fix: Fix | None = None,
        sensitive: bool = False,
    ) -> Finding:
        """A finding of this rule at ``[start, end)`` of the document's text."""
        sev = self.configured_severity or severity or self.severity
        return Finding(
            rule=self.name,
            code=self.code,
            severity=sev,
            message=message,
            start=start,
            end=end,
            suggestion=suggestion,
            fix=fix,
            sensitive=sensitive,
        )

    # -- metadata --------------------------------------------------------------------
    @classmethod
    def documentation(cls, locale: str = "en") -> str:
        """The rule's docs: its class docstring, or else its module's (one module per rule).

        With ``locale="ja"``, :attr:`doc_ja` when the rule has one.
        """
        import inspect
        import sys

        if locale == "ja" and cls.doc_ja:
            return inspect.cleandoc(cls.doc_ja)
        own = cls.__dict__.get("__doc__")
        if not own:
            module = sys.modules.get(cls.__module__)
            own = getattr(module, "__doc__", None) or ""
        return inspect.cleandoc(own)

    @classmethod
    def validate_class(cls) -> None:
        """Raise ``TypeError`` when the class is not a usable rule (checked at load time)."""
        for attr in ("code", "name"):
            if not isinstance(getattr(cls, attr, None), str):
                raise TypeError(f"{cls.__qualname__} has no {attr}")
        if not _CODE.match(cls.code):
            raise TypeError(f"{cls.__qualname__}: code {cls.code!r} is not a prefix of capitals and 3 digits")
        if not _NAME.match(cls.name):
            raise TypeError(f"{cls.__qualname__}: name {cls.name!r} is not kebab-case")
        if cls.check is Rule.check and not issubclass(cls, BatchRule):
            raise TypeError(f"{cls.__qualname__} does not implement check()")

    @classmethod
    def option_fields(cls) -> list[dataclasses.Field]:
        if cls.options_class is None or not dataclasses.is_dataclass(cls.options_class):
            return []
        return list(dataclasses.fields(cls.options_class))

    @classmethod
    def build_options(cls, values: Mapping[str, Any], source: str = "config") -> Any:
        """Options from a config mapping, each value checked against the field's default type."""
        fields = {f.name: f for f in cls.option_fields()}
        base = cls.options_class() if cls.options_class is not None else None
        changes: dict[str, Any] = {}
        for key, value in values.items():
            attr = str(key).replace("-", "_")
            if attr not in fields:
                known = ", ".join(f.replace("_", "-") for f in fields) or "none"
                raise ConfigError(f"{source}: rule {cls.name!r} has no option {key!r} (options: {known})")
            default = getattr(base, attr)
            changes[attr] = _coerce_option(value, default, f"{source}: {cls.name}.{key}")
        return dataclasses.replace(base, **changes) if changes else base


def _coerce_option(value: Any, default: Any, what: str) -> Any:
    if isinstance(default, bool):
        if isinstance(value, bool):
            return value
    elif isinstance(default, int):
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    elif isinstance(default, float):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
    elif isinstance(default, str):
        if isinstance(value, str):
            return value
    elif isinstance(default, (tuple, list, frozenset)):
        if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
            return type(default)(value) if not isinstance(default, frozenset) else frozenset(value)
    elif default is None:
        return value
    raise ConfigError(f"{what} must be {type(default).__name__}, got {value!r}")


class BatchRule(Rule):
    """A rule that judges a whole batch of drafts together (``Linter.lint_many``, one CLI run).

    The engine never holds a batch's documents: each draft is reduced to its :meth:`signature`
    once checked (in whichever worker process checked it, or from the result cache), and the
    parent process judges the signatures of the whole batch (:meth:`judge`). A rule that only implements
    :meth:`check_batch` still works: its signature is the ``(doc, ctx)`` pair itself.
    """

    #: Batches smaller than this are never judged: a lone draft (``Linter.lint``) skips the signature.
    min_batch: ClassVar[int] = 1

    def check(self, doc: Document, ctx: Context) -> Iterable[Finding]:
        return ()

    def check_batch(self, items: list[tuple[Document, Context]]) -> Iterator[tuple[int, Finding]]:
        """Yield ``(index into items, finding)`` pairs."""
        raise NotImplementedError

    def signature(self, doc: Document, ctx: Context) -> Any:
        """What the batch judgement needs of one draft: small and picklable (it crosses processes
        and is stored in the result cache). By default the pair itself."""
        return (doc, ctx)

    def judge(self, signatures: list[Any]) -> Iterator[tuple[int, Finding]]:
        """Yield ``(index into signatures, finding)`` pairs for the batch these signatures describe."""
        return self.check_batch(signatures)

    def verdict(self, signatures: Sequence[Any]) -> Mapping[int, Sequence[Finding]] | None:
        """The findings of :meth:`judge` by index, as a mapping that may make each draft's
        findings only when asked for (mass-template's does: a judged batch then holds no finding
        per draft). None, the default, has the engine collect what :meth:`judge` yields."""
        return None
