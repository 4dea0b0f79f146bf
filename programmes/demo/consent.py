"""Demo consent texts (version 1, nl/en/ar) and a few answers."""

from participants.consent import answer
from participants.models import Consent, ConsentText, Participant

TEXTS = {
    "municipality": {
        "nl": "De gemeente waar je woont krijgt je vaardighedendossier: je route, je taalniveau, je diploma's en je vaardigheden. Zo kan de gemeente je goed helpen met werk en inburgering.",
        "en": "The municipality where you live receives your skills dossier: your route, your language level, your diplomas and your skills. This helps the municipality support you with work and integration.",
        "ar": "تحصل البلدية التي تسكن فيها على ملف مهاراتك: مسارك ومستواك في اللغة وشهاداتك ومهاراتك. هكذا تستطيع البلدية أن تساعدك جيدًا في العمل والاندماج.",
    },
    "employer": {
        "nl": "Een zorgorganisatie waar je (misschien) gaat werken krijgt je vaardighedendossier. Zo weet je nieuwe werkgever wat je al kunt.",
        "en": "A care organisation where you (may) work receives your skills dossier. Then your new employer knows what you can already do.",
        "ar": "تحصل مؤسسة الرعاية التي قد تعمل فيها على ملف مهاراتك. هكذا يعرف صاحب العمل الجديد ما تستطيع فعله.",
    },
    "research": {
        "nl": "Onderzoekers mogen je gegevens gebruiken zonder je naam. Ze zien alleen aantallen, nooit wie jij bent. Zo leren we hoe de route beter kan.",
        "en": "Researchers may use your data without your name. They only see numbers, never who you are. This helps us learn how to make the route better.",
        "ar": "يمكن للباحثين استخدام بياناتك دون اسمك. يرون أعدادًا فقط، ولا يعرفون من أنت أبدًا. هكذا نتعلّم كيف نحسّن المسار.",
    },
}


def load_consent(programme, coordinator):
    for purpose, texts in TEXTS.items():
        if not ConsentText.objects.filter(programme=programme, purpose=purpose).exists():
            ConsentText.objects.create(
                programme=programme,
                purpose=purpose,
                version=1,
                text_nl=texts["nl"],
                text_en=texts["en"],
                text_ar=texts["ar"],
            )
    participants = Participant.objects.filter(programme=programme).order_by("number")
    for index, participant in enumerate(participants):
        if Consent.objects.filter(participant=participant).exists():
            continue
        if index % 3 != 2:  # most people agree to share with their municipality
            answer(participant, "municipality", True, by=participant.user)
        if index % 2 == 0:
            answer(participant, "research", True, by=participant.user)
