"""Bad input in the intake form: each of its nine steps, the check page and the start.

The applicant has answered every step once and added a diploma. Whatever a step
receives, the answer is the step again with an error (its typed values kept, as a
draft), or the next step; never a 500. The answers of the other steps are never
touched, and a refused step changes nothing but its own draft.
"""

from dataclasses import replace

from participants.intake_form import STEPS
from tests.security.input_inventory import INTAKE, INVENTORY, Form, entries
from tests.security.intake_setup import answers_kept, drafting_applicant
from tests.security.property_runner import check_each, check_form


def test_every_intake_step_answers_bad_input_clearly_and_keeps_earlier_answers(
    client, world, private_media
):
    intake = drafting_applicant(world)
    steps = [
        (
            f"participants:apply_step {step}",
            step,
            replace(INVENTORY["participants:apply_step"], kwargs=lambda w, s=step: {"step": s}),
        )
        for step in STEPS
    ]
    check_each(
        [(label, (step, entry)) for label, step, entry in steps],
        lambda label, item: check_form(
            client,
            world,
            "participants:apply_step",
            item[1],
            examples=6,
            also=answers_kept(intake, item[0]),
            may_change=("participants_intake",),
            without=("remove_diploma",),  # removing on purpose: test_bad_input_uploads.py
        ),
    )


def test_the_start_and_check_pages_answer_bad_input_clearly(client, world, private_media):
    drafting_applicant(world)
    others = [
        (name, entry) for name, entry in entries(Form, INTAKE) if name != "participants:apply_step"
    ]
    check_each(others, lambda name, entry: check_form(client, world, name, entry, examples=4))
