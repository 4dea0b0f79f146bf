from django.urls import path

from participants.views import apply, intakes, route

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
]
