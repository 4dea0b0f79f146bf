"""The programme's insights page (charts and tables) and its anonymised CSV export."""

import csv
import datetime

from django import forms
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.dateformat import format as format_date
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from barriers import charts
from barriers import insights as figures
from participants.models import Credential
from participants.models.intake import CEFR_ORDER
from portal.access import role_required
from portal.downloads import mark_as_download
from portal.spreadsheets import BOM
from programmes.models import Role

CHART_QUARTERS = 8


class CohortFilter(forms.Form):
    """Choose one cohort (a start month, "YYYY-MM"), or all. Only months that exist."""

    cohort = forms.ChoiceField(
        label=gettext_lazy("Cohort (month people started)"),
        required=False,
        error_messages={
            "invalid_choice": gettext_lazy(
                "Nobody started the route in this month. Choose a month from the list."
            )
        },
    )

    def __init__(self, *args, months, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["cohort"].choices = [("", _("All cohorts"))] + [
            (month.strftime("%Y-%m"), format_date(month, "F Y")) for month in months
        ]

    def clean_cohort(self) -> datetime.date | None:
        value = self.cleaned_data["cohort"]
        return datetime.datetime.strptime(value, "%Y-%m").date() if value else None


def chosen_cohort(request, programme):
    """The filter form and the chosen cohort (None: all cohorts, also when the choice is unknown)."""
    form = CohortFilter(request.GET or None, months=figures.cohort_months(programme))
    cohort = form.cleaned_data["cohort"] if form.is_bound and form.is_valid() else None
    return form, cohort


@role_required(Role.COORDINATOR, Role.ADMIN)
def insights(request, programme):
    """Barriers, language levels and credentials across people, as charts with tables."""
    programme = request.programme
    form, cohort = chosen_cohort(request, programme)
    barriers = figures.barrier_frequency(programme, cohort)
    quarters = figures.language_progress(programme, cohort)
    credentials = figures.credential_pipeline(programme, cohort)
    level_labels = {"0": _("none")}
    status_labels = dict(Credential.Status.choices)
    credential_items = []
    for figure in credentials:
        credential_items.append((figure.label, None, None))
        steps = [
            (status_labels[status], people, None)
            for status, people in figure.statuses.items()
            if people
        ]
        credential_items += steps or [(_("Nobody yet"), 0, None)]
    return render(
        request,
        "barriers/insights.html",
        {
            "form": form,
            "cohort": cohort,
            "export_query": f"?cohort={cohort:%Y-%m}" if cohort else "",
            "barriers": barriers,
            "barrier_chart": charts.bar_chart(
                (figure.barrier.name or figure.barrier.code, figure.people, figure.resolved)
                for figure in barriers
            ),
            "quarters": quarters,
            "levels": CEFR_ORDER,
            "level_labels": level_labels,
            # A phone fits eight columns; the table has every quarter.
            "language_chart": charts.stacked_columns(
                ((figure.label, figure.levels) for figure in quarters[-CHART_QUARTERS:]),
                CEFR_ORDER,
                level_labels,
            ),
            "quarters_hidden": len(quarters) > CHART_QUARTERS,
            "credentials": credentials,
            "credential_statuses": Credential.Status.choices,
            "credential_chart": charts.bar_chart(credential_items),
        },
    )


@role_required(Role.COORDINATOR, Role.ADMIN)
def insights_export(request, programme):
    """The anonymised figures as CSV (UTF-8 with a BOM, so spreadsheets read the accents)."""
    programme = request.programme
    form, cohort = chosen_cohort(request, programme)
    if form.is_bound and not form.is_valid():
        raise Http404("No such cohort.")
    name = (
        f"{programme.slug}-figures-{cohort:%Y-%m}.csv"
        if cohort
        else f"{programme.slug}-figures.csv"
    )
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    mark_as_download(response, name, "text/csv")
    response.write(BOM)
    csv.writer(response).writerows(figures.export_rows(programme, cohort))
    return response
