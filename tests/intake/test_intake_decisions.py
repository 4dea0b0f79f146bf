"""Deciding on an application: interview, accept, waiting list, not selected."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from participants.models import Intake, IntakeEvent, Participant
from participants.selection import DecisionError, decide
from programmes.models import Membership
from tests.conftest import log_in
from tests.factories import MunicipalityFactory
from tests.intake.coordinator import (
    intake_url,
)
from tests.intake.decision_helpers import (
    events_of,
    is_checked,
    local_input,
    messages_of,
    next_week,
    post_decision,
    reload,
)

Status = Intake.Status


def test_it_invites_to_an_interview_with_date_time_and_place(
    client, world, coordinator, django_capture_on_commit_callbacks
):
    when = next_week()
    with django_capture_on_commit_callbacks(execute=True):
        response = post_decision(
            client,
            world.intake,
            "interview",
            "Uw motivatie is sterk; we willen u graag spreken.",
            interview_at=local_input(when),
            interview_place="Stadhuis Leiden, kamer 2",
        )
    assert response.status_code == 302
    assert response.url == intake_url("detail", world.intake) + "#decision"
    assert messages_of(response) == [
        "The decision is saved. We are sending the applicant an email."
    ]
    intake = reload(world.intake)
    assert intake.status == Status.INTERVIEW
    assert intake.interview_at == when
    assert intake.interview_place == "Stadhuis Leiden, kamer 2"
    assert intake.decision_reason == "Uw motivatie is sterk; we willen u graag spreken."
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [world.users["applicant"].email]
    assert timezone.localtime(when).strftime("%H:%M") in mail.outbox[0].body
    assert "Stadhuis Leiden, kamer 2" in mail.outbox[0].body


def test_an_interview_by_video_call_needs_no_place(client, world, coordinator):
    response = post_decision(
        client,
        world.intake,
        "interview",
        "Graag een kennismaking.",
        interview_at=local_input(next_week()),
        interview_link="https://meet.example/zorg",
    )
    assert response.status_code == 302
    assert reload(world.intake).interview_link == "https://meet.example/zorg"


@pytest.mark.parametrize("outcome", ["accepted", "waiting_list", "not_selected"])
def test_each_final_decision_is_saved_with_its_reason_and_told_to_the_applicant(
    client, world, coordinator, outcome, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post_decision(client, world.intake, outcome, "Besproken in het selectieoverleg.")
    assert response.status_code == 302
    intake = reload(world.intake)
    assert intake.status == outcome
    assert intake.decision_reason == "Besproken in het selectieoverleg."
    assert intake.decided_at is not None
    assert len(mail.outbox) == 1
    assert "Besproken in het selectieoverleg." in mail.outbox[0].body


def test_a_missing_reason_is_refused_and_what_was_typed_is_kept(client, world, coordinator):
    response = post_decision(client, world.intake, "waiting_list", "   ")
    assert response.status_code == 200
    assert response.context["decision_form"].errors["reason"] == [
        "Write the reason for this decision. The applicant reads it."
    ]
    content = response.content.decode()
    assert "Write the reason for this decision. The applicant reads it." in content
    assert is_checked(content, "outcome", "waiting_list")
    assert 'role="alert"' in content
    assert reload(world.intake).status == Status.SUBMITTED
    assert events_of(world.intake) == []


def test_an_interview_in_the_past_is_refused_and_what_was_typed_is_kept(client, world, coordinator):
    yesterday = local_input(timezone.now() - datetime.timedelta(days=1))
    response = post_decision(
        client,
        world.intake,
        "interview",
        "Graag een gesprek.",
        interview_at=yesterday,
        interview_place="COA-kantoor",
    )
    assert response.status_code == 200
    assert response.context["decision_form"].errors["interview_at"] == [
        "The interview must be in the future. Check the date and time."
    ]
    content = response.content.decode()
    assert f'value="{yesterday}"' in content
    assert 'value="COA-kantoor"' in content
    assert "Graag een gesprek.</textarea>" in content
    assert is_checked(content, "outcome", "interview")
    assert reload(world.intake).status == Status.SUBMITTED


def test_an_interview_without_a_place_or_a_link_is_refused(client, world, coordinator):
    when = local_input(next_week())
    response = post_decision(
        client, world.intake, "interview", "Graag een gesprek.", interview_at=when
    )
    assert response.status_code == 200
    assert response.context["decision_form"].errors["interview_place"] == [
        "Write where the interview is, or give a link for a video call."
    ]
    assert f'value="{when}"' in response.content.decode()
    response = post_decision(client, world.intake, "interview", "Graag een gesprek.")
    assert response.context["decision_form"].errors["interview_at"] == [
        "Choose the date and time of the interview."
    ]
    assert reload(world.intake).status == Status.SUBMITTED


def test_no_decision_chosen_is_refused(client, world, coordinator):
    response = post_decision(client, world.intake, "", "Een reden.")
    assert response.status_code == 200
    assert response.context["decision_form"].errors["outcome"] == ["Choose a decision."]
    response = post_decision(client, world.intake, "draft", "Een reden.")
    assert response.context["decision_form"].errors["outcome"]
    assert reload(world.intake).status == Status.SUBMITTED


def test_the_history_shows_who_for_which_organisation_when_and_why(client, world, coordinator):
    post_decision(
        client,
        world.intake,
        "interview",
        "Eerst kennismaken.",
        interview_at=local_input(next_week()),
        interview_place="Stadhuis",
    )
    before = timezone.now()
    post_decision(client, world.intake, "waiting_list", "Alle plaatsen zijn bezet.")
    first, second = events_of(world.intake)
    assert (first.from_status, first.to_status) == (Status.SUBMITTED, Status.INTERVIEW)
    assert (second.from_status, second.to_status) == (Status.INTERVIEW, Status.WAITING_LIST)
    assert second.by == coordinator
    assert second.organisation == world.organisation.name
    assert second.reason == "Alle plaatsen zijn bezet."
    assert second.at >= before
    assert reload(world.intake).decided_at == second.at

    content = client.get(intake_url("detail", world.intake)).content.decode()
    history = content[content.index('id="history-title"') :]
    assert history.index("Eerst kennismaken.") < history.index("Alle plaatsen zijn bezet.")
    assert f"{coordinator} ({world.organisation.name})" in history
    assert "From “Invited to an interview” to “On the waiting list”" in history


@pytest.mark.parametrize(("language", "name"), [("ar", "برنامج alpha"), ("en", "Programme alpha")])
def test_the_applicant_is_told_in_their_own_language(
    client, world, coordinator, language, name, django_capture_on_commit_callbacks
):
    with scopes_disabled():
        applicant = world.users["applicant"]
        applicant.language = language
        applicant.save()
    with django_capture_on_commit_callbacks(execute=True):
        post_decision(
            client, world.intake, "not_selected", "Er waren meer aanmeldingen dan plaatsen."
        )
    (message,) = mail.outbox
    assert name in message.subject
    assert "Er waren meer aanmeldingen dan plaatsen." in message.body


def test_accepting_enrols_the_applicant_at_the_first_stage(
    client, world, coordinator, django_capture_on_commit_callbacks
):
    with scopes_disabled():
        leiden = MunicipalityFactory(code="leiden", name="Leiden")
        Intake.objects.filter(pk=world.intake.pk).update(municipality=leiden)
    with django_capture_on_commit_callbacks(execute=True):
        response = post_decision(client, world.intake, "accepted", "Past goed bij de opleiding.")
    assert response.status_code == 302
    intake = reload(world.intake)
    participant = intake.participant
    assert participant is not None
    assert participant.user == world.users["applicant"]
    assert participant.given_name == "Yonas"
    assert participant.family_name == world.intake.family_name
    assert participant.country_of_origin == "SY"
    assert participant.number == "ALP-0002"
    assert participant.current_stage == world.stages[0]
    assert participant.stage_started_on == timezone.localdate()
    assert participant.municipality == leiden
    with scopes_disabled():
        assert Membership.objects.filter(
            user=world.users["applicant"], programme=world.programme, role="participant"
        ).exists()
    # One mail: the decision. No separate welcome mail.
    assert len(mail.outbox) == 1

    # The applicant sees the decision and their route.
    log_in(client, world.users["applicant"])
    assert (
        client.get(
            reverse("participants:home", kwargs={"programme": world.programme.slug})
        ).status_code
        == 200
    )
    status_page = client.get(
        reverse("participants:application", kwargs={"programme": world.programme.slug})
    )
    assert status_page.context["intake"].status == Status.ACCEPTED
    assert "Past goed bij de opleiding." in status_page.content.decode()


def test_an_accepted_application_cannot_be_decided_again(client, world, coordinator):
    post_decision(client, world.intake, "accepted", "Welkom.")
    response = post_decision(client, world.intake, "not_selected", "Toch niet.")
    assert response.status_code == 200
    assert "already accepted" in response.content.decode()
    assert reload(world.intake).status == Status.ACCEPTED
    with scopes_disabled():
        assert Participant.objects.filter(user=world.users["applicant"]).count() == 1


def test_a_decision_on_an_outdated_page_sees_the_decision_made_meanwhile(world, coordinator):
    # Both reviewers loaded the application while it was "submitted".
    with scope(programme=world.programme):
        stale = Intake.objects.get(pk=world.intake.pk)
        decide(world.intake, "accepted", "Welkom.", coordinator, "")
        with pytest.raises(DecisionError, match="already accepted"):
            decide(stale, "waiting_list", "Vol.", world.users["admin"], "")
        assert Intake.objects.get(pk=world.intake.pk).status == Status.ACCEPTED
        assert IntakeEvent.objects.filter(intake=world.intake).count() == 1
