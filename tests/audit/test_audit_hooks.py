"""Staff opening a participant's file, changing it, and a participant's consent: each is logged."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from barriers.models import BarrierType
from participants.models import ConsentText
from participants.skills import level_field
from tests.audit.helpers import entry_count, log_of
from tests.conftest import log_in

TODAY = timezone.localdate()


def participant_kwargs(world):
    return {"pk": world.participant.pk}


def barrier_kwargs(world):
    return {"pk": world.participant.pk, "barrier": world.participant_barrier.pk}


def credential_kwargs(world):
    return {"pk": world.participant.pk, "credential": world.credential.pk}


def internship_kwargs(world):
    return {"pk": world.internship.pk}


def url(world, name, kwargs=participant_kwargs):
    return reverse(name, kwargs={"programme": world.programme.slug, **kwargs(world)})


# URL name, its kwargs, who opens it, the detail logged.
PAGES = [
    ("participants:participant_detail", participant_kwargs, "coordinator", "route"),
    ("participants:participant_detail", participant_kwargs, "admin", "route"),
    ("participants:participant_detail", participant_kwargs, "mentor", "route"),
    ("participants:participant_languages", participant_kwargs, "coordinator", "languages"),
    ("participants:participant_credentials", participant_kwargs, "coordinator", "credentials"),
    ("participants:participant_credential", credential_kwargs, "coordinator", "credentials"),
    ("participants:participant_skills", participant_kwargs, "coordinator", "skills"),
    ("participants:participant_skills", participant_kwargs, "mentor", "skills"),
    ("barriers:participant", participant_kwargs, "coordinator", "barriers"),
    ("barriers:detail", barrier_kwargs, "coordinator", "barrier"),
    ("participants:mentor_internship", internship_kwargs, "mentor", "internship"),
]


@pytest.mark.parametrize(("name", "kwargs", "role", "detail"), PAGES)
def test_opening_a_participants_file_is_logged_once(client, world, name, kwargs, role, detail):
    user = world.users[role]
    log_in(client, user)
    response = client.get(url(world, name, kwargs), REMOTE_ADDR="192.0.2.10")
    assert response.status_code == 200
    assert log_of() == [("viewed_file", world.participant.pk, detail, role, user.pk, "ok")]
    assert log_of(address="192.0.2.10") == log_of()


@pytest.mark.parametrize(("name", "kwargs", "role", "detail"), PAGES)
def test_a_file_of_another_programme_is_a_404_and_not_logged(
    client, world, other_world, name, kwargs, role, detail
):
    log_in(client, world.users[role])
    foreign = url(world, name, lambda w: kwargs(other_world))
    assert client.get(foreign).status_code == 404
    assert entry_count() == 0


def test_a_role_that_may_not_open_the_file_is_not_logged(client, world):
    log_in(client, world.users["participant"])
    assert client.get(url(world, "participants:participant_detail")).status_code == 403
    log_in(client, world.users["mentor"])
    assert client.get(url(world, "participants:participant_languages")).status_code == 403
    assert entry_count() == 0


def new_barrier_type(world):
    with scopes_disabled():
        return BarrierType.objects.create(
            programme=world.programme, code="housing", position=3, name_nl="Wonen", is_standard=True
        )


# URL name, its kwargs, who posts, the data (from the world), the detail logged.
CHANGES = [
    (
        "participants:participant_diploma",
        participant_kwargs,
        "coordinator",
        lambda w: {"name": "MBO-1", "obtained_on": (TODAY - datetime.timedelta(days=3))},
        "diploma",
    ),
    (
        "participants:participant_note",
        participant_kwargs,
        "coordinator",
        lambda w: {"text": "Gesprek over geld.", "visibility": "staff"},
        "note",
    ),
    (
        "participants:participant_schedule",
        participant_kwargs,
        "admin",
        lambda w: {"hours_per_week": "40", "theory_hours": "8", "internship_days": "3"},
        "schedule",
    ),
    (
        "participants:participant_internship",
        participant_kwargs,
        "coordinator",
        lambda w: {
            "kind": "taster",
            "organisation": w.organisation.pk,
            "mentor": w.users["mentor"].pk,
            "starts_on": "2027-01-04",
            "ends_on": "2027-01-29",
            "evaluation_every_weeks": "2",
        },
        "internship",
    ),
    (
        "participants:participant_housing",
        participant_kwargs,
        "coordinator",
        lambda w: {"form": "allocation", "status": "waiting", "since": TODAY},
        "housing",
    ),
    (
        "participants:participant_job",
        participant_kwargs,
        "coordinator",
        lambda w: {
            "job-employer": w.organisation.pk,
            "job-role": "Helpende",
            "job-contract": "permanent",
            "job-hours_per_week": "32",
            "job-klikgesprek_on": "2026-01-10",
            "job-klikgesprek": "positive",
            "job-starts_on": "2026-01-31",
        },
        "job",
    ),
    (
        "participants:participant_follow_up",
        lambda w: {"pk": w.participant.pk, "job": w.placement.pk, "month": 3},
        "coordinator",
        lambda w: {
            f"follow-up-{w.placement.pk}-3-done_on": TODAY,
            f"follow-up-{w.placement.pk}-3-still_employed": "yes",
            f"follow-up-{w.placement.pk}-3-satisfaction": "4",
        },
        "follow-up",
    ),
    (
        "participants:participant_languages",
        participant_kwargs,
        "coordinator",
        lambda w: {"skill": "speaking", "level": "A2", "assessed_on": TODAY, "source": "school"},
        "languages",
    ),
    (
        "participants:participant_credentials",
        participant_kwargs,
        "coordinator",
        lambda w: {"kind": "vog", "status": "to_do", "title": "VOG"},
        "credentials",
    ),
    (
        "participants:participant_credential",
        credential_kwargs,
        "coordinator",
        lambda w: {"status": "applied", "applied_on": TODAY},
        "credentials",
    ),
    (
        "participants:participant_skills",
        participant_kwargs,
        "mentor",
        lambda w: {"assessed_on": TODAY, level_field(w.skill.pk): "3"},
        "skills",
    ),
    (
        "barriers:participant",
        participant_kwargs,
        "coordinator",
        lambda w: {"barrier_type": new_barrier_type(w).pk, "how_it_shows": "Geen huis."},
        "barrier",
    ),
    (
        "barriers:status",
        barrier_kwargs,
        "coordinator",
        lambda w: {"status": "in_progress"},
        "barrier status",
    ),
    (
        "barriers:action",
        barrier_kwargs,
        "coordinator",
        lambda w: {"description": "Aanmelden bij de taalschool"},
        "barrier action",
    ),
    (
        "barriers:edit",
        barrier_kwargs,
        "coordinator",
        lambda w: {"next_step": "Bel de taalschool.", "owner": w.users["admin"].pk},
        "barrier change",
    ),
    (
        "participants:mentor_attendance",
        internship_kwargs,
        "mentor",
        lambda w: {"date": TODAY, "presence": "present"},
        "attendance",
    ),
    (
        "participants:mentor_evaluation",
        internship_kwargs,
        "mentor",
        lambda w: {"date": TODAY, "skill_teamwork": "3", "shared": "yes"},
        "evaluation",
    ),
]


@pytest.mark.parametrize(("name", "kwargs", "role", "data", "detail"), CHANGES)
def test_a_saved_change_is_logged_once_with_what_was_changed(
    client, world, name, kwargs, role, data, detail
):
    user = world.users[role]
    log_in(client, user)
    response = client.post(url(world, name, kwargs), data(world))
    assert response.status_code == 302, getattr(response, "context", None) and [
        form.errors for form in response.context if hasattr(form, "errors")
    ]
    assert log_of() == [("changed", world.participant.pk, detail, role, user.pk, "ok")]


def test_a_refused_change_is_not_logged_as_a_change(client, world):
    log_in(client, world.users["coordinator"])
    # Moving in without an accepted offer: refused, back to the page with a message.
    refused = client.post(
        url(world, "participants:participant_housing"),
        {"form": "allocation", "status": "moved_in", "since": TODAY},
    )
    assert refused.status_code == 302
    # A note without text: the page again, with the error.
    empty = client.post(url(world, "participants:participant_note"), {"text": ""})
    assert empty.status_code == 200
    assert entry_count(action="changed") == 0


@pytest.fixture
def consent_texts(world):
    with scopes_disabled():
        for purpose in ("municipality", "employer", "research"):
            ConsentText.objects.create(
                programme=world.programme, purpose=purpose, version=1, text_nl=f"Tekst {purpose}"
            )


def test_a_participant_giving_and_withdrawing_consent_is_logged(client, world, consent_texts):
    user = world.users["participant"]
    log_in(client, user)
    page = reverse("participants:my_consent", kwargs={"programme": world.programme.slug})
    client.post(page, {"purpose": "municipality", "given": "yes"})
    client.post(page, {"purpose": "municipality", "given": "no"})
    client.post(page, {"purpose": "nonsense", "given": "yes"})  # refused: not logged
    assert log_of() == [
        ("consent_changed", world.participant.pk, "municipality:yes", "participant", user.pk, "ok"),
        ("consent_changed", world.participant.pk, "municipality:no", "participant", user.pk, "ok"),
    ]
