"""The bugs the bad-input property tests found, each pinned by a plain test.

- A NUL character in a form or a query string was a 500 wherever it reached PostgreSQL
  without a form cleaning it first: the intake's draft (JSON) and the municipality's
  search. Now any request that holds one gets a clear 400 page and nothing is saved.
- After an error inside a savepoint, the rollback sent the programme setting for
  row-level security first when the scope had changed; PostgreSQL refused it in the
  failed transaction, and the whole outer transaction was lost with the savepoint.
- A diploma added on the education step while another answer had an error stayed in
  the diploma form, so sending the step again added it twice.
- "²" passes ``str.isdigit()`` but not ``int()``: removing a diploma by that number,
  or choosing it as a participant for the municipality's export, was a 500.
"""

import pytest
from django.db import DataError, ProgrammingError, connection, transaction
from django.urls import reverse
from django_scopes import scope, scopes_disabled

from participants.models import Intake, Participant
from tests.conftest import log_in, reauthenticate
from tests.dossier.conftest import consent_to_municipality
from tests.security.intake_setup import drafting_applicant


@pytest.fixture
def drafter(client, world, private_media):
    intake = drafting_applicant(world)
    log_in(client, world.users["drafter"])
    return intake


def step_url(step):
    return reverse("participants:apply_step", kwargs={"programme": "alpha", "step": step})


def stored(intake):
    with scopes_disabled():
        return Intake.objects.get(pk=intake.pk).answers


def test_a_nul_character_in_a_draft_is_a_clear_400_and_nothing_is_saved(client, drafter):
    before = stored(drafter)
    response = client.post(step_url("personal"), {"given_name": "Ya\x00smin", "later": "1"})
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert stored(drafter) == before


def test_the_400_page_is_in_the_users_language(client, world, drafter):
    with scopes_disabled():
        user = world.users["drafter"]
        user.language = "ar"
        user.save()
    response = client.post(step_url("work"), {"work_experience": "\x00", "later": "1"})
    assert response.status_code == 400
    assert 'dir="rtl"' in response.content.decode()


def test_a_nul_character_in_the_municipality_search_is_a_400(client, world):
    log_in(client, world.users["municipality_officer"])
    for query in ("q=%00", "municipality=alphen%00", "programme=al%00pha"):
        response = client.get(f"{reverse('municipality:list')}?{query}")
        assert response.status_code == 400, query


def test_text_without_nul_still_saves_as_a_draft(client, drafter):
    response = client.post(step_url("personal"), {"given_name": "يا سمين \u202e", "later": "1"})
    assert response.status_code == 302
    assert stored(drafter)["_drafts"]["personal"]["given_name"] == "يا سمين \u202e"


def test_an_error_in_a_savepoint_of_another_scope_leaves_the_outer_transaction_usable(world):
    with (
        pytest.raises((DataError, ProgrammingError)),
        transaction.atomic(),
        scope(programme=world.programme),
        connection.cursor() as cursor,
    ):
        cursor.execute("SELECT 1/0")
    # The scope closed before the rollback: the setting differs, and must not be sent first.
    assert not connection.needs_rollback
    with scope(programme=world.programme):
        assert Participant.objects.filter(pk=world.participant.pk).exists()


def test_a_diploma_added_on_a_step_with_an_error_is_not_added_again(client, drafter):
    diploma = {"diploma_level": "MBO-2", "diploma_field": "Zorg", "diploma_country": "SY"}
    first = client.post(step_url("education"), {"education_level": "", **diploma})
    assert first.status_code == 200  # no education level: an error
    assert first.context["diploma_form"]["diploma_level"].value() in (None, "")
    assert len(stored(drafter)["diplomas"]) == 2
    # The applicant fixes the error and sends the step again, as the page now shows it.
    again = client.post(
        step_url("education"), {"education_level": "secondary", "q_extra-number": "3"}
    )
    assert again.status_code == 302
    assert [d["level"] for d in stored(drafter)["diplomas"]] == ["Bachelor", "MBO-2"]


def test_removing_a_diploma_by_a_digit_int_refuses_removes_nothing(client, drafter):
    for number in ("²", "٠" * 3 + "²", "9" * 30):
        response = client.post(step_url("education"), {"remove_diploma": number})
        assert response.status_code == 302
        assert len(stored(drafter)["diplomas"]) == 1


def test_an_export_of_a_participant_numbered_with_a_superscript_is_refused(client, world):
    consent_to_municipality(world.participant)
    log_in(client, world.users["municipality_officer"])
    reauthenticate(client)
    response = client.post(
        reverse("municipality:new_export"),
        {"municipality": world.municipality.code, "language": "nl", "participants": ["²"]},
    )
    assert response.status_code == 302
    assert response.url.startswith(reverse("municipality:list"))
