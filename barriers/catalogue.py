"""The ten barriers of the Haaglanden research, in our own words, in Dutch, English and Arabic.

Source: "Voorbij de barrières: Thuis in de Haagse Zorg" (De Haagse Hogeschool).
Each programme gets its own copy (``install_standard_barriers``), so it can
switch a barrier off, change the words or add its own under Settings.
"""

from dataclasses import dataclass

from django.conf import settings

from barriers.models import BarrierType


@dataclass(frozen=True)
class StandardBarrier:
    """One barrier of the research: texts per language; solutions one direction per line."""

    code: str
    name: dict
    description: dict
    solutions: dict


STANDARD = (
    StandardBarrier(
        code="information",
        name={
            "nl": "Informatie is moeilijk te vinden",
            "en": "Information is hard to find",
            "ar": "صعوبة العثور على المعلومات",
        },
        description={
            "nl": "Het is moeilijk om duidelijke informatie te vinden over werken in de zorg: "
            "over rechten, plichten, eisen en procedures. Wie nog weinig Nederlands spreekt, "
            "vindt ook moeilijk informatie over taallessen.",
            "en": "It is hard to find clear information about working in care: about rights, "
            "duties, requirements and procedures. If you speak little Dutch, it is also hard "
            "to find information about language lessons.",
            "ar": "من الصعب العثور على معلومات واضحة عن العمل في قطاع الرعاية: عن الحقوق "
            "والواجبات والشروط والإجراءات. ومن لا يتقن اللغة الهولندية بعد يصعب عليه أيضاً "
            "أن يجد معلومات عن دروس اللغة.",
        },
        solutions={
            "nl": "Eén plek met informatie op maat, bijvoorbeeld een website van het programma\n"
            "Informatie in eenvoudige taal en in de eigen taal\n"
            "Een vaste contactpersoon die vragen beantwoordt",
            "en": "One place with information that fits the person, for example a programme "
            "website\nInformation in plain language and in the person's own language\n"
            "One contact person who answers questions",
            "ar": "مكان واحد لمعلومات مناسبة لكل شخص، مثل موقع إلكتروني للبرنامج\n"
            "معلومات بلغة بسيطة وباللغة الأم\n"
            "شخص اتصال ثابت يجيب عن الأسئلة",
        },
    ),
    StandardBarrier(
        code="learning-dutch",
        name={"nl": "Nederlands leren", "en": "Learning Dutch", "ar": "تعلّم اللغة الهولندية"},
        description={
            "nl": "Goed Nederlands is nodig voor de veiligheid van cliënten. Cursussen zijn "
            "moeilijk te vinden, duur en hebben wachtlijsten. Vaktaal leer je vooral op het "
            "werk, maar voor werk heb je al een taalniveau nodig.",
            "en": "Good Dutch is needed for the safety of clients. Courses are hard to find, "
            "expensive and have waiting lists. You learn care vocabulary mostly at work, but "
            "you need a language level before you can work.",
            "ar": "إتقان اللغة الهولندية ضروري لسلامة المرضى والعملاء. الدورات صعبة الإيجاد "
            "ومكلفة وعليها قوائم انتظار. تُتعلَّم لغة المهنة غالباً في العمل، لكن العمل "
            "يتطلب مستوى لغوياً مسبقاً.",
        },
        solutions={
            "nl": "Intensieve taaltraining, ook 's avonds en in het weekend\n"
            "Vaktaal leren op een leerwerkplek in de zorg\n"
            "Oefenen met collega's en een taalmaatje",
            "en": "Intensive language training, also in the evening and at weekends\n"
            "Learning care vocabulary at a work-and-learn place in care\n"
            "Practising with colleagues and a language buddy",
            "ar": "تدريب لغوي مكثّف، في المساء وفي عطلة نهاية الأسبوع أيضاً\n"
            "تعلّم لغة المهنة في مكان عمل وتعلّم في قطاع الرعاية\n"
            "التدرّب مع الزملاء ومع رفيق لغوي",
        },
    ),
    StandardBarrier(
        code="rules-procedures",
        name={
            "nl": "Regels en procedures zijn onbekend",
            "en": "Rules and procedures are unknown",
            "ar": "القواعد والإجراءات غير معروفة",
        },
        description={
            "nl": "Voor zorgverleners van buiten de EU gelden veel regels, en die veranderen. "
            "Vaak weten de deelnemer en ook collega's niet welke stap nodig is: BIG, taaleisen, "
            "toetsen of erkenning. Het is niet duidelijk bij welk loket je moet zijn.",
            "en": "Many rules apply to care workers trained outside the EU, and they change. "
            "Often the participant, and colleagues too, do not know which step is needed: BIG, "
            "language requirements, tests or recognition. It is not clear which office to go to.",
            "ar": "تنطبق قواعد كثيرة على العاملين في الرعاية الذين تعلّموا خارج الاتحاد "
            "الأوروبي، وهي تتغيّر. وكثيراً ما لا يعرف المشارك ولا زملاؤه الخطوة المطلوبة: "
            "تسجيل BIG أو شروط اللغة أو الاختبارات أو الاعتراف. وليس واضحاً إلى أي جهة يجب التوجه.",
        },
        solutions={
            "nl": "Persoonlijke begeleiding door het hele proces\n"
            "Een stappenplan: welke stap, bij welk loket, in welke volgorde\n"
            "Uitleg over rechten en plichten",
            "en": "Personal guidance through the whole process\n"
            "A step-by-step plan: which step, at which office, in which order\n"
            "Explanation of rights and duties",
            "ar": "مرافقة شخصية خلال العملية كلها\n"
            "خطة خطوة بخطوة: أي خطوة، وعند أي جهة، وبأي ترتيب\n"
            "شرح الحقوق والواجبات",
        },
    ),
    StandardBarrier(
        code="prior-competences",
        name={
            "nl": "Geen zicht op wat iemand al kan (EVC)",
            "en": "No view of what someone can already do (EVC)",
            "ar": "لا رؤية لما يتقنه الشخص من قبل (EVC)",
        },
        description={
            "nl": "Buitenlandse diploma's worden gewaardeerd, maar werkervaring en wat iemand "
            "elders heeft geleerd telt daarbij vaak niet mee. Werkgevers zien daardoor niet "
            "goed wat iemand kan.",
            "en": "Foreign diplomas are evaluated, but work experience and what someone learned "
            "elsewhere often do not count. So employers do not see well what someone can do.",
            "ar": "تُقيَّم الشهادات الأجنبية، لكن الخبرة العملية وما تعلّمه الشخص في مكان آخر "
            "لا يُحتسَب غالباً. لذلك لا يرى أصحاب العمل جيداً ما يستطيع الشخص فعله.",
        },
        solutions={
            "nl": "Een EVC-procedure om eerder verworven competenties te laten erkennen\n"
            "Transversale vaardigheden zichtbaar maken, bijvoorbeeld met een skills-test\n"
            "Een duidelijk profiel dat werkgevers begrijpen",
            "en": "An EVC procedure to have prior competences recognised\n"
            "Making transversal skills visible, for example with a skills test\n"
            "A clear profile that employers understand",
            "ar": "إجراء EVC للاعتراف بالكفاءات المكتسبة سابقاً\n"
            "إظهار المهارات العامة، مثلاً من خلال اختبار مهارات\n"
            "ملف شخصي واضح يفهمه أصحاب العمل",
        },
    ),
    StandardBarrier(
        code="registration",
        name={
            "nl": "Beroepsregistratie is ingewikkeld",
            "en": "Professional registration is complex",
            "ar": "تسجيل المهنة معقّد",
        },
        description={
            "nl": "Veel zorgberoepen vragen een registratie, bijvoorbeeld in het BIG-register. "
            "Daarvoor zijn er taaleisen en een toets over het vak. De regels verschillen per "
            "beroep en veranderen vaak.",
            "en": "Many care professions need a registration, for example in the BIG register. "
            "For this there are language requirements and a professional knowledge test. The "
            "rules differ per profession and change often.",
            "ar": "تتطلب مهن رعاية كثيرة تسجيلاً، مثلاً في سجل BIG. ولذلك شروط لغوية واختبار "
            "في المعرفة المهنية. وتختلف القواعد من مهنة إلى أخرى وتتغيّر كثيراً.",
        },
        solutions={
            "nl": "Samen uitzoeken welke registratie voor dit beroep nodig is\n"
            "Hulp bij de aanvraag en de documenten\n"
            "Knelpunten melden bij het CIBG en het ministerie",
            "en": "Finding out together which registration this profession needs\n"
            "Help with the application and the documents\n"
            "Reporting problems to the CIBG and the ministry",
            "ar": "البحث معاً عن التسجيل المطلوب لهذه المهنة\n"
            "المساعدة في الطلب وفي الوثائق\n"
            "إبلاغ CIBG والوزارة بالعقبات",
        },
    ),
    StandardBarrier(
        code="waiting-lists",
        name={
            "nl": "Wachtlijsten voor taal en registratie",
            "en": "Waiting lists for language and registration",
            "ar": "قوائم الانتظار للغة والتسجيل",
        },
        description={
            "nl": "Voor de toets over het vak is taalniveau B1 nodig. Voor taalcursussen, "
            "B1-examens en de BIG-toetsen zijn er lange wachtlijsten. Dat kost tijd en geeft "
            "frustratie.",
            "en": "The professional knowledge test needs language level B1. Language courses, "
            "B1 exams and the BIG tests have long waiting lists. This costs time and causes "
            "frustration.",
            "ar": "يتطلب الاختبار المهني مستوى اللغة B1. وهناك قوائم انتظار طويلة لدورات "
            "اللغة وامتحانات B1 واختبارات BIG. وهذا يضيّع الوقت ويسبّب الإحباط.",
        },
        solutions={
            "nl": "Vroeg aanmelden en de wachttijd bijhouden\n"
            "Extra taal- en scholingsplekken bij ROC, zorginstelling of hogeschool\n"
            "De wachttijd gebruiken: vaktaal oefenen of meelopen",
            "en": "Registering early and keeping track of the waiting time\n"
            "Extra language and training places at a vocational school, care organisation or "
            "university of applied sciences\nUsing the waiting time: practising care "
            "vocabulary or job shadowing",
            "ar": "التسجيل مبكراً ومتابعة مدة الانتظار\n"
            "أماكن إضافية للغة والتدريب في معهد مهني أو مؤسسة رعاية أو جامعة تطبيقية\n"
            "الاستفادة من مدة الانتظار: التدرّب على لغة المهنة أو مرافقة الزملاء في العمل",
        },
    ),
    StandardBarrier(
        code="financial",
        name={"nl": "Geldzorgen en kosten", "en": "Financial thresholds", "ar": "العوائق المالية"},
        description={
            "nl": "Privé taal- en vakcursussen, diplomawaardering en registraties kosten veel "
            "geld. Veel mensen werken in banen met een laag loon. Een onbetaalde stage in "
            "plaats van betaald werk kan inkomen en toeslagen kosten.",
            "en": "Private language and professional courses, diploma evaluation and "
            "registrations cost a lot of money. Many people work in low-paid jobs. An unpaid "
            "internship instead of paid work can cost income and benefits.",
            "ar": "دورات اللغة والدورات المهنية الخاصة وتقييم الشهادات والتسجيل كلها مكلفة. "
            "ويعمل كثيرون في وظائف ذات أجر منخفض. وقد يؤدي التدريب غير المدفوع بدلاً من "
            "العمل المدفوع إلى خسارة الدخل والإعانات.",
        },
        solutions={
            "nl": "Subsidies en vergoedingen zoeken, voor de deelnemer en de werkgever\n"
            "Een betaalde leerwerkplek of BBL in plaats van een onbetaalde stage\n"
            "Vooraf nagaan wat een stap doet met uitkering en toeslagen",
            "en": "Finding subsidies and allowances, for the participant and the employer\n"
            "A paid work-and-learn place or BBL instead of an unpaid internship\n"
            "Checking first what a step means for benefits and allowances",
            "ar": "البحث عن إعانات وتعويضات للمشارك ولصاحب العمل\n"
            "مكان عمل وتعلّم مدفوع أو BBL بدلاً من تدريب غير مدفوع\n"
            "التحقق مسبقاً من أثر كل خطوة على الإعانة والبدلات",
        },
    ),
    StandardBarrier(
        code="cultural-differences",
        name={
            "nl": "Culturele verschillen",
            "en": "Cultural differences",
            "ar": "الاختلافات الثقافية",
        },
        description={
            "nl": "Mensen zoeken vaak contact met mensen met dezelfde achtergrond, ook op het "
            "werk. Er zijn weinig contacten tussen nieuwkomers en collega's uit Nederland. "
            "Onbekend maakt onbemind: zo ontstaan misverstanden.",
            "en": "People often seek contact with people of the same background, also at work. "
            "There are few contacts between newcomers and colleagues from the Netherlands. "
            "What you do not know, you do not trust: this leads to misunderstandings.",
            "ar": "يبحث الناس غالباً عن التواصل مع من يشاركونهم الخلفية نفسها، في العمل "
            "أيضاً. والتواصل قليل بين القادمين الجدد والزملاء من هولندا. وما لا نعرفه لا "
            "نألفه، فتنشأ سوء الفهم.",
        },
        solutions={
            "nl": "Ontmoetingen organiseren, zoals een taalcafé of een uitje samen\n"
            "Een buddy of maatje op het werk\n"
            "Gesprekken in het team over gewoontes in de zorg",
            "en": "Organising meetings, such as a language café or an outing together\n"
            "A buddy at work\nTalks in the team about habits in care",
            "ar": "تنظيم لقاءات، مثل مقهى اللغة أو نزهة مشتركة\n"
            "رفيق في العمل\n"
            "أحاديث داخل الفريق عن العادات في قطاع الرعاية",
        },
    ),
    StandardBarrier(
        code="tailored-training",
        name={
            "nl": "Geen opleiding op maat",
            "en": "No tailored training",
            "ar": "لا يوجد تدريب مناسب",
        },
        description={
            "nl": "Er zijn gewone opleidingen bij ROC, zorginstellingen en hogeschool. Een "
            "opleiding die past bij wat iemand al weet en kan is er (nog) niet, vooral op "
            "hbo-niveau.",
            "en": "There are regular courses at vocational schools, care organisations and "
            "universities of applied sciences. A course that fits what someone already knows "
            "and can do does not exist (yet), especially at higher professional level.",
            "ar": "توجد دورات عادية في المعاهد المهنية ومؤسسات الرعاية والجامعات التطبيقية. "
            "أما التدريب الذي يناسب ما يعرفه الشخص وما يتقنه فلا يوجد بعد، خاصة على مستوى "
            "التعليم المهني العالي.",
        },
        solutions={
            "nl": "Korte modules in plaats van een hele opleiding\n"
            "Vrijstellingen vragen voor wat iemand al kan\n"
            "Samen met school en werkgever een leerroute op maat maken",
            "en": "Short modules instead of a whole course\n"
            "Asking for exemptions for what someone can already do\n"
            "Making a tailored learning route together with school and employer",
            "ar": "وحدات قصيرة بدلاً من دراسة كاملة\n"
            "طلب إعفاءات لما يتقنه الشخص من قبل\n"
            "وضع مسار تعلّم مناسب بالتعاون مع المدرسة وصاحب العمل",
        },
    ),
    StandardBarrier(
        code="guidance-at-work",
        name={
            "nl": "Te weinig begeleiding op het werk",
            "en": "Too little guidance at work",
            "ar": "إرشاد غير كافٍ في العمل",
        },
        description={
            "nl": "Nieuwe collega's van buiten hebben vaak veel begeleiding nodig, door de taal "
            "en een onbekend zorgstelsel. Teams hebben al weinig mensen, dus die begeleiding "
            "komt vaak tekort.",
            "en": "New colleagues from abroad often need a lot of guidance, because of the "
            "language and an unknown care system. Teams are already short of people, so there "
            "is often too little guidance.",
            "ar": "يحتاج الزملاء الجدد القادمون من الخارج غالباً إلى إرشاد كثير، بسبب اللغة "
            "ونظام رعاية غير مألوف. والفرق تعاني أصلاً من نقص في العاملين، لذلك يكون "
            "الإرشاد غير كافٍ في كثير من الأحيان.",
        },
        solutions={
            "nl": "Een vaste werkbegeleider met tijd voor begeleiding\n"
            "Subsidie voor extra begeleiding aanvragen\n"
            "Regelmatig evalueren met deelnemer, werkbegeleider en coördinator",
            "en": "A fixed work mentor with time for guidance\n"
            "Applying for a subsidy for extra guidance\n"
            "Regular reviews with participant, mentor and coordinator",
            "ar": "مرشد عمل ثابت لديه وقت للإرشاد\n"
            "طلب دعم مالي لإرشاد إضافي\n"
            "تقييم منتظم مع المشارك ومرشد العمل والمنسّق",
        },
    ),
)

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def _texts(standard: StandardBarrier) -> dict:
    texts = {}
    for attribute in ("name", "description", "solutions"):
        values = getattr(standard, attribute)
        texts[attribute] = values["nl"]
        for language in LANGUAGES:
            # A language we have no text for falls back to English, then Dutch.
            texts[f"{attribute}_{language}"] = values.get(language) or values.get("en")
    return texts


def install_standard_barriers(programme) -> list[BarrierType]:
    """Give ``programme`` the ten barriers of the research. Idempotent: found by code.

    Rows that exist are left as they are: the programme may have changed them.
    Needs the programme's scope (or scopes disabled).
    """
    existing = {
        barrier.code: barrier for barrier in BarrierType.objects.filter(programme=programme)
    }
    missing = [
        BarrierType(
            programme=programme,
            code=standard.code,
            position=position,
            is_standard=True,
            **_texts(standard),
        )
        for position, standard in enumerate(STANDARD, start=1)
        if standard.code not in existing
    ]
    # Two loaders at once must not fail on the unique code: the second one skips.
    BarrierType.objects.bulk_create(missing, ignore_conflicts=True)
    return list(BarrierType.objects.filter(programme=programme))
