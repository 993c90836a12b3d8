"""Kinds of association found in the source documents, with their names and descriptions.

Names follow the real patterns (MLL local branches, Red Cross branches, Martat, pensioners' and
carers' associations...). Parishes' diaconal work is not an association and is left out.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class AssociationType:
    key: str
    weight: int  # how common the kind is
    names: tuple[str, ...]  # {gen}: genitive of the locality; " ry" is added where `registered`
    descriptions: tuple[str, ...]  # {name}, {loc}, {year}
    place_kinds: tuple[str, ...]  # see demo.places.PLACE_KINDS
    regional: float = 0.0  # share that also works in neighbouring municipalities
    villages_only: bool = False
    registered: bool = True
    short: str = ""  # for made-up email addresses


TYPES = [
    AssociationType(
        "elakelaiset", 14,
        ("{gen} Eläkkeensaajat", "{gen} Eläkeläiset", "{gen} seudun Eläkeläiset", "{gen} Seniorit"),
        (
            "{name} kokoaa eläkeläiset yhteen {loc}. Meillä on viikoittaisia kerhoja, liikuntaa, retkiä ja "
            "juhlia, ja pidämme yhdessä huolta siitä, ettei kenenkään tarvitse jäädä yksin.",
            "Olemme vuonna {year} perustettu eläkeläisyhdistys. Toimintamme on avointa kaikille eläkeikäisille "
            "{loc}: tule kahville, jumppaan tai laulamaan, niin löydät uusia tuttuja.",
        ),
        ("palvelukeskus", "jarjestotalo", "seurantalo", "liikunta"),
        short="elakelaiset",
    ),
    AssociationType(
        "mll", 11,
        ("Mannerheimin Lastensuojeluliiton {gen} paikallisyhdistys", "MLL:n {gen} yhdistys"),
        (
            "{name} on osa Mannerheimin Lastensuojeluliittoa. Vapaaehtoisemme järjestävät {loc} perhekahviloita, "
            "vauvakahviloita, kerhoja ja tapahtumia, joissa lapsiperheet voivat tavata toisiaan.",
            "Teemme {loc} lapsiperheiden arjesta parempaa vapaaehtoisvoimin vuodesta {year}. Toimintamme on "
            "avointa kaikille perheille, eikä siihen tarvitse olla jäsen.",
        ),
        ("perhekeskus", "kirjasto", "jarjestotalo", "koulu"),
        short="mll",
    ),
    AssociationType(
        "martat", 10,
        ("{gen} Martat", "{gen} Marttayhdistys", "{gen} Kotimartat"),
        (
            "{name} on marttayhdistys, joka edistää kodin ja arjen hyvinvointia {loc}. Järjestämme ruoka- ja "
            "käsityöiltoja, kursseja ja retkiä. Uudet martat, myös miehet, ovat lämpimästi tervetulleita.",
            "Meidät perustettiin vuonna {year}. Kokoonnumme {loc} kokkaamaan, neulomaan ja oppimaan uutta "
            "yhdessä, ja neuvomme mielellämme kodin arjen kysymyksissä.",
        ),
        ("marttatalo", "koulu", "jarjestotalo"),
        short="martat",
    ),
    AssociationType(
        "spr", 8,
        ("Suomen Punaisen Ristin {gen} osasto", "Punaisen Ristin {gen} osasto"),
        (
            "{name} auttaa lähellä: ystävätoimintaa, ensiapua, kotoutumisen tukea ja ruoka-apua {loc}. "
            "Vapaaehtoiseksi pääset mukaan ilman aiempaa kokemusta.",
            "Punaisen Ristin paikallisosasto on toiminut {loc} vuodesta {year}. Järjestämme ensiapukursseja, "
            "ystävätoimintaa ja kohtaamispaikkoja, ja autamme onnettomuuksissa ja kriiseissä.",
        ),
        ("jarjestotalo", "kirjasto", "toimintakeskus"),
        regional=0.2,
        registered=False,
        short="punainenristi",
    ),
    AssociationType(
        "partio", 8,
        ("{gen} Partiolaiset", "{gen} Metsänkävijät", "{gen} Eräsudet", "{gen} Sudenpennut"),
        (
            "{name} on partiolippukunta, jossa lapset ja nuoret retkeilevät, leireilevät ja oppivat "
            "taitoja aikuisten vapaaehtoisten johdolla. Viikoittaiset kokoukset pidetään {loc}.",
            "Lippukuntamme on perustettu vuonna {year}. Partioon voi tulla mukaan 7-vuotiaasta alkaen, ja "
            "aikuisia tarvitaan johtajiksi, leirikokeiksi ja kuljettajiksi.",
        ),
        ("partiokolo", "koulu", "nuorisotila"),
        short="partio",
    ),
    AssociationType(
        "omaishoitajat", 6,
        ("{gen} seudun omaishoitajat", "{gen} Omaishoitajat ja Läheiset"),
        (
            "{name} tukee omaishoitajia ja heidän läheisiään {loc} ja lähikunnissa. Meiltä saa vertaistukea, "
            "tietoa omaishoidon tuista ja virkistystä arjen keskelle.",
            "Yhdistys on perustettu vuonna {year} omaishoitajien omaksi yhdistykseksi. Vertaisryhmät, "
            "luennot ja virkistyspäivät ovat avoimia kaikille, jotka auttavat läheistään arjessa.",
        ),
        ("jarjestotalo", "palvelukeskus", "kirjasto"),
        regional=0.6,
        short="omaishoitajat",
    ),
    AssociationType(
        "mielenterveys", 7,
        ("{gen} Mielenterveysseura", "{gen} Mielenterveysyhdistys", "{gen} seudun Mielenterveysyhdistys"),
        (
            "{name} on mielenterveyskuntoutujien ja heidän läheistensä yhdistys. Ylläpidämme {loc} "
            "kohtaamispaikkaa ja vertaisryhmiä, joihin voi tulla sellaisena kuin on.",
            "Edistämme mielen hyvinvointia {loc} vuodesta {year} alkaen. Toimintamme perustuu vertaisuuteen ja "
            "kokemusasiantuntijuuteen, ja kaikki toiminta on luottamuksellista.",
        ),
        ("olohuone", "jarjestotalo", "toimintakeskus"),
        regional=0.3,
        short="mielenterveys",
    ),
    AssociationType(
        "sydan", 5,
        ("{gen} Sydänyhdistys", "{gen} seudun Sydänyhdistys", "{gen} Diabetesyhdistys"),
        (
            "{name} tukee sydän- ja verisuonisairauksia sairastavia sekä diabeetikkoja ja heidän läheisiään "
            "{loc}. Järjestämme liikuntaryhmiä, luentoja ja vertaistukea.",
            "Yhdistyksemme on toiminut vuodesta {year}. Haluamme, että jokainen sairastunut {loc} saa tietoa, "
            "tukea ja liikkumisen iloa.",
        ),
        ("liikunta", "jarjestotalo", "kirjasto"),
        regional=0.3,
        short="sydan",
    ),
    AssociationType(
        "muisti", 3,
        ("{gen} Muistiyhdistys", "{gen} seudun Muistiyhdistys"),
        (
            "{name} auttaa muistisairaita ja heidän läheisiään {loc}. Tarjoamme vertaistukea, muistikahviloita "
            "ja neuvontaa sairauden eri vaiheissa.",
            "Muistiyhdistys on perustettu vuonna {year}. Toiminnassamme muistisairas ja hänen läheisensä voivat "
            "tulla yhdessä mukaan.",
        ),
        ("palvelukeskus", "kirjasto", "jarjestotalo"),
        regional=0.5,
        short="muisti",
    ),
    AssociationType(
        "kehitysvamma", 5,
        ("{gen} Kehitysvammaisten Tuki", "{gen} seudun Kehitysvammaisten Tuki", "{gen} Kehitysvammaisten Tukiyhdistys"),
        (
            "{name} on kehitysvammaisten ihmisten ja heidän perheidensä yhdistys. Järjestämme {loc} harrastuksia, "
            "vertaistukea vanhemmille ja juhlia, joissa kaikki ovat tervetulleita.",
            "Olemme toimineet {loc} vuodesta {year}. Tavoitteemme on, että kehitysvammaiset ihmiset voivat "
            "harrastaa, tavata ystäviä ja osallistua samalla tavalla kuin muutkin.",
        ),
        ("toimintakeskus", "liikunta", "jarjestotalo"),
        regional=0.4,
        short="kvtuki",
    ),
    AssociationType(
        "akilta", 4,
        ("{gen} A-kilta", "{gen} seudun A-kilta", "{gen} Raittiusyhdistys Toivo"),
        (
            "{name} on päihteistä toipuvien ja heidän läheistensä vertaistukiyhdistys. Kohtaamispaikkamme {loc} "
            "on päihteetön olohuone, jonne voi tulla juttelemaan ja kahville.",
            "Yhdistys on perustettu vuonna {year}. Tarjoamme vertaisryhmiä, retkiä ja päihteetöntä yhdessäoloa "
            "– kokemuksen tuomalla ymmärryksellä.",
        ),
        ("olohuone", "jarjestotalo"),
        regional=0.3,
        short="akilta",
    ),
    AssociationType(
        "monikulttuurinen", 5,
        ("{gen} Monikulttuurinen yhdistys", "{gen} Kansainväliset perheet", "{gen} Kielikahvilayhdistys"),
        (
            "{name} tuo yhteen eri kulttuureista tulevia ihmisiä {loc}. Järjestämme kielikahviloita, "
            "läksykerhoja ja yhteisiä juhlia, ja autamme uusia asukkaita löytämään paikkansa.",
            "Olemme vuonna {year} perustettu monikulttuurinen yhdistys. Toimintamme on avointa kaikille, ja "
            "toimimme suomeksi, englanniksi ja monella muulla kielellä.",
        ),
        ("kirjasto", "jarjestotalo", "nuorisotila"),
        short="monikulttuurinen",
    ),
    AssociationType(
        "kylayhdistys", 7,
        ("{gen} kyläyhdistys", "{gen} Kyläseura", "{gen} kylätoimikunta"),
        (
            "{name} pitää kylän elävänä: ylläpidämme kylätaloa, järjestämme talkoita, kyläjuhlia ja "
            "kerhoja kaikenikäisille {loc}.",
            "Kyläyhdistys on perustettu vuonna {year}. Kylätalolla kokoontuvat jumpparyhmä, kahvila ja "
            "monet kerhot, ja tila on vuokrattavissa kyläläisten juhliin.",
        ),
        ("kylatalo", "seurantalo"),
        villages_only=True,
        short="kyla",
    ),
]

TYPES_BY_KEY = {t.key: t for t in TYPES}

# Compass prefixes that tell apart associations of the same kind in one large locality.
QUARTERS = ("Pohjois-", "Etelä-", "Itä-", "Länsi-", "Keski-")
