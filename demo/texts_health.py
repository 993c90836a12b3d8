"""Finnish listing templates for carers, mental health, substance use, disability and patient associations."""

from demo.templates import activity, event, role, seasonal

OMAISHOITAJAT = [
    activity(
        ("Omaishoitajien vertaistukiryhmä", "Omaishoitajien vertaisryhmä {loc}", "Omaisten olohuone"),
        ("Ryhmässä omaishoitajat jakavat kokemuksia ja saavat voimia arkeen.",
         "Luottamuksellinen ryhmä läheistään hoitaville: kuulluksi tulemista ja käytännön vinkkejä."),
        ("Ryhmää ohjaa koulutettu vertaisohjaaja, joka on itsekin ollut omaishoitaja. Keskustelemme "
         "jaksamisesta, palveluista ja arjen järjestelyistä, ja välillä vieraana on asiantuntija.",
         "Ryhmään voit tulla, vaikka et olisi tehnyt omaishoitosopimusta. Jos läheisesi ei voi olla "
         "yksin, kysy meiltä mahdollisuutta sijaishoitoon ryhmän ajaksi."),
        target_groups="omaishoitajat", themes=("omaishoito", "vertaistuki"),
        life_situations=("laheisen-hoitaminen", "sairastuminen"), activity_types="vertaistukiryhma",
        tags=("omaishoito", "vertaistuki", "jaksaminen"), when="day", online=0.1,
    ),
    activity(
        ("Omaishoitajien kuntosalivuoro", "Omaishoitajien tuolijumppa", "Omaishoitajien kävelyryhmä"),
        ("Oma liikuntavuoro omaishoitajille: huolehdi omasta jaksamisestasi.",),
        ("Vuorolla on mukana fysioterapeutti tai vertaisohjaaja, joka neuvoo laitteiden käytössä. "
         "Liikunnan jälkeen jäädään usein kahville.",),
        target_groups="omaishoitajat", themes=("omaishoito", "liikunta"), life_situations="laheisen-hoitaminen",
        activity_types="liikuntaryhma", tags=("omaishoito", "liikunta", "kuntosali"), when="exercise",
        prices=("Kausimaksu 15 €",), paid=0.3,
    ),
    activity(
        ("Omaishoidon neuvonta", "Neuvontapuhelin omaishoitajille"),
        ("Apua omaishoidon tukiin, lomiin ja palveluihin liittyvissä kysymyksissä.",),
        ("Järjestösuunnittelija neuvoo puhelimitse tai tapaamisessa esimerkiksi omaishoidon tuen "
         "hakemisessa, lakisääteisissä vapaissa ja Kelan etuuksissa.",),
        target_groups="omaishoitajat", themes=("omaishoito", "ruoka-apu-ja-arjen-tuki"),
        life_situations=("laheisen-hoitaminen", "talousvaikeudet"), activity_types="neuvonta",
        tags=("neuvonta", "omaishoidon tuki", "palvelut"), when="morning",
    ),
]

OMAISHOITAJAT_EVENTS = [
    event(
        ("Omaishoitajien virkistyspäivä", "Omaishoitajien hemmottelupäivä", "Omaishoitajien retki"),
        ("Päivä omaishoitajille ilman arjen kiireitä: ohjelmaa, hyvää ruokaa ja rentoutumista.",),
        ("Päivän ohjelmassa on rentoutusta, musiikkia ja yhteinen lounas. Kerro ilmoittautuessasi, jos "
         "tarvitset hoitajan läheisellesi päivän ajaksi.",),
        target_groups="omaishoitajat", themes=("omaishoito", "ikaihmisten-virkistys"),
        life_situations="laheisen-hoitaminen", activity_types=("retki-tai-leiri", "luento-tai-tilaisuus"),
        tags=("virkistys", "omaishoito", "jaksaminen"), when="trip", prices=("Omavastuu 15 €", "20 €"), paid=0.6,
        registration=1.0, capacity=(20, 45),
    ),
    event(
        ("Luento: Omaishoitajan oikeudet ja tuet", "Omaishoidon infoilta", "Edunvalvontavaltuutus – luento"),
        ("Asiantuntija kertoo omaishoitajan tuista, vapaista ja palveluista.",),
        ("Luennoitsija on hyvinvointialueen omaishoidon koordinaattori tai lakimies. Kysymyksiä voi lähettää "
         "myös etukäteen.",),
        target_groups="omaishoitajat", themes=("omaishoito",), life_situations=("laheisen-hoitaminen", "sairastuminen"),
        activity_types=("luento-tai-tilaisuus", "neuvonta"), tags=("luento", "omaishoidon tuki", "edunvalvonta"),
        when="evening", online=0.25,
    ),
    *seasonal(
        event,
        {(11,): ("Omaishoitajien päivän kahvikonsertti",), (5, 6): ("Omaishoidon kevätkonsertti",)},
        ("Kahvikonsertti omaishoitajille ja heidän läheisilleen.",),
        ("Konsertissa esiintyy paikallinen kuoro. Tapahtuma on järjestetty yhdessä kunnan ja "
         "hyvinvointialueen kanssa.",),
        target_groups=("omaishoitajat", "ikaihmiset"), themes=("omaishoito", "kulttuuri-ja-harrastukset"),
        life_situations="laheisen-hoitaminen", activity_types="luento-tai-tilaisuus", tags=("konsertti", "omaishoito"),
        when="day",
    ),
]

OMAISHOITAJAT_ROLES = [
    role(
        ("Vapaaehtoinen omaishoitoperheen tueksi", "Vertaisryhmän ohjaajaksi"),
        ("Tuo omaishoitoperheelle hetken hengähdystauko tai ohjaa vertaisryhmää.",),
        ("Vapaaehtoinen voi ulkoilla hoidettavan kanssa, lukea tai vain olla seurana, jotta omaishoitaja "
         "pääsee asioille. Entinen omaishoitaja voi ryhtyä ohjaamaan vertaisryhmää.",),
        target_groups="omaishoitajat", themes=("omaishoito", "tukihenkilotoiminta"),
        activity_types=("ystava-ja-tukihenkilotoiminta", "vertaistukiryhma"), tags=("omaishoito", "vapaaehtoistyö"),
        time_commitment=("Noin 2–3 tuntia viikossa", "Kerran kuussa ryhmän ohjaus ja valmistelu"),
        training=("Vapaaehtoisten perehdytys (3 iltaa) ja vertaisohjaajakoulutus.",),
        requirements=("Oma kokemus omaishoidosta on eduksi.",),
    ),
]

MIELENTERVEYS = [
    activity(
        ("Kohtaamispaikka", "Olohuone-toiminta", "Avoin kohtaamispaikka {loc}"),
        ("Matalan kynnyksen olohuone: kahvia, lehtiä, pelejä ja juttuseuraa ilman ajanvarausta.",
         "Tule sellaisena kuin olet. Paikalla on vertaisohjaaja ja työntekijä."),
        ("Kohtaamispaikkaan voi tulla ilman lähetettä tai ilmoittautumista. Päivän aikana on usein yhteistä "
         "tekemistä, kuten ruoanlaittoa, ulkoilua tai taidetta.",
         "Edullinen lounas tarjotaan päivittäin. Kohtaamispaikka on päihteetön."),
        target_groups=("mielenterveyskuntoutujat", "kaikki"), themes=("mielenterveys", "yksinaisyys", "vertaistuki"),
        life_situations=("sairastuminen", "yksin-asuminen", "tyottomyys"), activity_types="kohtaamispaikka",
        tags=("kohtaamispaikka", "mielenterveys", "olohuone", "päihteetön"), when="dropin",
        prices=("Lounas 3 €",), paid=0.3,
    ),
    activity(
        ("Masennuksen vertaistukiryhmä", "Ahdistuksen vertaistukiryhmä", "Mielenterveyskuntoutujien vertaisryhmä"),
        ("Suljettu ryhmä, jossa jaetaan kokemuksia turvallisesti ja luottamuksellisesti.",),
        ("Ryhmä kokoontuu kymmenen kertaa, ja sitä ohjaa koulutettu kokemusasiantuntija. Ryhmään "
         "haastatellaan etukäteen.",
         "Ryhmässä ei tarvitse puhua, jos ei halua. Jo kuunteleminen auttaa monia."),
        target_groups="mielenterveyskuntoutujat", themes=("mielenterveys", "vertaistuki", "kokemusasiantuntijuus"),
        life_situations="sairastuminen", activity_types="vertaistukiryhma",
        tags=("vertaistuki", "masennus", "ahdistus"),
        when="evening", registration=0.8, online=0.15,
    ),
    activity(
        ("Miesten ryhmä", "Ulkoiluryhmä", "Taideryhmä", "Mielen hyvinvoinnin kävelyryhmä"),
        ("Yhdessä tekemistä ja hyvää seuraa mielen hyvinvoinnin tueksi.",),
        ("Ryhmässä keskitytään tekemiseen: ulkoillaan, maalataan tai jutellaan kahvin äärellä. Kukaan ei "
         "kysele diagnooseja.",),
        target_groups=("mielenterveyskuntoutujat", "kaikki"), themes=("mielenterveys", "yksinaisyys"),
        life_situations=("sairastuminen", "ero", "tyottomyys"), activity_types=("kerho", "vertaistukiryhma"),
        tags=("mielen hyvinvointi", "yhdessäolo", "ryhmä"), when="day",
    ),
    activity(
        ("Läheisten vertaisryhmä", "Mielenterveysomaisten ryhmä"),
        ("Ryhmä ihmisille, joiden läheinen sairastaa mielenterveyden häiriötä.",),
        ("Ryhmässä saat tietoa, tukea ja ymmärrystä muilta samassa tilanteessa olevilta. Ryhmää ohjaa "
         "omaistyön ammattilainen.",),
        target_groups=("omaishoitajat", "kaikki"), themes=("mielenterveys", "vertaistuki", "omaishoito"),
        life_situations=("laheisen-hoitaminen", "sairastuminen"), activity_types="vertaistukiryhma",
        tags=("omaiset", "vertaistuki", "mielenterveys"), when="evening", online=0.2,
    ),
]

MIELENTERVEYS_EVENTS = [
    event(
        ("Mielenterveyden ensiapu 1 -kurssi", "Mielen hyvinvoinnin kurssi", "Stressinhallinnan kurssi"),
        ("Kurssi antaa taitoja tukea omaa ja toisen mielenterveyttä.",),
        ("Kurssilla opitaan tunnistamaan mielenterveyden ongelmia ja ottamaan asia puheeksi. Kurssi "
         "sopii kaikille, eikä aiempaa tietoa tarvita.",),
        target_groups="kaikki", themes=("mielenterveys",), life_situations="sairastuminen", activity_types="kurssi",
        tags=("mielenterveys", "kurssi", "ensiapu"), when="course", prices=("30 €", "15 €"),
        paid=0.5, registration=1.0, capacity=(12, 20), online=0.15,
    ),
    event(
        ("Kokemusasiantuntijan luento", "Mielenterveysviikon tapahtuma", "Avoimet ovet kohtaamispaikassa"),
        ("Kokemusasiantuntija kertoo omasta toipumisestaan. Vapaa pääsy.",),
        ("Tilaisuuden jälkeen on mahdollisuus keskustella ja tutustua yhdistyksen toimintaan.",),
        target_groups=("kaikki", "mielenterveyskuntoutujat"), themes=("mielenterveys", "kokemusasiantuntijuus"),
        life_situations="sairastuminen", activity_types="luento-tai-tilaisuus", tags=("luento", "toipuminen"),
        when="evening", online=0.2,
    ),
]

MIELENTERVEYS_ROLES = [
    role(
        ("Vertaisohjaajaksi", "Kokemusasiantuntijaksi", "Kohtaamispaikan vapaaehtoiseksi"),
        ("Käytä omaa kokemustasi toisten tukemiseen.",),
        ("Vertaisohjaaja vetää ryhmää työparin kanssa. Vapaaehtoinen kohtaamispaikassa keittää kahvit ja "
         "juttelee kävijöiden kanssa.",),
        target_groups="mielenterveyskuntoutujat", themes=("mielenterveys", "kokemusasiantuntijuus", "vertaistuki"),
        activity_types="vertaistukiryhma", tags=("vertaisohjaaja", "vapaaehtoistyö", "kokemusasiantuntija"),
        time_commitment=("Kaksi kertaa kuukaudessa 2 tuntia", "Ryhmän ajan kerran viikossa"),
        training=("Vertaisohjaajakoulutus ja säännöllinen työnohjaus.", "Kokemusasiantuntijakoulutus (5 kk)."),
        requirements=("Oma kokemus mielenterveyden haasteista ja riittävä toipuminen.",),
    ),
]

AKILTA = [
    activity(
        ("A-killan kohtaamispaikka", "Päihteetön olohuone", "Killan päiväkeskus"),
        ("Päihteetön kohtaamispaikka: kahvia, lehtiä, pelejä ja vertaistukea.",),
        ("Olohuoneessa on aina vertainen paikalla. Sinne voi tulla juttelemaan, lukemaan lehteä tai "
         "pelaamaan korttia. Keittolounas tarjotaan pientä maksua vastaan.",),
        target_groups=("paihdekuntoutujat", "kaikki"), themes=("paihteet", "vertaistuki", "yksinaisyys"),
        life_situations=("yksin-asuminen", "tyottomyys"), activity_types="kohtaamispaikka",
        tags=("päihteetön", "kohtaamispaikka", "vertaistuki"), when="dropin", prices=("Keittolounas 3 €",), paid=0.3,
    ),
    activity(
        ("Toipujien vertaisryhmä", "Raittiuden tukiryhmä", "Läheisryhmä päihdeongelmaisten omaisille"),
        ("Ryhmä päihteistä toipuville tai heidän läheisilleen.",),
        ("Ryhmässä puhutaan suoraan ja luottamuksellisesti. Ohjaajana on koulutettu vertainen.",),
        target_groups=("paihdekuntoutujat", "omaishoitajat"), themes=("paihteet", "vertaistuki"),
        life_situations=("sairastuminen", "ero"), activity_types="vertaistukiryhma",
        tags=("vertaistuki", "raittius", "toipuminen"), when="evening",
    ),
]

AKILTA_EVENTS = [
    *seasonal(
        event,
        {(12,): ("Päihteetön pikkujoulu",), (6, 7): ("Raitis kesäjuhla",)},
        ("Juhla ilman alkoholia: ruokaa, musiikkia ja yhdessäoloa.",),
        ("Juhlaan ovat tervetulleita jäsenet, läheiset ja kaikki, jotka haluavat juhlia päihteettä.",),
        target_groups=("paihdekuntoutujat", "kaikki"), themes=("paihteet", "yksinaisyys"),
        activity_types="luento-tai-tilaisuus", tags=("juhla", "päihteetön"), when="party",
    ),
    event(
        ("Kalastusretki", "Marjaretki", "Luontoretki"),
        ("Päihteetön retki luontoon, kuljetus ja eväät järjestetty.",),
        ("Retkellä ulkoillaan, paistetaan makkaraa ja nautitaan hiljaisuudesta.",),
        target_groups="paihdekuntoutujat", themes=("paihteet", "liikunta"), activity_types="retki-tai-leiri",
        tags=("retki", "luonto", "päihteetön"), when="trip", months=(5, 6, 7, 8, 9), registration=1.0,
        capacity=(8, 16), prices=("Omavastuu 5 €",), paid=0.5,
    ),
]

AKILTA_ROLES = [
    role(
        ("Kohtaamispaikan päivystäjäksi", "Tukihenkilöksi toipujalle"),
        ("Ole vertainen ja luotettava aikuinen päihteettömässä olohuoneessa.",),
        ("Päivystäjä avaa tilan, keittää kahvit ja kohtaa kävijät. Tukihenkilö tapaa toipujaa "
         "säännöllisesti.",),
        target_groups="paihdekuntoutujat", themes=("paihteet", "tukihenkilotoiminta"),
        activity_types=("kohtaamispaikka", "ystava-ja-tukihenkilotoiminta"), tags=("vapaaehtoistyö", "vertaistuki"),
        time_commitment=("Yksi päivystysvuoro viikossa", "1–2 tapaamista kuukaudessa"),
        training=("Perehdytys ja vertaistukikoulutus A-killan liitolta.",),
        requirements=("Vähintään kahden vuoden raittius, jos sinulla on oma päihdetausta.",),
    ),
]

KEHITYSVAMMA = [
    activity(
        ("Harrastekerho aikuisille", "Kehitysvammaisten nuorten aikuisten kerho", "Torstaikerho"),
        ("Kerho kehitysvammaisille aikuisille: pelejä, askartelua ja musiikkia.",),
        ("Kerhossa tehdään yhdessä sovittuja asioita: pelataan bingoa, leivotaan ja lauletaan karaokea. "
         "Avustaja voi tulla mukaan.",),
        target_groups="vammaiset", themes=("kehitysvammaisuus", "kulttuuri-ja-harrastukset", "yksinaisyys"),
        life_situations="yksin-asuminen", activity_types="kerho", tags=("kerho", "harrastus", "kehitysvammaiset"),
        when="evening",
    ),
    activity(
        ("Tanssiryhmä", "Liikuntaryhmä erityisryhmille", "Sählyryhmä"),
        ("Ohjattua liikuntaa kaikille kyvyistä riippumatta.",),
        ("Ohjaaja sovittaa liikkeet ryhmän mukaan. Tärkeintä on liikkumisen ilo.",),
        target_groups="vammaiset", themes=("kehitysvammaisuus", "liikunta"), activity_types="liikuntaryhma",
        tags=("liikunta", "erityisliikunta", "tanssi"), when="exercise", prices=("Kausimaksu 30 €",), paid=0.4,
    ),
    activity(
        ("Vanhempien vertaisryhmä", "Erityislasten vanhempien ryhmä"),
        ("Vertaistukea vanhemmille, joiden lapsella on kehitysvamma.",),
        ("Ryhmässä jaetaan kokemuksia palveluista, koulusta ja jaksamisesta. Lapsille on tarvittaessa "
         "hoito samassa talossa.",),
        target_groups=("lapsiperheet", "vammaiset"), themes=("kehitysvammaisuus", "vertaistuki", "lapsi-ja-perhetyo"),
        life_situations=("lapsiperheen-arki", "laheisen-hoitaminen"), activity_types="vertaistukiryhma",
        tags=("vanhemmat", "vertaistuki", "erityislapset"), when="monthly",
    ),
]

KEHITYSVAMMA_EVENTS = [
    event(
        ("Disco", "Tanssit kaikille", "Karaokeilta"),
        ("Tanssia ja hauskaa yhdessä – avustajat pääsevät ilmaiseksi.",),
        ("Illassa soittaa DJ, ja tarjolla on mehua ja pientä purtavaa.",),
        target_groups="vammaiset", themes=("kehitysvammaisuus", "kulttuuri-ja-harrastukset"),
        activity_types="luento-tai-tilaisuus", tags=("disco", "tanssi", "juhla"), when="party",
        prices=("Sisäänpääsy 5 €",), paid=0.6,
    ),
    event(
        ("Luento: edunvalvonta ja perhe", "Infoilta vammaispalveluista"),
        ("Tietoa vammaispalveluista ja edunvalvonnasta perheille.",),
        ("Tilaisuudessa puhuvat vammaispalveluiden sosiaalityöntekijä ja järjestön lakimies.",),
        target_groups=("vammaiset", "lapsiperheet"), themes=("kehitysvammaisuus",),
        life_situations="laheisen-hoitaminen", activity_types=("luento-tai-tilaisuus", "neuvonta"),
        tags=("luento", "vammaispalvelut", "edunvalvonta"), when="evening", online=0.3,
    ),
]

KEHITYSVAMMA_ROLES = [
    role(
        ("Tukihenkilöksi kehitysvammaiselle", "Harrastuskaveriksi"),
        ("Lähde yhdessä elokuviin, uimaan tai kahville – tuki arjen harrastuksiin.",),
        ("Tukihenkilö ja tuettava sopivat yhdessä, mitä tekevät. Kulut korvataan.",),
        target_groups="vammaiset", themes=("kehitysvammaisuus", "tukihenkilotoiminta"),
        activity_types="ystava-ja-tukihenkilotoiminta", tags=("tukihenkilö", "vapaaehtoistyö", "harrastus"),
        time_commitment=("2–4 kertaa kuukaudessa", "Noin 2 tuntia viikossa"),
        training=("Tukihenkilökoulutus (4 x 3 h).",), requirements=("Täysi-ikäisyys ja rikostaustaote.",),
    ),
]

SYDAN = [
    activity(
        ("Kuntosaliryhmä", "Vesijumppa", "Sydänkävely", "Sauvakävelyryhmä"),
        ("Turvallista liikuntaa sydän- ja diabetespotilaille vertaisohjaajan kanssa.",),
        ("Ryhmässä liikutaan omaan tahtiin ja ohjaaja seuraa jaksamista. Ryhmä sopii myös "
         "sairastumisen jälkeen liikuntaa aloittaville.",),
        target_groups=("pitkaaikaissairaat", "ikaihmiset"), themes=("liikunta", "vertaistuki"),
        life_situations="sairastuminen", activity_types="liikuntaryhma", tags=("liikunta", "sydän", "diabetes"),
        when="exercise", prices=("Kausimaksu 25 €", "2 € / kerta"), paid=0.5,
    ),
    activity(
        ("Sydänkahvila", "Diabeetikoiden vertaistapaaminen", "Vertaisryhmä sairastuneille"),
        ("Vertaistukea ja tietoa sairauden kanssa elämiseen.",),
        ("Tapaamisissa keskustellaan sairauden hoidosta, ravinnosta ja jaksamisesta. Välillä vieraana on "
         "diabeteshoitaja tai ravitsemusterapeutti.",),
        target_groups="pitkaaikaissairaat", themes=("vertaistuki",), life_situations="sairastuminen",
        activity_types="vertaistukiryhma", tags=("vertaistuki", "sydän", "diabetes"), when="monthly",
    ),
]

SYDAN_EVENTS = [
    event(
        ("Luento: sydänterveys", "Verensokeri ja ruokavalio -luento", "Terveysilta"),
        ("Asiantuntijaluento ja mittauksia. Vapaa pääsy.",),
        ("Luennon jälkeen vapaaehtoiset mittaavat verenpaineita ja verensokereita.",),
        target_groups=("pitkaaikaissairaat", "kaikki"), themes=("liikunta",), life_situations="sairastuminen",
        activity_types="luento-tai-tilaisuus", tags=("luento", "terveys", "verenpaine"), when="evening", online=0.2,
    ),
]

SYDAN_ROLES = [
    role(
        ("Liikuntaryhmän vertaisohjaajaksi", "Kävelyryhmän vetäjäksi"),
        ("Ohjaa liikuntaryhmää kerran viikossa.",),
        ("Vertaisohjaaja kokoaa ryhmän, ohjaa alkulämmittelyn ja pitää huolta, että kaikki pysyvät mukana.",),
        target_groups="pitkaaikaissairaat", themes=("liikunta", "vertaistuki"), activity_types="liikuntaryhma",
        tags=("vertaisohjaaja", "liikunta", "vapaaehtoistyö"), time_commitment=("1,5 tuntia viikossa",),
        training=("Liikunnan vertaisohjaajakoulutus.",), requirements=("Innostus liikuntaan.",),
    ),
]

MUISTI = [
    activity(
        ("Muistikahvila", "Muistiperheiden vertaisryhmä", "Muistikuntoutusryhmä"),
        ("Muistisairaat ja heidän läheisensä kohtaavat kahvin ja hyvän seuran äärellä.",),
        ("Muistikahvilassa on teema tai vieras, esimerkiksi muistihoitaja tai musiikkiterapeutti. "
         "Muistisairas ja läheinen voivat tulla yhdessä.",),
        target_groups=("ikaihmiset", "omaishoitajat", "pitkaaikaissairaat"), themes=("omaishoito", "vertaistuki"),
        life_situations=("sairastuminen", "laheisen-hoitaminen"),
        activity_types=("vertaistukiryhma", "kohtaamispaikka"),
        tags=("muisti", "muistisairaus", "vertaistuki"), when="day",
    ),
]

MUISTI_EVENTS = [
    event(
        ("Muistiluento", "Aivoviikon tapahtuma", "Muisti-info läheisille"),
        ("Tietoa muistisairauksista ja aivoterveydestä.",),
        ("Luennoitsija kertoo muistisairauksien ennaltaehkäisystä ja tukipalveluista.",),
        target_groups=("ikaihmiset", "omaishoitajat"), themes=("omaishoito",), life_situations="sairastuminen",
        activity_types="luento-tai-tilaisuus", tags=("muisti", "luento", "aivoterveys"), when="day", online=0.2,
    ),
]

MUISTI_ROLES = [
    role(
        ("Muistiystäväksi", "Ulkoiluystäväksi muistisairaalle"),
        ("Lähde ulkoilemaan tai kahville muistisairaan ihmisen kanssa.",),
        ("Muistiystävä tuo iloa ja antaa omaishoitajalle hetken omaa aikaa.",),
        target_groups=("ikaihmiset", "omaishoitajat"), themes=("omaishoito", "tukihenkilotoiminta", "yksinaisyys"),
        activity_types="ystava-ja-tukihenkilotoiminta", tags=("muistiystävä", "vapaaehtoistyö", "ulkoilu"),
        time_commitment=("Kerran viikossa 1–2 tuntia",), training=("Muistiystäväkoulutus (2 iltaa).",),
        requirements=("Kärsivällisyys ja kiinnostus ikäihmisiin.",),
    ),
]

TEMPLATES = {
    "omaishoitajat": OMAISHOITAJAT + OMAISHOITAJAT_EVENTS + OMAISHOITAJAT_ROLES,
    "mielenterveys": MIELENTERVEYS + MIELENTERVEYS_EVENTS + MIELENTERVEYS_ROLES,
    "akilta": AKILTA + AKILTA_EVENTS + AKILTA_ROLES,
    "kehitysvamma": KEHITYSVAMMA + KEHITYSVAMMA_EVENTS + KEHITYSVAMMA_ROLES,
    "sydan": SYDAN + SYDAN_EVENTS + SYDAN_ROLES,
    "muisti": MUISTI + MUISTI_EVENTS + MUISTI_ROLES,
}
