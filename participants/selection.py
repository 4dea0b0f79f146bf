"""Selection: reviewers score applications and decide, alone or with a second organisation.

The views and the tests call these functions; they do the work and check the
rules. Every refusal is a ``DecisionError`` with a message the reviewer can act on.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext
from django_countries import countries

from participants.enrolment import enrol
from participants.models import DecisionProposal, Intake, IntakeEvent, Participant, Review, Score
from participants.tasks import send_intake_email
from programmes.models import Membership, Role, SelectionCriterion, Stage

Status = Intake.Status

OUTCOMES = (Status.INTERVIEW, Status.ACCEPTED, Status.WAITING_LIST, Status.NOT_SELECTED)
# Decisions that end the selection; with two reviewers these need a second organisation.
FINAL_OUTCOMES = frozenset({Status.ACCEPTED, Status.WAITING_LIST, Status.NOT_SELECTED})


class DecisionError(Exception):
    """A refusal by the selection process, in words the reviewer can act on.

    ``field`` names the form field the message belongs to (None: the whole form).
    """

    def __init__(self, message, field=None):
        super().__init__(message)
        self.message = message
        self.field = field


# Scores ------------------------------------------------------------------------------------


@transaction.atomic
def save_review(intake, reviewer, organisation, scores, note="") -> Review:
    """Save ``reviewer``'s scores (criterion id -> 1..scale_max) and note: one review each.

    The scores given replace the reviewer's earlier ones; a criterion left out has no score.
    """
    criteria = {
        criterion.pk: criterion
        for criterion in SelectionCriterion.objects.filter(programme=intake.programme)
    }
    for criterion_id, value in scores.items():
        criterion = criteria.get(criterion_id)
        if criterion is None:
            raise DecisionError(gettext("This criterion is not used in this programme."))
        if not isinstance(value, int) or not 1 <= value <= criterion.scale_max:
            raise DecisionError(
                gettext("Choose a score from 1 to %(max)s for “%(criterion)s”.")
                % {"max": criterion.scale_max, "criterion": criterion.name},
                field=f"criterion_{criterion.pk}",
            )
    review, _created = Review.objects.update_or_create(
        programme=intake.programme,
        intake=intake,
        reviewer=reviewer,
        defaults={"organisation": organisation, "note": note.strip()},
    )
    review.scores.exclude(criterion_id__in=scores).delete()
    for criterion_id, value in scores.items():
        Score.objects.update_or_create(
            programme=intake.programme,
            review=review,
            criterion_id=criterion_id,
            defaults={"value": value},
        )
    return review


@dataclass
class CriterionRow:
    """One criterion with every reviewer's score on it and their average."""

    criterion: SelectionCriterion
    scores: list = field(default_factory=list)  # (review, value), in review order

    @property
    def average(self) -> float | None:
        if not self.scores:
            return None
        return sum(value for _review, value in self.scores) / len(self.scores)


@dataclass
class ScoreSummary:
    """Every criterion's row and the weighted total of one application."""

    rows: list
    total: float | None  # percentage of the highest possible score, None without scores

    @property
    def scored(self) -> int:
        """How many criteria have at least one score."""
        return sum(1 for row in self.rows if row.scores)


def summarise(criteria, reviews) -> ScoreSummary:
    """Per criterion the reviewers' average; the total weighs those averages.

    total = sum(weight x average) / sum(weight x highest score) x 100, over the criteria
    that have at least one score, so a half-finished review does not pull the total down.
    ``reviews`` must have their scores prefetched. ``intake_queue.SCORE_SQL`` is the same sum
    in SQL, for the queue; keep the two in step.
    """
    rows = {criterion.pk: CriterionRow(criterion) for criterion in criteria}
    for review in reviews:
        for score in review.scores.all():
            if score.criterion_id in rows:
                rows[score.criterion_id].scores.append((review, score.value))
    reached = possible = 0
    for row in rows.values():
        if row.scores:
            reached += row.criterion.weight * row.average
            possible += row.criterion.weight * row.criterion.scale_max
    total = 100 * reached / possible if possible else None
    return ScoreSummary(rows=list(rows.values()), total=total)


def weighted_total(intake) -> ScoreSummary:
    """The score summary of one application, for callers that have no reviews loaded yet."""
    criteria = SelectionCriterion.objects.filter(programme=intake.programme)
    reviews = Review.objects.filter(intake=intake).prefetch_related("scores")
    return summarise(criteria, reviews)


# Decisions ---------------------------------------------------------------------------------


def _check_decision(intake, outcome, reason, interview_at, interview_place, interview_link):
    if outcome not in OUTCOMES:
        raise DecisionError(gettext("Choose a decision."), field="outcome")
    if intake.status == Status.ACCEPTED:
        raise DecisionError(
            gettext(
                "This applicant is already accepted and is now a participant. "
                "You cannot change the decision here."
            )
        )
    if intake.status == outcome and outcome != Status.INTERVIEW:
        raise DecisionError(
            gettext("The application already has this status. Choose another decision."),
            field="outcome",
        )
    if not reason.strip():
        raise DecisionError(
            gettext("Write the reason for this decision. The applicant reads it."),
            field="reason",
        )
    if outcome == Status.INTERVIEW:
        if interview_at is None:
            raise DecisionError(
                gettext("Choose the date and time of the interview."), field="interview_at"
            )
        if interview_at <= timezone.now():
            raise DecisionError(
                gettext("The interview must be in the future. Check the date and time."),
                field="interview_at",
            )
        if not interview_place.strip() and not interview_link.strip():
            raise DecisionError(
                gettext("Write where the interview is, or give a link for a video call."),
                field="interview_place",
            )


def _lock(intake) -> Intake:
    """The application's row, locked until the end of the transaction.

    Two reviewers who click at the same moment wait for each other here; the second
    one then sees the first one's decision and the checks refuse what no longer fits.
    """
    return (
        Intake.objects.select_for_update(of=("self",))
        .select_related("applicant", "programme")
        .get(programme=intake.programme, pk=intake.pk)
    )


@transaction.atomic
def decide(
    intake,
    outcome,
    reason,
    by,
    organisation,
    interview_at=None,
    interview_place="",
    interview_link="",
) -> IntakeEvent | DecisionProposal:
    """Decide on an application, or propose the decision when a second reviewer must confirm.

    Returns the ``IntakeEvent`` of the change, or the open ``DecisionProposal``.
    """
    intake = _lock(intake)
    _check_decision(intake, outcome, reason, interview_at, interview_place, interview_link)
    if outcome in FINAL_OUTCOMES and intake.programme.requires_two_reviewers:
        if not organisation:
            raise DecisionError(_no_organisation_message())
        if DecisionProposal.objects.filter(
            intake=intake, state=DecisionProposal.State.OPEN
        ).exists():
            raise DecisionError(
                gettext(
                    "A proposal for this application is already waiting for a second reviewer. "
                    "Confirm or withdraw it first."
                )
            )
        return DecisionProposal.objects.create(
            programme=intake.programme,
            intake=intake,
            outcome=outcome,
            reason=reason.strip(),
            proposed_by=by,
            organisation=organisation,
        )
    return _apply(
        intake,
        outcome,
        reason.strip(),
        by=by,
        organisation=organisation,
        interview_at=interview_at,
        interview_place=interview_place.strip(),
        interview_link=interview_link.strip(),
    )


def _no_organisation_message():
    return gettext(
        "In this programme, reviewers from two organisations decide together, but your account "
        "is not linked to an organisation. Ask the programme admin to add your organisation."
    )


def _open_proposal(proposal, intake) -> DecisionProposal:
    proposal = DecisionProposal.objects.select_for_update().get(intake=intake, pk=proposal.pk)
    if proposal.state != DecisionProposal.State.OPEN:
        raise DecisionError(
            gettext("This proposal was already confirmed or withdrawn. Look at the history.")
        )
    return proposal


@transaction.atomic
def confirm_proposal(proposal, by, organisation) -> IntakeEvent:
    """A reviewer from another organisation confirms a proposed decision; it takes effect."""
    intake = _lock(proposal.intake)
    proposal = _open_proposal(proposal, intake)
    if by.pk == proposal.proposed_by_id:
        raise DecisionError(
            gettext(
                "You proposed this decision yourself. "
                "A reviewer from another organisation must confirm it."
            )
        )
    if not organisation:
        raise DecisionError(_no_organisation_message())
    if organisation.strip().casefold() == proposal.organisation.strip().casefold():
        raise DecisionError(
            gettext(
                "You work for the same organisation as the person who proposed this decision "
                "(%(organisation)s). A reviewer from another organisation must confirm it."
            )
            % {"organisation": proposal.organisation}
        )
    _check_decision(intake, proposal.outcome, proposal.reason, None, "", "")
    proposal.state = DecisionProposal.State.CONFIRMED
    proposal.save(update_fields=["state"])
    return _apply(
        intake,
        proposal.outcome,
        proposal.reason,
        by=proposal.proposed_by,
        organisation=proposal.organisation,
        second_by=by,
        second_organisation=organisation,
    )


@transaction.atomic
def withdraw_proposal(proposal, by) -> DecisionProposal:
    """The reviewer who proposed a decision takes it back; the status does not change."""
    intake = _lock(proposal.intake)
    proposal = _open_proposal(proposal, intake)
    # Only the proposer: the proposal has no field to record who else withdrew it.
    if by.pk != proposal.proposed_by_id:
        raise DecisionError(
            gettext(
                "Only the person who proposed this decision can withdraw it. "
                "If you do not agree, do not confirm it and talk to them."
            )
        )
    proposal.state = DecisionProposal.State.WITHDRAWN
    proposal.save(update_fields=["state"])
    return proposal


def _apply(
    intake,
    outcome,
    reason,
    *,
    by,
    organisation,
    second_by=None,
    second_organisation="",
    interview_at=None,
    interview_place="",
    interview_link="",
) -> IntakeEvent:
    """Change the status, keep the history, tell the applicant; enrol them when accepted."""
    event = IntakeEvent.objects.create(
        programme=intake.programme,
        intake=intake,
        from_status=intake.status,
        to_status=outcome,
        by=by,
        organisation=organisation,
        second_by=second_by,
        second_organisation=second_organisation,
        reason=reason,
    )
    intake.status = outcome
    intake.decided_at = event.at
    intake.decision_reason = reason
    changed = ["status", "decided_at", "decision_reason", "updated_at"]
    if outcome == Status.INTERVIEW:
        intake.interview_at = interview_at
        intake.interview_place = interview_place
        intake.interview_link = interview_link
        changed += ["interview_at", "interview_place", "interview_link"]
    if outcome == Status.ACCEPTED:
        intake.participant = _enrol(intake)
        changed.append("participant")
    intake.save(update_fields=changed)
    send_intake_email.delay_on_commit(
        programme_id=intake.programme_id, intake_id=intake.pk, kind="decision"
    )
    return event


def _enrol(intake) -> Participant:
    """Put an accepted applicant on the first stage of the route, with a participant role."""
    programme = intake.programme
    applicant = intake.applicant
    Membership.objects.get_or_create(user=applicant, programme=programme, role=Role.PARTICIPANT)
    existing = Participant.objects.filter(programme=programme, user=applicant).first()
    if existing is not None:
        # Someone a coordinator already entered by hand: link them, do not number them twice.
        return existing
    answers = intake.answers
    return enrol(
        programme,
        given_name=answers.get("given_name") or intake.given_name,
        family_name=answers.get("family_name") or intake.family_name,
        user=applicant,
        # The decision mail already tells them; a welcome mail on top would be one too many.
        notify=False,
        country_of_origin=countries.alpha2(answers.get("country_of_origin") or ""),
        current_stage=Stage.objects.filter(programme=programme).order_by("position").first(),
        stage_started_on=timezone.localdate(),
        municipality=intake.municipality,
    )


# Forms the reviewer fills in on the application's page --------------------------------------
