"""A participant's page for coordinators (and mentors, read-only): the route and its actions.

The views read the request and call ``participants.route``, which checks the rules
and does the work. The actions take only POST, but look the participant up first:
an id of another programme is a 404 whatever the method, as everywhere.

Other features add their own section to this page through ``coordinator_section``
(internships, housing, jobs). Their POST views re-render the page with their bound
form through ``render_page(request, participant, some_form=form)``.
"""

from django import forms
from django.contrib import messages
from django.forms.models import model_to_dict
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from audit.log import record, viewed_file
from audit.models import Action
from participants import housing, internships, jobs, languages, route, skills
from participants.access import REVIEWER_ROLES, get_participant_for
from participants.models import CaseNote, Participant, Schedule, StageEntry
from participants.route import RouteError
from portal.access import role_required
from portal.formtools import DATE_ERRORS, link_help_texts
from portal.formtools import date_input as _date_input
from programmes.models import Role

Outcome = StageEntry.Outcome


class MoveOnForm(forms.Form):
    """How the current stage ends. ``route.move_on`` checks the rules."""

    outcome = forms.ChoiceField(
        label=_("What happened?"),
        choices=[
            (Outcome.COMPLETED.value, _("Completed: goes on to the next stage")),
            (Outcome.EXTENDED.value, _("Extended: stays longer in this stage")),
            (Outcome.STOPPED.value, _("Stopped: leaves the programme")),
            (Outcome.MOVED.value, _("Moved to another route")),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what happened.")},
    )
    on = forms.DateField(
        label=_("Date"),
        widget=_date_input(),
        error_messages={**DATE_ERRORS, "required": _("Enter the date.")},
    )
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when the participant stops or moves to another route: the reason."),
    )
    new_expected_end = forms.DateField(
        label=_("New expected end"),
        required=False,
        widget=_date_input(),
        error_messages=DATE_ERRORS,
        help_text=_("Only when the stage is extended."),
    )
    to_stage = forms.TypedChoiceField(
        label=_("Next stage"),
        required=False,
        coerce=int,
        empty_value=None,
        help_text=_("Only when the stage is completed. Normally the next stage of the route."),
    )

    def __init__(self, *args, stages, **kwargs):
        kwargs.setdefault("initial", {"on": timezone.localdate()})
        super().__init__(*args, **kwargs)
        # Choices from the stages the page already loaded: no query of its own.
        self.stages = {stage.pk: stage for stage in stages}
        self.fields["to_stage"].choices = [("", gettext("The next stage of the route"))] + [
            (stage.pk, f"{stage.position}. {stage.name}") for stage in stages
        ]
        link_help_texts(self)

    def clean_to_stage(self):
        pk = self.cleaned_data["to_stage"]
        return None if pk is None else self.stages[pk]


class ScheduleForm(forms.ModelForm):
    class Meta:
        model = Schedule
        fields = route.SCHEDULE_FIELDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        link_help_texts(self)


class DiplomaForm(forms.Form):
    name = forms.CharField(
        label=_("Diploma or certificate"),
        max_length=160,
        error_messages={"required": _("Write the name of the diploma.")},
    )
    obtained_on = forms.DateField(
        label=_("Obtained on"),
        widget=_date_input(),
        error_messages={**DATE_ERRORS, "required": _("Enter the date.")},
    )


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("Note"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Write the note.")},
    )
    visibility = forms.ChoiceField(
        label=_("Who can read it?"),
        choices=CaseNote.Visibility.choices,
        initial=CaseNote.Visibility.STAFF,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose who can read the note.")},
    )


def _participant(request, pk) -> Participant:
    return get_participant_for(
        request,
        pk,
        queryset=Participant.objects.select_related(
            "current_stage", "municipality", "schedule", "schedule__updated_by"
        ),
    )


def _schedule(participant) -> Schedule | None:
    try:
        return participant.schedule
    except Schedule.DoesNotExist:
        return None


def _later_stages(participant, stages):
    """The stages still to come, for someone on the route."""
    current = participant.current_stage
    if participant.status != Participant.Status.ACTIVE or current is None:
        return []
    return [stage for stage in stages if stage.position > current.position]


def render_page(request, participant, **forms_with_errors):
    """The participant's page. Forms with errors are passed in, so nothing typed is lost."""
    can_edit = bool(request.roles & REVIEWER_ROLES)
    stages = list(request.programme.stages.all())
    entries = list(participant.stage_entries.select_related("stage", "recorded_by"))
    context = {
        "participant": participant,
        "can_edit": can_edit,
        "entries": entries,
        "open_entry": next((e for e in entries if e.outcome == Outcome.IN_PROGRESS), None),
        "later_stages": _later_stages(participant, stages),
        "diplomas": list(participant.diplomas.select_related("recorded_by")),
        "schedule": _schedule(participant),
        # Mentors see no case notes at all: they are the coordinators' working notes.
        "notes": list(participant.notes.select_related("by")) if can_edit else [],
    }
    if can_edit:
        week = context["schedule"]
        context.update(
            move_on_form=MoveOnForm(stages=stages),
            schedule_form=ScheduleForm(
                initial=model_to_dict(week, route.SCHEDULE_FIELDS) if week else None
            ),
            diploma_form=DiplomaForm(),
            note_form=NoteForm(),
        )
    for section in (internships, housing, jobs, languages, skills):
        context.update(section.coordinator_section(request, participant))
    context.update(forms_with_errors)
    context["has_errors"] = any(
        getattr(value, "errors", None)
        for value in forms_with_errors.values()
        if isinstance(value, forms.BaseForm)
    )
    return render(request, "participants/participant/detail.html", context)


def _back(request, participant, anchor):
    url = reverse(
        "participants:participant_detail",
        kwargs={"programme": request.programme.slug, "pk": participant.pk},
    )
    return redirect(f"{url}#{anchor}")


@viewed_file("route")
@role_required(Role.COORDINATOR, Role.ADMIN, Role.MENTOR)
def detail(request, programme, pk):
    """Everything about one participant's route; the actions for coordinators and admins."""
    return render_page(request, _participant(request, pk))


def _moved_message(participant, outcome, entry) -> str:
    name = participant.full_name
    if outcome == Outcome.EXTENDED:
        return gettext("Saved. The stage is extended.")
    if outcome in route.LEAVING_OUTCOMES:
        return gettext("Saved. %(name)s is no longer on the route.") % {"name": name}
    if participant.status == Participant.Status.COMPLETED:
        return gettext("Saved. %(name)s has completed the route.") % {"name": name}
    return gettext("Saved. %(name)s is now in the stage “%(stage)s”, since %(date)s.") % {
        "name": name,
        "stage": participant.current_stage.name,
        "date": formats.date_format(entry.ended_on, "j F Y"),
    }


def _record(request, pk, *, make_form, action, form_name, anchor, done, audit_detail):
    """One POST action on the page: validate, let ``action`` do the work, say what happened.

    A refusal re-renders the page with the typed values and the message at its field;
    a change is logged with ``audit_detail``.
    """
    participant = _participant(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = make_form(request.POST)
    if form.is_valid():
        try:
            result = action(participant, **form.cleaned_data)
        except RouteError as refusal:
            form.add_error(refusal.field, refusal.message)
        else:
            record(request, Action.CHANGED, participant=participant, detail=audit_detail)
            messages.success(request, done(participant, form.cleaned_data, result))
            return _back(request, participant, anchor)
    return render_page(request, participant, **{form_name: form})


@role_required(Role.COORDINATOR, Role.ADMIN)
def move_on(request, programme, pk):
    """Close the current stage: completed, extended, stopped or moved to another route."""
    return _record(
        request,
        pk,
        make_form=lambda data: MoveOnForm(data, stages=list(request.programme.stages.all())),
        action=lambda participant, **data: route.move_on(participant, by=request.user, **data),
        form_name="move_on_form",
        anchor="route",
        audit_detail="stage",
        done=lambda participant, data, entry: _moved_message(participant, data["outcome"], entry),
    )


@role_required(Role.COORDINATOR, Role.ADMIN)
def schedule(request, programme, pk):
    """Save the participant's normal week."""
    return _record(
        request,
        pk,
        make_form=ScheduleForm,
        action=lambda participant, **data: route.set_schedule(participant, request.user, **data),
        form_name="schedule_form",
        anchor="schedule",
        audit_detail="schedule",
        done=lambda *_: gettext("The weekly schedule is saved."),
    )


@role_required(Role.COORDINATOR, Role.ADMIN)
def diploma(request, programme, pk):
    """Record a diploma the participant obtained."""
    return _record(
        request,
        pk,
        make_form=DiplomaForm,
        action=lambda participant, **data: route.add_diploma(participant, by=request.user, **data),
        form_name="diploma_form",
        anchor="diplomas",
        audit_detail="diploma",
        done=lambda *_: gettext("The diploma is saved."),
    )


@role_required(Role.COORDINATOR, Role.ADMIN)
def note(request, programme, pk):
    """Write a case note."""
    return _record(
        request,
        pk,
        make_form=NoteForm,
        action=lambda participant, **data: route.add_note(participant, by=request.user, **data),
        form_name="note_form",
        anchor="notes",
        audit_detail="note",
        done=lambda *_: gettext("The note is saved."),
    )
