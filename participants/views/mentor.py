"""Internships: a coordinator adds one; the mentor follows their participants on a phone.

The views read the request and call ``participants.internships``, which checks the
rules and does the work. The POST-only actions look the object up first, so an id of
another programme (or of another mentor's participant) is a 404 whatever the method.
"""

from django.contrib import messages
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import formats
from django.utils.translation import gettext as _

from audit.log import record
from audit.models import Action
from participants import internships
from participants.access import get_internship_for_mentor, get_participant_for
from participants.internship_forms import AttendanceForm, EvaluationForm, InternshipForm
from participants.internships import InternshipError
from participants.models import Internship
from participants.views import participant_page
from portal.access import role_required
from programmes.models import Role


@role_required(Role.COORDINATOR, Role.ADMIN)
def add_internship(request, programme, pk):
    """Add an internship to a participant's route, from the participant's page."""
    participant = get_participant_for(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = InternshipForm(request.POST, programme=request.programme)
    if form.is_valid():
        try:
            internships.add_internship(participant, by=request.user, **form.cleaned_data)
        except InternshipError as refusal:
            form.add_error(refusal.field, refusal.message)
        else:
            record(request, Action.CHANGED, participant=participant, detail="internship")
            messages.success(request, _("The internship is saved."))
            url = reverse(
                "participants:participant_detail",
                kwargs={"programme": request.programme.slug, "pk": participant.pk},
            )
            return redirect(f"{url}#internships")
    # The participant's page again, with what the coordinator typed and why it was not saved.
    return participant_page.render_page(request, participant, internship_form=form)


@role_required(Role.MENTOR)
def home(request, programme):
    """The mentor's participants: where they work, today's attendance, the next evaluation."""
    return render(
        request,
        "participants/mentor/home.html",
        {"rows": internships.mentor_rows(request.programme, request.user)},
    )


def _internship(request, pk) -> Internship:
    return get_internship_for_mentor(
        request, pk, queryset=Internship.objects.select_related("participant", "organisation")
    )


def _render_internship(request, internship, *, attendance_form=None, evaluation_form=None):
    """The internship's page. Forms with errors are passed in, so nothing typed is lost."""
    return render(
        request,
        "participants/mentor/internship.html",
        {
            "internship": internship,
            "participant": internship.participant,
            "attendance_form": attendance_form or AttendanceForm(),
            "evaluation_form": evaluation_form or EvaluationForm(),
            **internships.mentor_page(internship),
        },
    )


def _back(request, internship):
    # No #anchor: the message that says what was saved is at the top of the page.
    return redirect(
        "participants:mentor_internship", programme=request.programme.slug, pk=internship.pk
    )


@role_required(Role.MENTOR)
def internship(request, programme, pk):
    """One participant's internship: record attendance, write an evaluation, look back."""
    chosen = _internship(request, pk)
    response = _render_internship(request, chosen)
    record(request, Action.VIEWED_FILE, participant=chosen.participant, detail="internship")
    return response


@role_required(Role.MENTOR)
def attendance(request, programme, pk):
    """Record (or correct) whether the participant was there on one day."""
    chosen = _internship(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = AttendanceForm(request.POST)
    if form.is_valid():
        try:
            day = internships.record_attendance(chosen, by=request.user, **form.cleaned_data)
        except InternshipError as refusal:
            form.add_error(refusal.field, refusal.message)
        else:
            record(request, Action.CHANGED, participant=chosen.participant, detail="attendance")
            messages.success(
                request,
                _("Attendance on %(date)s is saved: %(presence)s.")
                % {
                    "presence": day.get_presence_display(),
                    "date": formats.date_format(day.date, "l j F"),
                },
            )
            return _back(request, chosen)
    return _render_internship(request, chosen, attendance_form=form)


@role_required(Role.MENTOR)
def evaluation(request, programme, pk):
    """Write an evaluation with scores on the soft skills."""
    chosen = _internship(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = EvaluationForm(request.POST)
    if form.is_valid():
        try:
            internships.record_evaluation(
                chosen,
                by=request.user,
                date=form.cleaned_data["date"],
                soft_skills=form.soft_skills(),
                going_well=form.cleaned_data["going_well"],
                to_improve=form.cleaned_data["to_improve"],
                shared_with_participant=form.cleaned_data["shared"],
            )
        except InternshipError as refusal:
            form.add_error(refusal.field, refusal.message)
        else:
            record(request, Action.CHANGED, participant=chosen.participant, detail="evaluation")
            messages.success(request, _("The evaluation is saved."))
            return _back(request, chosen)
    return _render_internship(request, chosen, evaluation_form=form)
