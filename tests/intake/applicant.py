"""Helpers for applicant tests: valid answers for every step, posted through the views."""

import datetime

from django.urls import reverse
from django.utils import timezone

VALID = {
    "personal": {
        "given_name": "Yasmin",
        "family_name": "Al-Khatib",
        "date_of_birth": "1996-05-02",
        "country_of_origin": "SY",
        "phone": "0612345678",
    },
    "household": {"household": "single"},
    "residence": {"residence_type": "azc", "azc_location": "AZC Katwijk"},
    "languages": {
        "languages_spoken": "Arabisch, Engels",
        "dutch_listening": "B1",
        "dutch_reading": "A2",
        "dutch_speaking": "A2",
        "dutch_writing": "A2",
    },
    "education": {"education_level": "secondary"},
    "work": {"worked_in_care": "yes", "work_experience": "Drie jaar verpleeghulp in Homs."},
    "motivation": {"motivation": "Ik wil voor ouderen zorgen, net als voor mijn oma thuis."},
    "availability": {
        "available_from": (timezone.localdate() + datetime.timedelta(days=30)).isoformat(),
        "hours_per_week": "40",
    },
    "consent": {"consent": "on"},
}


def step_url(programme, step):
    return reverse("participants:apply_step", kwargs={"programme": programme.slug, "step": step})


def post_step(client, programme, step, **overrides):
    data = {**VALID[step], **overrides, "next": "1"}
    return client.post(step_url(programme, step), data)


def fill_all(client, programme, **overrides_by_step):
    client.get(reverse("participants:apply", kwargs={"programme": programme.slug}))
    for step in VALID:
        response = post_step(client, programme, step, **overrides_by_step.get(step, {}))
        assert response.status_code == 302, (
            step,
            response.context and response.context["form"].errors,
        )
