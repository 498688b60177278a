"""Headless Chromium: load the timeline, filter it, follow a permalink, switch language; accessibility basics."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings

from tests.factories import ActorFactory, ArticleFactory, CitationFactory, EventFactory, StatementFactory

pytestmark = [pytest.mark.browser, pytest.mark.services, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(settings.BASE_DIR) / "artifacts"

# WCAG 2.x relative luminance and contrast of every visible text element against its effective background.
CONTRAST_JS = """
function parse(c) { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
  const p = m[1].split(',').map(x => parseFloat(x)); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; }
function lum(c) { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); }
function background(el) { for (let e = el; e; e = e.parentElement) {
  const c = parse(getComputedStyle(e).backgroundColor); if (c && c.a > 0.5) return c; }
  return {r: 255, g: 255, b: 255, a: 1}; }
const out = [];
for (const el of document.querySelectorAll('body *')) {
  const own = Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
  const rect = el.getBoundingClientRect();
  if (!own || rect.width === 0 || rect.height === 0 || el.closest('svg')) continue;
  const fg = parse(getComputedStyle(el).color), bg = background(el);
  const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
  out.push([el.tagName + '.' + el.className, Math.round(((a + 0.05) / (b + 0.05)) * 100) / 100]);
}
return out;
"""

UNLABELLED_JS = """
return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
  .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')).map(el => el.name);
"""


@pytest.fixture
def seeded(transactional_db: Any) -> None:
    from django.core.cache import cache

    cache.clear()  # the live server runs in this process and shares the locmem cache
    trump = ActorFactory.create(name="Donald Trump", slug="donald-trump")
    putin = ActorFactory.create(name="Vladimir Putin", slug="vladimir-putin")
    zelensky = ActorFactory.create(name="Volodymyr Zelensky", slug="volodymyr-zelensky")
    call = EventFactory.create(
        title="Trump–Putin phone call", type="CONSULT", occurrence="planned", review_status="confirmed",
        date_start=dt.date(2025, 5, 19), date_precision="time", date_value="2025-05-19TMO",
        date_note="US local time", actors=[trump, putin],
    )
    article = ArticleFactory.create(url="https://example.org/seed", source_name="Seed article",
                                    title="Trump initiiert neuen Anlauf")
    CitationFactory.create(article=article, event=call)
    EventFactory.create(title="Istanbul prisoner exchange", type="AGREE", review_status="confirmed",
                        date_start=dt.date(2025, 5, 16), actors=[zelensky, putin])
    EventFactory.create(title="Riyadh summit", type="CONSULT", occurrence="cancelled", review_status="confirmed",
                        date_start=dt.date(2025, 3, 3), actors=[zelensky])
    EventFactory.create(title="Pending proposal must not show", review_status="pending")
    StatementFactory.create(speaker=putin, paraphrase="Peskov confirms the call",
                            quote="<script>window.pwned=1</script>", review_status="confirmed",
                            date_start=dt.date(2025, 5, 18))


def test_reader_filters_the_timeline_and_follows_a_permalink(chromium: Any, live_server: Any, seeded: None,
                                                             tmp_path: Path) -> None:
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    driver = chromium
    # While a form submit navigates, Chromium may report the old document's nodes as gone ("Node with given id does
    # not belong to the document") rather than stale: the wait polls again instead of failing.
    wait = WebDriverWait(driver, 10, ignored_exceptions=[StaleElementReferenceException, WebDriverException])
    driver.delete_all_cookies()
    driver.get(f"{live_server.url}/c/russia-ukraine/")
    body = driver.find_element(By.TAG_NAME, "body").text
    assert "Trump–Putin phone call" in body and "Istanbul prisoner exchange" in body and "Riyadh summit" in body
    assert "Pending proposal" not in body
    assert driver.execute_script("return window.pwned === undefined")  # the quote's <script> never ran
    assert driver.find_elements(By.CSS_SELECTOR, "svg rect")  # the weekly overview is drawn without JS

    # Accessibility basics: landmarks, labels, language, contrast.
    for selector in ("header", "nav", "main", "footer", "form[role=search]"):
        assert driver.find_elements(By.CSS_SELECTOR, selector), selector
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert driver.execute_script(UNLABELLED_JS) == []
    low = [(name, ratio) for name, ratio in driver.execute_script(CONTRAST_JS) if ratio < 4.5]
    assert low == [], low

    # Apply a filter: the state lands in the URL and the list narrows.
    Select(driver.find_element(By.ID, "id_actor")).select_by_visible_text("Volodymyr Zelensky")
    driver.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
    wait.until(lambda d: "actor=volodymyr-zelensky" in d.current_url)
    body = driver.find_element(By.TAG_NAME, "body").text
    assert "Istanbul prisoner exchange" in body and "Riyadh summit" in body
    assert "Trump–Putin phone call" not in body
    ARTIFACTS.mkdir(exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / "timeline-filtered.png"))

    # Follow a permalink.
    driver.find_element(By.LINK_TEXT, "Istanbul prisoner exchange").click()
    wait.until(lambda d: "/events/" in d.current_url)
    assert driver.find_element(By.TAG_NAME, "h1").text == "Istanbul prisoner exchange"
    assert "May 16, 2025" in driver.find_element(By.TAG_NAME, "time").text

    # Switch to German with the language form (no JavaScript needed).
    driver.get(f"{live_server.url}/c/russia-ukraine/")
    Select(driver.find_element(By.ID, "language-select")).select_by_value("de")
    driver.find_element(By.CSS_SELECTOR, ".lang-form button").click()
    wait.until(lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "de")
    wait.until(lambda d: "Abgesagt" in d.find_element(By.TAG_NAME, "body").text)
    body = driver.find_element(By.TAG_NAME, "body").text
    assert "19. Mai 2025, morgens (US-Ortszeit)" in body and "Abgesagt" in body
    screenshot = tmp_path / "timeline-de.png"
    driver.save_screenshot(str(screenshot))
    driver.save_screenshot(str(ARTIFACTS / "timeline-de.png"))
    assert screenshot.stat().st_size > 10_000
    driver.delete_all_cookies()
