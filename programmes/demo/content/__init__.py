"""Demo content for the four programmes, written from shared/seeds (plain language, nl/en/ar).

One module per programme; the municipalities they share are here.
"""

# Sources (see /work/shared/seeds/README.md):
#   leiden      -> 000 (English page) and 001 (Dutch page) on "Op je plek in de zorg"
#   haaglanden  -> 003, research report "Voorbij de barrieres" on the Zorgpilot Haaglanden
#   idz-udz     -> 002 (Koploperinitiatief page) and the IDZ-UDZ section of 003
#   voorwerk    -> 004 (IOM page on VOORwerk)
# All people in PROGRAMMES[...]["participants"] are invented.

from programmes.demo.content.haaglanden import HAAGLANDEN
from programmes.demo.content.idz_udz import IDZ_UDZ
from programmes.demo.content.leiden import LEIDEN
from programmes.demo.content.voorwerk import VOORWERK

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


PROGRAMMES = [LEIDEN, HAAGLANDEN, IDZ_UDZ, VOORWERK]
