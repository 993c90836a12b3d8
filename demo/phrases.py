"""The practical sentences of a description (when, where, cost, sign-up) in each language."""

from demo.schedules import clock, date_text, hours_text
from demo.templates import EN, FI, SELKO, SV

PHRASES = {
    FI: {
        "place": "Paikka: {name}, {street}, {postal_code} {post_office}.",
        "online": "Tapaamiset pidetään verkossa. Saat linkin yhteyshenkilöltä.",
        "online_event": "Tilaisuus pidetään verkossa. Saat linkin ilmoittautumisen jälkeen tai yhteyshenkilöltä.",
        "hybrid": "Tilaisuutta voi seurata myös verkossa.",
        "time": "Aika: {when}.",
        "free": ("Osallistuminen on maksutonta.", "Toiminta on maksutonta.", "Maksuton."),
        "price": "Hinta: {price}.",
        "register_by": "Ilmoittaudu viimeistään {date}.",
        "register": ("Ryhmään ilmoittaudutaan etukäteen.", "Ilmoittauduthan etukäteen yhteyshenkilölle."),
        "no_registration": ("Ilmoittautumista ei tarvita, tule suoraan paikalle.", "Ei ennakkoilmoittautumista."),
        "accessible": ("Tila on esteetön.", "Tilaan pääsee pyörätuolilla ja rollaattorilla."),
        "not_accessible": ("Huomaa, että tila ei ole esteetön.",),
        "sign_event": "Tilaisuus tulkataan suomalaiselle viittomakielelle.",
        "sign_activity": "Mukana on viittomakielinen ohjaaja.",
        "role": ("Tehtävään voi tulla mukaan milloin vain. Ota yhteyttä, niin kerromme lisää.",
                 "Kerromme mielellämme lisää – soita tai lähetä sähköpostia."),
        "closing": ("Tervetuloa mukaan!", "Lämpimästi tervetuloa!", "Tervetuloa, uudet ja tutut kasvot!",
                    "Lisätietoja antaa {contact}.", "Kysy lisää yhteyshenkilöltä."),
        "registration_info": "Ilmoittautuminen {opens} alkaen ja viimeistään {closes}: {contact}, puh. {phone}.",
        "activity_registration_info": "Ilmoittaudu etukäteen: {contact}, puh. {phone} tai {email}.",
        "languages": "Ohjaajat puhuvat myös {languages}.",
    },
    SV: {
        "place": "Plats: {name}, {street}, {postal_code} {post_office}.",
        "online": "Träffarna hålls på nätet. Du får länken av kontaktpersonen.",
        "online_event": "Evenemanget hålls på nätet. Du får länken av kontaktpersonen.",
        "hybrid": "Evenemanget kan också följas på nätet.",
        "time": "Tid: {when}.",
        "free": ("Deltagandet är gratis.", "Avgiftsfritt."),
        "price": "Pris: {price}.",
        "register_by": "Anmäl dig senast {date}.",
        "register": ("Föranmälan krävs.",),
        "no_registration": ("Ingen föranmälan behövs.",),
        "accessible": ("Lokalen är tillgänglig.",),
        "not_accessible": ("Obs! Lokalen är inte tillgänglig för rullstol.",),
        "role": ("Kontakta oss så berättar vi mer.",),
        "closing": ("Välkommen!", "Varmt välkommen!", "Mer information ger {contact}."),
        "registration_info": "Anmälan från {opens} och senast {closes}: {contact}, tfn {phone}.",
        "activity_registration_info": "Anmäl dig i förväg: {contact}, tfn {phone} eller {email}.",
    },
    EN: {
        "place": "Place: {name}, {street}, {postal_code} {post_office}.",
        "online": "Meetings are held online. Ask the contact person for the link.",
        "online_event": "The event is held online. Ask the contact person for the link.",
        "hybrid": "You can also follow the event online.",
        "time": "Time: {when}.",
        "free": ("Free of charge.", "Participation is free."),
        "price": "Price: {price}.",
        "register_by": "Please register by {date}.",
        "register": ("Please register in advance.",),
        "no_registration": ("No registration needed – just come along.",),
        "accessible": ("The venue is accessible.",),
        "not_accessible": ("Please note: the venue is not step-free.",),
        "role": ("Get in touch and we will tell you more.",),
        "closing": ("Welcome!", "Everyone is welcome!", "For more information, contact {contact}."),
        "registration_info": "Registration from {opens} until {closes}: {contact}, tel. {phone}.",
        "activity_registration_info": "Please register in advance: {contact}, tel. {phone} or {email}.",
    },
    SELKO: {
        "place": "Paikka on {name}. Osoite on {street}, {postal_code} {post_office}.",
        "online": "Tapaamme netissä. Saat linkin ohjaajalta.",
        "online_event": "Tilaisuus on netissä. Saat linkin ohjaajalta.",
        "hybrid": "Voit katsoa juhlaa myös netissä.",
        "time": "Aika: {when}.",
        "free": ("Tämä on ilmaista.",),
        "price": "Hinta on {price}.",
        "register_by": "Ilmoittaudu viimeistään {date}.",
        "register": ("Ilmoittaudu etukäteen.",),
        "no_registration": ("Sinun ei tarvitse ilmoittautua.",),
        "accessible": ("Paikkaan pääsee pyörätuolilla.",),
        "not_accessible": ("Paikassa on portaita.",),
        "sign_event": "Paikalla on viittomakielen tulkki.",
        "sign_activity": "Paikalla on viittomakielen tulkki.",
        "role": ("Soita tai lähetä sähköpostia. Kerromme lisää.",),
        "closing": ("Tervetuloa!", "Voit kysyä lisää: {contact}, puhelin {phone}."),
        "registration_info": "Ilmoittaudu {opens} alkaen, viimeistään {closes}. Soita: {contact}, {phone}.",
        "activity_registration_info": "Ilmoittaudu etukäteen: {contact}, puhelin {phone}.",
    },
}

# Partitive forms for "Ohjaajat puhuvat myös englantia".
SPOKEN = {"english": "englantia", "arabia": "arabiaa", "venaja": "venäjää", "ukraina": "ukrainaa", "viro": "viroa"}


def event_when(start, end, language: str) -> str:
    """The event's time in words, e.g. "lauantai 14.3.2026 klo 10–14"."""
    start_minutes = start.hour * 60 + start.minute
    end_minutes = end.hour * 60 + end.minute
    if start.date() == end.date():
        joiner = ", " if language == EN else " "
        return f"{date_text(start, language)}{joiner}{hours_text(start_minutes, end_minutes, language)}"
    clock_word = {SV: "kl. ", EN: "", SELKO: "kello "}.get(language, "klo ")
    return (
        f"{date_text(start, language)} {clock_word}{clock(start_minutes, language)}"
        f" – {date_text(end, language)} {clock_word}{clock(end_minutes, language)}"
    )
