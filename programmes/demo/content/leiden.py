"""Demo content of Leiden: "Op je plek in de zorg" (seeds 000 and 001). All people are invented."""

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
