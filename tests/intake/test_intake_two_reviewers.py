"""Leiden's rule: reviewers from two organisations decide together."""

from django.core import mail
from django_scopes import scopes_disabled

from participants.models import DecisionProposal, Intake
from tests.factories import IntakeFactory
from tests.intake.coordinator import (
    intake_url,
    log_in_in_english,
    make_organisation,
    make_reviewer,
)
from tests.intake.decision_helpers import (
    events_of,
    local_input,
    messages_of,
    next_week,
    post_decision,
    reload,
)

Status = Intake.Status


# Two reviewers from different organisations ---------------------------------------------


def propose(client, world, outcome="accepted", reason="Sterke kandidaat."):
    response = post_decision(client, world.intake, outcome, reason)
    with scopes_disabled():
        return response, DecisionProposal.objects.filter(intake=world.intake).first()


def answer_proposal(client, world, proposal, action):
    return client.post(
        intake_url("proposal", world.intake), {"proposal": proposal.pk, "action": action}
    )


def test_with_two_reviewers_a_final_decision_waits_for_a_second_organisation(
    client, world, coordinator, two_reviewers, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response, proposal = propose(client, world)
    assert response.status_code == 302
    assert messages_of(response)[0].startswith("Your proposal is saved.")
    assert proposal.state == DecisionProposal.State.OPEN
    assert proposal.proposed_by == coordinator
    assert proposal.organisation == world.organisation.name
    assert reload(world.intake).status == Status.SUBMITTED
    assert mail.outbox == []
    content = client.get(intake_url("detail", world.intake)).content.decode()
    assert f"{coordinator} ({world.organisation.name}) proposed on" in content
    assert "Withdraw my proposal" in content


def test_a_reviewer_of_the_same_organisation_cannot_confirm(
    client, world, coordinator, two_reviewers
):
    _response, proposal = propose(client, world)
    colleague = make_reviewer(world, "collega@alpha.example", world.organisation)
    log_in_in_english(client, colleague)
    response = answer_proposal(client, world, proposal, "confirm")
    assert response.status_code == 200
    assert (
        "You work for the same organisation as the person who proposed this decision"
        in response.content.decode()
    )
    assert reload(world.intake).status == Status.SUBMITTED
    with scopes_disabled():
        proposal.refresh_from_db()
    assert proposal.state == DecisionProposal.State.OPEN


def test_the_proposer_cannot_confirm_their_own_proposal(client, world, coordinator, two_reviewers):
    _response, proposal = propose(client, world)
    response = answer_proposal(client, world, proposal, "confirm")
    assert response.status_code == 200
    assert "You proposed this decision yourself." in response.content.decode()
    assert reload(world.intake).status == Status.SUBMITTED


def test_a_reviewer_of_another_organisation_confirms_and_both_are_in_the_history(
    client, world, coordinator, two_reviewers, django_capture_on_commit_callbacks
):
    _response, proposal = propose(client, world, "accepted", "Sterke kandidaat.")
    vwn = make_organisation(world, "VluchtelingenWerk")
    second = make_reviewer(world, "fatima@vwn.example", vwn)
    log_in_in_english(client, second)
    with django_capture_on_commit_callbacks(execute=True):
        response = answer_proposal(client, world, proposal, "confirm")
    assert response.status_code == 302
    intake = reload(world.intake)
    assert intake.status == Status.ACCEPTED
    assert intake.participant is not None
    (event,) = events_of(world.intake)
    assert (event.by, event.organisation) == (coordinator, world.organisation.name)
    assert (event.second_by, event.second_organisation) == (second, "VluchtelingenWerk")
    assert event.reason == "Sterke kandidaat."
    assert len(mail.outbox) == 1
    with scopes_disabled():
        proposal.refresh_from_db()
    assert proposal.state == DecisionProposal.State.CONFIRMED

    history = client.get(intake_url("detail", world.intake)).content.decode()
    assert f"{coordinator} ({world.organisation.name})" in history
    assert "confirmed by Fatima (VluchtelingenWerk)" in history


def test_the_proposer_can_withdraw_and_then_propose_again(
    client, world, coordinator, two_reviewers
):
    _response, proposal = propose(client, world, "not_selected", "Te weinig Nederlands.")
    response = answer_proposal(client, world, proposal, "withdraw")
    assert response.status_code == 302
    assert messages_of(response)[-1] == "The proposal is withdrawn. The status did not change."
    with scopes_disabled():
        proposal.refresh_from_db()
    assert proposal.state == DecisionProposal.State.WITHDRAWN
    assert reload(world.intake).status == Status.SUBMITTED
    # Confirming a withdrawn proposal (an old page) is refused in plain words.
    vwn = make_organisation(world, "VluchtelingenWerk")
    log_in_in_english(client, make_reviewer(world, "fatima@vwn.example", vwn))
    response = answer_proposal(client, world, proposal, "confirm")
    assert "This proposal was already confirmed or withdrawn." in response.content.decode()
    assert reload(world.intake).status == Status.SUBMITTED

    log_in_in_english(client, coordinator)
    response = post_decision(client, world.intake, "waiting_list", "Eerst taalles.")
    assert response.status_code == 302
    with scopes_disabled():
        assert DecisionProposal.objects.filter(intake=world.intake, state="open").count() == 1


def test_only_the_proposer_can_withdraw(client, world, coordinator, two_reviewers):
    _response, proposal = propose(client, world)
    vwn = make_organisation(world, "VluchtelingenWerk")
    log_in_in_english(client, make_reviewer(world, "fatima@vwn.example", vwn))
    response = answer_proposal(client, world, proposal, "withdraw")
    assert response.status_code == 200
    assert (
        "Only the person who proposed this decision can withdraw it." in response.content.decode()
    )


def test_a_second_proposal_while_one_is_open_is_refused(client, world, coordinator, two_reviewers):
    propose(client, world)
    response = post_decision(client, world.intake, "waiting_list", "Toch wachtlijst.")
    assert response.status_code == 200
    assert "already waiting for a second reviewer" in response.content.decode()
    # What was typed stays.
    assert "Toch wachtlijst.</textarea>" in response.content.decode()


def test_with_two_reviewers_an_interview_invitation_needs_no_second_reviewer(
    client, world, coordinator, two_reviewers
):
    response = post_decision(
        client,
        world.intake,
        "interview",
        "Kennismaken.",
        interview_at=local_input(next_week()),
        interview_place="Stadhuis",
    )
    assert response.status_code == 302
    assert reload(world.intake).status == Status.INTERVIEW


def test_with_two_reviewers_a_reviewer_needs_an_organisation(client, world, two_reviewers):
    log_in_in_english(client, world.users["admin"])  # no organisation on the membership
    response = post_decision(client, world.intake, "accepted", "Sterk.")
    assert response.status_code == 200
    assert "your account is not linked to an organisation" in response.content.decode()


def test_a_proposal_of_another_application_is_404(client, world, coordinator, two_reviewers):
    with scopes_disabled():
        other = IntakeFactory(programme=world.programme)
    _response, proposal = propose(client, world)
    response = client.post(
        intake_url("proposal", other), {"proposal": proposal.pk, "action": "confirm"}
    )
    assert response.status_code == 404
