"""The inbox: only your own notifications of this programme, read one or all, unread count."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_scopes import scope, scopes_disabled

from notifications.models import Notification
from tests.conftest import ROLES, log_in
from tests.reminders.notices import reads_english, remind, temporary_kinds

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _kinds():
    with temporary_kinds():
        yield


def inbox_url(world):
    return reverse("notifications:inbox", kwargs={"programme": world.programme.slug})


def read_url(world, notification):
    return reverse(
        "notifications:read", kwargs={"programme": world.programme.slug, "pk": notification.pk}
    )


@pytest.mark.parametrize("role", ROLES)
def test_every_role_sees_its_own_notifications(client, world, role):
    remind(world, role, key="mine:1")
    log_in(client, world.users[role])
    response = client.get(inbox_url(world))
    assert response.status_code == 200
    assert "Appointment mine:1" in response.content.decode()


def test_a_user_never_sees_another_users_notifications(client, worlds):
    alpha, beta = worlds["a"], worlds["b"]
    remind(alpha, "coordinator", key="coordinators:secret")
    remind(beta, "participant", key="beta:secret")
    remind(alpha, "participant", key="mine:1")
    log_in(client, alpha.users["participant"])
    content = client.get(inbox_url(alpha)).content.decode()
    assert "mine:1" in content
    assert "coordinators:secret" not in content
    assert "beta:secret" not in content


def test_reading_someone_elses_notification_is_404_in_the_same_or_another_programme(client, worlds):
    alpha, beta = worlds["a"], worlds["b"]
    colleague = remind(alpha, "coordinator", key="colleague")
    elsewhere = remind(beta, "participant", key="elsewhere")
    log_in(client, alpha.users["participant"])
    assert client.post(read_url(alpha, colleague)).status_code == 404
    # Beta's id on alpha's page, and on beta's page where alpha's participant has no role.
    assert client.post(read_url(alpha, elsewhere)).status_code == 404
    assert client.post(read_url(beta, elsewhere)).status_code == 404
    with scopes_disabled():
        assert not Notification.objects.filter(read_at__isnull=False).exists()


def test_reading_marks_it_read_and_opens_what_it_is_about(client, world):
    notification = remind(world, key="intake:4")
    log_in(client, world.users["participant"])
    response = client.post(read_url(world, notification))
    assert response.status_code == 302
    assert response.url == "/alpha/me/"
    with scope(programme=world.programme):
        notification.refresh_from_db()
    assert notification.read_at is not None
    first_read = notification.read_at
    client.post(read_url(world, notification))  # a second click keeps the first moment
    with scope(programme=world.programme):
        notification.refresh_from_db()
    assert notification.read_at == first_read


def test_a_link_to_another_site_is_not_followed(client, world):
    notification = remind(world, key="odd")
    with scope(programme=world.programme):
        Notification.objects.filter(pk=notification.pk).update(link="//evil.example/")
    log_in(client, world.users["participant"])
    response = client.post(read_url(world, notification))
    assert response.url == inbox_url(world)


def test_read_all_marks_only_my_notifications_of_this_programme(client, worlds):
    alpha, beta = worlds["a"], worlds["b"]
    for key in ("a", "b", "c"):
        remind(alpha, "participant", key=key)
    remind(alpha, "coordinator", key="theirs")
    remind(beta, "participant", key="other-programme")
    log_in(client, reads_english(alpha.users["participant"]))
    url = reverse("notifications:read_all", kwargs={"programme": "alpha"})
    response = client.post(url, follow=True)
    assert "All notifications are marked as read." in response.content.decode()
    with scopes_disabled():
        unread = set(
            Notification.objects.filter(read_at__isnull=True).values_list("subject_key", flat=True)
        )
    assert unread == {"theirs", "other-programme"}


def test_the_header_shows_the_unread_count_with_a_label_for_screen_readers(client, world):
    for key in ("a", "b", "c"):
        remind(world, "mentor", key=key)
    log_in(client, reads_english(world.users["mentor"]))
    content = client.get(inbox_url(world)).content.decode()
    assert '<span aria-hidden="true">(3)</span>' in content
    assert '<span class="zr-visually-hidden">, 3 unread</span>' in content


def test_the_header_of_a_page_outside_a_programme_makes_no_inbox_query(client, world):
    log_in(client, world.users["participant"])
    with CaptureQueriesContext(connection) as queries:
        client.get(reverse("preferences:edit"))
    assert not [q for q in queries if '"notifications_notification"' in q["sql"]]


def test_an_applicant_without_a_role_sees_the_inbox_only_when_it_has_something(client, world):
    applicant = world.users["applicant"]
    log_in(client, applicant)
    assert client.get(inbox_url(world)).status_code == 404
    notification = remind(world, "applicant", key="interview:1")
    response = client.get(inbox_url(world))
    assert response.status_code == 200
    assert "Appointment interview:1" in response.content.decode()
    assert client.post(read_url(world, notification)).status_code == 302


def test_the_inbox_is_paginated_newest_first(client, world):
    for number in range(25):
        remind(world, key=f"n:{number:02d}")
    log_in(client, world.users["participant"])
    page_one = client.get(inbox_url(world)).content.decode()
    assert "n:24" in page_one
    assert "n:05" in page_one
    assert "n:04" not in page_one
    assert page_one.index("n:24") < page_one.index("n:23")
    page_two = client.get(inbox_url(world) + "?page=2").content.decode()
    assert "n:04" in page_two
    assert "n:00" in page_two


def test_the_inbox_runs_the_same_number_of_queries_for_3_or_20_notifications(client, world):
    user = world.users["coordinator"]
    log_in(client, user)

    def queries_for(count, start):
        for number in range(start, start + count):
            remind(world, "coordinator", key=f"n:{number}")
        with CaptureQueriesContext(connection) as captured:
            assert client.get(inbox_url(world)).status_code == 200
        return len(captured)

    # session, user, programme, memberships with the unread count for the header,
    # TOTP exists (MFA gate), count for the pages, the page's rows
    assert queries_for(3, 0) == 7
    assert queries_for(17, 3) == 7


def test_the_unread_count_in_the_header_costs_no_extra_query_for_a_member(client, world):
    remind(world, "participant", key="a")
    log_in(client, world.users["participant"])
    with CaptureQueriesContext(connection) as queries:
        content = client.get(reverse("participants:home", kwargs={"programme": "alpha"}))
    assert '<span aria-hidden="true">(1)</span>' in content.content.decode()
    inbox_queries = [q["sql"] for q in queries if '"notifications_notification"' in q["sql"]]
    assert len(inbox_queries) == 1
    assert '"programmes_membership"' in inbox_queries[0]  # part of the memberships query
