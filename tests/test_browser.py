"""The local page and the HTML report in a real browser: Debian's headless Chromium, driven by Selenium.

Selenium is given Debian's ``chromedriver`` and ``chromium`` paths, so Selenium Manager never runs
and nothing is downloaded. Set ``OUTREACH_LINT_SCREENSHOTS=docs/images`` to refresh the
screenshots in the docs.
"""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest

from ._cli import ROOT, err, run

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
if not (CHROMIUM and CHROMEDRIVER):
    pytest.skip(
        "headless Chromium is not installed here (Debian: apt-get install chromium chromium-driver)",
        allow_module_level=True,
    )
webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from outreach_lint.webapp import make_server  # noqa: E402

WAIT = 60
EN = "Hi {first_name}, I saw your post. Act now, only 3 spots left!!"
JA = "山田様\n\nはじめまして、佐藤と申します。先日のPyConでのご講演を拝見させていただきました！！期間限定のご案内です。\nよろしくお願いいたします。"  # ！！ amplifies the pressure after it


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1000", "--lang=en-US"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(WAIT)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def page_url():
    server = make_server("127.0.0.1", 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


def screenshot(driver, name: str, tmp_path: Path) -> None:
    folder = os.environ.get("OUTREACH_LINT_SCREENSHOTS")
    target = (ROOT / folder if folder else tmp_path) / name
    target.parent.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(target))
    assert target.stat().st_size > 10_000


def wait(driver, condition, message: str):
    return WebDriverWait(driver, WAIT).until(lambda d: condition(d), message)


def marks(driver, selector: str = "#preview mark.finding") -> list[tuple[str, str]]:
    """(severity, text) of each highlight, read in one script call (the page re-renders as it checks)."""
    return [
        tuple(pair)
        for pair in driver.execute_script(
            "return Array.from(document.querySelectorAll(arguments[0]))"
            ".map(m => [m.className.split('sev-')[1].split(' ')[0], m.textContent]);",
            selector,
        )
    ]


def items(driver) -> list[str]:
    return driver.execute_script("return Array.from(document.querySelectorAll('#findings li')).map(li => li.textContent);")


def settled(driver) -> None:
    """Wait until the findings shown are those of the text in the box (no check pending)."""
    wait(driver, lambda d: d.execute_script("return document.body.dataset.state") == "idle", "the page settles")


def no_csp_violations(driver) -> None:
    logs = [entry["message"] for entry in driver.get_log("browser")]
    assert not [m for m in logs if "Content Security Policy" in m or "Refused" in m], logs


def test_the_page_highlights_as_you_type_and_applies_a_fix(browser, page_url, tmp_path):
    browser.get(page_url)
    draft = browser.find_element(By.ID, "draft")
    draft.send_keys(EN)
    wait(browser, lambda d: ("error", "{first_name}") in marks(d), "the placeholder is highlighted")
    settled(browser)
    assert any("OL101 unfilled-placeholder" in text for text in items(browser))
    assert ("warning", "!!") in marks(browser)
    # the message and suggestion show on keyboard focus
    mark = next(m for m in browser.find_elements(By.CSS_SELECTOR, "#preview mark.finding") if m.text == "{first_name}")
    assert "Unfilled template slot" in mark.get_attribute("data-tip")
    browser.execute_script("arguments[0].focus()", mark)
    tip = browser.execute_script("return getComputedStyle(arguments[0], '::after').content", mark)
    assert "Unfilled template slot" in tip and "Suggestion" in tip

    fix = next(
        b for b in browser.find_elements(By.CSS_SELECTOR, "#findings li button.fix") if b.text.endswith("→ !")
    )
    fix.click()
    wait(browser, lambda d: d.find_element(By.ID, "draft").get_attribute("value").endswith("left!"), "the fix is applied")
    wait(browser, lambda d: ("warning", "!!") not in marks(d) and marks(d), "the page checks the fixed draft")
    browser.find_element(By.ID, "copy").click()
    wait(browser, lambda d: d.find_element(By.ID, "status").text == "Copied.", "copied")
    no_csp_violations(browser)


def test_a_japanese_draft_with_emoji_is_highlighted_on_the_right_characters(browser, page_url, tmp_path):
    browser.get(page_url)
    draft = browser.find_element(By.ID, "draft")
    draft.send_keys(JA)  # typed: Japanese is in the Basic Multilingual Plane
    wait(browser, lambda d: ("warning", "拝見させていただきました") in marks(d), "the double keigo is highlighted")
    settled(browser)
    assert browser.find_element(By.ID, "preview").get_attribute("lang") == "ja"
    assert any("OL603 keigo-misuse" in text and "二重敬語" in text for text in items(browser))
    assert "件の指摘" in browser.find_element(By.ID, "status").text
    # emoji (outside the BMP, so pasted rather than typed) shift UTF-16 offsets: highlights must not move
    browser.execute_script(
        "const t = document.getElementById('draft'); t.value = t.value.replace('はじめまして', 'はじめまして😀🎉');"
        "t.dispatchEvent(new Event('input'));"
    )
    wait(browser, lambda d: "😀" in d.find_element(By.ID, "preview").text, "the emoji draft is checked")
    settled(browser)
    assert ("warning", "拝見させていただきました") in marks(browser) and ("warning", "！！") in marks(browser)
    screenshot(browser, "serve-page.png", tmp_path)
    browser.find_element(By.ID, "fix-all").click()
    wait(browser, lambda d: "ご講演を拝見しました！" in d.find_element(By.ID, "draft").get_attribute("value"), "both fixes applied")
    wait(browser, lambda d: not any(text == "拝見させていただきました" for _, text in marks(d)), "checked again")
    assert "😀🎉" in browser.find_element(By.ID, "draft").get_attribute("value")
    no_csp_violations(browser)


def test_the_html_report_shows_highlights_chart_and_filters(browser, tmp_path):
    (tmp_path / "en.md").write_text(EN.replace("I saw your post.", "My cell is (415) 555-0132.") + "\n", encoding="utf-8")
    (tmp_path / "ja.md").write_text(JA.replace("はじめまして", "はじめまして😀") + "\n", encoding="utf-8")
    proc = run("check", ".", "--format", "html", "-o", "report.html", "--platform", "linkedin", cwd=tmp_path)
    assert proc.returncode == 1, err(proc)
    browser.get((tmp_path / "report.html").as_uri())
    browser.set_window_size(1280, 1500)
    screenshot(browser, "html-report.png", tmp_path)
    browser.set_window_size(1280, 1000)
    report = set(marks(browser, "pre.draft-text mark.finding"))
    assert ("warning", "拝見させていただきました") in report and ("error", "{first_name}") in report
    assert "555-0132" not in browser.find_element(By.TAG_NAME, "body").text  # masked
    bars = browser.find_elements(By.CSS_SELECTOR, "svg.chart rect.bar")
    assert bars and all(float(b.get_attribute("width")) > 0 for b in bars)
    assert browser.find_element(By.CSS_SELECTOR, "svg.chart").size["height"] > 50
    totals = {li.get_attribute("data-severity"): int(li.find_element(By.TAG_NAME, "strong").text) for li in browser.find_elements(By.CSS_SELECTOR, ".totals li")}
    assert totals["error"] >= 1 and totals["warning"] >= 2
    mark = next(m for m in browser.find_elements(By.CSS_SELECTOR, "mark.finding") if m.text == "拝見させていただきました")
    browser.execute_script("arguments[0].focus()", mark)
    assert "二重敬語" in browser.execute_script("return getComputedStyle(arguments[0], '::after').content", mark)

    # filter out warnings: their list items hide and their highlights lose their colour
    browser.find_element(By.CSS_SELECTOR, ".filter-severity[value=warning]").click()
    assert not [li for li in browser.find_elements(By.CSS_SELECTOR, "ol.findings li.sev-warning") if li.is_displayed()]
    assert "off" in mark.get_attribute("class")
    assert [li for li in browser.find_elements(By.CSS_SELECTOR, "ol.findings li.sev-error") if li.is_displayed()]
    browser.find_element(By.CSS_SELECTOR, ".filter-severity[value=warning]").click()
    # filter by rule
    browser.find_element(By.CSS_SELECTOR, ".filter-rule[value=OL603]").click()
    assert "off" in mark.get_attribute("class")
    assert not [li for li in browser.find_elements(By.CSS_SELECTOR, "li[data-rule=OL603]") if li.is_displayed()]
    assert [li for li in browser.find_elements(By.CSS_SELECTOR, "li[data-rule=OL201]") if li.is_displayed()]
    no_csp_violations(browser)
