"""Demo content of Zorgpilot Haaglanden (seed 003, the research report "Voorbij de barrieres"). All people are invented."""

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
