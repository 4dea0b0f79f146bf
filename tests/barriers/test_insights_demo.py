"""The figures page, checked against the demo data: counted here in a different way."""

from collections import Counter
from io import StringIO

from django.core.management import call_command
from django_scopes import scope, scopes_disabled

from barriers.insights import barrier_frequency, credential_pipeline, export_rows
from barriers.models import ParticipantBarrier
from participants.models import Credential, Participant
from programmes.models import Programme


def test_the_figures_match_the_demo_data(db):
    call_command("load_demo", stdout=StringIO())
    with scopes_disabled():
        haaglanden = Programme.objects.get(slug="haaglanden")
        rows = list(ParticipantBarrier.objects.filter(programme=haaglanden))
        credentials = list(Credential.objects.filter(programme=haaglanden))
        names = [
            f"{p.given_name} {p.family_name}"
            for p in Participant.objects.filter(programme=haaglanden)
        ]
    people = Counter(row.barrier_type_id for row in rows)
    solved = Counter(row.barrier_type_id for row in rows if row.status == "resolved")
    pipeline = Counter((c.kind, c.status) for c in credentials)
    with scope(programme=haaglanden):
        figures = {figure.barrier.pk: figure for figure in barrier_frequency(haaglanden)}
        kinds = {figure.kind: figure.statuses for figure in credential_pipeline(haaglanden)}
        export = export_rows(haaglanden)
    assert rows, "the demo gives Haaglanden's participants barriers"
    for barrier_id, count in people.items():
        assert figures[barrier_id].people == count
        assert figures[barrier_id].resolved == solved[barrier_id]
    for (kind, status), count in pipeline.items():
        assert kinds[kind][status] == count
    text = "\n".join(";".join(str(cell) for cell in row) for row in export)
    for name in names:
        assert name not in text
    # Small groups are hidden: no count from 1 to 4 is published.
    counts = [row[-1] for row in export[1:]]
    assert all(count == "<5" or int(count) >= 5 for count in counts)
