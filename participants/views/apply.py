"""Applying to a programme on a phone: steps saved as drafts, a check page, a status page.

Anyone logged in may apply to any active programme; each page shows only the
person's own application, found by (programme, user) — never by an id.
"""

from functools import wraps
from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from participants.applying import (
    SubmitError,
    add_diploma,
    incomplete_steps,
    remove_diploma,
    save_draft,
    save_step,
    saved_draft,
    start_application,
    submit,
)
from participants.eligibility import evaluate, unmet
from participants.intake_form import (
    FORMS,
    STEPS,
    DiplomaForm,
    answer_rows,
    diploma_summary,
    questions_for,
    stored_initial,
)
from participants.models import Intake
from participants.upload_limits import too_large
from participants.uploads import (
    MAX_UPLOAD_BYTES,
    accepted_types_text,
    clean_upload,
    too_large_error,
)
from programmes.models import Step


def applicant_required(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapped


def _own_intake(request):
    return Intake.objects.filter(programme=request.programme, applicant=request.user).first()


def _step_url(programme, step):
    return reverse("participants:apply_step", kwargs={"programme": programme.slug, "step": step})


def start(request, programme):
    """The Apply button: make an account first, then the first unfinished step."""
    programme = request.programme
    if not request.user.is_authenticated:
        query = urlencode({"next": request.get_full_path()})
        return redirect(f"{reverse('account_signup')}?{query}")
    existing = _own_intake(request)
    if existing is not None and not existing.is_draft:
        messages.info(
            request, _("You already applied to this programme. Here is your application.")
        )
        return redirect("participants:application", programme=programme.slug)
    if existing is None and not programme.intake_open:
        return render(request, "participants/apply/closed.html", status=200)
    intake = existing or start_application(programme, request.user)
    remaining = incomplete_steps(intake)
    if remaining:
        return redirect(_step_url(programme, remaining[0]))
    return redirect("participants:apply_check", programme=programme.slug)


@applicant_required
def step(request, programme, step):
    """One step of the form. Valid answers are saved; typed but invalid answers are kept too."""
    programme = request.programme
    if step not in STEPS:
        raise Http404("No such step.")
    intake = _own_intake(request)
    if intake is None:
        return redirect("participants:apply", programme=programme.slug)
    if not intake.is_draft:
        return redirect("participants:application", programme=programme.slug)

    questions = questions_for(programme)
    form_class = FORMS[step]
    diploma_form = None
    if request.method == "POST":
        if "remove_diploma" in request.POST:
            index = request.POST["remove_diploma"]
            if index.isascii() and index.isdigit():  # "²".isdigit() too, but int() refuses it
                remove_diploma(intake, int(index))
                messages.success(request, _("The diploma is removed."))
            return redirect(_step_url(programme, step))
        raw = {
            key: request.POST.getlist(key) for key in request.POST if key != "csrfmiddlewaretoken"
        }
        raw = {key: values[0] if len(values) == 1 else values for key, values in raw.items()}
        form = form_class(request.POST, programme=programme, questions=questions)
        diploma_ok = True
        if step == Step.EDUCATION:
            diploma_form = DiplomaForm(request.POST, request.FILES)
            diploma_ok = _handle_diploma(intake, diploma_form, request)
            if diploma_ok and not diploma_form.is_empty:
                # Added, and now in the list: an empty form, so that sending the step
                # again (after fixing another answer) does not add a second copy.
                diploma_form = DiplomaForm()
        if "later" in request.POST:
            save_draft(intake, step, raw)
            messages.success(request, _("Your answers are saved. You can go on later."))
            return redirect("participants:application", programme=programme.slug)
        if form.is_valid() and diploma_ok:
            save_step(intake, step, form)
            if "add_diploma" in request.POST:
                return redirect(_step_url(programme, step))
            remaining = incomplete_steps(intake, questions)
            later = [s for s in remaining if STEPS.index(s) > STEPS.index(step)]
            target = later[0] if later else (remaining[0] if remaining else None)
            if target is None:
                return redirect("participants:apply_check", programme=programme.slug)
            return redirect(_step_url(programme, target))
        save_draft(intake, step, raw)
    else:
        draft = saved_draft(intake, step)
        if draft is not None:
            form = form_class(draft, programme=programme, questions=questions)
        else:
            initial = stored_initial(form_class, intake)
            form = form_class(initial=initial, programme=programme, questions=questions)
    if step == Step.EDUCATION and diploma_form is None:
        diploma_form = DiplomaForm()
    position = STEPS.index(step)
    return render(
        request,
        "participants/apply/step.html",
        {
            "intake": intake,
            "form": form,
            "diploma_form": diploma_form,
            "diplomas": [diploma_summary(d) for d in intake.answers.get("diplomas", [])],
            "step": step,
            "step_label": Step(step).label,
            "step_number": position + 1,
            "step_count": len(STEPS),
            "previous_url": _step_url(programme, STEPS[position - 1]) if position else None,
            "upload_limit": MAX_UPLOAD_BYTES,
            "upload_types": accepted_types_text(),
        },
    )


def _handle_diploma(intake, diploma_form, request) -> bool:
    """Add the diploma typed on the education step, if any. False when it has errors."""
    if too_large(request, "diploma_file"):
        diploma_form.is_valid()
        diploma_form.add_error("diploma_file", too_large_error())
        return False
    if diploma_form.is_empty:
        return True
    if not diploma_form.is_valid():
        return False
    upload = request.FILES.get("diploma_file")
    clean = None
    if upload is not None:
        try:
            clean = clean_upload(upload, context=intake.reference)
        except forms.ValidationError as error:
            diploma_form.add_error("diploma_file", error)
            return False
    add_diploma(intake, diploma_form, clean)
    return True


@applicant_required
def check(request, programme):
    """Read everything back, see whether you meet the conditions, and send."""
    programme = request.programme
    intake = _own_intake(request)
    if intake is None:
        return redirect("participants:apply", programme=programme.slug)
    if not intake.is_draft:
        return redirect("participants:application", programme=programme.slug)
    questions = questions_for(programme)
    results = evaluate(intake)
    remaining = incomplete_steps(intake, questions)
    if request.method == "POST":
        try:
            submit(intake)
        except SubmitError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Your application is sent. Thank you!"))
            return redirect("participants:application", programme=programme.slug)
    return render(
        request,
        "participants/apply/check.html",
        {
            "intake": intake,
            "rows": answer_rows(intake, questions),
            "results": results,
            "unmet": unmet(results),
            "remaining": [(s, Step(s).label, _step_url(programme, s)) for s in remaining],
        },
    )


@applicant_required
def status(request, programme):
    """Where is my application? With the reason in plain words and what happens next."""
    intake = _own_intake(request)
    return render(
        request,
        "participants/apply/status.html",
        {"intake": intake, "events": intake.events.all() if intake else []},
    )
