"""A first message with nothing in it about the recipient: no shared interest, no reference.

## What it does
With a recipient profile (``recipient`` in front matter or the API), looks in the draft for the
recipient's interests, company, the topic of their title and the words of their recent post,
matched by lemma (Japanese content words through UniDic lemmas, English through spaCy lemmas), so
inflections, plurals, case, full/half width and the honorifics and particles around a name
(``ACMEさんの``, ``山田様``) do not hide a mention. The greeting line does not count: a company named
only in "株式会社ACME 山田様" is an address, not an interest. Naming the person, or praising them in
general terms, is not a shared interest either; neither is a word the writer's own introduction
happens to share with an interest (a writer at センサ社 is not talking about センサフュージョン),
though a whole term counts wherever it is. The finding lists what was available to mention. A
draft that names something specific the profile does not list (a talk, a number, a place, a
person) is left alone, since a profile is rarely complete; so is a conversation the recipient has
already answered.

Without a profile, looks for any specific reference at all: a named post, talk, event or
project, a number, a quoted title, a link, a mutual contact, a person or a place, or at least two
words on a topic beyond the vocabulary every first message uses (``data/no-shared-interest.toml``).
The writer's own introduction does not count as a reference to the recipient. A subject line
("Subject: your talk on CRDTs") counts like the body.

## Why is this bad?
The advice (002 §5) is to research the person and find a shared interest before writing: it is
what makes a stranger's message worth answering. A note with nothing about them could have been
sent to anyone, and reads that way.

## Example
Bad (English), to a recipient whose interests are Rust and observability:

    Hi Dana, I'm a backend engineer at Fieldnote. I'd love to connect and learn from your
    experience.

Better:

    Hi Dana, I'm a backend engineer at Fieldnote. Your post on tracing async Rust services
    was the clearest explanation of span context I have read; we are moving to it next month.

Bad (Japanese), 関心が「Rust」「可観測性」の相手へ：

    山田様
    フィールドノートの佐藤と申します。ご活躍を拝見し、ぜひつながりたいと思いました。

Better:

    山田様
    フィールドノートの佐藤と申します。Rustの非同期処理でのトレーシングについての記事を拝見し、
    可観測性の設計について伺いたくご連絡しました。

## Options
- ``without-profile`` (true): also judge drafts that come with no recipient profile, by looking
  for any specific reference.
- ``min-topic-words`` (2): without a profile, how many distinct topic words (beyond the stock
  vocabulary) count as a specific reference.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..analysis.conversation import is_first_contact
from ..analysis.layout import body_span, subject_span
from ..analysis.references import anchored_reference, profile_terms, shared_interest_terms
from ..core.context import Context
from ..core.document import Document
from ..core.finding import Finding, Severity
from ..core.rule import Options, Rule

__all__ = ["NoSharedInterest"]

@dataclass(frozen=True)
class NoSharedInterestOptions(Options):
    without_profile: bool = True
    min_topic_words: int = 2



class NoSharedInterest(Rule):
    code = "OL401"
    name = "no-shared-interest"
    severity = Severity.WARNING
    advice = "002 §5"
    options_class = NoSharedInterestOptions
    doc_ja = """
    ## 何をするか
    相手のプロフィール（front matter や API の ``recipient``）があるときは、相手の関心事・会社・役職の
    テーマ・最近の投稿の語が下書きに出てくるかを、見出し語で調べます（日本語の内容語は UniDic の見出し語、
    英語は spaCy の見出し語）。活用・複数形・大文字小文字・全角半角、名前のまわりの敬称や助詞
    （``ACMEさんの``、``山田様``）があっても見落としません。宛名の行は数えません。「株式会社ACME 山田様」
    とだけ書いた会社名は宛先であって関心ではありません。名前を呼ぶこと、一般的な言葉でほめることも
    共通の関心ではありません。書き手自身の自己紹介がたまたま関心事と同じ語を含んでいても（センサ社の田中と
    センサフュージョン）言及とはみなしません（語全体が出てくればどこでも数えます）。指摘には、触れられる項目の
    一覧を添えます。プロフィールにない具体的なもの（登壇、数字、地名、人名）に触れている下書きは、
    プロフィールが完全とは限らないので指摘しません。相手から返信のある会話も判定しません。

    プロフィールがないときは、具体的な言及があるかを調べます。名前のある投稿・登壇・イベント・
    プロジェクト、数字、引用された題名、リンク、共通の知人、人名や地名、あるいは初回メッセージの
    決まった語彙（``data/no-shared-interest.toml``）以外の話題の語が二つ以上。書き手自身の自己紹介は
    相手への言及に数えません。件名の行（「件名：PyConでのご講演について」）も本文と同じく数えます。

    ## なぜ問題か
    記事の助言（002 §5）は、連絡の前に相手を調べ、共通の関心を見つけることです。それが見知らぬ相手の
    メッセージに返事をする理由になります。相手について何もない文面は誰にでも送れるもので、そう読まれます。

    ## 例
    悪い例（関心が「Rust」「可観測性」の相手へ）：

        山田様
        フィールドノートの佐藤と申します。ご活躍を拝見し、ぜひつながりたいと思いました。

    より良い例：

        山田様
        フィールドノートの佐藤と申します。Rustの非同期処理でのトレーシングについての記事を拝見し、
        可観測性の設計について伺いたくご連絡しました。

    悪い例（英語、関心が Rust と observability の相手へ）：

        Hi Dana, I'm a backend engineer at Fieldnote. I'd love to connect and learn from your
        experience.

    より良い例（英語）：

        Hi Dana, I'm a backend engineer at Fieldnote. Your post on tracing async Rust services
        was the clearest explanation of span context I have read; we are moving to it next month.

    ## オプション
    - ``without-profile``（true）：プロフィールのない下書きも、具体的な言及の有無で判定します。
    - ``min-topic-words``（2）：プロフィールがないとき、具体的な言及とみなす話題の語（決まった語彙以外）の数。
    """
    messages = {
        "profile": {
            "en": "Nothing here is about {who}: looked for their interests, company, title topic and recent post; available to mention: {available}",
            "ja": "{who}についての内容がありません。関心事・会社・役職のテーマ・最近の投稿を探しました。触れられる項目：{available}",
        },
        "no_profile": {
            "en": "No specific reference to the recipient: looked for a named post, talk, event, project, number, mutual contact or place and found none",
            "ja": "相手についての具体的な言及がありません。投稿・登壇・イベント・プロジェクトの名前、数字、共通の知人、地名などを探しましたが見つかりませんでした",
        },
        "suggest_profile": {
            "en": "Mention one of these in a sentence that shows you looked: what in it interested you, and why.",
            "ja": "このうち一つに触れ、何に関心を持ったのか、なぜなのかを一文で書いてください。",
        },
        "suggest": {
            "en": "Add one concrete thing about them: a post or talk by name, a project, a mutual contact, and why it made you write.",
            "ja": "相手についての具体的な一点（投稿や登壇の名前、プロジェクト、共通の知人）と、それが連絡の理由になったことを書いてください。",
        },
        "them": {"en": "the recipient", "ja": "相手"},
    }

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        start, end = body_span(doc)
        tokens = doc.tokens
        head = next((t for t in tokens if start <= t.start and t.end <= end and not t.is_punct), None)
        if head is None:
            return
        tail = next(t for t in reversed(tokens) if start <= t.start and t.end <= end and not t.is_punct)
        first, last = head.start, tail.end
        # A subject line ("Subject: your talk on CRDTs") speaks to the recipient as much as the body.
        spans = [(start, end)] + ([subject] if (subject := subject_span(doc)) else [])
        if not is_first_contact(doc, ctx):
            return  # a follow-up is judged as one (follow-up-chasing), not as a first contact
        if any(anchored_reference(doc, ctx, s, e) for s, e in spans):
            return
        recipient = ctx.recipient
        has_profile = recipient is not None and bool(
            recipient.company or recipient.title or recipient.interests or recipient.recent_post
        )
        if has_profile:
            assert recipient is not None
            # Their employer's name alone ("your work at BigCo impressed us") is flattery, not a shared interest.
            if any(shared_interest_terms(doc, ctx, s, e) for s, e in spans):
                return
            terms = profile_terms(doc, recipient)
            if not terms:
                return
            sep = "、" if ctx.locale == "ja" else ", "
            available = sep.join(dict.fromkeys(_shorten(t.label) for t in terms))
            who = recipient.name or self.say(ctx, "them")
            yield self.finding(
                ctx, first, last, self.say(ctx, "profile", who=who, available=available),
                suggestion=self.say(ctx, "suggest_profile"),
            )
            return
        if self.options.without_profile:
            yield self.finding(ctx, first, last, self.say(ctx, "no_profile"), suggestion=self.say(ctx, "suggest"))


def _shorten(label: str) -> str:
    label = " ".join(label.split())
    return label if len(label) <= 40 else label[:39] + "…"
