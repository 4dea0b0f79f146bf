from django.urls import path

from participants.views import (
    apply,
    consent,
    credentials,
    housing,
    intakes,
    jobs,
    key_dates,
    languages,
    mentor,
    participant_page,
    route,
    sessions,
    skills,
)

app_name = "participants"

urlpatterns = [
    # The participant's route and the coordinator's list (issue 2).
    path("me/", route.home, name="home"),
    path("participants/", route.participant_list, name="list"),
    # Applying: any logged-in person, for their own application only.
    path("apply/", apply.start, name="apply"),
    path("apply/check/", apply.check, name="apply_check"),
    path("apply/<slug:step>/", apply.step, name="apply_step"),
    path("application/", apply.status, name="application"),
    # Selection: coordinators and programme admins.
    path("intakes/", intakes.queue, name="intake_queue"),
    path("intakes/export.csv", intakes.export_csv, name="intake_export"),
    path("intakes/<int:pk>/", intakes.detail, name="intake_detail"),
    path("intakes/<int:pk>/review/", intakes.review, name="intake_review"),
    path("intakes/<int:pk>/decide/", intakes.decide, name="intake_decide"),
    path("intakes/<int:pk>/proposal/", intakes.proposal, name="intake_proposal"),
    path(
        "intakes/<int:pk>/documents/<int:document>/",
        intakes.document,
        name="intake_document",
    ),
    # A participant's route, for coordinators (and mentors, for their own participants).
    path("participants/<int:pk>/", participant_page.detail, name="participant_detail"),
    path("participants/<int:pk>/stage/", participant_page.move_on, name="participant_stage"),
    path("participants/<int:pk>/schedule/", participant_page.schedule, name="participant_schedule"),
    path("participants/<int:pk>/diplomas/", participant_page.diploma, name="participant_diploma"),
    path("participants/<int:pk>/notes/", participant_page.note, name="participant_note"),
    path(
        "participants/<int:pk>/internships/",
        mentor.add_internship,
        name="participant_internship",
    ),
    path("participants/<int:pk>/housing/", housing.allocate, name="participant_housing"),
    path("participants/<int:pk>/jobs/", jobs.add_placement, name="participant_job"),
    path(
        "participants/<int:pk>/jobs/<int:job>/follow-ups/<int:month>/",
        jobs.follow_up,
        name="participant_follow_up",
    ),
    # Mentors: their own participants, attendance and evaluations, on a phone.
    path("mentor/", mentor.home, name="mentor_home"),
    path("mentor/internships/<int:pk>/", mentor.internship, name="mentor_internship"),
    path(
        "mentor/internships/<int:pk>/attendance/",
        mentor.attendance,
        name="mentor_attendance",
    ),
    path(
        "mentor/internships/<int:pk>/evaluation/",
        mentor.evaluation,
        name="mentor_evaluation",
    ),
    # Group sessions (VOORwerk) and the programme's homes.
    path("sessions/", sessions.session_list, name="session_list"),
    path("sessions/<int:pk>/", sessions.session_detail, name="session_detail"),
    path("housing/", housing.units, name="housing_units"),
    # Language levels, credentials and skills (issue 5).
    path(
        "participants/<int:pk>/languages/",
        languages.participant_languages,
        name="participant_languages",
    ),
    path(
        "participants/<int:pk>/credentials/",
        credentials.participant_credentials,
        name="participant_credentials",
    ),
    path(
        "participants/<int:pk>/credentials/<int:credential>/",
        credentials.credential_detail,
        name="participant_credential",
    ),
    path("participants/<int:pk>/skills/", skills.participant_skills, name="participant_skills"),
    # Important dates: exams and documents that end; the reminders read them (issue 7).
    path(
        "participants/<int:pk>/dates/",
        key_dates.participant_key_dates,
        name="participant_key_dates",
    ),
    path(
        "participants/<int:pk>/dates/<int:key_date>/remove/",
        key_dates.remove_key_date,
        name="participant_key_date_remove",
    ),
    path("me/progress/", languages.my_progress, name="my_progress"),
    path("me/skills/", skills.my_skills, name="my_skills"),
    path("me/permissions/", consent.my_consent, name="my_consent"),
]
