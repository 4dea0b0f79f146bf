"""Every URL of the project, sorted by what input it takes: the coverage of the bad-input tests.

| kind | what the tests send | where |
|---|---|---|
| ``Form`` | POST bodies built from the form on its page, fields dropped, doubled or made bad | test_bad_input_{intake,uploads,staff,participant}.py |
| ``Filters`` | query strings: search boxes, filters, page numbers, unknown parameters | test_bad_input_filters.py |
| ``NoInput`` | nothing: the page reads no body and no query string (ids in the path are ints) | — |

``test_every_url_is_in_the_inventory`` fails when a URL is added without an entry here,
so a new form cannot escape the property tests. The areas:

- intake: the nine steps of the application form, the check page and the start;
- uploads: the diploma upload of the education step (files and their names);
- staff: coordinators', admins', mentors' and municipality officers' forms;
- participant: what a participant (or any logged-in person) types on their own pages.

A ``Form`` names the role that posts, the page that shows the form (``page``; the URL
itself when None), the ids of both from the ``world`` fixture, and ``fields`` for a
form the world does not show (a proposal to confirm): then those fields are fuzzed.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from tests.test_isolation import (  # the ids each URL needs, from the world fixture
    barrier,
    consent_purpose,
    credential,
    erasure_request,
    follow_up,
    intake,
    internship,
    key_date,
    my_barrier,
    participant,
    session,
    setting,
    setting_kind,
)


def nothing(world):
    return {}


@dataclass(frozen=True)
class Form:
    """A URL that takes a POST body, posted by ``role`` (a key of ``world.users``)."""

    area: str
    role: str
    kwargs: Callable = nothing
    page: str | None = None
    page_kwargs: Callable | None = None
    fields: dict = field(default_factory=dict)  # name -> kind, when the page may not show it
    deletes: bool = False  # a success removes a row on purpose
    success_200: bool = False  # a success answers 200 (no redirect)
    in_programme: bool = True  # the URL is under /<programme>/


@dataclass(frozen=True)
class Filters:
    """A page that reads its query string, requested by ``role``."""

    role: str
    kwargs: Callable = nothing
    in_programme: bool = True


@dataclass(frozen=True)
class NoInput:
    """A page that reads neither a body nor a query string."""

    reason: str


def step(world):
    return {"step": "personal"}


STAFF = "staff"
PARTICIPANT = "participant"
INTAKE = "intake"
DETAIL = "participants:participant_detail"

INVENTORY = {
    # ---- intake (the applicant's own application)
    "participants:apply": Form(INTAKE, "drafter", success_200=True, fields={"next": "text"}),
    # Every step (test_bad_input_intake.py); the education step's diploma file and its
    # removal are the uploads area (test_bad_input_uploads.py).
    "participants:apply_step": Form(INTAKE, "drafter", step, fields={"later": "text"}),
    "participants:apply_check": Form(INTAKE, "drafter", success_200=True),
    "participants:application": NoInput("the applicant's status page"),
    # ---- selection (coordinators)
    "participants:intake_queue": Filters("coordinator"),
    "participants:intake_export": Filters("coordinator"),
    "participants:intake_detail": NoInput("one application"),
    "participants:intake_review": Form(STAFF, "coordinator", intake, "participants:intake_detail"),
    "participants:intake_decide": Form(STAFF, "coordinator", intake, "participants:intake_detail"),
    "participants:intake_proposal": Form(
        STAFF,
        "coordinator",
        intake,
        "participants:intake_detail",
        fields={"proposal": "number", "action": "text"},
    ),
    "participants:intake_document": NoInput("a download by ids"),
    # ---- a participant's route (coordinators)
    "participants:list": Filters("coordinator"),
    "participants:participant_detail": NoInput("one participant"),
    "participants:participant_stage": Form(STAFF, "coordinator", participant, DETAIL),
    "participants:participant_schedule": Form(STAFF, "coordinator", participant, DETAIL),
    "participants:participant_diploma": Form(STAFF, "coordinator", participant, DETAIL),
    "participants:participant_note": Form(STAFF, "coordinator", participant, DETAIL),
    "participants:participant_internship": Form(STAFF, "coordinator", participant, DETAIL),
    "participants:participant_housing": Form(STAFF, "coordinator", participant, DETAIL),
    "participants:participant_job": Form(STAFF, "coordinator", participant, DETAIL),
    "participants:participant_follow_up": Form(
        STAFF,
        "coordinator",
        follow_up,
        DETAIL,
        participant,
        fields={"reached": "radio", "status": "select", "note": "textarea", "on": "date"},
    ),
    "participants:participant_languages": Form(STAFF, "coordinator", participant),
    "participants:participant_credentials": Form(STAFF, "coordinator", participant),
    "participants:participant_credential": Form(STAFF, "coordinator", credential),
    "participants:participant_skills": Form(STAFF, "coordinator", participant),
    "participants:participant_key_dates": Form(STAFF, "coordinator", participant),
    "participants:participant_key_date_remove": Form(
        STAFF,
        "coordinator",
        key_date,
        "participants:participant_key_dates",
        participant,
        deletes=True,
    ),
    "participants:session_list": Form(STAFF, "coordinator"),
    "participants:session_detail": Form(
        STAFF, "coordinator", session, fields={"attended": "checkbox", "note": "textarea"}
    ),
    "participants:housing_units": Form(STAFF, "coordinator"),
    # ---- mentors
    "participants:mentor_home": NoInput("the mentor's list"),
    "participants:mentor_internship": NoInput("one internship"),
    "participants:mentor_attendance": Form(
        STAFF, "mentor", internship, "participants:mentor_internship"
    ),
    "participants:mentor_evaluation": Form(
        STAFF, "mentor", internship, "participants:mentor_internship"
    ),
    # ---- barriers
    "barriers:catalogue": NoInput("the catalogue"),
    "barriers:participant": Form(STAFF, "coordinator", participant),
    "barriers:detail": NoInput("one barrier"),
    "barriers:status": Form(STAFF, "coordinator", barrier, "barriers:detail"),
    "barriers:action": Form(STAFF, "coordinator", barrier, "barriers:detail"),
    "barriers:edit": Form(STAFF, "coordinator", barrier, "barriers:detail"),
    "barriers:insights": Filters("coordinator"),
    "barriers:export": Filters("coordinator"),
    # ---- programme settings (admins)
    "programmes:public": NoInput("the public page"),
    "programmes:overview": Filters("coordinator"),
    "programmes:settings": Form(STAFF, "admin"),
    "programmes:settings_new": Form(STAFF, "admin", setting_kind),
    "programmes:settings_edit": Form(STAFF, "admin", setting),
    "programmes:settings_delete": Form(STAFF, "admin", setting, deletes=True),
    "programmes:consent_texts": NoInput("the list of consent texts"),
    "programmes:consent_text_new": Form(STAFF, "admin", consent_purpose),
    "notifications:reminder_settings": Form(STAFF, "admin"),
    # ---- dossiers
    "dossiers:participant": Form(STAFF, "coordinator", participant),
    "dossiers:download": NoInput("a download by id"),
    "municipality:list": Filters("municipality_officer", in_programme=False),
    "municipality:make_dossier": Form(
        STAFF,
        "municipality_officer",
        participant,
        fields={"language": "select", "municipality": "text"},
        in_programme=False,
    ),
    "municipality:dossier": NoInput("a dossier by id"),
    "municipality:dossier_download": NoInput("a download by id"),
    "municipality:new_export": Form(
        STAFF,
        "municipality_officer",
        page="municipality:list",
        fields={"participants": "checkbox", "language": "select", "municipality": "text"},
        in_programme=False,
    ),
    "municipality:export": NoInput("an export by id"),
    "municipality:export_download": NoInput("a download by id"),
    # ---- the audit log
    "audit:log": Filters("coordinator"),
    "audit:my_log": Filters("participant"),
    # ---- the participant's own pages
    "participants:home": NoInput("my route"),
    "participants:my_progress": NoInput("my language levels"),
    "participants:my_skills": Form(PARTICIPANT, "participant"),
    "participants:my_consent": Form(PARTICIPANT, "participant"),
    "barriers:mine": NoInput("my barriers"),
    "barriers:share_in_dossier": Form(
        PARTICIPANT, "participant", my_barrier, "barriers:mine", nothing
    ),
    "dossiers:mine": Form(PARTICIPANT, "participant"),
    "notifications:inbox": Filters("participant"),
    "notifications:read": Form(
        PARTICIPANT, "participant", lambda world: {"pk": 1}, "notifications:inbox", nothing
    ),
    "notifications:read_all": Form(
        PARTICIPANT, "participant", page="notifications:inbox", fields={"next": "text"}
    ),
    "preferences:edit": Form(PARTICIPANT, "participant", in_programme=False),
    "privacy:my_data": NoInput("what the programme keeps, with two download buttons"),
    "privacy:my_data_json": NoInput("a download of one's own data"),
    "privacy:my_data_pdf": NoInput("a download of one's own data"),
    "privacy:erasure": Form(PARTICIPANT, "participant"),
    "privacy:requests": NoInput("the list of erasure requests"),
    "privacy:request_detail": Form(STAFF, "coordinator", erasure_request),
    # ---- account pages (allauth's forms behind the portal's checks)
    "account_sessions:list": NoInput("the user's own logins"),
    "account_confirm_code": Form(
        PARTICIPANT, "participant", fields={"code": "text", "next": "text"}, in_programme=False
    ),
    "account_sessions:end": NoInput("ends one login; its id is in the path"),
    "account_sessions:end_others": NoInput("ends the other logins; no fields"),
    "account_email": NoInput(
        "allauth's email form: allauth validates it; behind re-authentication"
    ),
    "mfa_activate_totp": NoInput("allauth's TOTP set-up: a six-digit code checked by allauth"),
    # ---- platform pages
    "home": NoInput("the start page"),
    "landing": NoInput("a redirect after login"),
    "set_language": Form(
        PARTICIPANT,
        "participant",
        page="home",
        fields={"language": "select", "next": "hidden"},
        in_programme=False,
    ),
}


def entries(kind, area=None):
    """(url name, entry) of one kind (and area), in a stable order for parametrisation."""
    return [
        (name, entry)
        for name, entry in sorted(INVENTORY.items())
        if isinstance(entry, kind) and (area is None or getattr(entry, "area", None) == area)
    ]
