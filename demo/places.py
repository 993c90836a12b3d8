"""Where the demo associations live: towns and villages, streets, postal codes and meeting places.

Centres and postal codes are close to the real ones, so that maps and address searches look
right; street numbers and the exact places are made up.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Locality:
    name: str  # nominative: Klaukkala
    genitive: str  # Klaukkalan (for names: Klaukkalan Martat)
    locative: str  # Klaukkalassa (for titles: Vauvakahvila Klaukkalassa)
    postal_codes: tuple[str, ...]
    post_office: str
    latitude: float
    longitude: float
    streets: tuple[str, ...]
    village: bool = False  # a village has a kylätalo and may have a kyläyhdistys


def _l(*args, **kwargs):
    return Locality(*args, **kwargs)


# Municipality slug -> its localities; the first one is the municipal centre.
LOCALITIES: dict[str, list[Locality]] = {
    "hyvinkaa": [
        _l("Hyvinkää", "Hyvinkään", "Hyvinkäällä", ("05800", "05820", "05830", "05840", "05880", "05900"), "Hyvinkää",
           60.6310, 24.8610, ("Hämeenkatu", "Uudenmaankatu", "Torikatu", "Sibeliuksenkatu", "Martinkatu",
                              "Jussilankatu", "Kauppalankatu", "Vanha Helsingintie", "Kenttäkatu")),
        _l("Paavola", "Paavolan", "Paavolassa", ("05830",), "Hyvinkää", 60.6420, 24.8950,
           ("Paavolankatu", "Kalevankatu", "Pohjoinen Asemakatu")),
        _l("Martti", "Martin", "Martissa", ("05820",), "Hyvinkää", 60.6150, 24.8400, ("Kauppakaari", "Valtakatu")),
        _l("Kytäjä", "Kytäjän", "Kytäjällä", ("05720",), "Hyvinkää", 60.5930, 24.6900,
           ("Kytäjäntie", "Kartanontie"), village=True),
        _l("Ridasjärvi", "Ridasjärven", "Ridasjärvellä", ("05620",), "Hyvinkää", 60.6380, 25.0200,
           ("Ridasjärventie", "Rantatie"), village=True),
    ],
    "jarvenpaa": [
        _l("Järvenpää", "Järvenpään", "Järvenpäässä", ("04400", "04410", "04420", "04430", "04440", "04480"),
           "Järvenpää", 60.4737, 25.0899, ("Sibeliuksenkatu", "Helsingintie", "Seutulantie", "Myllytie",
                                           "Kartanontie", "Mannilantie", "Asemakatu", "Wärtsilänkatu")),
        _l("Saunakallio", "Saunakallion", "Saunakalliossa", ("04430",), "Järvenpää", 60.4780, 25.0600,
           ("Saunakalliontie", "Ainolankatu")),
        _l("Haarajoki", "Haarajoen", "Haarajoella", ("04420",), "Järvenpää", 60.4950, 25.1250,
           ("Haarajoentie", "Kyröläntie")),
        _l("Kinnari", "Kinnarin", "Kinnarissa", ("04440",), "Järvenpää", 60.4630, 25.1050, ("Kinnarintie",)),
    ],
    "mantsala": [
        _l("Mäntsälä", "Mäntsälän", "Mäntsälässä", ("04600",), "Mäntsälä", 60.6340, 25.3180,
           ("Keskuskatu", "Heikinkuja", "Seuralantie", "Kirkkotie", "Asematie", "Tykkimäentie")),
        _l("Sälinkää", "Sälinkään", "Sälinkäässä", ("04740",), "Mäntsälä", 60.6930, 25.4120,
           ("Sälinkääntie",), village=True),
        _l("Hirvihaara", "Hirvihaaran", "Hirvihaarassa", ("04680",), "Mäntsälä", 60.5720, 25.2730,
           ("Hirvihaarantie", "Koulutie"), village=True),
        _l("Ohkola", "Ohkolan", "Ohkolassa", ("04660",), "Mäntsälä", 60.6000, 25.3900, ("Ohkolantie",), village=True),
    ],
    "nurmijarvi": [
        _l("Nurmijärvi", "Nurmijärven", "Nurmijärvellä", ("01900",), "Nurmijärvi", 60.4640, 24.8070,
           ("Keskustie", "Kirkkotie", "Kuntotie", "Alhonkuja", "Aleksis Kiven tie", "Ratsastajantie")),
        _l("Klaukkala", "Klaukkalan", "Klaukkalassa", ("01800", "01820"), "Klaukkala", 60.3830, 24.7520,
           ("Klaukkalantie", "Lepsämäntie", "Kuonomäentie", "Urheilutie", "Harjunkuja")),
        _l("Rajamäki", "Rajamäen", "Rajamäellä", ("05200",), "Rajamäki", 60.5230, 24.7480,
           ("Tehtaantie", "Rajamäentie", "Kalliokuja", "Patruunantie")),
        _l("Röykkä", "Röykän", "Röykässä", ("05100",), "Röykkä", 60.5040, 24.6400, ("Röykäntie",), village=True),
        _l("Palojoki", "Palojoen", "Palojoella", ("01900",), "Nurmijärvi", 60.5010, 24.8730,
           ("Palojoentie", "Kiventie"), village=True),
    ],
    "pornainen": [
        _l("Pornainen", "Pornaisten", "Pornaisissa", ("07170",), "Pornainen", 60.4760, 25.3740,
           ("Pornaistentie", "Kirkkotie", "Kotkantie", "Koulutie")),
        _l("Laukkoski", "Laukkosken", "Laukkoskella", ("07190",), "Pornainen", 60.5080, 25.4420,
           ("Laukkoskentie",), village=True),
        _l("Halkia", "Halkian", "Halkiassa", ("07130",), "Pornainen", 60.4480, 25.3130, ("Halkiantie",), village=True),
    ],
    "tuusula": [
        _l("Tuusula", "Tuusulan", "Tuusulassa", ("04300", "04310"), "Tuusula", 60.4030, 25.0220,
           ("Hyryläntie", "Kirkkotie", "Rykmentintie", "Kauppatie", "Autoasemankatu", "Klaavolantie")),
        _l("Kellokoski", "Kellokosken", "Kellokoskella", ("04500",), "Kellokoski", 60.5290, 25.1000,
           ("Kellokoskentie", "Tehtaantie", "Ruukinkuja")),
        _l("Jokela", "Jokelan", "Jokelassa", ("05400",), "Jokela", 60.5550, 24.9670,
           ("Keskustie", "Jokelantie", "Pellonkuja", "Asemantie")),
        _l("Riihikallio", "Riihikallion", "Riihikalliossa", ("04320",), "Tuusula", 60.4240, 25.0450,
           ("Riihikalliontie",)),
        _l("Ruotsinkylä", "Ruotsinkylän", "Ruotsinkylässä", ("04330",), "Tuusula", 60.3750, 24.9950,
           ("Ruotsinkyläntie",), village=True),
    ],
    "forssa": [
        _l("Forssa", "Forssan", "Forssassa", ("30100", "30300", "30420"), "Forssa", 60.8147, 23.6216,
           ("Hämeentie", "Wahreninkatu", "Kartanonkatu", "Kutomonkatu", "Esko Aaltosen katu", "Turuntie",
            "Saksankatu")),
        _l("Kuhala", "Kuhalan", "Kuhalassa", ("30300",), "Forssa", 60.8000, 23.6500, ("Kuhalankatu",)),
        _l("Linikkala", "Linikkalan", "Linikkalassa", ("30420",), "Forssa", 60.8310, 23.6050, ("Linikkalankatu",)),
        _l("Talsoila", "Talsoilan", "Talsoilassa", ("30100",), "Forssa", 60.8230, 23.6400, ("Talsoilankatu",)),
    ],
    "humppila": [
        _l("Humppila", "Humppilan", "Humppilassa", ("31640",), "Humppila", 60.9262, 23.3699,
           ("Humppilantie", "Yrittäjäntie", "Asematie", "Koulutie")),
        _l("Murto", "Murron", "Murrossa", ("31640",), "Humppila", 60.9500, 23.3200, ("Murrontie",), village=True),
    ],
    "jokioinen": [
        _l("Jokioinen", "Jokioisten", "Jokioisissa", ("31600",), "Jokioinen", 60.8045, 23.4856,
           ("Humppilantie", "Keskuskatu", "Kiljamontie", "Alhaistentie")),
        _l("Minkiö", "Minkiön", "Minkiössä", ("31600",), "Jokioinen", 60.8350, 23.4270, ("Minkiöntie",), village=True),
        _l("Vaulammi", "Vaulammin", "Vaulammilla", ("31600",), "Jokioinen", 60.7800, 23.5100,
           ("Vaulammintie",), village=True),
    ],
    "tammela": [
        _l("Tammela", "Tammelan", "Tammelassa", ("31300",), "Tammela", 60.8085, 23.7622,
           ("Hakkapeliitantie", "Kirkkoniementie", "Pappilantie", "Myllytie")),
        _l("Liesjärvi", "Liesjärven", "Liesjärvellä", ("31340",), "Tammela", 60.6800, 23.8600,
           ("Liesjärventie",), village=True),
        _l("Riihivalkama", "Riihivalkaman", "Riihivalkamassa", ("31310",), "Tammela", 60.8120, 23.7100,
           ("Riihivalkamantie",), village=True),
        _l("Torro", "Torron", "Torrossa", ("31300",), "Tammela", 60.7700, 23.7900, ("Torrontie",), village=True),
    ],
    "ypaja": [
        _l("Ypäjä", "Ypäjän", "Ypäjällä", ("32100",), "Ypäjä", 60.8042, 23.2838,
           ("Perttulantie", "Kartanontie", "Ypäjäntie", "Opintie")),
        _l("Perttula", "Perttulan", "Perttulassa", ("32140",), "Ypäjä", 60.7830, 23.3150,
           ("Perttulantie",), village=True),
        _l("Palikainen", "Palikaisten", "Palikaisissa", ("32100",), "Ypäjä", 60.8300, 23.2400,
           ("Palikaistentie",), village=True),
    ],
}

# Municipality slug -> (Finnish name, Swedish name, relative weight by population and activity).
MUNICIPALITIES = {
    "hyvinkaa": ("Hyvinkää", "Hyvinge", 10),
    "jarvenpaa": ("Järvenpää", "Träskända", 9),
    "nurmijarvi": ("Nurmijärvi", "Nurmijärvi", 10),
    "tuusula": ("Tuusula", "Tusby", 9),
    "mantsala": ("Mäntsälä", "Mäntsälä", 6),
    "pornainen": ("Pornainen", "Borgnäs", 3),
    "forssa": ("Forssa", "Forssa", 6),
    "humppila": ("Humppila", "Humppila", 2),
    "jokioinen": ("Jokioinen", "Jockis", 3),
    "tammela": ("Tammela", "Tammela", 3),
    "ypaja": ("Ypäjä", "Ypäjä", 2),
}

# Neighbours inside the same wellbeing area, for associations that work in a whole sub-region.
NEIGHBOURS = {
    "hyvinkaa": ("nurmijarvi", "tuusula", "mantsala"),
    "jarvenpaa": ("tuusula", "mantsala", "pornainen"),
    "nurmijarvi": ("hyvinkaa", "tuusula"),
    "tuusula": ("jarvenpaa", "nurmijarvi", "hyvinkaa"),
    "mantsala": ("jarvenpaa", "pornainen", "hyvinkaa"),
    "pornainen": ("mantsala", "jarvenpaa"),
    "forssa": ("jokioinen", "tammela", "humppila", "ypaja"),
    "humppila": ("forssa", "jokioinen", "ypaja"),
    "jokioinen": ("forssa", "humppila", "ypaja"),
    "tammela": ("forssa", "jokioinen"),
    "ypaja": ("jokioinen", "humppila", "forssa"),
}

# Kinds of meeting place. {gen} is the locality's genitive, {nick} a place nickname.
PLACE_KINDS = {
    "kirjasto": (("{gen} kirjasto, kerhohuone", "{gen} kirjasto, monitoimitila", "{gen} kirjasto, lukusali"), 0.97),
    "jarjestotalo": (("{gen} järjestötalo", "Järjestötalo {nick}", "{gen} järjestötalo, kokoushuone"), 0.9),
    "palvelukeskus": (("{gen} palvelukeskus", "Palvelukeskus {nick}", "{gen} palvelukeskus, juhlasali"), 0.98),
    "nuorisotila": (("Nuorisotila {nick}", "{gen} nuorisotila"), 0.75),
    "koulu": (("{gen} koulu, liikuntasali", "{gen} koulu, kotitalousluokka", "{gen} yhtenäiskoulu, ruokala"), 0.85),
    "marttatalo": (("{gen} Martta-talo", "Marttojen kerhohuone"), 0.55),
    "seurantalo": (("{gen} seurantalo", "{gen} nuorisoseurantalo", "Työväentalo {nick}"), 0.5),
    "kylatalo": (("{gen} kylätalo", "{gen} vanha koulu, kylätalo"), 0.45),
    "perhekeskus": (("{gen} perhekeskus, perhetila", "Perhetalo {nick}"), 0.95),
    "toimintakeskus": (("{gen} toimintakeskus", "Toimintakeskus {nick}"), 0.9),
    "olohuone": (("Kohtaamispaikka {nick}", "Olohuone {nick}", "Päiväkeskus {nick}"), 0.8),
    "partiokolo": (("Partiokolo {nick}", "{gen} partiomaja"), 0.35),
    "liikunta": (("{gen} uimahalli, kuntosali", "{gen} liikuntahalli", "{gen} urheilutalo, pieni sali"), 0.95),
}

NICKNAMES = (
    "Tupa", "Kamari", "Pirtti", "Majakka", "Satama", "Pesä", "Kipinä", "Oasis", "Nuotta", "Helmi", "Kulmakivi",
    "Kompassi", "Verso", "Kajo", "Ankkuri", "Lyhty", "Tähti", "Kotipesä", "Lähde", "Kaisla", "Viiri", "Aallokko",
)

ACCESSIBLE_NOTES = (
    "Esteetön sisäänkäynti pääovelta, hissi ja esteetön wc.",
    "Katutason sisäänkäynti ja esteetön wc. Invapysäköintipaikat aivan oven vieressä.",
    "Esteetön sisäänkäynti, esteetön wc ja induktiosilmukka.",
    "Luiska pääovelle, automaattiovet ja esteetön wc. Kuulosilmukka salissa.",
    "Tilat ovat katutasossa. Esteetön wc ja pyörätuolilla kuljettavat käytävät.",
)
INACCESSIBLE_NOTES = (
    "Sisäänkäynnillä kolme porrasta, ei luiskaa. Wc ei ole esteetön.",
    "Tila on toisessa kerroksessa, eikä talossa ole hissiä.",
    "Vanha puutalo: kynnyksiä ja portaat sisäänkäynnillä. Kysy avustusta etukäteen.",
    "Portaat kellarikerrokseen. Wc on pieni eikä sovi pyörätuolille.",
)
