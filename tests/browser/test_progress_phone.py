"""A participant's language, diplomas and skills pages on a phone, in Arabic: axe clean."""

import datetime

import pytest
from django_scopes import scope

from participants.models import ConsentText, LanguageAssessment, SkillAssessment
from tests.browser.test_accessibility import assert_accessible
from tests.browser.test_phone import log_in_by_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_progress_and_skills_read_right_to_left(phone, live_server, worlds):
    world = worlds["a"]
    participant = world.participant
    with scope(programme=world.programme):  # the data as the programme's pages make it
        for skill, level in (("listening", "B1"), ("speaking", "A2"), ("vaktaal", "A2")):
            LanguageAssessment.objects.create(
                programme=world.programme,
                participant=participant,
                skill=skill,
                level=level,
                assessed_on=datetime.date(2026, 10, 1),
                source="school",
            )
        SkillAssessment.objects.create(
            programme=world.programme,
            participant=participant,
            skill=world.skill,
            level=3,
            assessed_on=datetime.date(2026, 10, 1),
            by=world.users["mentor"],
        )
        participant.goal_level = "mbo"
        participant.save()
    user = world.users["participant"]
    user.language = "ar"
    user.save()
    log_in_by_code(phone, live_server, user.email)
    phone.wait_for_url(f"{live_server.url}/alpha/me/")
    with scope(programme=world.programme):
        for purpose in ("municipality", "employer", "research"):
            ConsentText.objects.create(
                programme=world.programme, purpose=purpose, version=1, text_nl="Tekst", text_ar="نص"
            )
    pages = (
        ("/alpha/me/progress/", "my-progress-ar"),
        ("/alpha/me/skills/", "my-skills-ar"),
        ("/alpha/me/permissions/", "my-permissions-ar"),
    )
    for path, name in pages:
        phone.goto(f"{live_server.url}{path}")
        assert phone.locator("html").get_attribute("dir") == "rtl"
        assert phone.evaluate("document.documentElement.scrollWidth") <= 360
        assert_accessible(phone, name)
