"""Demo selection set-up per programme, from the seeds: rules, criteria, extra questions.

Texts in nl/en/ar, plain language (B1).
"""

PRIVACY = {
    "nl": (
        "We gebruiken je gegevens alleen om te kiezen wie meedoet.\n"
        "Alleen de coördinatoren van dit programma lezen je aanvraag.\n"
        "Word je niet gekozen? Dan verwijderen we je gegevens na 1 jaar.\n"
        "We vragen nooit naar je BSN."
    ),
    "en": (
        "We only use your data to choose who takes part.\n"
        "Only the coordinators of this programme read your application.\n"
        "If you are not chosen, we delete your data after 1 year.\n"
        "We never ask for your citizen service number (BSN)."
    ),
    "ar": (
        "نستخدم بياناتك فقط لاختيار المشاركين.\n"
        "لا يقرأ طلبك إلا منسّقو هذا البرنامج.\n"
        "إذا لم يقع عليك الاختيار، نحذف بياناتك بعد سنة واحدة.\n"
        "لا نطلب منك أبدًا رقم المواطن (BSN)."
    ),
}

# The four criteria named in the seeds, scored 1-5.
CRITERIA = [
    {
        "name": {"nl": "Taalniveau", "en": "Language level", "ar": "المستوى اللغوي"},
        "description": {
            "nl": "Kan de persoon Nederlands leren en in de zorg praten met cliënten?",
            "en": "Can the person learn Dutch and talk with clients in care?",
            "ar": "هل يستطيع الشخص تعلّم الهولندية والتحدث مع العملاء في الرعاية؟",
        },
        "weight": 3,
    },
    {
        "name": {"nl": "Motivatie", "en": "Motivation", "ar": "الدافع"},
        "description": {
            "nl": "Wil de persoon echt in de zorg werken en leren?",
            "en": "Does the person really want to work and learn in care?",
            "ar": "هل يرغب الشخص فعلًا في العمل والتعلّم في مجال الرعاية؟",
        },
        "weight": 3,
    },
    {
        "name": {
            "nl": "Eerdere opleiding of werkervaring",
            "en": "Previous education or work experience",
            "ar": "التعليم السابق أو الخبرة العملية",
        },
        "description": {
            "nl": "Welke school of welk werk heeft de persoon al gedaan?",
            "en": "Which school or work has the person done already?",
            "ar": "ما الدراسة أو العمل الذي قام به الشخص من قبل؟",
        },
        "weight": 2,
    },
    {
        "name": {
            "nl": "Affiniteit met de zorg",
            "en": "Interest in care",
            "ar": "الاهتمام بمجال الرعاية",
        },
        "description": {
            "nl": "Past zorgen voor anderen bij de persoon?",
            "en": "Does caring for others suit the person?",
            "ar": "هل تناسب رعاية الآخرين هذا الشخص؟",
        },
        "weight": 2,
    },
]

SETUP = {
    "leiden": {
        "requires_two_reviewers": True,
        "questions": [
            {
                "step": "residence",
                "key": "wants-to-live-in-leiden",
                "kind": "yes_no",
                "label": {
                    "nl": "Wil je in Leiden wonen?",
                    "en": "Do you want to live in Leiden?",
                    "ar": "هل تريد أن تسكن في لايدن (Leiden)؟",
                },
            }
        ],
        "rules": [
            {
                "answer": "household",
                "operator": "equals",
                "value": "single",
                "explanation": {
                    "nl": "Dit traject is voor statushouders die alleen wonen. De studio's zijn voor één persoon.",
                    "en": "This route is for status holders who live alone. The studios are for one person.",
                    "ar": "هذا المسار للحاصلين على الإقامة الذين يعيشون وحدهم. الاستوديوهات لشخص واحد.",
                },
            },
            {
                "answer": "residence_type",
                "operator": "equals",
                "value": "azc",
                "explanation": {
                    "nl": "Je woont nog in een azc. Dan krijg je een studio in Leiden.",
                    "en": "You still live in an AZC (reception centre). Then you get a studio in Leiden.",
                    "ar": "ما زلت تسكن في مركز استقبال (AZC). عندها تحصل على استوديو في لايدن.",
                },
            },
            {
                "answer": "wants-to-live-in-leiden",
                "operator": "equals",
                "value": "yes",
                "explanation": {
                    "nl": "Je wilt in Leiden wonen. Je leert en werkt ook in Leiden.",
                    "en": "You want to live in Leiden. You also learn and work in Leiden.",
                    "ar": "تريد أن تسكن في لايدن. وستتعلّم وتعمل في لايدن أيضًا.",
                },
            },
        ],
    },
    "haaglanden": {
        "requires_two_reviewers": False,
        "questions": [],
        "rules": [
            {
                "answer": "worked_in_care",
                "operator": "equals",
                "value": "yes",
                "explanation": {
                    "nl": "De Zorgpilot is voor mensen die al in de zorg hebben gewerkt.",
                    "en": "The Zorgpilot is for people who have worked in care before.",
                    "ar": "برنامج Zorgpilot لمن عملوا في مجال الرعاية من قبل.",
                },
            },
            {
                "answer": "municipality",
                "operator": "one_of",
                "value": "den-haag,rijswijk,leidschendam-voorburg,westland,delft,zoetermeer",
                "explanation": {
                    "nl": "Je woont in de regio Haaglanden, bijvoorbeeld in Den Haag, Delft of Zoetermeer.",
                    "en": "You live in the Haaglanden region, for example in The Hague, Delft or Zoetermeer.",
                    "ar": "تسكن في منطقة هاخلاندن (Haaglanden)، مثل لاهاي أو دلفت أو زوترمير.",
                },
            },
        ],
    },
    "idz-udz": {
        "requires_two_reviewers": False,
        "questions": [
            {
                "step": "languages",
                "key": "speaks-german",
                "kind": "yes_no",
                "required": False,
                "label": {
                    "nl": "Spreek je ook een beetje Duits?",
                    "en": "Do you also speak some German?",
                    "ar": "هل تتكلّم قليلًا من الألمانية أيضًا؟",
                },
            }
        ],
        "rules": [],
    },
    "voorwerk": {
        "requires_two_reviewers": False,
        "questions": [],
        "rules": [
            {
                "answer": "residence_type",
                "operator": "equals",
                "value": "azc",
                "explanation": {
                    "nl": "VOORwerk is voor statushouders die nog in een opvang van het COA wonen.",
                    "en": "VOORwerk is for status holders who still live in a COA reception centre.",
                    "ar": "برنامج VOORwerk للحاصلين على الإقامة الذين ما زالوا يسكنون في مركز استقبال تابع لـ COA.",
                },
            }
        ],
    },
}

# Applicants in every status, per programme: (given, family, country, language, status, reason).
REASONS = {
    "interview": {
        "nl": "Je aanvraag ziet er goed uit. We willen je graag leren kennen.",
        "en": "Your application looks good. We would like to get to know you.",
        "ar": "طلبك يبدو جيدًا. نودّ أن نتعرّف عليك.",
    },
    "accepted": {
        "nl": "Je bent gemotiveerd en je Nederlands groeit snel.",
        "en": "You are motivated and your Dutch is growing fast.",
        "ar": "لديك دافع قوي ولغتك الهولندية تتحسّن بسرعة.",
    },
    "waiting_list": {
        "nl": "Alle plekken in deze groep zijn vol. Er start in het voorjaar een nieuwe groep.",
        "en": "All places in this group are full. A new group starts in spring.",
        "ar": "كل الأماكن في هذه المجموعة ممتلئة. تبدأ مجموعة جديدة في الربيع.",
    },
    "not_selected": {
        "nl": "Je Nederlands is nu nog te laag voor de opleiding. Volg eerst een taalcursus en meld je dan opnieuw aan.",
        "en": "Your Dutch is still too low for the training now. Take a language course first, then apply again.",
        "ar": "مستواك في الهولندية ما زال منخفضًا جدًا للتدريب الآن. تابع دورة لغة أولًا ثم قدّم طلبك من جديد.",
    },
}

APPLICANTS = [
    ("Nour", "Darwish", "SY", "ar", "draft"),
    ("Hamid", "Rezaei", "AF", "en", "submitted"),
    ("Saba", "Gebremedhin", "ER", "en", "submitted"),
    ("Omar", "Abdi", "SO", "ar", "interview"),
    ("Lina", "Sabbagh", "SY", "ar", "accepted"),
    ("Dawit", "Haile", "ER", "nl", "waiting_list"),
    ("Maryam", "Hosseini", "IR", "en", "not_selected"),
]
