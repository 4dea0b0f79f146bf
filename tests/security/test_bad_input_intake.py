"""Bad input in the intake form: each of its nine steps, the check page and the start.

The applicant has answered every step once and added a diploma. Whatever a step
receives, the answer is the step again with an error (its typed values kept, as a
draft), or the next step; never a 500. The answers of the other steps are never
touched, and a refused step changes nothing but its own draft.
"""

from dataclasses import replace

from participants.intake_form import FORMS, STEPS
from tests.security.input_inventory import INTAKE, INVENTORY, Form, entries
from tests.security.intake_setup import drafting_applicant
from tests.security.property_runner import check_each, check_form

SHARED_KEYS = {"_drafts"}


def other_steps_kept(intake, step):
    """The check: answers outside ``step`` are the same after the request as before."""
    own = {name.removeprefix("q_") for name in FORMS[step].base_fields}
    own |= {f"extra-{kind}" for kind in ("text", "date", "choice", "number", "long_text", "yes_no")}
    own |= {"dutch_listening", "dutch_reading", "dutch_speaking", "dutch_writing", "diplomas"}

    def check(before, after, response):
        was = before["participants_intake"][str(intake.pk)]["answers"]
        now = after["participants_intake"][str(intake.pk)]["answers"]
        for key, value in was.items():
            if key not in own and key not in SHARED_KEYS:
                assert now.get(key) == value, f"the answer {key!r} of another step changed"

    return check


def test_every_intake_step_answers_bad_input_clearly_and_keeps_earlier_answers(client, world):
    intake = drafting_applicant(world)
    steps = [
        (f"participants:apply_step {step}", step, replace(INVENTORY["participants:apply_step"], kwargs=lambda w, s=step: {"step": s}))
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
            also=other_steps_kept(intake, item[0]),
        ),
    )


def test_the_start_and_check_pages_answer_bad_input_clearly(client, world):
    drafting_applicant(world)
    others = [(name, entry) for name, entry in entries(Form, INTAKE) if name != "participants:apply_step"]
    check_each(others, lambda name, entry: check_form(client, world, name, entry, examples=4))
