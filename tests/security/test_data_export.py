"""A participant downloads all their data (GDPR articles 15 and 20): theirs, all of it, only theirs.

``give_everything`` (test_data_export_world.py) gives a participant a row of every kind the
export reads; the tests look for each in the JSON, and for nobody else's data.
"""

import datetime
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from audit.models import Action, AuditEntry
from tests.conftest import MINIMAL_PDF, log_in
from tests.factories import ParticipantFactory
from tests.security.test_data_export_world import (
    EVERY_KIND,
    build_full,
    download_json,
    give_everything,
    reauthenticated,
    url,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def full(world, other_world):
    return build_full(world, other_world)


def test_the_json_holds_a_row_of_every_kind(client, full):
    reauthenticated(client, full.users["participant"])
    _response, data = download_json(client, full)
    text = json.dumps(data, ensure_ascii=False)
    missing = [
        needle.format(t="mine") for needle in EVERY_KIND if needle.format(t="mine") not in text
    ]
    assert missing == []
    assert data["participant"]["number"] == "ALP-0001"
    assert data["account"]["email"] == "participant@alpha.example"
    assert data["about"]["programme"]["slug"] == "alpha"
    assert data["about"]["format_version"] == 1
    assert data["applications"][0]["documents"][0]["size"] == len(MINIMAL_PDF)
    assert data["applications"][0]["unsaved_answers"] == {"work": {"work_experience": "draft mine"}}
    assert data["consents"][0]["given"] is True
    assert data["route"][0]["started_on"] == "2026-01-05"  # ISO 8601
    assert datetime.datetime.fromisoformat(data["about"]["generated_at"])


def test_the_json_is_an_attachment_never_cached(client, full):
    reauthenticated(client, full.users["participant"])
    response, _ = download_json(client, full)
    today = timezone.localdate().isoformat()
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"] == (
        f'attachment; filename="zorgroute-alpha-ALP-0001-{today}.json"'
    )
    assert "no-store" in response["Cache-Control"]


def test_nothing_of_anyone_else(client, full, other_world):
    reauthenticated(client, full.users["participant"])
    _, data = download_json(client, full)
    text = json.dumps(data, ensure_ascii=False)
    others = [needle.format(t=t) for needle in EVERY_KIND for t in ("neighbour", "beta")]
    others += [
        "Zainab",
        "zainab.neighbour@alpha.example",
        "ALP-0002",
        "BET-0001",
        "participant@beta.example",
        full.intake.family_name,
        full.intake.reference,
        other_world.programme.name,
    ]
    assert [needle for needle in others if needle in text] == []


def test_the_same_person_in_another_programme_gets_only_this_programmes_data(client, full):
    """Amina takes part in beta too, with the same account: alpha's export holds alpha only."""
    other_world = full.other
    user = full.users["participant"]
    with scopes_disabled():
        other_world.programme.memberships.create(user=user, role="participant")
        twin = ParticipantFactory(
            programme=other_world.programme,
            user=user,
            given_name="Amina",
            family_name="Yusuf",
            number="BET-0042",
        )
        give_everything(other_world, twin, "self in beta")
    reauthenticated(client, user)
    _, data = download_json(client, full)
    text = json.dumps(data, ensure_ascii=False)
    assert [
        n.format(t="self in beta") for n in EVERY_KIND if n.format(t="self in beta") in text
    ] == []
    assert "BET-0042" not in text
    assert data["account"]["roles"] == ["participant"]
    assert data["applications"][0]["reference"] == "REF-mine"


def test_no_secrets_and_no_staff_contact_details(client, full):
    user = full.users["participant"]
    reauthenticated(client, user)
    _, data = download_json(client, full)
    text = json.dumps(data, ensure_ascii=False)
    assert user.password not in text
    assert "coordinator@alpha.example" not in text  # staff appear by name and role only
    assert "password" not in data["account"]


def test_queries_do_not_grow_with_the_rows(client, full):
    reauthenticated(client, full.users["participant"])
    with CaptureQueriesContext(connection) as few:
        download_json(client, full)
    with scopes_disabled():
        give_everything(full, full.participant, "more")
        give_everything(full, full.participant, "even more")
    with CaptureQueriesContext(connection) as many:
        _, data = download_json(client, full)
    assert len(data["notes"]) == 3
    assert len(many) == len(few), "\n".join(q["sql"] for q in many.captured_queries)


def test_each_download_is_in_who_looked_at_my_file(client, full):
    user = full.users["participant"]
    reauthenticated(client, user)
    download_json(client, full)
    assert client.get(url(full, "privacy:my_data_pdf")).status_code == 200
    with scopes_disabled():
        entries = list(AuditEntry.objects.filter(action=Action.DATA_DOWNLOADED).order_by("pk"))
    assert [(e.participant_id, e.actor_id, e.detail) for e in entries] == [
        (full.participant.pk, user.pk, "all data (json)"),
        (full.participant.pk, user.pk, "all data (pdf)"),
    ]
    page = client.get(url(full, "audit:my_log")).content.decode()
    assert "Al je gegevens gedownload" in page  # "Downloaded all your data", in Dutch


def test_a_password_user_types_the_password_again_first(client, full):
    log_in(client, full.users["participant"])  # logged in, but not re-authenticated
    response = client.get(url(full, "privacy:my_data_json"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_reauthenticate"))
    with scopes_disabled():
        assert not AuditEntry.objects.filter(action=Action.DATA_DOWNLOADED).exists()


def test_the_page_explains_and_links_both_downloads(client, full):
    log_in(client, full.users["participant"])
    page = client.get(url(full, "privacy:my_data")).content.decode()
    assert url(full, "privacy:my_data_json") in page
    assert url(full, "privacy:my_data_pdf") in page
    home = client.get(url(full, "participants:home")).content.decode()
    assert url(full, "privacy:my_data") in home  # in the participant's menu
