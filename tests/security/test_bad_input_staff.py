"""Bad input in the forms of coordinators, admins, mentors and municipality officers.

Every staff ``Form`` of the inventory (tests/security/input_inventory.py) gets bodies with
fields dropped, doubled or filled with nasty text, numbers, dates and choices: the answer
is the form with an error or a success, never a 500, and nothing stored before is lost
(a refused request changes nothing; a success deletes nothing it should not).
"""

from django_scopes import scopes_disabled

from participants.models import DecisionProposal
from programmes.models import SelectionCriterion
from tests.dossier.conftest import consent_to_municipality
from tests.security.input_inventory import STAFF, Form, entries
from tests.security.property_runner import check_each, check_form


def with_everything_a_form_needs(world):
    """A criterion to score, a proposal to confirm, a participant who lets the
    municipality see their dossier: so these forms are on their pages."""
    consent_to_municipality(world.participant)
    with scopes_disabled():
        SelectionCriterion.objects.create(programme=world.programme, name="Motivatie")
        DecisionProposal.objects.create(
            programme=world.programme,
            intake=world.intake,
            outcome="not_selected",
            reason="Te weinig ervaring.",
            proposed_by=world.users["admin"],
        )


def test_staff_forms_answer_bad_input_clearly_and_keep_what_is_stored(client, world):
    with_everything_a_form_needs(world)
    check_each(
        entries(Form, STAFF),
        lambda name, entry: check_form(client, world, name, entry, examples=4),
    )
