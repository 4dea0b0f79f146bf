"""Demo content of VOORwerk (seed 004, the IOM page). All people are invented."""

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
