"""Demo content for the four programmes, written from shared/seeds (plain language, nl/en/ar)."""

# Sources (see /work/shared/seeds/README.md):
#   leiden      -> 000 (English page) and 001 (Dutch page) on "Op je plek in de zorg"
#   haaglanden  -> 003, research report "Voorbij de barrieres" on the Zorgpilot Haaglanden
#   idz-udz     -> 002 (Koploperinitiatief page) and the IDZ-UDZ section of 003
#   voorwerk    -> 004 (IOM page on VOORwerk)
# All people in PROGRAMMES[...]["participants"] are invented.

MUNICIPALITIES = [
    # Leiden and the Haaglanden region
    {"code": "leiden", "name": "Leiden", "country": "NL"},
    {"code": "den-haag", "name": "Den Haag", "country": "NL"},
    {"code": "rijswijk", "name": "Rijswijk", "country": "NL"},
    {"code": "leidschendam-voorburg", "name": "Leidschendam-Voorburg", "country": "NL"},
    {"code": "westland", "name": "Westland", "country": "NL"},
    {"code": "delft", "name": "Delft", "country": "NL"},
    {"code": "zoetermeer", "name": "Zoetermeer", "country": "NL"},
    # Dutch Limburg, Belgian Limburg and the Städteregion Aachen
    {"code": "heerlen", "name": "Heerlen", "country": "NL"},
    {"code": "kerkrade", "name": "Kerkrade", "country": "NL"},
    {"code": "sittard-geleen", "name": "Sittard-Geleen", "country": "NL"},
    {"code": "maastricht", "name": "Maastricht", "country": "NL"},
    {"code": "genk", "name": "Genk", "country": "BE"},
    {"code": "hasselt", "name": "Hasselt", "country": "BE"},
    {"code": "aachen", "name": "Aachen", "country": "DE"},
    # Municipalities across the Netherlands where VOORwerk participants are housed
    {"code": "amsterdam", "name": "Amsterdam", "country": "NL"},
    {"code": "rotterdam", "name": "Rotterdam", "country": "NL"},
    {"code": "utrecht", "name": "Utrecht", "country": "NL"},
    {"code": "groningen", "name": "Groningen", "country": "NL"},
    {"code": "leeuwarden", "name": "Leeuwarden", "country": "NL"},
    {"code": "zwolle", "name": "Zwolle", "country": "NL"},
    {"code": "enschede", "name": "Enschede", "country": "NL"},
    {"code": "nijmegen", "name": "Nijmegen", "country": "NL"},
    {"code": "eindhoven", "name": "Eindhoven", "country": "NL"},
]


# ---------------------------------------------------------------------------
# leiden — Op je plek in de zorg
# ---------------------------------------------------------------------------

LEIDEN = {
    "slug": "leiden",
    "theme": "leiden",
    "contact_email": "opjeplekindezorg@vluchtelingenwerk.nl",
    "name": {
        "nl": "Op je plek in de zorg",
        "en": "Op je plek in de zorg",
        "ar": "Op je plek in de zorg",
    },
    "tagline": {
        "nl": "Wonen, leren en werken in de zorg in Leiden.",
        "en": "Live, learn and work in care in Leiden.",
        "ar": "اسكن وتعلَّم واعمل في قطاع الرعاية في مدينة Leiden.",
    },
    "description": {
        "nl": (
            "Op je plek in de zorg is een route naar een vaste baan in de zorg. "
            "Je woont, leert en werkt in Leiden. De route bestaat sinds 2023."
            "\n\n"
            "Gemeente Leiden, VluchtelingenWerk Nederland, Alrijne Zorggroep en mboRijnland "
            "werken samen. Ook het COA (de organisatie van de asielzoekerscentra) en de "
            "zorgorganisaties van het AVANT-netwerk doen mee."
            "\n\n"
            "De route duurt ongeveer 4 jaar. Eerst volg je 1 jaar een vooropleiding. "
            "Daarna doe je MBO-1 (1 jaar) en MBO-2 (2 jaar). MBO is beroepsonderwijs: "
            "je leert een vak, vooral in de praktijk. Ben je klaar? Dan krijg je een vaste "
            "baan in de ouderenzorg: zorg voor mensen van 55 jaar en ouder."
        ),
        "en": (
            "Op je plek in de zorg (\u2018your place in care\u2019) is a route to a permanent job "
            "in care. You live, learn and work in Leiden. The route started in 2023."
            "\n\n"
            "Gemeente Leiden (the city council), VluchtelingenWerk Nederland (the Dutch refugee "
            "council), Alrijne Zorggroep and mboRijnland work together. COA (the agency that runs "
            "the asylum centres) and the care organisations in the AVANT network also take part."
            "\n\n"
            "The route takes about 4 years. First you do a pre-course for 1 year. Then you do "
            "MBO-1 (1 year) and MBO-2 (2 years). MBO is vocational school: you learn a trade, "
            "mostly in practice. When you finish, you get a permanent job in elder care: care "
            "for people aged 55 and older."
        ),
        "ar": (
            "«Op je plek in de zorg» (أي: مكانك في قطاع الرعاية) مسارٌ يوصلك إلى وظيفة ثابتة "
            "في قطاع الرعاية. تسكن وتتعلّم وتعمل في مدينة Leiden. بدأ هذا المسار عام 2023."
            "\n\n"
            "يتعاون فيه كلٌّ من بلدية Leiden (Gemeente Leiden) ومنظمة VluchtelingenWerk Nederland "
            "(مجلس اللاجئين الهولندي) ومؤسسة Alrijne Zorggroep للرعاية الصحية ومدرسة mboRijnland "
            "المهنية. ويشارك فيه أيضاً COA، وهي الهيئة التي تدير مراكز استقبال طالبي اللجوء، "
            "ومؤسساتُ الرعاية في شبكة AVANT."
            "\n\n"
            "يستغرق المسار نحو 4 سنوات. تبدأ بدورة تمهيدية مدتها سنة، ثم تدرس MBO-1 لمدة سنة "
            "وMBO-2 لمدة سنتين. والـMBO هو التعليم المهني: تتعلّم فيه مهنةً، وأغلب التعلّم يكون "
            "في مكان العمل. وبعد أن تُنهي المسار تحصل على وظيفة ثابتة في رعاية كبار السن، "
            "أي رعاية من هم في سن 55 عاماً فأكثر."
        ),
    },
    "audience": {
        "nl": (
            "Je bent statushouder: je hebt een verblijfsvergunning als vluchteling.\n"
            "Je woont nog in een AZC (asielzoekerscentrum).\n"
            "Je bent alleenstaand.\n"
            "Je wilt graag in de zorg werken.\n"
            "Je wilt Nederlands leren en beter spreken.\n"
            "Je wilt leren in de praktijk, met een stage (leren op een werkplek).\n"
            "Je wilt in Leiden wonen.\n"
            "Heb je een partner of kinderen, of heb je al een huis? Vraag dan of je ook mee kunt doen."
        ),
        "en": (
            "You are a status holder: you have a residence permit as a refugee.\n"
            "You still live in an AZC (asylum centre).\n"
            "You are single.\n"
            "You really want to work in care.\n"
            "You want to learn Dutch and speak it better.\n"
            "You want to learn in practice, with an internship (learning at a workplace).\n"
            "You want to live in Leiden.\n"
            "Do you have a partner or children, or do you already have a home? Ask if you can take part too."
        ),
        "ar": (
            "أنت حاصل على الإقامة بصفتك لاجئاً (statushouder).\n"
            "ما زلت تسكن في مركز استقبال طالبي اللجوء (AZC).\n"
            "أنت أعزب أو عزباء، وتعيش وحدك.\n"
            "ترغب حقاً في العمل في قطاع الرعاية.\n"
            "تريد أن تتعلّم اللغة الهولندية وتتحدّثها بشكل أفضل.\n"
            "تريد أن تتعلّم بالممارسة من خلال تدريب عملي (stage) في مكان عمل حقيقي.\n"
            "تريد أن تسكن في مدينة Leiden.\n"
            "هل لديك شريك أو أطفال، أو لديك سكن بالفعل؟ اسأل إن كان بإمكانك المشاركة أيضاً."
        ),
    },
    "offer": {
        "nl": (
            "Een vooropleiding van 1 jaar: Nederlands, rekenen en leren leren.\n"
            "MBO-1 Assistent Dienstverlening en daarna MBO-2 Helpende Zorg en Welzijn, bij mboRijnland.\n"
            "Een stage in de zorg: 3 dagen per week leer je op de werkvloer.\n"
            "Hulp van docenten, een begeleider en zorgprofessionals.\n"
            "Een eigen studio in Leiden, naast het Alrijne Ziekenhuis.\n"
            "Hulp bij wonen, geld en meedoen in Leiden.\n"
            "Na je diploma: een vaste baan in de ouderenzorg bij Alrijne Zorggroep of een andere AVANT-organisatie."
        ),
        "en": (
            "A pre-course of 1 year: Dutch, arithmetic and study skills.\n"
            "MBO-1 Assistent Dienstverlening (service assistant) and then MBO-2 Helpende Zorg en Welzijn (care and welfare helper), at mboRijnland.\n"
            "An internship in care: 3 days a week you learn at the workplace.\n"
            "Support from teachers, a personal coach and care professionals.\n"
            "Your own studio flat in Leiden, next to the Alrijne hospital.\n"
            "Help with housing, money matters and taking part in life in Leiden.\n"
            "After your diploma: a permanent job in elder care at Alrijne Zorggroep or another AVANT organisation."
        ),
        "ar": (
            "دورة تمهيدية لمدة سنة: اللغة الهولندية والحساب ومهارات الدراسة.\n"
            "دراسة MBO-1 «مساعد خدمات» (Assistent Dienstverlening)، ثم MBO-2 «مساعد رعاية ورفاه» (Helpende Zorg en Welzijn) في مدرسة mboRijnland.\n"
            "تدريب عملي في قطاع الرعاية: تتعلّم 3 أيام في الأسبوع في مكان العمل.\n"
            "دعم من المعلّمين ومن مرشد شخصي ومن مختصّين في الرعاية.\n"
            "شقة صغيرة خاصة بك (studio) في Leiden، بجانب مستشفى Alrijne.\n"
            "مساعدة في شؤون السكن والأمور المالية والمشاركة في الحياة في Leiden.\n"
            "بعد حصولك على الشهادة: وظيفة ثابتة في رعاية كبار السن لدى Alrijne Zorggroep أو مؤسسة أخرى من شبكة AVANT."
        ),
    },
    "selection": {
        "nl": (
            "De gemeente Leiden en VluchtelingenWerk kiezen de deelnemers, samen met het COA.\n"
            "Zij kijken naar je taalniveau: hoe goed je Nederlands spreekt, leest en schrijft.\n"
            "Zij kijken naar je motivatie: waarom wil je in de zorg werken?\n"
            "Zij kijken naar je opleiding en je werkervaring.\n"
            "Zij kijken of de zorg echt iets voor jou is.\n"
            "Past het? Dan volgen een intakegesprek en een selectie.\n"
            "Word je gekozen? Dan krijg je zo snel mogelijk een woning in Leiden."
        ),
        "en": (
            "The municipality of Leiden and VluchtelingenWerk choose the participants, together with COA.\n"
            "They look at your language level: how well you speak, read and write Dutch.\n"
            "They look at your motivation: why do you want to work in care?\n"
            "They look at your education and your work experience.\n"
            "They look at whether care really suits you.\n"
            "Is it a good fit? Then you have an intake interview and a selection.\n"
            "Are you chosen? Then you get a home in Leiden as soon as possible."
        ),
        "ar": (
            "تختار بلدية Leiden ومنظمة VluchtelingenWerk المشاركين، بالتعاون مع COA.\n"
            "ينظرون إلى مستواك في اللغة: إلى أي حدّ تتقن التحدّث والقراءة والكتابة بالهولندية.\n"
            "ينظرون إلى دافعك: لماذا تريد العمل في قطاع الرعاية؟\n"
            "ينظرون إلى دراستك السابقة وخبرتك في العمل.\n"
            "ينظرون إن كان العمل في الرعاية يناسبك فعلاً.\n"
            "إذا كنت مناسباً، تُجرى معك مقابلة تعارف (intake) ثم تأتي مرحلة الاختيار.\n"
            "إذا تم اختيارك، تحصل على سكن في Leiden في أقرب وقت ممكن."
        ),
    },
    "organisations": [
        {"name": "Gemeente Leiden", "kind": "municipality", "municipality": "leiden"},
        {"name": "VluchtelingenWerk Nederland", "kind": "ngo", "municipality": None},
        {"name": "COA", "kind": "reception_agency", "municipality": None},
        {"name": "Alrijne Zorggroep", "kind": "care_provider", "municipality": "leiden"},
        {"name": "mboRijnland", "kind": "school", "municipality": "leiden"},
        {"name": "AVANT", "kind": "care_provider", "municipality": "leiden"},
    ],
    "municipalities": ["leiden"],
    "stages": [
        {
            "key": "pre-course",
            "name": {
                "nl": "Vooropleiding",
                "en": "Pre-course",
                "ar": "الدورة التمهيدية (vooropleiding)",
            },
            "description": {
                "nl": (
                    "Je leert in een kleine groep Nederlands, rekenen en studievaardigheden: hoe je leert, "
                    "plant en huiswerk maakt. Je krijgt ook les in \u2018vaktaal dienstverlening en zorg\u2019: "
                    "de woorden die je nodig hebt in je werk. Je maakt kennis met de werkvloer bij Alrijne "
                    "Zorggroep of een andere AVANT-organisatie."
                ),
                "en": (
                    "In a small group you learn Dutch, arithmetic and study skills: how to learn, plan and do "
                    "homework. You also get lessons in \u2018vaktaal dienstverlening en zorg\u2019: the Dutch words "
                    "you need at work in services and care. You get a first look at the workplace at Alrijne "
                    "Zorggroep or another AVANT organisation."
                ),
                "ar": (
                    "تتعلّم ضمن مجموعة صغيرة اللغةَ الهولندية والحساب ومهارات الدراسة: كيف تتعلّم وتنظّم وقتك "
                    "وتُنجز واجباتك. وتحضر أيضاً دروساً في «لغة مهن الخدمات والرعاية» (vaktaal dienstverlening "
                    "en zorg)، أي الكلمات التي تحتاجها في عملك. وتتعرّف لأول مرة على بيئة العمل لدى Alrijne "
                    "Zorggroep أو مؤسسة أخرى من شبكة AVANT."
                ),
            },
            "goal": {
                "nl": "Je rondt de vooropleiding af en je bent klaar om te beginnen aan MBO-1. Je docenten en je begeleider beslissen dit samen met jou.",
                "en": "You finish the pre-course and you are ready to start MBO-1. Your teachers and your coach decide this together with you.",
                "ar": "تُنهي الدورة التمهيدية وتصبح جاهزاً لبدء MBO-1. يقرّر معلّموك ومرشدك ذلك بالاتفاق معك.",
            },
            "months": 12,
        },
        {
            "key": "mbo-1",
            "name": {
                "nl": "MBO-1 Assistent Dienstverlening",
                "en": "MBO-1 Assistent Dienstverlening (service assistant)",
                "ar": "MBO-1: مساعد خدمات (Assistent Dienstverlening)",
            },
            "description": {
                "nl": (
                    "MBO-1 is het eerste niveau van het beroepsonderwijs. Je werkt 40 uur per week: ongeveer "
                    "8 uur theorieles bij mboRijnland en 3 dagen stage in de zorg. Zorgprofessionals begeleiden je "
                    "op de werkvloer."
                ),
                "en": (
                    "MBO-1 is vocational school, level 1. You are busy 40 hours a week: about 8 hours of theory "
                    "classes at mboRijnland and 3 days of internship in care. Care professionals guide you at work."
                ),
                "ar": (
                    "MBO-1 هو المستوى الأول من التعليم المهني. تنشغل 40 ساعة في الأسبوع: نحو 8 ساعات من الدروس "
                    "النظرية في mboRijnland، و3 أيام من التدريب العملي في قطاع الرعاية. ويرافقك مختصّون في الرعاية "
                    "في مكان العمل."
                ),
            },
            "goal": {
                "nl": "Je haalt het diploma MBO-1 Assistent Dienstverlening.",
                "en": "You get the diploma MBO-1 Assistent Dienstverlening (service assistant).",
                "ar": "تحصل على شهادة MBO-1 «مساعد خدمات» (Assistent Dienstverlening).",
            },
            "months": 12,
        },
        {
            "key": "mbo-2",
            "name": {
                "nl": "MBO-2 Helpende Zorg en Welzijn",
                "en": "MBO-2 Helpende Zorg en Welzijn (care and welfare helper)",
                "ar": "MBO-2: مساعد رعاية ورفاه (Helpende Zorg en Welzijn)",
            },
            "description": {
                "nl": (
                    "MBO-2 is het tweede niveau. Je leert mensen helpen bij wonen, eten en verzorgen. Ook nu volg "
                    "je ongeveer 8 uur per week les en werk je de rest van de week in de zorg, met begeleiding."
                ),
                "en": (
                    "MBO-2 is level 2. You learn to help people with daily life, meals and personal care. Again you "
                    "have about 8 hours of classes a week, and you work in care for the rest of the week, with guidance."
                ),
                "ar": (
                    "MBO-2 هو المستوى الثاني. تتعلّم فيه مساعدة الناس في حياتهم اليومية ووجبات الطعام والعناية "
                    "الشخصية. وتحضر هنا أيضاً نحو 8 ساعات من الدروس أسبوعياً، وتعمل بقية الأسبوع في قطاع الرعاية "
                    "بإشراف ومرافقة."
                ),
            },
            "goal": {
                "nl": "Je haalt het diploma MBO-2 Helpende Zorg en Welzijn.",
                "en": "You get the diploma MBO-2 Helpende Zorg en Welzijn (care and welfare helper).",
                "ar": "تحصل على شهادة MBO-2 «مساعد رعاية ورفاه» (Helpende Zorg en Welzijn).",
            },
            "months": 24,
        },
        {
            "key": "job",
            "name": {
                "nl": "Vaste baan in de ouderenzorg",
                "en": "Permanent job in elder care",
                "ar": "وظيفة ثابتة في رعاية كبار السن",
            },
            "description": {
                "nl": (
                    "Eerst heb je een klikgesprek: een kort gesprek met je nieuwe werkgever en team. Jullie kijken "
                    "of het \u2018klikt\u2019, of jullie goed bij elkaar passen. Daarna begin je meteen in je vaste baan "
                    "bij Alrijne Zorggroep of een andere AVANT-organisatie."
                ),
                "en": (
                    "First you have a \u2018klikgesprek\u2019: a short talk with your new employer and team to see if "
                    "you \u2018click\u2019, if you are a good match. Then you start straight away in your permanent job "
                    "at Alrijne Zorggroep or another AVANT organisation."
                ),
                "ar": (
                    "تبدأ بما يُسمّى «klikgesprek»، وهو لقاء تعارف قصير مع جهة عملك الجديدة وفريقك، لتعرفوا إن كان "
                    "بينكم انسجام وتوافق. بعد ذلك تبدأ فوراً في وظيفتك الثابتة لدى Alrijne Zorggroep أو مؤسسة أخرى "
                    "من شبكة AVANT."
                ),
            },
            "goal": {
                "nl": "Je hebt een vast contract en je voelt je thuis in je team en in Leiden.",
                "en": "You have a permanent contract and you feel at home in your team and in Leiden.",
                "ar": "لديك عقد عمل دائم، وتشعر بأنك في بيتك داخل فريقك وفي مدينة Leiden.",
            },
            "months": None,
        },
    ],
    "participants": [
        {
            "given_name": "Rahwa",
            "family_name": "Tesfay",
            "country": "ER",
            "language": "en",
            "stage": "pre-course",
            "municipality": None,
            "started": "2026-09-01",
        },
        {
            "given_name": "Mohammad",
            "family_name": "Al-Hamwi",
            "country": "SY",
            "language": "ar",
            "stage": "pre-course",
            "municipality": None,
            "started": "2026-09-01",
        },
        {
            "given_name": "Zahra",
            "family_name": "Hosseini",
            "country": "AF",
            "language": "en",
            "stage": "pre-course",
            "municipality": "leiden",
            "started": "2026-02-02",
        },
        {
            "given_name": "Layla",
            "family_name": "Haddad",
            "country": "SY",
            "language": "ar",
            "stage": "mbo-1",
            "municipality": "leiden",
            "started": "2026-09-01",
        },
        {
            "given_name": "Abdirahman",
            "family_name": "Warsame",
            "country": "SO",
            "language": "en",
            "stage": "mbo-1",
            "municipality": "leiden",
            "started": "2026-02-02",
        },
        {
            "given_name": "Yohannes",
            "family_name": "Gebremedhin",
            "country": "ER",
            "language": "nl",
            "stage": "mbo-1",
            "municipality": "leiden",
            "started": "2026-02-02",
        },
        {
            "given_name": "Hiba",
            "family_name": "Osman",
            "country": "SD",
            "language": "ar",
            "stage": "mbo-2",
            "municipality": "leiden",
            "started": "2025-09-01",
        },
        {
            "given_name": "Ali",
            "family_name": "Al-Hakimi",
            "country": "YE",
            "language": "ar",
            "stage": "mbo-2",
            "municipality": "leiden",
            "started": "2026-09-01",
        },
        {
            "given_name": "Fatima",
            "family_name": "Mohammadi",
            "country": "AF",
            "language": "nl",
            "stage": "job",
            "municipality": "leiden",
            "started": "2025-09-15",
        },
        {
            "given_name": "Mahmoud",
            "family_name": "Kassem",
            "country": "SY",
            "language": "ar",
            "stage": "job",
            "municipality": "leiden",
            "started": "2025-10-01",
        },
    ],
}


# ---------------------------------------------------------------------------
# haaglanden — Zorgpilot Haaglanden
# ---------------------------------------------------------------------------

HAAGLANDEN = {
    "slug": "haaglanden",
    "theme": "denhaag",
    "contact_email": "zorgpilot@haaglanden.example",
    "name": {
        "nl": "Zorgpilot Haaglanden",
        "en": "Zorgpilot Haaglanden",
        "ar": "Zorgpilot Haaglanden",
    },
    "tagline": {
        "nl": "Met je zorgervaring aan het werk in de Haagse zorg.",
        "en": "Put your care experience to work in care in The Hague.",
        "ar": "اعمل في قطاع الرعاية في لاهاي (Den Haag) واستفد من خبرتك في الرعاية.",
    },
    "description": {
        "nl": (
            "De Zorgpilot Haaglanden is voor mensen uit het buitenland met een diploma of werkervaring "
            "in de zorg. Veel van hen werken nu in een winkel, in de kassen of in de schoonmaak. De pilot "
            "helpt je om weer in de zorg te werken. Dat kan eerst op een lager niveau zijn, als opstap."
            "\n\n"
            "De pilot is in 2024 gestart. Gemeente Den Haag, ROC Mondriaan (een mbo-school), de "
            "zorgorganisatie Respect Zorg en De Haagse Hogeschool werken samen. Den Haag Werkt, het "
            "werkbedrijf van de gemeente, geeft je een jobcoach. De Haagse Hogeschool onderzoekt wat goed "
            "gaat en wat beter kan."
            "\n\n"
            "De route heeft 4 stappen. Je leert ons kennen op een banenmarkt. Samen zoeken we welk werk bij "
            "je past. Je begint bij een zorgorganisatie. Daarna helpen we je om je werk te houden."
        ),
        "en": (
            "The Zorgpilot Haaglanden (care pilot for the Hague region) is for people from abroad with a "
            "diploma or work experience in care. Many of them now work in shops, in greenhouses or in "
            "cleaning. The pilot helps you to work in care again. At first this may be at a lower level, "
            "as a step up."
            "\n\n"
            "The pilot started in 2024. Gemeente Den Haag (the city council), ROC Mondriaan (a vocational "
            "school), the care organisation Respect Zorg and De Haagse Hogeschool (The Hague University of "
            "Applied Sciences) work together. Den Haag Werkt, the city's employment service, gives you a job "
            "coach. De Haagse Hogeschool does research on what works well and what can be better."
            "\n\n"
            "The route has 4 steps. You meet us at a job fair. Together we find out which work suits you. "
            "You start at a care organisation. After that we help you to keep your job."
        ),
        "ar": (
            "«Zorgpilot Haaglanden» مشروع تجريبي للرعاية في منطقة لاهاي، وهو موجَّه إلى القادمين من الخارج "
            "الذين يحملون شهادة أو خبرة عمل في قطاع الرعاية. كثيرون منهم يعملون الآن في المتاجر أو في "
            "البيوت الزجاجية الزراعية أو في التنظيف. يساعدك المشروع على العودة إلى العمل في الرعاية، وقد "
            "تبدأ في البداية بمستوى أدنى كخطوة أولى."
            "\n\n"
            "بدأ المشروع عام 2024. ويتعاون فيه كلٌّ من بلدية لاهاي (Gemeente Den Haag) ومدرسة ROC Mondriaan "
            "المهنية ومؤسسة Respect Zorg للرعاية وجامعة De Haagse Hogeschool للعلوم التطبيقية. وتوفّر لك "
            "Den Haag Werkt، وهي جهة التشغيل التابعة للبلدية، مرشداً وظيفياً (jobcoach). أما De Haagse "
            "Hogeschool فتدرس ما ينجح في المشروع وما يمكن تحسينه."
            "\n\n"
            "يتكوّن المسار من 4 خطوات: تتعرّف علينا في معرض للوظائف، ثم نبحث معاً عن العمل المناسب لك، "
            "ثم تبدأ العمل لدى مؤسسة رعاية، وبعد ذلك نساعدك على الاستمرار في عملك."
        ),
    },
    "audience": {
        "nl": (
            "Je hebt een diploma of werkervaring in de zorg, bijvoorbeeld als verpleegkundige, arts of pedagoog.\n"
            "Je bent ontheemd uit Oekraïne, of je bent statushouder (vluchteling met een verblijfsvergunning).\n"
            "Of je bent migrant uit een land binnen of buiten de EU (Europese Unie).\n"
            "Ook als je geen uitkering hebt (geen geld van de gemeente of het UWV), kun je meedoen.\n"
            "Je hebt een tijdelijke of vaste verblijfsvergunning.\n"
            "Je woont in Den Haag of in de regio Haaglanden.\n"
            "Je werkt nu nog niet in de Nederlandse zorg."
        ),
        "en": (
            "You have a diploma or work experience in care, for example as a nurse, doctor or educator.\n"
            "You are displaced from Ukraine, or you are a status holder (a refugee with a residence permit).\n"
            "Or you are a migrant from a country inside or outside the EU (European Union).\n"
            "You can also take part if you get no benefits (no money from the municipality or UWV).\n"
            "You have a temporary or permanent residence permit.\n"
            "You live in The Hague or in the Haaglanden region.\n"
            "You do not work in Dutch care yet."
        ),
        "ar": (
            "لديك شهادة أو خبرة عمل في قطاع الرعاية، مثلاً كممرّض أو طبيب أو مربٍّ.\n"
            "أنت نازح من أوكرانيا، أو حاصل على إقامة لاجئ (statushouder).\n"
            "أو أنت مهاجر من بلد داخل الاتحاد الأوروبي أو خارجه.\n"
            "يمكنك المشاركة أيضاً إن لم تكن تتلقّى إعانة (أي لا تحصل على مال من البلدية أو من UWV).\n"
            "لديك تصريح إقامة مؤقت أو دائم.\n"
            "تسكن في لاهاي (Den Haag) أو في منطقة Haaglanden.\n"
            "لا تعمل حتى الآن في قطاع الرعاية الهولندي."
        ),
    },
    "offer": {
        "nl": (
            "Informatie op een banenmarkt in je wijk: over werk in de zorg, taallessen en je diploma.\n"
            "Extra lessen Nederlands, ook 's avonds en in het weekend.\n"
            "Hulp bij de waardering van je diploma door Nuffic (de organisatie die buitenlandse diploma's vergelijkt).\n"
            "Een overzicht van wat je al kunt: je eerder verworven competenties (EVC) en je transversale vaardigheden (vaardigheden die je in elk werk gebruikt, zoals samenwerken en plannen).\n"
            "Uitleg over de BIG-registratie: het register dat je nodig hebt voor veel zorgberoepen.\n"
            "Een jobcoach van Den Haag Werkt die je helpt tijdens de hele route.\n"
            "Een plek bij een Haagse zorgorganisatie, zoals Respect Zorg.\n"
            "Scholing bij ROC Mondriaan of De Haagse Hogeschool, als je die nodig hebt.\n"
            "Ontmoetingen met andere deelnemers en met Nederlanders, bijvoorbeeld in het taalcafé."
        ),
        "en": (
            "Information at a job fair in your neighbourhood: about work in care, language lessons and your diploma.\n"
            "Extra Dutch lessons, also in the evening and at the weekend.\n"
            "Help to get your diploma evaluated by Nuffic (the organisation that compares foreign diplomas with Dutch ones).\n"
            "An overview of what you can already do: your prior competences (EVC, recognition of prior learning) and your transversal skills (skills you use in any job, such as teamwork and planning).\n"
            "Explanation of BIG registration: the register you need for many care professions.\n"
            "A job coach from Den Haag Werkt who helps you during the whole route.\n"
            "A place at a care organisation in The Hague, such as Respect Zorg.\n"
            "Training at ROC Mondriaan or De Haagse Hogeschool, if you need it.\n"
            "Meetings with other participants and with Dutch people, for example at the language café."
        ),
        "ar": (
            "معلومات في معرض وظائف في حيّك: عن العمل في الرعاية ودروس اللغة وشهادتك.\n"
            "دروس إضافية في اللغة الهولندية، في المساء وفي عطلة نهاية الأسبوع أيضاً.\n"
            "مساعدة في تقييم شهادتك لدى Nuffic، وهي الجهة التي تقارن الشهادات الأجنبية بالشهادات الهولندية.\n"
            "صورة واضحة عمّا تستطيع فعله: كفاءاتك المكتسبة سابقاً (EVC، أي الاعتراف بالخبرات السابقة) ومهاراتك المشتركة (transversale vaardigheden)، وهي مهارات تنفعك في أي عمل مثل التعاون والتخطيط.\n"
            "شرح لتسجيل BIG، وهو السجلّ الذي تحتاجه لممارسة كثير من مهن الرعاية الصحية.\n"
            "مرشد وظيفي (jobcoach) من Den Haag Werkt يساعدك طوال المسار.\n"
            "مكان لدى مؤسسة رعاية في لاهاي، مثل Respect Zorg.\n"
            "تدريب ودراسة في ROC Mondriaan أو De Haagse Hogeschool إن احتجت إلى ذلك.\n"
            "لقاءات مع مشاركين آخرين ومع هولنديين، مثلاً في مقهى اللغة (taalcafé)."
        ),
    },
    "selection": {
        "nl": (
            "Je meldt je aan op een banenmarkt of via de gemeente.\n"
            "Een jobcoach praat met je over je opleiding, je werk en je wensen.\n"
            "We bekijken je diploma's en je werkervaring in de zorg.\n"
            "We kijken naar je Nederlands. Voor veel zorgwerk op mbo-niveau heb je minstens B1 nodig: je kunt over gewone dingen praten en eenvoudige teksten lezen.\n"
            "Samen kiezen we werk dat nu bij je past. Dat kan eerst een baan op een lager niveau zijn, als opstap."
        ),
        "en": (
            "You sign up at a job fair or through the municipality.\n"
            "A job coach talks with you about your education, your work and your wishes.\n"
            "We look at your diplomas and your work experience in care.\n"
            "We look at your Dutch. For much care work at MBO level you need at least B1: you can talk about everyday things and read simple texts.\n"
            "Together we choose work that suits you now. At first this may be a job at a lower level, as a step up."
        ),
        "ar": (
            "تسجّل اسمك في معرض للوظائف أو عن طريق البلدية.\n"
            "يتحدّث معك مرشد وظيفي عن دراستك وعملك وما تتمنّاه.\n"
            "نطّلع على شهاداتك وخبرتك في العمل في الرعاية.\n"
            "ننظر إلى مستواك في الهولندية. لكثير من أعمال الرعاية بمستوى MBO تحتاج إلى مستوى B1 على الأقل، أي أن تتحدّث عن الأمور اليومية وتقرأ نصوصاً بسيطة.\n"
            "نختار معاً عملاً يناسبك الآن. وقد يكون في البداية عملاً بمستوى أدنى كخطوة أولى."
        ),
    },
    "organisations": [
        {"name": "Gemeente Den Haag", "kind": "municipality", "municipality": "den-haag"},
        {"name": "Den Haag Werkt", "kind": "municipality", "municipality": "den-haag"},
        {"name": "ROC Mondriaan", "kind": "school", "municipality": "den-haag"},
        {"name": "Respect Zorg", "kind": "care_provider", "municipality": "den-haag"},
        {"name": "De Haagse Hogeschool", "kind": "school", "municipality": "den-haag"},
        {"name": "Nuffic", "kind": "ngo", "municipality": None},
        {"name": "Polka", "kind": "ngo", "municipality": "den-haag"},
        {"name": "Ithaka", "kind": "ngo", "municipality": "den-haag"},
    ],
    "municipalities": [
        "den-haag",
        "rijswijk",
        "leidschendam-voorburg",
        "westland",
        "delft",
        "zoetermeer",
    ],
    "stages": [
        {
            "key": "reach",
            "name": {
                "nl": "Bereik: de banenmarkt",
                "en": "Reach: the job fair",
                "ar": "الوصول: معرض الوظائف",
            },
            "description": {
                "nl": (
                    "Je komt naar een banenmarkt in een Haagse wijk. Je krijgt informatie over werk in de zorg, "
                    "taallessen en het waarderen van je diploma. Je zet je naam op de lijst voor de zorg."
                ),
                "en": (
                    "You come to a job fair in a neighbourhood of The Hague. You get information about work in care, "
                    "language lessons and getting your diploma evaluated. You put your name on the list for care."
                ),
                "ar": (
                    "تحضر معرضاً للوظائف في أحد أحياء لاهاي. تحصل هناك على معلومات عن العمل في الرعاية ودروس اللغة "
                    "وتقييم شهادتك، وتسجّل اسمك في قائمة المهتمّين بالعمل في الرعاية."
                ),
            },
            "goal": {
                "nl": "Je bent aangemeld en je hebt een eerste gesprek gehad met een jobcoach.",
                "en": "You have signed up and had a first talk with a job coach.",
                "ar": "سجّلت اسمك وأجريت أول حديث مع مرشد وظيفي.",
            },
            "months": 2,
        },
        {
            "key": "matching",
            "name": {
                "nl": "Matching: welk werk past bij jou?",
                "en": "Matching: which work suits you?",
                "ar": "المطابقة: أيّ عمل يناسبك؟",
            },
            "description": {
                "nl": (
                    "We kijken naar je diploma's, naar wat je eerder hebt geleerd en naar je transversale "
                    "vaardigheden. Nuffic kan je diploma waarderen en een overzicht van je vaardigheden maken. "
                    "Ondertussen volg je lessen Nederlands."
                ),
                "en": (
                    "We look at your diplomas, at what you learned before and at your transversal skills. Nuffic can "
                    "evaluate your diploma and make an overview of your skills. In the meantime you take Dutch lessons."
                ),
                "ar": (
                    "ننظر إلى شهاداتك وإلى ما تعلّمته سابقاً وإلى مهاراتك المشتركة. يمكن لـNuffic أن تقيّم شهادتك "
                    "وتعدّ وصفاً لمهاراتك. وفي الوقت نفسه تحضر دروساً في اللغة الهولندية."
                ),
            },
            "goal": {
                "nl": (
                    "Je hebt een plan: welk werk in de zorg nu bij je past, en wat je nog nodig hebt. Bijvoorbeeld "
                    "een taalniveau (B1 voor mbo, B2 voor hbo), een diploma of een BIG-registratie."
                ),
                "en": (
                    "You have a plan: which work in care suits you now, and what you still need. For example a "
                    "language level (B1 for MBO, B2 for higher vocational education), a diploma or BIG registration."
                ),
                "ar": (
                    "لديك خطة: أيّ عمل في الرعاية يناسبك الآن، وما الذي ما زلت تحتاجه. مثلاً مستوى لغة معيّن "
                    "(B1 لمستوى MBO، وB2 للتعليم المهني العالي HBO)، أو شهادة، أو التسجيل في سجلّ BIG."
                ),
            },
            "months": 6,
        },
        {
            "key": "placement",
            "name": {
                "nl": "Plaatsing bij een zorgorganisatie",
                "en": "Placement at a care organisation",
                "ar": "البدء لدى مؤسسة رعاية",
            },
            "description": {
                "nl": (
                    "Je begint bij een Haagse zorgorganisatie, zoals Respect Zorg. Dat kan een baan zijn, of "
                    "leren en werken tegelijk. Je jobcoach en een collega op je werk helpen je op weg."
                ),
                "en": (
                    "You start at a care organisation in The Hague, such as Respect Zorg. This can be a job, or "
                    "learning and working at the same time. Your job coach and a colleague at work help you get started."
                ),
                "ar": (
                    "تبدأ لدى مؤسسة رعاية في لاهاي، مثل Respect Zorg. قد يكون ذلك وظيفة، أو تعلّماً وعملاً في الوقت "
                    "نفسه. ويساعدك مرشدك الوظيفي وزميل في العمل على البداية."
                ),
            },
            "goal": {
                "nl": "Je hebt een arbeidscontract of een leerwerkovereenkomst (een afspraak om te leren en te werken) bij een zorgorganisatie.",
                "en": "You have an employment contract or a learning-work agreement (an agreement to learn and work) with a care organisation.",
                "ar": "لديك عقد عمل أو اتفاق تعلّم وعمل (leerwerkovereenkomst) مع مؤسسة رعاية.",
            },
            "months": 6,
        },
        {
            "key": "sustainable-placement",
            "name": {
                "nl": "Duurzame plaatsing: je werk houden",
                "en": "Sustainable placement: keeping your job",
                "ar": "الاستمرار في العمل",
            },
            "description": {
                "nl": (
                    "Je werkt in de zorg. Na 3, 6 en 12 maanden praten we met jou en met je werkgever. Zo lossen "
                    "we problemen op tijd op, bijvoorbeeld met de taal of met de begeleiding op je werk."
                ),
                "en": (
                    "You work in care. After 3, 6 and 12 months we talk with you and with your employer. This way we "
                    "solve problems in time, for example with the language or with support at work."
                ),
                "ar": (
                    "أنت تعمل الآن في قطاع الرعاية. بعد 3 و6 و12 شهراً نتحدّث معك ومع جهة عملك، لنحلّ أيّ مشكلة في "
                    "وقتها، مثلاً في اللغة أو في الدعم الذي تتلقّاه في العمل."
                ),
            },
            "goal": {
                "nl": "Na 12 maanden werk je nog steeds in de zorg en weet je wat je volgende stap is.",
                "en": "After 12 months you still work in care and you know your next step.",
                "ar": "بعد 12 شهراً ما زلت تعمل في الرعاية، وتعرف ما هي خطوتك التالية.",
            },
            "months": 12,
        },
    ],
    "participants": [
        {
            "given_name": "Olena",
            "family_name": "Kovalenko",
            "country": "UA",
            "language": "en",
            "stage": "reach",
            "municipality": "den-haag",
            "started": "2026-10-10",
        },
        {
            "given_name": "Chinedu",
            "family_name": "Okafor",
            "country": "NG",
            "language": "en",
            "stage": "reach",
            "municipality": "rijswijk",
            "started": "2026-10-10",
        },
        {
            "given_name": "Rania",
            "family_name": "Khatib",
            "country": "SY",
            "language": "ar",
            "stage": "matching",
            "municipality": "den-haag",
            "started": "2026-06-15",
        },
        {
            "given_name": "Elif",
            "family_name": "Yıldız",
            "country": "TR",
            "language": "nl",
            "stage": "matching",
            "municipality": "den-haag",
            "started": "2026-06-08",
        },
        {
            "given_name": "Maricel",
            "family_name": "Santos",
            "country": "PH",
            "language": "en",
            "stage": "matching",
            "municipality": "leidschendam-voorburg",
            "started": "2026-08-24",
        },
        {
            "given_name": "Dmytro",
            "family_name": "Shevchenko",
            "country": "UA",
            "language": "nl",
            "stage": "placement",
            "municipality": "den-haag",
            "started": "2026-06-01",
        },
        {
            "given_name": "Agnieszka",
            "family_name": "Nowak",
            "country": "PL",
            "language": "en",
            "stage": "placement",
            "municipality": "westland",
            "started": "2026-07-01",
        },
        {
            "given_name": "Karim",
            "family_name": "Al-Saadi",
            "country": "IQ",
            "language": "ar",
            "stage": "placement",
            "municipality": "delft",
            "started": "2026-09-01",
        },
        {
            "given_name": "Priya",
            "family_name": "Nair",
            "country": "IN",
            "language": "en",
            "stage": "sustainable-placement",
            "municipality": "den-haag",
            "started": "2025-12-01",
        },
        {
            "given_name": "Rakesh",
            "family_name": "Ramdin",
            "country": "SR",
            "language": "nl",
            "stage": "sustainable-placement",
            "municipality": "zoetermeer",
            "started": "2026-03-02",
        },
    ],
}


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


# ---------------------------------------------------------------------------
# voorwerk — VOORwerk
# ---------------------------------------------------------------------------

VOORWERK = {
    "slug": "voorwerk",
    "theme": "neutral",
    "contact_email": "voorwerk@voorwerk.example",
    "name": {
        "nl": "VOORwerk",
        "en": "VOORwerk",
        "ar": "VOORwerk",
    },
    "tagline": {
        "nl": "Ontdek wat je kunt en bereid je voor op werk in Nederland.",
        "en": "Discover what you can do and get ready for work in the Netherlands.",
        "ar": "اكتشف ما تستطيع فعله، واستعدّ للعمل في هولندا.",
    },
    "description": {
        "nl": (
            "VOORwerk is voor statushouders die nog in een opvanglocatie van het COA wonen. Je krijgt "
            "informatie, training en persoonlijke begeleiding. Zo ben je beter voorbereid op werk in Nederland."
            "\n\n"
            "Je leert je soft skills kennen en verbeteren. Soft skills zijn vaardigheden zoals samenwerken, "
            "communiceren en op tijd komen. Je leert ook over cultuurverschillen op het werk, en over "
            "solliciteren (naar een baan vragen) en je baan houden."
            "\n\n"
            "Het COA, het UAF (de stichting voor vluchteling-studenten) en IOM (de Internationale Organisatie "
            "voor Migratie) werken samen. Wat je kunt, schrijven we op in je persoonlijke dossier. Krijg je een "
            "huis? Dan geven we dat dossier aan je nieuwe gemeente. Zo weet de gemeente wat je kunt."
        ),
        "en": (
            "VOORwerk is for status holders who still live in a COA reception centre. You get information, "
            "training and personal guidance. This way you are better prepared for work in the Netherlands."
            "\n\n"
            "You learn about your soft skills and how to improve them. Soft skills are skills such as working "
            "together, communicating and being on time. You also learn about cultural differences at work, how "
            "to apply for a job and how to keep it."
            "\n\n"
            "COA, UAF (the foundation for refugee students) and IOM (the International Organization for "
            "Migration) work together. We write down what you can do in your personal file. When you get a home, "
            "we give this file to your new municipality. Then the municipality knows what you can do."
        ),
        "ar": (
            "برنامج VOORwerk موجَّه إلى الحاصلين على الإقامة الذين ما زالوا يسكنون في مركز استقبال تابع لـCOA. "
            "تحصل فيه على معلومات وتدريب ومرافقة شخصية، فتكون أكثر استعداداً للعمل في هولندا."
            "\n\n"
            "تتعرّف على مهاراتك الشخصية (soft skills) وتطوّرها، وهي مهارات مثل التعاون والتواصل والالتزام "
            "بالمواعيد. وتتعلّم أيضاً عن الفروق الثقافية في بيئة العمل، وكيف تتقدّم لوظيفة وكيف تحافظ عليها."
            "\n\n"
            "يتعاون في البرنامج كلٌّ من COA وUAF (مؤسسة دعم الطلاب اللاجئين) وIOM (المنظمة الدولية للهجرة). "
            "ونسجّل ما تستطيع فعله في ملفك الشخصي. وعندما تحصل على سكن، نسلّم هذا الملف إلى بلديتك الجديدة، "
            "فتعرف البلدية ما تستطيع فعله."
        ),
    },
    "audience": {
        "nl": (
            "Je bent statushouder: je hebt een verblijfsvergunning.\n"
            "Je woont nog in een opvanglocatie (AZC) van het COA.\n"
            "Je wilt werken of studeren in Nederland.\n"
            "Je wilt weten welke vaardigheden je hebt en hoe je die laat zien.\n"
            "Je wilt werkervaring opdoen, bijvoorbeeld als vrijwilliger."
        ),
        "en": (
            "You are a status holder: you have a residence permit.\n"
            "You still live in a COA reception centre (AZC).\n"
            "You want to work or study in the Netherlands.\n"
            "You want to know which skills you have and how to show them.\n"
            "You want to gain work experience, for example as a volunteer."
        ),
        "ar": (
            "أنت حاصل على الإقامة (statushouder).\n"
            "ما زلت تسكن في مركز استقبال (AZC) تابع لـCOA.\n"
            "تريد أن تعمل أو تدرس في هولندا.\n"
            "تريد أن تعرف ما هي مهاراتك وكيف تُظهرها للآخرين.\n"
            "تريد أن تكتسب خبرة عمل، مثلاً من خلال العمل التطوّعي."
        ),
    },
    "offer": {
        "nl": (
            "3 tot 5 groepslessen in je AZC over soft skills.\n"
            "Informatie over cultuurverschillen op het werk.\n"
            "Uitleg over solliciteren en over hoe je je baan houdt.\n"
            "Informatie over studeren in Nederland.\n"
            "Persoonlijke begeleiding door een trainer.\n"
            "Vrijwillig leren op een werkplek bij een organisatie of bedrijf in de buurt, bijvoorbeeld in de zorg.\n"
            "Een persoonlijk dossier met je vaardigheden. Met jouw toestemming krijgt je nieuwe gemeente dit dossier."
        ),
        "en": (
            "3 to 5 group sessions in your AZC about soft skills.\n"
            "Information about cultural differences at work.\n"
            "Explanation of how to apply for a job and how to keep it.\n"
            "Information about studying in the Netherlands.\n"
            "Personal guidance from a trainer.\n"
            "Voluntary learning at a workplace with an organisation or company nearby, for example in care.\n"
            "A personal file with your skills. With your permission, your new municipality receives this file."
        ),
        "ar": (
            "من 3 إلى 5 جلسات جماعية في مركز الاستقبال عن المهارات الشخصية (soft skills).\n"
            "معلومات عن الفروق الثقافية في بيئة العمل.\n"
            "شرح لطريقة التقدّم إلى وظيفة وكيف تحافظ عليها.\n"
            "معلومات عن الدراسة في هولندا.\n"
            "مرافقة شخصية من مدرّب.\n"
            "تعلّم تطوّعي في مكان عمل لدى مؤسسة أو شركة قريبة، مثلاً في قطاع الرعاية.\n"
            "ملف شخصي يضمّ مهاراتك. وبموافقتك تتسلّم بلديتك الجديدة هذا الملف."
        ),
    },
    "selection": {
        "nl": (
            "Iedere statushouder in een AZC waar VOORwerk wordt gegeven, kan zich aanmelden.\n"
            "Je meldt je aan bij een medewerker of trainer van het COA.\n"
            "In een kort gesprek vertel je wat je eerder hebt gedaan en wat je wilt.\n"
            "Is er plaats in een groep? Dan begin je met de groepslessen."
        ),
        "en": (
            "Every status holder in an AZC where VOORwerk is given can sign up.\n"
            "You sign up with a COA staff member or trainer.\n"
            "In a short talk you tell us what you did before and what you want.\n"
            "Is there a place in a group? Then you start with the group sessions."
        ),
        "ar": (
            "يمكن لكل حاصل على الإقامة يسكن في مركز استقبال يُقدَّم فيه برنامج VOORwerk أن يسجّل.\n"
            "تسجّل لدى أحد موظّفي COA أو أحد المدرّبين.\n"
            "في حديث قصير تخبرنا بما كنت تفعله سابقاً وبما تريده.\n"
            "إذا كان هناك مكان شاغر في إحدى المجموعات، تبدأ بالجلسات الجماعية."
        ),
    },
    "organisations": [
        {"name": "COA", "kind": "reception_agency", "municipality": None},
        {"name": "UAF", "kind": "ngo", "municipality": None},
        {"name": "IOM", "kind": "ngo", "municipality": None},
    ],
    "municipalities": [
        "leiden",
        "amsterdam",
        "rotterdam",
        "utrecht",
        "groningen",
        "leeuwarden",
        "zwolle",
        "enschede",
        "nijmegen",
        "eindhoven",
    ],
    "stages": [
        {
            "key": "group-sessions",
            "name": {
                "nl": "Groepslessen",
                "en": "Group sessions",
                "ar": "الجلسات الجماعية",
            },
            "description": {
                "nl": (
                    "Je volgt 3 tot 5 groepslessen in je AZC. Je ontdekt welke soft skills je hebt en hoe je ze "
                    "verder ontwikkelt. Je hoort ook over werk, cultuurverschillen en studeren in Nederland."
                ),
                "en": (
                    "You join 3 to 5 group sessions in your AZC. You find out which soft skills you have and how to "
                    "develop them. You also learn about work, cultural differences and studying in the Netherlands."
                ),
                "ar": (
                    "تحضر من 3 إلى 5 جلسات جماعية في مركز الاستقبال. تكتشف مهاراتك الشخصية وكيف تطوّرها، "
                    "وتتعرّف أيضاً على العمل والفروق الثقافية والدراسة في هولندا."
                ),
            },
            "goal": {
                "nl": "Je hebt minstens 3 groepslessen gevolgd.",
                "en": "You have attended at least 3 group sessions.",
                "ar": "حضرت 3 جلسات جماعية على الأقل.",
            },
            "months": 2,
        },
        {
            "key": "individual-guidance",
            "name": {
                "nl": "Persoonlijke begeleiding",
                "en": "Individual guidance",
                "ar": "المرافقة الشخصية",
            },
            "description": {
                "nl": (
                    "Je hebt gesprekken met een trainer. Samen werken jullie aan je soft skills en aan je plan "
                    "voor werk. Je oefent hoe je vertelt wat je kunt."
                ),
                "en": (
                    "You have talks with a trainer. Together you work on your soft skills and on your plan for work. "
                    "You practise telling others what you can do."
                ),
                "ar": (
                    "تجري أحاديث مع مدرّب، وتعملان معاً على مهاراتك الشخصية وعلى خطتك للعمل. وتتدرّب على أن "
                    "تشرح للآخرين ما تستطيع فعله."
                ),
            },
            "goal": {
                "nl": "Je vaardigheden staan in je persoonlijke dossier en je weet welk werk je wilt proberen.",
                "en": "Your skills are written in your personal file and you know which work you want to try.",
                "ar": "سُجّلت مهاراتك في ملفك الشخصي، وتعرف أيّ عمل تريد أن تجرّبه.",
            },
            "months": 3,
        },
        {
            "key": "workplace-learning",
            "name": {
                "nl": "Vrijwillig leren op een werkplek",
                "en": "Voluntary workplace learning",
                "ar": "التعلّم التطوّعي في مكان العمل",
            },
            "description": {
                "nl": (
                    "Je doet vrijwillig werk bij een organisatie of bedrijf in de buurt van je AZC, bijvoorbeeld "
                    "in een verzorgingshuis. Zo doe je werkervaring op in Nederland."
                ),
                "en": (
                    "You do voluntary work at an organisation or company near your AZC, for example in a care home. "
                    "This way you gain work experience in the Netherlands."
                ),
                "ar": (
                    "تعمل متطوّعاً لدى مؤسسة أو شركة قريبة من مركز الاستقبال، مثلاً في دار لرعاية المسنّين. "
                    "وبذلك تكتسب خبرة عمل في هولندا."
                ),
            },
            "goal": {
                "nl": "Je hebt werkervaring opgedaan, en je werkplek heeft in je dossier opgeschreven wat je goed doet.",
                "en": "You have gained work experience, and your workplace has written in your file what you do well.",
                "ar": "اكتسبت خبرة عمل، وكتب مكان عملك في ملفك ما تُحسن القيام به.",
            },
            "months": 3,
        },
        {
            "key": "handover",
            "name": {
                "nl": "Overdracht aan je gemeente",
                "en": "Hand-over to your municipality",
                "ar": "تسليم الملف إلى بلديتك",
            },
            "description": {
                "nl": (
                    "Je krijgt een huis in een gemeente. Met jouw toestemming geven we je persoonlijke dossier aan "
                    "die gemeente. Zo kan de gemeente je beter helpen bij werk of studie."
                ),
                "en": (
                    "You get a home in a municipality. With your permission we give your personal file to that "
                    "municipality. Then the municipality can help you better with work or study."
                ),
                "ar": (
                    "تحصل على سكن في إحدى البلديات. وبموافقتك نسلّم ملفك الشخصي إلى هذه البلدية، لتتمكّن من "
                    "مساعدتك بشكل أفضل في العمل أو الدراسة."
                ),
            },
            "goal": {
                "nl": "Je dossier is overgedragen en je weet wie je contactpersoon bij de gemeente is.",
                "en": "Your file has been handed over and you know who your contact person at the municipality is.",
                "ar": "سُلّم ملفك، وتعرف من هو الشخص المسؤول عن التواصل معك في البلدية.",
            },
            "months": 1,
        },
    ],
    "participants": [
        {
            "given_name": "Filmon",
            "family_name": "Berhane",
            "country": "ER",
            "language": "en",
            "stage": "group-sessions",
            "municipality": None,
            "started": "2026-10-06",
        },
        {
            "given_name": "Marwa",
            "family_name": "Al-Sayed",
            "country": "SY",
            "language": "ar",
            "stage": "group-sessions",
            "municipality": None,
            "started": "2026-10-13",
        },
        {
            "given_name": "Khalid",
            "family_name": "Hassan",
            "country": "SD",
            "language": "ar",
            "stage": "group-sessions",
            "municipality": None,
            "started": "2026-09-22",
        },
        {
            "given_name": "Parwana",
            "family_name": "Sultani",
            "country": "AF",
            "language": "en",
            "stage": "individual-guidance",
            "municipality": None,
            "started": "2026-09-01",
        },
        {
            "given_name": "Yousef",
            "family_name": "Al-Obaidi",
            "country": "IQ",
            "language": "ar",
            "stage": "individual-guidance",
            "municipality": None,
            "started": "2026-08-17",
        },
        {
            "given_name": "Samira",
            "family_name": "Nasser",
            "country": "YE",
            "language": "ar",
            "stage": "workplace-learning",
            "municipality": None,
            "started": "2026-08-24",
        },
        {
            "given_name": "Reza",
            "family_name": "Ahmadi",
            "country": "IR",
            "language": "en",
            "stage": "workplace-learning",
            "municipality": "nijmegen",
            "started": "2026-09-07",
        },
        {
            "given_name": "Huda",
            "family_name": "Al-Masri",
            "country": "SY",
            "language": "ar",
            "stage": "handover",
            "municipality": "leiden",
            "started": "2026-10-12",
        },
        {
            "given_name": "Daniel",
            "family_name": "Tsegay",
            "country": "ER",
            "language": "nl",
            "stage": "handover",
            "municipality": "zwolle",
            "started": "2026-10-26",
        },
        {
            "given_name": "Hamza",
            "family_name": "Abdullahi",
            "country": "SO",
            "language": "en",
            "stage": "handover",
            "municipality": "eindhoven",
            "started": "2026-10-19",
        },
    ],
}


PROGRAMMES = [LEIDEN, HAAGLANDEN, IDZ_UDZ, VOORWERK]
