"""mass-template: the same message across a batch with names swapped."""

import importlib.util
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

from outreach_lint.engine import Linter
from outreach_lint.rules.mass_template import MassTemplate
from outreach_lint.testing import RuleTester

_BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "mass_template.py"
_spec = importlib.util.spec_from_file_location("mass_template_bench", _BENCH)
bench = importlib.util.module_from_spec(_spec)
sys.modules["mass_template_bench"] = bench
_spec.loader.exec_module(bench)

linter = Linter(rules=[MassTemplate])

EN = "Hi {name}, I'm Ken, a product designer at Fieldnote. I noticed the work your team at {org} is doing and would love to connect and learn how you approach it."
JA = "{name}様\nはじめまして。フィールドノートでデザインを担当している佐藤と申します。{org}さんでの取り組みを拝見し、どのように進めていらっしゃるのか伺えればと思いご連絡しました。"


def findings(results):
    return [[f for f in r.findings if f.rule == "mass-template"] for r in results]


def test_a_single_draft_is_a_batch_of_one_and_never_fires():
    RuleTester("mass-template").valid(EN.format(name="Dana", org="Loomworks"))
    assert findings(linter.lint_many([EN.format(name="Dana", org="Loomworks")])) == [[]]


def test_english_drafts_with_names_and_companies_swapped_are_one_cluster():
    texts = [EN.format(name=n, org=o) for n, o in [("Dana", "Loomworks"), ("Marcus", "Brightwave"), ("Sophie", "Quill Studio")]]
    unique = "Hi Priya, I'm Ken from Fieldnote. Your Ledgerly post on parsing scanned invoices showed the exact failure we hit last week."
    drafts = [{"text": t, "path": f"d{i}.md"} for i, t in enumerate(texts)] + [{"text": unique, "path": "unique.md"}]
    found = findings(linter.lint_many(drafts))
    assert [len(f) for f in found] == [1, 1, 1, 0]
    first = found[0][0]
    assert "One of 3 drafts" in first.message and "d1.md" in first.message
    assert (first.start, first.end) == (0, len(texts[0]) - 1)  # the whole draft, final full stop aside
    assert "d0.md" in found[1][0].message


def test_japanese_drafts_with_names_and_companies_swapped_are_one_cluster_and_index_is_named():
    texts = [JA.format(name=n, org=o) for n, o in [("山田", "ルームワークス"), ("鈴木", "ブライトウェーブ"), ("高橋", "クイル")]]
    drafts = [{"text": t, "locale": "ja", "recipient": {"name": n, "company": o}} for t, n, o in
              zip(texts, ["山田", "鈴木", "高橋"], ["ルームワークス", "ブライトウェーブ", "クイル"])]
    found = findings(linter.lint_many(drafts))
    assert all(len(f) == 1 for f in found)
    assert "3件" in found[2][0].message and "バッチ内の位置 0" in found[2][0].message


def test_different_messages_from_one_sender_are_not_a_template():
    drafts = [
        "Hi Priya, I'm Ken, a product designer at Fieldnote. Your Ledgerly post on parsing scanned invoices showed the exact failure we hit last week with CID fonts.",
        "Hi Tom, I'm Ken, a product designer at Fieldnote. The Rust borrow-checker cheatsheet you published is pinned on our wiki; the lifetime diagrams made elision click.",
        "Hi Alex, I'm Ken, a product designer at Fieldnote. Your post about night-shift simulation debriefs had a great point on keeping the room small.",
    ]
    assert findings(linter.lint_many(drafts)) == [[], [], []]


def test_short_notes_are_not_compared_and_threshold_is_an_option():
    short = ["Hi Dana, let's connect!", "Hi Marcus, let's connect!"]
    assert findings(linter.lint_many(short)) == [[], []]
    a = "Hi Dana, I'm Ken from Fieldnote. I read your piece on offline sync and would love to compare notes on conflict resolution sometime next week."
    b = "Hi Marcus, I'm Ken from Fieldnote. I read your piece on data contracts and would love to compare notes on schema ownership sometime this month."
    assert findings(linter.lint_many([a, b])) == [[], []]
    loose = Linter({"rules": {"mass-template": {"threshold": 0.2}}}, rules=[MassTemplate])
    assert [len(f) for f in findings(loose.lint_many([a, b]))] == [1, 1]


def test_ten_thousand_generated_drafts_every_template_found_no_unique_flagged():
    drafts, template_of = bench.generate_batch(10_000, seed=7)
    t0 = time.perf_counter()
    results = linter.lint_many(drafts)
    elapsed = time.perf_counter() - t0
    found = findings(results)
    sizes = defaultdict(int)
    for k in template_of.values():
        sizes[k] += 1
    for i, f in enumerate(found):
        if i in template_of:
            assert len(f) == 1, f"templated draft {i} not flagged"
            m = re.search(r"One of (\d+) drafts|バッチの(\d+)件", f[0].message)
            size = int(m.group(1) or m.group(2))
            assert size == sizes[template_of[i]], f"draft {i}: cluster of {size}, template sent {sizes[template_of[i]]} times"
        else:
            assert f == [], f"unique draft {i} flagged: {f[0].message}"
    assert len(sizes) == 5 and len(template_of) < 10_000
    assert elapsed < 120


def test_clusters_of_band_linked_groups_alone_are_the_clusters_of_the_batch():
    """What outreach_lint.dask relies on: cluster() on each group of digests linked by shared
    bands, each in batch order, gives the clusters of one cluster() over the whole batch."""
    from outreach_lint.rules.mass_template import band_keys, cluster, signature_minhash

    drafts, _ = bench.generate_batch(600, seed=11, unique_share=0.3)
    rule = MassTemplate()
    sigs = [rule.signature(doc, ctx) for doc, ctx in bench.prepare(drafts)]
    keys = list(dict.fromkeys(s.digest for s in sigs if s.digest is not None))
    minhashes = {s.digest: signature_minhash(s) for s in sigs if s.digest is not None}
    threshold = rule.options.threshold
    whole = sorted(sorted(c) for c in cluster(keys, minhashes, threshold))
    parent = {key: key for key in keys}

    def root(key):
        while parent[key] != key:
            key = parent[key]
        return key

    buckets = defaultdict(list)
    for key in keys:
        for band in band_keys(minhashes[key], threshold):
            buckets[band].append(key)
    for members in buckets.values():
        for key in members[1:]:
            parent[root(key)] = root(members[0])
    groups = defaultdict(list)
    for key in keys:
        groups[root(key)].append(key)
    apart = sorted(sorted(c) for group in groups.values() for c in cluster(group, minhashes, threshold))
    assert apart == whole
    assert any(len(c) > 1 for c in whole) and len(groups) > 1


def test_copies_with_one_detail_per_recipient_swapped_are_one_cluster():
    # Each copy names something of its recipient's (a dish, a post topic), so only about two
    # thirds of the shingles are shared; that is still one message sent to many.
    en = "I'm Becky from TableTurn, a booking-growth agency for independent restaurants. I saw {detail} and I know we can fill more of those tables. Our Summer Boost package is 40% off until Friday."
    details = ["your new Sunday pappardelle menu", "your lamb ouzi is back on the weekend menu", "your Sunday roast is now served till 6pm",
               "the charcoal grill you added in spring"]
    drafts = [{"text": f"Hi {n},\n\n" + en.format(detail=d), "path": f"e{i}.md"} for i, (n, d) in enumerate(zip(["Giulia", "Hassan", "Tom", "Ines"], details))]
    assert [len(f) for f in findings(linter.lint_many(drafts))] == [1, 1, 1, 1]
    ja = "はじめまして。飲食店専門の集客支援をしているテーブルターンの木村と申します。{detail}を拝見し、もっと多くのお客様に届けられると確信しております。夏の集客パッケージを今週金曜まで4割引でご案内しております。"
    jdetails = ["日曜限定のパッパルデッレ", "週末に復活したラムのオウジ", "18時まで延長されたサンデーロースト", "春に導入された炭火グリル"]
    drafts = [{"text": f"{n}様\n\n" + ja.format(detail=d), "locale": "ja"} for n, d in zip(["中村", "小林", "加藤", "吉田"], jdetails)]
    assert [len(f) for f in findings(linter.lint_many(drafts))] == [1, 1, 1, 1]


def test_a_note_that_swaps_only_the_recipients_own_post_title_is_a_template():
    note = ("Hi {name}, I'm a final-year student at Leeds. Your post \"{post}\" was really insightful. "
            "I'm applying for graduate roles; could you refer me?")
    people = [("Ana", "how we made card authorisations faster and cheaper for everyone"),
              ("James", "scaling our grid robots past the point where anything still worked"),
              ("Fatima", "lessons from streaming the final to millions of devices at once")]
    drafts = [{"text": note.format(name=n, post=p), "recipient": {"name": n, "recent_post": p}} for n, p in people]
    assert [len(f) for f in findings(linter.lint_many(drafts))] == [1, 1, 1]
    note_ja = ("{name}様\nはじめまして。情報工学科4年の木村と申します。「{post}」の投稿を拝読し、大変勉強になりました。"
               "現在、御社の新卒採用に応募しております。もし可能でしたら、ご推薦いただけないでしょうか。")
    people_ja = [("山田", "決済の承認を30%速くした方法"), ("鈴木", "倉庫ロボットを3,000台まで増やした話"),
                 ("高橋", "ワールドカップを1,200万台に配信して学んだこと")]
    drafts_ja = [{"text": note_ja.format(name=n, post=p), "recipient": {"name": n, "recent_post": p}} for n, p in people_ja]
    assert [len(f) for f in findings(linter.lint_many(drafts_ja))] == [1, 1, 1]
