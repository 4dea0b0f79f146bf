"""Demo content of "In de Zorg - Uit de Zorgen" (seed 002 and the IDZ-UDZ section of 003). All people are invented."""

# ---------------------------------------------------------------------------
# idz-udz — In de Zorg - Uit de Zorgen
# ---------------------------------------------------------------------------

IDZ_UDZ = {
    "slug": "idz-udz",
    "theme": "limburg",
    "contact_email": "info@idz-udz.example",
    "name": {
        "nl": "In de Zorg - Uit de Zorgen",
        "en": "In de Zorg - Uit de Zorgen",
        "ar": "In de Zorg - Uit de Zorgen",
    },
    "tagline": {
        "nl": "Met hulp op maat naar een baan in de zorg, in Limburg en de regio Aken.",
        "en": "Tailored support towards a job in care, in Limburg and the Aachen region.",
        "ar": "دعمٌ على مقاسك نحو وظيفة في قطاع الرعاية، في Limburg ومنطقة آخن (Aachen).",
    },
    "description": {
        "nl": (
            "In de Zorg - Uit de Zorgen helpt erkende vluchtelingen naar een baan in de zorg, bijvoorbeeld in "
            "een verpleeghuis of in de thuiszorg. Daar zijn veel nieuwe collega's nodig. In de eerste groep "
            "begonnen 18 van de 22 deelnemers binnen een half jaar aan een opleiding in de zorg."
            "\n\n"
            "Zorgorganisaties, scholen en vluchtelingenorganisaties uit Nederlands Limburg, Belgisch Limburg "
            "en de Städteregion Aachen (Duitsland) werken samen. Bijvoorbeeld VluchtelingenWerk Nederland, "
            "Zuyderland en Familiehulp. Je krijgt een traject op maat: hulp die past bij wat jij nodig hebt."
            "\n\n"
            "Je leert de taal, ook de woorden die je in de zorg nodig hebt. Je doet een snuffelstage: een korte "
            "stage om te kijken of het werk bij je past. Daarna volg je een BBL-opleiding: je werkt en je gaat "
            "één dag per week naar school. Een werkbegeleider, een collega die je helpt en dingen uitlegt, "
            "begeleidt je op je werk."
        ),
        "en": (
            "In de Zorg - Uit de Zorgen (\u2018into care, out of worries\u2019) helps recognised refugees into a job "
            "in care, for example in a nursing home or in home care. Many new colleagues are needed there. In "
            "the first group, 18 of the 22 participants started a care training within half a year."
            "\n\n"
            "Care organisations, schools and refugee organisations from Dutch Limburg, Belgian Limburg and the "
            "Städteregion Aachen (Germany) work together. For example VluchtelingenWerk Nederland, Zuyderland "
            "and Familiehulp. You get a tailored route: support that fits what you need."
            "\n\n"
            "You learn the language, including the words you need in care. You do a \u2018snuffelstage\u2019: a short "
            "taster internship to see if the work suits you. Then you follow a BBL training: you work and go to "
            "school one day a week. A work supervisor (werkbegeleider), a colleague who helps you and explains "
            "things, guides you at work."
        ),
        "ar": (
            "«In de Zorg - Uit de Zorgen» (أي: إلى قطاع الرعاية، بعيداً عن الهموم) برنامج يساعد اللاجئين "
            "المعترف بهم على الوصول إلى وظيفة في الرعاية، مثلاً في دار لرعاية المسنّين أو في الرعاية المنزلية. "
            "فهناك حاجة كبيرة إلى زملاء جدد. في المجموعة الأولى بدأ 18 من أصل 22 مشاركاً دراسةً في الرعاية "
            "خلال نصف سنة."
            "\n\n"
            "تتعاون في البرنامج مؤسساتُ رعاية ومدارس ومنظماتٌ للاجئين من Limburg الهولندية وLimburg البلجيكية "
            "ومنطقة آخن (Städteregion Aachen) في ألمانيا، ومنها VluchtelingenWerk Nederland وZuyderland "
            "وFamiliehulp. وتحصل على مسار مصمَّم لك: دعم يناسب ما تحتاجه أنت."
            "\n\n"
            "تتعلّم اللغة، بما فيها الكلمات التي تحتاجها في الرعاية. ثم تقوم بتدريب استكشافي قصير "
            "(snuffelstage) لترى إن كان العمل يناسبك. بعد ذلك تلتحق بدراسة BBL: تعمل وتذهب إلى المدرسة يوماً "
            "واحداً في الأسبوع. ويرافقك في العمل مشرفُ عمل (werkbegeleider)، وهو زميل يساعدك ويشرح لك الأمور."
        ),
    },
    "audience": {
        "nl": (
            "Je bent erkend vluchteling: je hebt een verblijfsvergunning.\n"
            "Je woont in Nederlands Limburg, Belgisch Limburg of de regio Aken.\n"
            "Je wilt werken in de ouderenzorg: in een verpleeghuis, een verzorgingshuis of de thuiszorg.\n"
            "Je wilt de taal leren, ook de woorden van de zorg.\n"
            "Je wilt leren en werken tegelijk.\n"
            "Je wilt weten hoe werken in de zorg hier echt is."
        ),
        "en": (
            "You are a recognised refugee: you have a residence permit.\n"
            "You live in Dutch Limburg, Belgian Limburg or the Aachen region.\n"
            "You want to work in elder care: in a nursing home, a care home or home care.\n"
            "You want to learn the language, including the words used in care.\n"
            "You want to learn and work at the same time.\n"
            "You want to know what working in care is really like here."
        ),
        "ar": (
            "أنت لاجئ معترف به ولديك تصريح إقامة.\n"
            "تسكن في Limburg الهولندية أو Limburg البلجيكية أو منطقة آخن (Aachen).\n"
            "تريد العمل في رعاية كبار السن: في دار للتمريض أو دار للرعاية أو في الرعاية المنزلية.\n"
            "تريد أن تتعلّم اللغة، بما فيها الكلمات المستخدمة في الرعاية.\n"
            "تريد أن تتعلّم وتعمل في الوقت نفسه.\n"
            "تريد أن تعرف كيف يبدو العمل في الرعاية هنا في الواقع."
        ),
    },
    "offer": {
        "nl": (
            "Hulp bij het vinden van werk of een stage in de zorg.\n"
            "Taallessen, ook in de vaktaal: de woorden die je in de zorg nodig hebt.\n"
            "Les in werknemersvaardigheden: samenwerken, op tijd komen, afspraken maken en nakomen.\n"
            "Les in leren leren: hoe je goed leert en je tijd plant.\n"
            "Hulp bij de erkenning van je diploma's.\n"
            "Een snuffelstage: een korte stage om het werk te leren kennen.\n"
            "Een BBL-opleiding: je hebt een arbeidscontract en je gaat één dag per week naar school.\n"
            "Een werkbegeleider op je werk die je helpt.\n"
            "Een handboek voor jou, en ook voor je werkbegeleider en de zorgorganisatie."
        ),
        "en": (
            "Help to find work or an internship in care.\n"
            "Language lessons, including care vocabulary: the words you need in care.\n"
            "Lessons in work skills: working together, being on time, making and keeping agreements.\n"
            "Lessons in learning to learn: how to study well and plan your time.\n"
            "Help with the recognition of your diplomas.\n"
            "A \u2018snuffelstage\u2019: a short taster internship to get to know the work.\n"
            "A BBL training: you have an employment contract and go to school one day a week.\n"
            "A work supervisor at your workplace who helps you.\n"
            "A handbook for you, and also for your work supervisor and the care organisation."
        ),
        "ar": (
            "مساعدة في إيجاد عمل أو تدريب عملي في الرعاية.\n"
            "دروس في اللغة، ومنها لغة المهنة: الكلمات التي تحتاجها في الرعاية.\n"
            "دروس في مهارات العمل: التعاون، والالتزام بالمواعيد، والاتفاق على الأمور والوفاء بها.\n"
            "دروس في «تعلّم كيف تتعلّم»: كيف تدرس جيداً وتنظّم وقتك.\n"
            "مساعدة في الاعتراف بشهاداتك.\n"
            "تدريب استكشافي قصير (snuffelstage) لتتعرّف على العمل.\n"
            "دراسة BBL: لديك عقد عمل وتذهب إلى المدرسة يوماً واحداً في الأسبوع.\n"
            "مشرف عمل (werkbegeleider) يساعدك في مكان عملك.\n"
            "دليل عملي لك، ودليل لمشرف عملك ولمؤسسة الرعاية أيضاً."
        ),
    },
    "selection": {
        "nl": (
            "We maken eerst kennis in een gesprek.\n"
            "We kijken of werk in de zorg bij je past: je motivatie, je taal en je ervaring.\n"
            "We praten over wat je van werk in de zorg verwacht.\n"
            "We kijken welke hulp jij nodig hebt. Zo maken we een traject op maat.\n"
            "Past de zorg bij jou? Dan begin je met de voorbereiding."
        ),
        "en": (
            "First we get to know each other in a conversation.\n"
            "We look at whether work in care suits you: your motivation, your language and your experience.\n"
            "We talk about what you expect from work in care.\n"
            "We look at what support you need. This way we make a route that fits you.\n"
            "Does care suit you? Then you start with the preparation."
        ),
        "ar": (
            "نتعرّف عليك أولاً في حديث شخصي.\n"
            "ننظر إن كان العمل في الرعاية يناسبك: دافعك ولغتك وخبرتك.\n"
            "نتحدّث عمّا تتوقّعه من العمل في الرعاية.\n"
            "ننظر في نوع الدعم الذي تحتاجه، فنصمّم لك مساراً يناسبك.\n"
            "إذا كانت الرعاية تناسبك، تبدأ بمرحلة الإعداد."
        ),
    },
    "organisations": [
        {"name": "VluchtelingenWerk Nederland", "kind": "ngo", "municipality": None},
        {"name": "Zuyderland", "kind": "care_provider", "municipality": "heerlen"},
    ],
    "municipalities": [
        "heerlen",
        "kerkrade",
        "sittard-geleen",
        "maastricht",
        "genk",
        "hasselt",
        "aachen",
    ],
    "stages": [
        {
            "key": "selection",
            "name": {
                "nl": "Selectie",
                "en": "Selection",
                "ar": "الاختيار",
            },
            "description": {
                "nl": (
                    "Je hebt gesprekken met een begeleider. Samen kijken jullie of werk in de zorg bij je past "
                    "en welke hulp je nodig hebt."
                ),
                "en": (
                    "You have talks with a coach. Together you look at whether work in care suits you and what "
                    "support you need."
                ),
                "ar": (
                    "تجري أحاديث مع مرشد. وتنظران معاً إن كان العمل في الرعاية يناسبك، وما الدعم الذي تحتاجه."
                ),
            },
            "goal": {
                "nl": "Je bent geschikt bevonden en je hebt een persoonlijk plan.",
                "en": "You are found suitable and you have a personal plan.",
                "ar": "ثبت أنك مناسب للبرنامج، ولديك خطة شخصية.",
            },
            "months": 1,
        },
        {
            "key": "preparation",
            "name": {
                "nl": "Voorbereiding",
                "en": "Preparation",
                "ar": "الإعداد",
            },
            "description": {
                "nl": (
                    "Je krijgt taallessen, ook in de vaktaal van de zorg. Je leert werknemersvaardigheden en "
                    "leren leren. We helpen je om je diploma's te laten erkennen."
                ),
                "en": (
                    "You get language lessons, including care vocabulary. You learn work skills and how to learn. "
                    "We help you to get your diplomas recognised."
                ),
                "ar": (
                    "تحضر دروساً في اللغة، ومنها لغة مهنة الرعاية. وتتعلّم مهارات العمل وكيف تتعلّم. ونساعدك على "
                    "الحصول على الاعتراف بشهاداتك."
                ),
            },
            "goal": {
                "nl": "Je taal is goed genoeg voor een stage, en de erkenning van je diploma's is aangevraagd.",
                "en": "Your language is good enough for an internship, and you have applied for recognition of your diplomas.",
                "ar": "لغتك جيدة بما يكفي لبدء تدريب عملي، وقدّمت طلب الاعتراف بشهاداتك.",
            },
            "months": 4,
        },
        {
            "key": "taster-internship",
            "name": {
                "nl": "Snuffelstage",
                "en": "Taster internship (snuffelstage)",
                "ar": "التدريب الاستكشافي (snuffelstage)",
            },
            "description": {
                "nl": (
                    "Je loopt een korte tijd mee in een zorgorganisatie, bijvoorbeeld een verpleeghuis. Je ziet "
                    "hoe het werk echt is, en het team leert jou kennen."
                ),
                "en": (
                    "For a short time you join the staff of a care organisation, for example a nursing home. You "
                    "see what the work is really like, and the team gets to know you."
                ),
                "ar": (
                    "ترافق العاملين في مؤسسة رعاية لفترة قصيرة، مثلاً في دار للتمريض. ترى كيف يكون العمل في "
                    "الواقع، ويتعرّف الفريق عليك."
                ),
            },
            "goal": {
                "nl": "Jij en de zorgorganisatie weten of het werk bij je past, en je hebt een plek voor een BBL-opleiding.",
                "en": "You and the care organisation know if the work suits you, and you have a place for a BBL training.",
                "ar": "تعرف أنت ومؤسسة الرعاية إن كان العمل يناسبك، ولديك مكان لدراسة BBL.",
            },
            "months": 1,
        },
        {
            "key": "bbl",
            "name": {
                "nl": "BBL-opleiding met werkbegeleider",
                "en": "BBL training with a work supervisor",
                "ar": "دراسة BBL مع مشرف عمل",
            },
            "description": {
                "nl": (
                    "Je werkt met een contract bij een zorgorganisatie en je gaat één dag per week naar school. "
                    "Een werkbegeleider helpt je op je werk en bespreekt regelmatig met je hoe het gaat."
                ),
                "en": (
                    "You work with a contract at a care organisation and you go to school one day a week. A work "
                    "supervisor helps you at work and regularly talks with you about how it is going."
                ),
                "ar": (
                    "تعمل بعقد لدى مؤسسة رعاية، وتذهب إلى المدرسة يوماً واحداً في الأسبوع. ويساعدك مشرف العمل في "
                    "عملك، ويتحدّث معك بانتظام عن سير الأمور."
                ),
            },
            "goal": {
                "nl": "Je haalt je mbo-diploma in de zorg en je werkt als zorgmedewerker.",
                "en": "You get your MBO diploma in care and you work as a care worker.",
                "ar": "تحصل على شهادة MBO في الرعاية، وتعمل موظّفاً في قطاع الرعاية.",
            },
            "months": 24,
        },
    ],
    "participants": [
        {
            "given_name": "Aziz",
            "family_name": "Noori",
            "country": "AF",
            "language": "en",
            "stage": "selection",
            "municipality": None,
            "started": "2026-10-26",
        },
        {
            "given_name": "Nour",
            "family_name": "Al-Hussein",
            "country": "SY",
            "language": "ar",
            "stage": "selection",
            "municipality": "aachen",
            "started": "2026-10-12",
        },
        {
            "given_name": "Semhar",
            "family_name": "Tekle",
            "country": "ER",
            "language": "en",
            "stage": "preparation",
            "municipality": "heerlen",
            "started": "2026-08-31",
        },
        {
            "given_name": "Abdullah",
            "family_name": "Al-Maqtari",
            "country": "YE",
            "language": "ar",
            "stage": "preparation",
            "municipality": "genk",
            "started": "2026-09-07",
        },
        {
            "given_name": "Shirin",
            "family_name": "Karimi",
            "country": "IR",
            "language": "en",
            "stage": "preparation",
            "municipality": "maastricht",
            "started": "2026-09-07",
        },
        {
            "given_name": "Muna",
            "family_name": "Abdi",
            "country": "SO",
            "language": "nl",
            "stage": "taster-internship",
            "municipality": "kerkrade",
            "started": "2026-10-19",
        },
        {
            "given_name": "Tarek",
            "family_name": "Ibrahim",
            "country": "SD",
            "language": "ar",
            "stage": "taster-internship",
            "municipality": "hasselt",
            "started": "2026-10-19",
        },
        {
            "given_name": "Zainab",
            "family_name": "Al-Rubaie",
            "country": "IQ",
            "language": "ar",
            "stage": "bbl",
            "municipality": "sittard-geleen",
            "started": "2025-02-03",
        },
        {
            "given_name": "Bilal",
            "family_name": "Darwish",
            "country": "SY",
            "language": "ar",
            "stage": "bbl",
            "municipality": "heerlen",
            "started": "2026-02-02",
        },
        {
            "given_name": "Ayşe",
            "family_name": "Kaya",
            "country": "TR",
            "language": "nl",
            "stage": "bbl",
            "municipality": "kerkrade",
            "started": "2025-09-01",
        },
    ],
}
