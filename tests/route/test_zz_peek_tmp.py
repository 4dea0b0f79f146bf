import datetime
from django.urls import reverse
from django_scopes import scopes_disabled
from participants import jobs
from participants.models import HousingAllocation
from tests.intake.coordinator import log_in_in_english

def test_peek(client, world):
    log_in_in_english(client, world.users["coordinator"])
    with scopes_disabled():
        HousingAllocation.objects.create(programme=world.programme, participant=world.participant, status="waiting", since=datetime.date(2026,10,1), recorded_by=world.users["coordinator"])
        jobs.add_placement(world.participant, by=world.users["coordinator"], employer=world.organisation, role="Helpende", contract="bbl", hours_per_week=32, starts_on=datetime.date(2026,7,1), klikgesprek="negative")
    url = reverse("participants:participant_detail", kwargs={"programme": world.programme.slug, "pk": world.participant.pk})
    html = client.get(url).content.decode()
    start = html.index('id="housing"')
    open("/tmp/peek.html","w").write(html[start-60:])
    open("/tmp/units.html","w").write(client.get(reverse("participants:housing_units", kwargs={"programme": world.programme.slug})).content.decode())
