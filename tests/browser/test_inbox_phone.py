"""A participant reads their notifications on a phone, in Arabic, and opens one."""

import datetime

import pytest
import time_machine
from django.utils.translation import get_language, gettext_lazy
from django_scopes import scope, scopes_disabled

from notifications import kinds
from notifications.models import Notification
from notifications.outbox import AMSTERDAM
from notifications.services import notify
from tests.browser.test_accessibility import assert_accessible
from tests.browser.test_phone import log_in_by_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TEXTS = {
    "ar": ("امتحان اللغة بعد 14 يوماً", "امتحان الدولة NT2 في 10 مارس. استعد جيداً."),
    "nl": ("Taalexamen over 14 dagen", "Staatsexamen NT2 op 10 maart. Bereid je goed voor."),
}


@pytest.fixture
def exam_kind():
    kind = kinds.register(
        kinds.Kind(
            code="test_exam_phone",
            label=gettext_lazy("Exam (test)"),
            title=lambda c: TEXTS.get(get_language(), TEXTS["nl"])[0],
            body=lambda c: TEXTS.get(get_language(), TEXTS["nl"])[1],
        )
    )
    yield kind
    kinds.unregister(kind.code)


def test_a_participant_reads_and_opens_notifications_in_arabic(
    phone, live_server, worlds, exam_kind
):
    world = worlds["a"]
    user = world.users["participant"]
    with scopes_disabled():
        user.language = "ar"
        user.save(update_fields=["language"])
    for day, key in ((20, "exam:1"), (21, "exam:2"), (22, "exam:3")):
        with (
            time_machine.travel(datetime.datetime(2026, 11, day, 9, 30, tzinfo=AMSTERDAM)),
            scope(programme=world.programme),  # as the reminder scan calls it
        ):
            notify(
                recipient=user,
                programme=world.programme,
                kind=exam_kind.code,
                subject_key=key,
                due_on=None,
                link="/alpha/me/",
                context={},
            )
    with scope(programme=world.programme):
        Notification.objects.filter(subject_key="exam:1").update(
            read_at=datetime.datetime(2026, 11, 21, 8, 0, tzinfo=datetime.UTC)
        )

    log_in_by_code(phone, live_server, user.email)
    phone.wait_for_url(f"{live_server.url}/alpha/me/")
    nav_link = phone.locator("a[href='/alpha/notifications/']")
    assert "(2)" in nav_link.inner_text()
    nav_link.click()
    phone.wait_for_url(f"{live_server.url}/alpha/notifications/")

    assert phone.locator("html").get_attribute("dir") == "rtl"
    items = phone.locator("ol.zr-notices > li")
    assert items.count() == 3
    assert phone.locator(".zr-notice--unread").count() == 2
    assert phone.get_by_text(TEXTS["ar"][0]).first.is_visible()
    heading = phone.locator("h1").bounding_box()
    assert heading["x"] + heading["width"] > 300  # right to left: it ends at the right edge
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert_accessible(phone, "notifications-inbox-ar")

    items.first.locator("button[type=submit]").click()
    phone.wait_for_url(f"{live_server.url}/alpha/me/")
    assert "(1)" in phone.locator("a[href='/alpha/notifications/']").inner_text()


def test_a_participant_chooses_the_daily_digest_on_a_phone(phone, live_server, worlds, exam_kind):
    user = worlds["a"].users["participant"]
    with scopes_disabled():
        user.language = "en"  # the test reads the English texts
        user.save(update_fields=["language"])
    log_in_by_code(phone, live_server, user.email)
    phone.wait_for_url(f"{live_server.url}/alpha/me/")
    phone.locator("a[href='/me/notifications/']").click()
    phone.wait_for_url(f"{live_server.url}/me/notifications/")
    assert phone.locator(f"input[value={exam_kind.code}]").is_checked()
    phone.locator(f"input[value={exam_kind.code}]").uncheck()
    phone.get_by_label("One email each morning with all new notifications").check()
    assert_accessible(phone, "notifications-preferences-nl")
    phone.locator("main form button[type=submit]").click()
    phone.wait_for_url(f"{live_server.url}/me/notifications/")
    assert phone.get_by_text("Your choices are saved.").is_visible()
    assert not phone.locator(f"input[value={exam_kind.code}]").is_checked()
    assert phone.get_by_label("One email each morning with all new notifications").is_checked()
