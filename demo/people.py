"""Made-up contact people, phone numbers and business IDs for the demo associations."""

import random

FIRST_NAMES = (
    "Aino", "Anja", "Anneli", "Anna-Liisa", "Arja", "Eija", "Eila", "Elina", "Hannele", "Heli", "Irma", "Johanna",
    "Kaija", "Kirsi", "Leena", "Liisa", "Maija", "Marjatta", "Merja", "Minna", "Outi", "Päivi", "Raija", "Riitta",
    "Sari", "Satu", "Seija", "Sirpa", "Tarja", "Tuula", "Ulla", "Virpi", "Ari", "Eero", "Esa", "Hannu", "Heikki",
    "Jari", "Jukka", "Juha", "Kalevi", "Kari", "Markku", "Matti", "Mikko", "Pekka", "Pentti", "Petri", "Raimo",
    "Seppo", "Timo", "Tapani", "Veikko", "Ville", "Emmi", "Laura", "Noora", "Henna", "Joni", "Tuomas",
)
SURNAMES = (
    "Aaltonen", "Ahonen", "Heikkilä", "Heinonen", "Hämäläinen", "Järvinen", "Kallio", "Karjalainen", "Koivisto",
    "Korhonen", "Koskinen", "Laaksonen", "Lahtinen", "Laine", "Lehtonen", "Leinonen", "Lindholm", "Mattila",
    "Mäkelä", "Mäkinen", "Niemi", "Nieminen", "Nurmi", "Ojala", "Peltonen", "Rantanen", "Saarinen", "Salminen",
    "Salo", "Suominen", "Toivonen", "Tuominen", "Turunen", "Valtonen", "Virtanen", "Vuorinen", "Heino", "Kivelä",
    "Rinne", "Sjöblom", "Lindqvist", "Hakala", "Mustonen", "Räsänen",
)
# For Swedish listings: Finland-Swedish names.
SWEDISH_FIRST_NAMES = ("Anna", "Birgitta", "Camilla", "Eva", "Gunilla", "Ingrid", "Karin", "Maria", "Marianne",
                       "Ulla", "Bengt", "Christer", "Göran", "Henrik", "Johan", "Lars", "Mikael", "Peter")
SWEDISH_SURNAMES = ("Andersson", "Backman", "Berg", "Ekholm", "Forsberg", "Holmström", "Johansson", "Karlsson",
                    "Lindberg", "Lundqvist", "Nyman", "Sundström", "Westerlund", "Åberg")

_BUSINESS_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)


def person(rng: random.Random, *, swedish: bool = False) -> tuple[str, str]:
    if swedish:
        return rng.choice(SWEDISH_FIRST_NAMES), rng.choice(SWEDISH_SURNAMES)
    return rng.choice(FIRST_NAMES), rng.choice(SURNAMES)


def phone(rng: random.Random) -> str:
    prefix = rng.choice(("040", "044", "045", "050"))
    return f"{prefix} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"


def business_id(rng: random.Random) -> str:
    """A Y-tunnus with a valid check digit (associations.validators.validate_business_id)."""
    while True:
        digits = f"{rng.randint(1000000, 3299999):07d}"
        remainder = sum(int(d) * w for d, w in zip(digits, _BUSINESS_ID_WEIGHTS)) % 11
        if remainder != 1:  # no valid check digit exists for these
            return f"{digits}-{0 if remainder == 0 else 11 - remainder}"


_ASCII = str.maketrans({"ä": "a", "ö": "o", "å": "a", "é": "e", " ": "."})


def ascii_local_part(text: str) -> str:
    """An email-safe version of a name: Päivi Mäkelä -> paivi.makela."""
    return text.lower().translate(_ASCII)
