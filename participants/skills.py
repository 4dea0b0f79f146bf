"""Skills: the standard framework, assessments by staff and by the participant, the latest levels.

The pages and the tests call these functions; they check the rules and record who
and when. Every refusal is a ``SkillError`` with a message the user can act on and
the form field it belongs to.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from participants.access import REVIEWER_ROLES
from participants.models import Skill, SkillAssessment
from programmes.models import Role

LEVELS = range(1, 5)
# Staff judge what they saw; the participant says how it feels to them.
STAFF_LEVEL_LABELS = {
    1: _("1 = not yet"),
    2: _("2 = sometimes"),
    3: _("3 = good"),
    4: _("4 = very good"),
}
SELF_LEVEL_LABELS = {
    1: _("1 = I find this hard"),
    2: _("2 = I can do this with help"),
    3: _("3 = I can do this alone"),
    4: _("4 = I do this well"),
}
# Headings over the groups; the participant reads them too, so no jargon alone.
GROUP_LABELS = {
    Skill.Kind.SOFT.value: _("Soft skills"),
    Skill.Kind.TRANSVERSAL.value: _("Skills for every job (transversal skills)"),
}
# From this difference between the staff's and the participant's level on, it is worth a talk.
NOTABLE_DIFFERENCE = 2

# The default framework: soft skills as in VOORwerk (COA, UAF and IOM), transversal
# skills as used in the Haaglanden matching (with Nuffic). Plain words, language level B1.
STANDARD_SKILLS = (
    {
        "kind": Skill.Kind.SOFT,
        "name": {"nl": "Op tijd komen", "en": "Being on time", "ar": "الالتزام بالمواعيد"},
        "description": {
            "nl": "Je bent op tijd en houdt je aan afspraken. Kun je niet komen? "
            "Dan meld je dat op tijd.",
            "en": "You are on time and keep to agreements. If you cannot come, you say so in time.",
            "ar": "تأتي في الوقت المحدد وتلتزم بالاتفاقات. إذا لم تستطع الحضور، "
            "تُبلغ عن ذلك في وقت مبكر.",
        },
    },
    {
        "kind": Skill.Kind.SOFT,
        "name": {"nl": "Communiceren", "en": "Communication", "ar": "التواصل"},
        "description": {
            "nl": "Je zegt duidelijk wat je bedoelt, je luistert goed en je vraagt het "
            "als iets niet duidelijk is.",
            "en": "You say clearly what you mean, you listen well and you ask "
            "when something is not clear.",
            "ar": "تعبّر بوضوح عمّا تقصده، وتستمع جيدًا، وتسأل عندما لا يكون شيء ما واضحًا.",
        },
    },
    {
        "kind": Skill.Kind.SOFT,
        "name": {"nl": "Samenwerken", "en": "Working together", "ar": "العمل ضمن فريق"},
        "description": {
            "nl": "Je werkt goed samen met collega's. Jullie helpen elkaar en verdelen het werk.",
            "en": "You work well with colleagues. You help each other and share the work.",
            "ar": "تعمل جيدًا مع زملائك، فتتعاونون فيما بينكم وتتقاسمون العمل.",
        },
    },
    {
        "kind": Skill.Kind.SOFT,
        "name": {"nl": "Initiatief nemen", "en": "Taking initiative", "ar": "المبادرة"},
        "description": {
            "nl": "Je ziet wat er moet gebeuren en begint er zelf aan. "
            "Je wacht niet tot iemand het vraagt.",
            "en": "You see what needs to be done and start on it yourself. "
            "You do not wait until someone asks.",
            "ar": "ترى ما يجب فعله وتبدأ به بنفسك، ولا تنتظر أن يطلبه منك أحد.",
        },
    },
    {
        "kind": Skill.Kind.SOFT,
        "name": {
            "nl": "Omgaan met feedback",
            "en": "Dealing with feedback",
            "ar": "تقبّل الملاحظات",
        },
        "description": {
            "nl": "Je luistert naar tips van anderen en gebruikt ze in je werk. "
            "Je kunt ook zelf op een vriendelijke manier een tip geven.",
            "en": "You listen to tips from others and use them in your work. "
            "You can also give a tip in a friendly way.",
            "ar": "تستمع إلى ملاحظات الآخرين وتستفيد منها في عملك، "
            "وتستطيع أيضًا أن تقدّم ملاحظة بأسلوب لطيف.",
        },
    },
    {
        "kind": Skill.Kind.SOFT,
        "name": {"nl": "Jezelf presenteren", "en": "Presenting yourself", "ar": "تقديم نفسك"},
        "description": {
            "nl": "Je kunt vertellen wie je bent, wat je kunt en wat je wilt, "
            "bijvoorbeeld in een sollicitatiegesprek.",
            "en": "You can tell who you are, what you can do and what you want, "
            "for example in a job interview.",
            "ar": "تستطيع أن تعرّف بنفسك وبما تُجيده وبما تريده، مثلًا في مقابلة عمل.",
        },
    },
    {
        "kind": Skill.Kind.TRANSVERSAL,
        "name": {
            "nl": "Omgaan met cliënten",
            "en": "Working with clients",
            "ar": "التعامل مع متلقّي الرعاية",
        },
        "description": {
            "nl": "Je gaat met respect en geduld om met cliënten en je let op wat zij nodig hebben.",
            "en": "You treat clients with respect and patience, and you notice what they need.",
            "ar": "تتعامل مع متلقّي الرعاية باحترام وصبر، وتنتبه إلى ما يحتاجون إليه.",
        },
    },
    {
        "kind": Skill.Kind.TRANSVERSAL,
        "name": {
            "nl": "Digitale vaardigheden",
            "en": "Digital skills",
            "ar": "المهارات الرقمية",
        },
        "description": {
            "nl": "Je kunt een computer, een telefoon en de apps op het werk gebruiken, "
            "bijvoorbeeld om te rapporteren in het cliëntdossier.",
            "en": "You can use a computer, a phone and the apps at work, "
            "for example to write a report in the client's file.",
            "ar": "تستطيع استخدام الحاسوب والهاتف والتطبيقات في العمل، "
            "مثلًا لكتابة تقرير في ملف متلقّي الرعاية.",
        },
    },
    {
        "kind": Skill.Kind.TRANSVERSAL,
        "name": {
            "nl": "Plannen en organiseren",
            "en": "Planning and organising",
            "ar": "التخطيط والتنظيم",
        },
        "description": {
            "nl": "Je plant je werk en je maakt je taken op tijd af.",
            "en": "You plan your work and finish your tasks on time.",
            "ar": "تخطّط لعملك وتُنهي مهامك في الوقت المحدد.",
        },
    },
    {
        "kind": Skill.Kind.TRANSVERSAL,
        "name": {"nl": "Problemen oplossen", "en": "Solving problems", "ar": "حلّ المشكلات"},
        "description": {
            "nl": "Als er iets misgaat, zoek je een oplossing. "
            "Je weet wanneer je hulp moet vragen.",
            "en": "When something goes wrong, you look for a solution. "
            "You know when to ask for help.",
            "ar": "عندما يحدث خطأ ما، تبحث عن حل، وتعرف متى تطلب المساعدة.",
        },
    },
    {
        "kind": Skill.Kind.TRANSVERSAL,
        "name": {"nl": "Leervermogen", "en": "Learning new things", "ar": "القدرة على التعلّم"},
        "description": {
            "nl": "Je leert snel nieuwe dingen en je wilt blijven leren, op school en op het werk.",
            "en": "You learn new things quickly and want to keep learning, at school and at work.",
            "ar": "تتعلّم الأشياء الجديدة بسرعة وترغب في مواصلة التعلّم، في المدرسة وفي العمل.",
        },
    },
    {
        "kind": Skill.Kind.TRANSVERSAL,
        "name": {
            "nl": "Omgaan met culturele verschillen",
            "en": "Dealing with cultural differences",
            "ar": "مراعاة الاختلافات الثقافية",
        },
        "description": {
            "nl": "Je begrijpt dat mensen verschillende gewoonten en ideeën hebben. "
            "Daar houd je rekening mee in je werk.",
            "en": "You understand that people have different habits and ideas. "
            "You take this into account in your work.",
            "ar": "تدرك أن للناس عادات وأفكارًا مختلفة، وتراعي ذلك في عملك.",
        },
    },
)


class SkillError(Exception):
    """A refusal, in words the user can act on; ``field`` names the form field (None: the form)."""

    def __init__(self, message, field=None):
        super().__init__(message)
        self.message = message
        self.field = field


def level_field(skill_id) -> str:
    """The form field with the level of one skill."""
    return f"skill_{skill_id}"


def evidence_field(skill_id) -> str:
    """The form field with the evidence for one skill."""
    return f"evidence_{skill_id}"


def install_standard_skills(programme) -> int:
    """Add the standard skills the programme does not have yet (by kind and Dutch name).

    Returns how many were added; a second run adds none. Skills the programme
    renamed or added itself stay as they are.
    """
    existing = set(Skill.objects.filter(programme=programme).values_list("kind", "name_nl"))
    start = {
        kind: (
            Skill.objects.filter(programme=programme, kind=kind)
            .order_by("-position")
            .values_list("position", flat=True)
            .first()
            or 0
        )
        for kind in Skill.Kind.values
    }
    new = []
    for spec in STANDARD_SKILLS:
        if (spec["kind"], spec["name"]["nl"]) in existing:
            continue
        start[spec["kind"]] += 1
        texts = {f"name_{code}": text for code, text in spec["name"].items()}
        texts.update({f"description_{code}": text for code, text in spec["description"].items()})
        new.append(
            Skill(programme=programme, kind=spec["kind"], position=start[spec["kind"]], **texts)
        )
    Skill.objects.bulk_create(new)
    return len(new)


def _check(skills, levels, evidence, assessed_on):
    if assessed_on > timezone.localdate():
        raise SkillError(gettext("The date cannot be in the future."), "assessed_on")
    for skill_id, level in levels.items():
        if skill_id not in skills:
            raise SkillError(
                gettext("This skill is not part of this programme."), level_field(skill_id)
            )
        if level is not None and level not in LEVELS:
            raise SkillError(gettext("Choose a level from 1 to 4."), level_field(skill_id))
    for skill_id, text in evidence.items():
        if text and levels.get(skill_id) is None:
            raise SkillError(
                gettext("Choose a level for this skill, or remove what you wrote."),
                level_field(skill_id),
            )
    if all(level is None for level in levels.values()):
        raise SkillError(gettext("Choose a level for at least one skill."))


@transaction.atomic
def assess(
    participant, by, levels, evidence=None, *, is_self=False, assessed_on=None
) -> list[SkillAssessment]:
    """Record levels (1-4) for skills of the participant's programme; one row per skill.

    ``levels`` maps a skill id to a level, or to None for "not seen"; ``evidence``
    maps a skill id to a short text. ``is_self``: the participant's own view.
    """
    evidence = {skill_id: (text or "").strip() for skill_id, text in (evidence or {}).items()}
    assessed_on = assessed_on or timezone.localdate()
    skills = set(
        Skill.objects.filter(programme=participant.programme_id, pk__in=list(levels)).values_list(
            "pk", flat=True
        )
    )
    _check(skills, levels, evidence, assessed_on)
    return SkillAssessment.objects.bulk_create(
        SkillAssessment(
            programme_id=participant.programme_id,
            participant=participant,
            skill_id=skill_id,
            level=level,
            evidence=evidence.get(skill_id, ""),
            is_self=is_self,
            assessed_on=assessed_on,
            by=by,
        )
        for skill_id, level in levels.items()
        if level is not None
    )


@dataclass
class SkillRow:
    """One skill with the latest level by staff and the latest self-assessment."""

    skill: Skill
    staff: SkillAssessment | None = None
    own: SkillAssessment | None = None

    @property
    def difference(self) -> int | None:
        """Self minus staff, when it is large enough to talk about; else None."""
        if self.staff is None or self.own is None:
            return None
        gap = self.own.level - self.staff.level
        return gap if abs(gap) >= NOTABLE_DIFFERENCE else None

    @property
    def staff_label(self):
        return STAFF_LEVEL_LABELS[self.staff.level] if self.staff else None

    @property
    def own_label(self):
        return SELF_LEVEL_LABELS[self.own.level] if self.own else None


@dataclass
class SkillGroup:
    kind: str
    label: str
    rows: list = field(default_factory=list)


@dataclass
class SkillOverview:
    """The framework grouped by kind with the latest levels, and every assessment (newest first)."""

    groups: list
    history: list

    @property
    def rows(self):
        return [row for group in self.groups for row in group.rows]

    @property
    def assessed(self):
        return [row for row in self.rows if row.staff or row.own]


def latest(participant, *, skills=None) -> SkillOverview:
    """Per skill the latest staff level and the latest self-assessment, side by side.

    Queries: the skills (1, none when passed in) and the assessments with who (1).
    """
    if skills is None:
        skills = list(Skill.objects.filter(programme=participant.programme_id))
    rows = {skill.pk: SkillRow(skill) for skill in skills}
    history = list(
        SkillAssessment.objects.filter(programme=participant.programme_id, participant=participant)
        .select_related("by")
        .order_by("assessed_on", "pk")
    )
    for assessment in history:
        row = rows.get(assessment.skill_id)
        if row is None:
            continue
        assessment.skill = row.skill
        if assessment.is_self:
            row.own = assessment
        else:
            row.staff = assessment
    groups = {kind: SkillGroup(kind, label) for kind, label in GROUP_LABELS.items()}
    for row in rows.values():
        groups[row.skill.kind].rows.append(row)
    return SkillOverview(
        groups=[group for group in groups.values() if group.rows],
        history=[item for item in reversed(history) if item.skill_id in rows],
    )


def coordinator_section(request, participant) -> dict:
    """Context for ``participant/_skills.html``: coordinators, admins and the mentor.

    Queries: the skills (1) and the assessments (1).
    """
    if not request.roles & (REVIEWER_ROLES | {Role.MENTOR.value}):
        return {"skills_section": None}
    return {"skills_section": latest(participant)}
