"""A moderator confirms a proposal from the review queue in a real browser; a reader then sees it on the timeline."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

from tests.factories import (
    ActorFactory,
    ArticleFactory,
    CitationFactory,
    ConflictFactory,
    EventFactory,
    ModeratorFactory,
)

# serialized_rollback: the Moderator group (a data migration) must survive other live-server tests' flushes.
pytestmark = [pytest.mark.browser, pytest.mark.services,
              pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "correct horse battery staple"


def test_moderator_confirms_from_queue_and_reader_sees_it_on_the_public_timeline(chromium, live_server) -> None:
    conflict = ConflictFactory.create()
    text = "Kyjiw. Trump und Putin telefonierten am Montag zwei Stunden lang. <script>window.pwned=1</script>"
    article = ArticleFactory.create(conflict=conflict, text=text, title="Telefonat der Präsidenten")
    trump, putin = ActorFactory.create(name="Donald Trump"), ActorFactory.create(name="Vladimir Putin")
    event = EventFactory.create(conflict=conflict, title="Trump and Putin speak by phone", source_article=article,
                                actors=[trump, putin], date_expression="am Montag")
    start, end = text.index("Trump"), text.index("lang.") + 5
    trigger = text.index("telefonierten")
    CitationFactory.create(article=article, event=event, start=start, end=end, sentence=text[start:end],
                           trigger_start=trigger, trigger_end=trigger + len("telefonierten"))
    ModeratorFactory.create(username="browser-mod")
    wait = WebDriverWait(chromium, 15)

    chromium.get(f"{live_server.url}/c/{conflict.slug}/")
    assert "Trump and Putin speak by phone" not in chromium.page_source, "a pending proposal must not be public"

    chromium.get(f"{live_server.url}/admin/login/?next=/admin/tracker/event/review/")
    chromium.find_element(By.NAME, "username").send_keys("browser-mod")
    chromium.find_element(By.NAME, "password").send_keys(PASSWORD)
    chromium.find_element(By.CSS_SELECTOR, "input[type=submit], button[type=submit]").click()
    row = wait.until(ec.presence_of_element_located((By.ID, f"row-event-{event.pk}")))
    assert row.find_element(By.CSS_SELECTOR, "mark.hl-trigger").text == "telefonierten"

    # The article page shows the script as text and never runs it.
    chromium.get(f"{live_server.url}/admin/tracker/event/review/article/{article.pk}/")
    assert "<script>window.pwned=1</script>" in chromium.find_element(By.ID, "article-text").text
    assert chromium.execute_script("return window.pwned === undefined")

    chromium.get(f"{live_server.url}/admin/tracker/event/review/")
    row = wait.until(ec.presence_of_element_located((By.ID, f"row-event-{event.pk}")))
    row.find_element(By.CSS_SELECTOR, "button.confirm-button").click()
    message = wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "ul.messagelist li.success")))
    assert "Confirmed and published" in message.text
    assert not chromium.find_elements(By.ID, f"row-event-{event.pk}"), "the confirmed row left the queue"

    chromium.get(f"{live_server.url}/c/{conflict.slug}/")
    wait.until(ec.presence_of_element_located((By.TAG_NAME, "main")))
    assert "Trump and Putin speak by phone" in chromium.page_source
    event.refresh_from_db()
    assert event.review_status == "confirmed"
    assert event.reviewed_by is not None and event.reviewed_by.username == "browser-mod"


def test_moderator_reviews_the_queue_with_the_keyboard(chromium, live_server) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select

    first = EventFactory.create(title="First proposal")
    second = EventFactory.create(title="Second proposal")
    ModeratorFactory.create(username="keyboard-mod")
    wait = WebDriverWait(chromium, 15)
    chromium.delete_all_cookies()
    chromium.get(f"{live_server.url}/admin/login/?next=/admin/tracker/event/review/")
    chromium.find_element(By.NAME, "username").send_keys("keyboard-mod")
    chromium.find_element(By.NAME, "password").send_keys(PASSWORD)
    chromium.find_element(By.CSS_SELECTOR, "input[type=submit], button[type=submit]").click()
    wait.until(ec.presence_of_element_located((By.ID, f"row-event-{second.pk}")))
    body = chromium.find_element(By.TAG_NAME, "body")
    body.click()

    # j, j: the second row is current; c confirms it.
    ActionChains(chromium).send_keys("j").send_keys("j").perform()
    assert "kb-current" in chromium.find_element(By.ID, f"row-event-{second.pk}").get_attribute("class")
    ActionChains(chromium).send_keys("c").perform()
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "ul.messagelist li.success")))
    second.refresh_from_db()
    assert second.review_status == "confirmed"

    # j, r: focus the first row's reason, choose one, Enter rejects.
    chromium.find_element(By.TAG_NAME, "body").click()
    ActionChains(chromium).send_keys("j").send_keys("r").perform()
    reason = chromium.switch_to.active_element
    assert reason.get_attribute("name") == f"reason-event-{first.pk}"
    Select(reason).select_by_value("wrong_date")
    reason.send_keys(Keys.ENTER)
    wait.until(ec.text_to_be_present_in_element((By.CSS_SELECTOR, "ul.messagelist"), "Rejected"))
    first.refresh_from_db()
    assert (first.review_status, first.reject_reason) == ("rejected", "wrong_date")
