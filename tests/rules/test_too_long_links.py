"""Japanese lengths leave links out: a URL is clicked, not read (found by the corpora)."""

from __future__ import annotations

from outreach_lint.testing import RuleTester

tester = RuleTester("too-long")
URL = "https://example.com/research/warehousing/2026/reslotting-study/full-report-with-appendices-and-raw-timing-data.pdf"
SENTENCE = "先日のご講演で伺った倉庫の動線設計のお話は、私たちの現場でもすぐに試せる内容でした。"  # 42 characters


def test_a_long_url_on_its_own_line_is_not_an_overlong_sentence():
    tester.valid(f"平野様\n報告書はこちらに置いています。\n{URL}\nご参考になれば幸いです。", lang="ja")


def test_a_url_does_not_push_an_email_over_the_sensible_length():
    body = SENTENCE * 9  # 378 readable characters
    tester.valid(f"{body}\n{URL}", lang="ja", platform="email")


def test_an_e_mail_address_is_not_counted_either():
    tester.valid(f"資料は kenji.sato.documents-archive@example-company.co.jp 宛にお送りいただければ、{SENTENCE}", lang="ja")


def test_the_text_around_a_url_still_counts():
    found = tester.invalid(f"{SENTENCE * 10}\n{URL}", lang="ja", platform="email", count=1, severity="warning")
    assert "420" in found[0].message


def test_a_long_sentence_with_a_url_inside_still_fires():
    long_sentence = "私たちの倉庫では" + "、".join(["ピッキングの動線を見直し"] * 8) + f"、結果を {URL} にまとめました。"
    tester.invalid(long_sentence, lang="ja", severity="info")


def test_the_hard_cap_counts_every_character_as_the_platform_does():
    tester.invalid(f"{SENTENCE * 5}\n{URL}", lang="ja", platform="linkedin", severity="error")
