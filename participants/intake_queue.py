"""The coordinator's queue of applications: filter, sort, count per status, export.

Drafts are never part of the queue: an application is the applicant's own until sent.
"""

from django import forms
from django.db.models import Count, F, Q
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from participants.models import CEFR, CEFR_ORDER, Intake
from portal.spreadsheets import safe_cell
from programmes.models import Municipality

Status = Intake.Status
QUEUE_STATUSES = [status for status in Status if status != Status.DRAFT]

# The weighted total of selection.summarise, as a subquery per application: per criterion
# the reviewers' average, weighted, as a percentage of the highest possible score of the
# criteria that have a score. NULL when nobody scored yet.
SCORE_SQL = """
SELECT 100 * SUM(criterion.weight * averages.average)
       / SUM(criterion.weight * criterion.scale_max)
FROM (
    SELECT score.criterion_id, AVG(score.value) AS average
    FROM participants_score score
    JOIN participants_review review ON review.id = score.review_id
    WHERE review.intake_id = participants_intake.id
    GROUP BY score.criterion_id
) averages
JOIN programmes_selectioncriterion criterion ON criterion.id = averages.criterion_id
"""

SORTS = {
    "newest": (F("submitted_at").desc(nulls_last=True), "-pk"),
    "oldest": (F("submitted_at").asc(nulls_last=True), "pk"),
    "name": ("family_name", "given_name", "pk"),
    "score": (F("score").desc(nulls_last=True), F("submitted_at").asc(nulls_last=True), "pk"),
}


class IntakeFilterForm(forms.Form):
    """What the coordinator is looking for. Every field is optional."""

    q = forms.CharField(label=_("Search by name or reference"), required=False, max_length=100)
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("All statuses")), *[(s.value, s.label) for s in QUEUE_STATUSES]],
    )
    municipality = forms.ModelChoiceField(
        label=_("Municipality"),
        queryset=None,
        required=False,
        empty_label=_("All municipalities"),
        to_field_name="code",
    )
    dutch_level = forms.ChoiceField(
        label=_("Dutch: at least"),
        required=False,
        choices=[("", _("Any level")), *[(c.value, c.label) for c in CEFR if c != CEFR.NONE]],
        help_text=_("The applicant's own estimate of their weakest skill."),
    )
    submitted_from = forms.DateField(
        label=_("Sent on or after"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    submitted_to = forms.DateField(
        label=_("Sent on or before"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[
            ("newest", _("Newest first")),
            ("oldest", _("Oldest first")),
            ("name", _("Last name")),
            ("score", _("Highest score first")),
        ],
    )

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        # Only municipalities that applications of this programme name: a short list.
        self.fields["municipality"].queryset = Municipality.objects.filter(
            pk__in=Intake.objects.filter(programme=programme)
            .exclude(status=Status.DRAFT)
            .values("municipality")
        )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("submitted_from"), cleaned.get("submitted_to")
        if start and end and start > end:
            self.add_error(
                "submitted_to",
                gettext("This date is before the date in “Sent on or after”. Choose a later date."),
            )
        return cleaned

    def filters(self) -> dict:
        """The filters that are valid; a field with an error is left out, the rest still apply."""
        self.is_valid()
        return {key: value for key, value in self.cleaned_data.items() if value not in (None, "")}


def filter_intakes(
    programme,
    *,
    q="",
    status="",
    municipality=None,
    dutch_level="",
    submitted_from=None,
    submitted_to=None,
):
    """The sent applications of ``programme`` that match every filter given."""
    intakes = Intake.objects.filter(programme=programme).exclude(status=Status.DRAFT)
    for word in q.split():
        intakes = intakes.filter(
            Q(given_name__icontains=word)
            | Q(family_name__icontains=word)
            | Q(reference__icontains=word)
        )
    if status:
        intakes = intakes.filter(status=status)
    if municipality is not None:
        intakes = intakes.filter(municipality=municipality)
    if dutch_level:
        intakes = intakes.filter(dutch_level__in=CEFR_ORDER[CEFR_ORDER.index(dutch_level) :])
    if submitted_from:
        intakes = intakes.filter(submitted_at__date__gte=submitted_from)
    if submitted_to:
        intakes = intakes.filter(submitted_at__date__lte=submitted_to)
    return intakes


def search_intakes(programme, *, sort="newest", **filters):
    """The queue: matching applications with their municipality and weighted score, sorted."""
    return (
        filter_intakes(programme, **filters)
        .select_related("municipality")
        # A constant statement without parameters: nothing from the request reaches it.
        .annotate(score=RawSQL(SCORE_SQL, ()))  # noqa: S611
        .order_by(*SORTS.get(sort, SORTS["newest"]))
    )


def status_counts(programme, *, status="", sort="", **filters) -> dict[str, int]:
    """status -> number of applications, under the other filters. One query."""
    return filter_intakes(programme, **filters).aggregate(
        **{status.value: Count("pk", filter=Q(status=status)) for status in QUEUE_STATUSES}
    )


def export_header() -> list[str]:
    return [
        gettext("Reference"),
        gettext("First name"),
        gettext("Last name"),
        gettext("Status"),
        gettext("Sent on"),
        gettext("Municipality"),
        gettext("Household"),
        gettext("Lives in"),
        gettext("Dutch (weakest skill)"),
        gettext("Score (%)"),
        gettext("Decided on"),
        gettext("Reason"),
    ]


def _when(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else ""


def export_rows(programme, **filters):
    """The header and a row per application of the current selection, for the CSV file."""
    yield export_header()
    households = dict(Intake.Household.choices)
    residences = dict(Intake.Residence.choices)
    for intake in search_intakes(programme, **filters):
        yield [
            safe_cell(value)
            for value in (
                intake.reference,
                intake.given_name,
                intake.family_name,
                intake.get_status_display(),
                _when(intake.submitted_at),
                intake.municipality.name if intake.municipality else "",
                households.get(intake.household, intake.household),
                residences.get(intake.residence_type, intake.residence_type),
                intake.dutch_level,
                round(intake.score) if intake.score is not None else "",
                _when(intake.decided_at),
                intake.decision_reason,
            )
        ]
