"""Finnish listing templates for pensioners, Martat, village associations and the Red Cross."""

from demo.templates import activity, event, role, seasonal

SMALL_FEES = ("2 € / kerta", "Jäsenille maksuton, muille 3 €", "Kahvi ja pulla 2 €", "Kausimaksu 20 €")

# The headline case of the demo (see generate.showcase_jobs).
PEER_GROUP = activity(
    ("Vertaistukiryhmä ikäihmisille", "Ikäihmisten vertaisryhmä", "Juttutupa – vertaistukea senioreille",
     "Vertaistukiryhmä yksin asuville ikäihmisille"),
    ("Pienryhmä, jossa jaetaan arjen ilot ja huolet samassa elämäntilanteessa olevien kanssa.",
     "Vertaistukea ja seuraa yksinäisyyttä kokeville ikäihmisille, koulutetun vertaisohjaajan kanssa."),
    ("Ryhmä kokoontuu kahvin äärelle, ja jokainen saa kertoa kuulumisensa omalla vuorollaan. "
     "Puhutaan esimerkiksi eläkkeelle jäämisestä, leskeksi jäämisestä, terveydestä ja siitä, "
     "miten arjessa jaksaa. Kenenkään ei tarvitse puhua, jos ei halua.",
     "Ryhmää ohjaa vapaaehtoinen vertaisohjaaja, joka on saanut tehtävään koulutuksen. Ryhmään "
     "voi tulla ilman ilmoittautumista, ja mukaan saa tuoda ystävän. Palveluohjaaja voi myös "
     "ohjata ryhmään."),
    target_groups="ikaihmiset", themes=("vertaistuki", "yksinaisyys"),
    life_situations=("elakkeelle-siirtyminen", "yksin-asuminen", "laheisen-menetys"),
    activity_types="vertaistukiryhma", tags=("vertaistuki", "ikäihmiset", "yksinäisyys", "juttuseura"),
    when="day",
)

ELAKELAISET = [
    PEER_GROUP,
    activity(
        ("Kerhopäivä", "Eläkeläisten kerho", "Torstaikerho", "Seniorikerho {loc}"),
        ("Kahvia, ajankohtaisia vieraita, visailua ja hyvää seuraa.",
         "Viikoittainen kerho, jossa kuullaan esitelmiä, lauletaan ja vaihdetaan kuulumiset."),
        ("Kerhossa on joka kerta vieras tai teema: poliisi kertoo turvallisuudesta, kirjaston väki "
         "uutuuskirjoista tai jäsen matkastaan. Lopuksi lauletaan yhdessä ja arvotaan pienet palkinnot.",
         "Kerho on avoin kaikille eläkeläisille, myös muille kuin jäsenille. Kahvi ja pulla maksavat "
         "pari euroa, ja tuotto käytetään retkiin."),
        target_groups="ikaihmiset", themes=("ikaihmisten-virkistys", "yksinaisyys"),
        life_situations=("elakkeelle-siirtyminen", "yksin-asuminen"), activity_types="kerho",
        tags=("kerho", "eläkeläiset", "kahvi", "esitelmät"), when="day", prices=SMALL_FEES, paid=0.35,
    ),
    activity(
        ("Tuolijumppa", "Seniorijumppa", "Kevyt jumppa ikäihmisille", "Venyttely ja tasapaino"),
        ("Ohjattua liikuntaa omaan tahtiin – liikkeet voi tehdä istuen tai seisten.",
         "Lihaskuntoa ja tasapainoa turvallisesti koulutetun vertaisohjaajan kanssa."),
        ("Jumpassa vahvistetaan lihaksia, parannetaan tasapainoa ja venytellään musiikin tahdissa. "
         "Ohjaaja on käynyt Ikäinstituutin vertaisohjaajakoulutuksen.",
         "Ryhmä sopii hyvin myös niille, jotka eivät ole liikkuneet pitkään aikaan. Ota mukaan "
         "juomapullo ja mukavat vaatteet."),
        target_groups="ikaihmiset", themes=("liikunta", "ikaihmisten-virkistys"),
        life_situations="elakkeelle-siirtyminen", activity_types="liikuntaryhma",
        tags=("jumppa", "liikunta", "tasapaino", "seniorit"), when="exercise",
        prices=("Kausimaksu 20 €", "2 € / kerta"), paid=0.4,
    ),
    activity(
        ("Laulukerho", "Yhteislaulu", "Lauluhetki senioreille"),
        ("Tuttuja lauluja yhdessä laulaen – nuotteja ei tarvitse osata.",),
        ("Kerhoa vetää vapaaehtoinen, ja mukana on säestäjä. Laulamme iskelmiä, kansanlauluja ja "
         "vuodenaikojen lauluja.",
         "Laulun lomassa kuullaan tarinoita laulujen synnystä ja juodaan kahvit. Lauluvihot saa lainaksi."),
        target_groups="ikaihmiset", themes=("kulttuuri-ja-harrastukset", "ikaihmisten-virkistys"),
        life_situations=("elakkeelle-siirtyminen", "yksin-asuminen"), activity_types="kerho",
        tags=("laulu", "musiikki", "kulttuuri"), when="day",
    ),
    activity(
        ("Lukupiiri", "Kirjallisuuspiiri", "Muistelupiiri"),
        ("Harrastuspiiri, jossa nautitaan kirjoista, tarinoista ja toistemme seurasta.",),
        ("Piirissä luetaan kuukauden kirja tai muistellaan yhdessä annetusta aiheesta, ja keskustellaan "
         "kahvin äärellä. Kirjat lainataan kirjastosta, myös äänikirjana tai isotekstisenä.",),
        target_groups="ikaihmiset", themes=("kulttuuri-ja-harrastukset", "yksinaisyys"),
        life_situations=("elakkeelle-siirtyminen", "yksin-asuminen"), activity_types="kerho",
        tags=("lukupiiri", "kirjat", "kulttuuri"), when="monthly",
    ),
    activity(
        ("Digitupa senioreille", "Älypuhelinapua", "Digiapu ikäihmisille {loc}"),
        ("Saat apua puhelimen, tabletin tai tietokoneen käyttöön vertaisopastajalta.",
         "Kysy rohkeasti: miten otetaan kuva, varataan aika terveysasemalle tai käytetään pankkia?"),
        ("Digituvassa vapaaehtoiset opastajat neuvovat rauhassa ja omaan tahtiin. Ota mukaan oma laite, "
         "laturi ja tarvittaessa pankkitunnukset.",
         "Opastajat eivät käsittele salasanoja puolestasi, vaan neuvovat, miten teet asiat itse "
         "turvallisesti."),
        target_groups="ikaihmiset", themes=("digituki", "ikaihmisten-virkistys"),
        life_situations=("elakkeelle-siirtyminen", "yksin-asuminen"), activity_types="neuvonta",
        tags=("digituki", "älypuhelin", "tabletti", "neuvonta"), when="morning",
    ),
    activity(
        ("Keilailu", "Boccia", "Kävelyryhmä", "Sauvakävely"),
        ("Liikuntaa ja hyvää seuraa ulkona tai hallissa.",),
        ("Ryhmään ovat tervetulleita kaikki, eikä aiempaa kokemusta tarvita. Vetäjä neuvoo alkuun ja "
         "tahti sovitetaan hitaimman mukaan.",),
        target_groups="ikaihmiset", themes=("liikunta", "yksinaisyys"), life_situations="elakkeelle-siirtyminen",
        activity_types="liikuntaryhma", tags=("liikunta", "ulkoilu", "seniorit"), when="exercise",
        prices=("Ratamaksu 3 €", "Jäsenille maksuton, muille 2 €"), paid=0.3,
    ),
]

ELAKELAISET_EVENTS = [
    event(
        ("Teatteriretki", "Kesäteatteriretki", "Kylpyläretki", "Retki Helsinkiin"),
        ("Yhteinen bussiretki, hintaan sisältyvät kuljetus, lippu ja ruokailu.",),
        ("Bussi lähtee keskustasta ja poimii matkalta kyytiin sovituista pysäkeistä. Matkalla pysähdytään "
         "kahville. Ilmoittautuminen on sitova.",),
        target_groups="ikaihmiset", themes=("ikaihmisten-virkistys", "kulttuuri-ja-harrastukset"),
        life_situations=("elakkeelle-siirtyminen", "yksin-asuminen"), activity_types="retki-tai-leiri",
        tags=("retki", "teatteri", "bussimatka"), when="trip", prices=("Jäsenille 55 €, muille 65 €", "48 €", "72 €"),
        paid=0.95, registration=1.0, capacity=(30, 50),
    ),
    *seasonal(
        event,
        {(4, 5): ("Kevätjuhla",), (9, 10): ("Syysjuhla",), (11, 12): ("Joulujuhla", "Yhdistyksen pikkujoulu")},
        ("Juhla ohjelmineen, kahvitarjoilu ja arpajaiset.",),
        ("Juhlassa on musiikkia, puheita ja runonlausuntaa. Ohjelman jälkeen nautitaan kahvit ja arvotaan "
         "arpajaisvoitot.",),
        target_groups="ikaihmiset", themes=("ikaihmisten-virkistys", "yksinaisyys", "kulttuuri-ja-harrastukset"),
        life_situations="yksin-asuminen", activity_types="luento-tai-tilaisuus", tags=("juhla", "musiikki", "kahvi"),
        when="party", prices=("Juhlamaksu 10 €",), paid=0.3, registration=0.5,
        capacity=(40, 120),
    ),
    event(
        ("Turvallisuusilta ikäihmisille", "Luento: Huijaukset puhelimessa ja verkossa", "Kaatumisten ehkäisy -luento"),
        ("Asiantuntijan luento ja keskustelua. Kahvitarjoilu.",),
        ("Illan puhujana on poliisin ennalta estävän toiminnan edustaja tai fysioterapeutti. Luennon "
         "jälkeen on aikaa kysymyksille.",),
        target_groups="ikaihmiset", themes=("ikaihmisten-virkistys", "digituki"), life_situations="yksin-asuminen",
        activity_types="luento-tai-tilaisuus", tags=("luento", "turvallisuus", "huijaukset"), when="day",
    ),
]

ELAKELAISET_ROLES = [
    role(
        ("Kerhon kahvinkeittäjäksi", "Vapaaehtoiseksi kerhopäiviin"),
        ("Auta kerhopäivän järjestelyissä: kahvit, pöydät ja tulijoiden vastaanotto.",),
        ("Kerhoemännät ja -isännät vuorottelevat, joten tehtävää ei tarvitse tehdä joka viikko.",),
        target_groups="ikaihmiset", themes=("ikaihmisten-virkistys", "yksinaisyys"), activity_types="kerho",
        tags=("vapaaehtoistyö", "kerho"), time_commitment=("Kerran kuukaudessa 3 tuntia",),
        training=("Perehdytys kerhon vetäjältä.",), requirements=("Hygieniapassi on eduksi, mutta ei pakollinen.",),
    ),
    role(
        ("Digiopastajaksi", "Vertaisopastajaksi digitupaan"),
        ("Neuvo ikäihmisiä puhelimen ja tietokoneen käytössä.",),
        ("Opastaja auttaa kädestä pitäen ja kärsivällisesti. Et tarvitse IT-alan taustaa, vain arjen "
         "taidot ja halun auttaa.",),
        target_groups="ikaihmiset", themes=("digituki", "ikaihmisten-virkistys"), activity_types="neuvonta",
        tags=("digituki", "vapaaehtoistyö", "opastaja"), time_commitment=("2 tuntia viikossa tai joka toinen viikko",),
        training=("Digiopastajan koulutus (2 x 3 tuntia) ja vertaistapaamiset.",),
        requirements=("Älypuhelimen ja tietokoneen sujuva peruskäyttö.",),
    ),
]

MARTAT = [
    activity(
        ("Marttailta", "Marttojen kuukausi-ilta", "Marttakerho"),
        ("Kuukausittainen ilta, jossa kokataan, tehdään käsitöitä tai kuullaan vierailijaa.",),
        ("Marttaillan teema vaihtelee: syksyllä säilötään satoa, talvella neulotaan ja keväällä "
         "kylvetään yrttejä. Illat ovat avoimia myös muille kuin jäsenille.",
         "Illan aikana juodaan kahvit ja suunnitellaan yhdessä tulevia tapahtumia. Uudet martat ovat "
         "lämpimästi tervetulleita."),
        target_groups="kaikki", themes=("kulttuuri-ja-harrastukset", "yksinaisyys", "ruoka-apu-ja-arjen-tuki"),
        life_situations=("muutto-uudelle-paikkakunnalle", "yksin-asuminen"), activity_types="kerho",
        tags=("martat", "käsityöt", "ruoanlaitto", "yhdessäolo"), when="monthly",
    ),
    activity(
        ("Neulekahvila", "Käsityökahvila", "Neuletupa {loc}"),
        ("Tuo keskeneräinen työsi ja neulo seurassa. Apua saa ja neuvoja annetaan.",),
        ("Neulekahvilassa neulotaan, virkataan ja vaihdetaan vinkkejä. Osa töistä lahjoitetaan "
         "keskolaan ja vanhainkoteihin.",),
        target_groups=("kaikki", "ikaihmiset"), themes=("kulttuuri-ja-harrastukset", "yksinaisyys"),
        life_situations=("yksin-asuminen", "elakkeelle-siirtyminen"), activity_types="kerho",
        tags=("neulonta", "käsityöt", "kahvila"), when="evening",
    ),
    activity(
        ("Arjen ruokakoulu", "Edullista kotiruokaa -ryhmä", "Miesten kokkikerho"),
        ("Opitaan laittamaan edullista ja terveellistä ruokaa, ja syödään yhdessä.",),
        ("Jokaisella kerralla valmistetaan kolmen ruokalajin ateria, jonka raaka-aineet maksavat alle "
         "kolme euroa annokselta. Reseptit saa mukaan kotiin.",),
        target_groups=("kaikki", "tyottomat"), themes=("ruoka-apu-ja-arjen-tuki", "yksinaisyys"),
        life_situations=("talousvaikeudet", "yksin-asuminen"), activity_types=("kurssi", "kerho"),
        tags=("ruoanlaitto", "edullinen ruoka", "kokkaus"), when="evening",
        prices=("Raaka-ainemaksu 5 € / kerta", "3 € / kerta"), paid=0.7, registration=0.6,
    ),
]

MARTAT_EVENTS = [
    event(
        ("Sieniretki", "Sienikurssi", "Marjaretki"),
        ("Opi tunnistamaan syötävät sienet kokeneen sieneneuvojan kanssa.",),
        ("Retkellä kerätään ja tunnistetaan sieniä, ja lopuksi ne perataan ja käsitellään yhdessä. "
         "Mukaan kori, veitsi ja säänmukainen vaatetus.",),
        target_groups="kaikki", themes=("kulttuuri-ja-harrastukset", "liikunta"),
        life_situations="muutto-uudelle-paikkakunnalle",
        activity_types=("retki-tai-leiri", "kurssi"), tags=("sienet", "luonto", "retki"), when="weekend",
        months=(8, 9, 10), registration=0.8, capacity=(12, 25),
    ),
    *seasonal(
        event,
        {(11, 12): ("Joulupöydän kurssi",), (8, 9): ("Säilöntäkurssi",),
         (1, 2, 3, 4, 5, 10, 11): ("Leipäkurssi", "Kasvisruokakurssi", "Arjen ruokakurssi")},
        ("Käytännön kurssi, jossa valmistetaan ruoat yhdessä ja syödään lopuksi.",),
        ("Kurssilla opetellaan perinteiset ja uudet herkut. Marttaneuvoja opastaa ja kertoo vinkit "
         "ruokahävikin vähentämiseen.",),
        target_groups="kaikki", themes=("kulttuuri-ja-harrastukset", "ruoka-apu-ja-arjen-tuki"),
        life_situations="yksin-asuminen", activity_types="kurssi", tags=("ruokakurssi", "ruoanlaitto", "martat"),
        when="course", prices=("25 €", "Jäsenille 15 €, muille 25 €", "20 € (sis. raaka-aineet)"), paid=0.9,
        registration=1.0, capacity=(10, 18),
    ),
    *seasonal(
        event,
        {(4, 5): ("Kevätmarkkinat", "Kevätmyyjäiset"), (8, 9): ("Sadonkorjuumarkkinat",),
         (11, 12): ("Joulumyyjäiset",)},
        ("Myyjäiset: leivonnaisia, käsitöitä ja arpajaiset.",),
        ("Myytävänä on marttojen leipomia piirakoita, leipiä ja käsitöitä. Arpajaisten tuotto käytetään "
         "yhdistyksen toimintaan.",),
        target_groups="kaikki", themes=("kulttuuri-ja-harrastukset",), activity_types="luento-tai-tilaisuus",
        tags=("myyjäiset", "leivonnaiset", "käsityöt"), when="weekend",
    ),
]

MARTAT_ROLES = [
    role(
        ("Ruokakurssin apukädeksi", "Vapaaehtoiseksi myyjäisiin"),
        ("Auta kurssilla tai myyjäisissä – kokemusta ei tarvita, innostus riittää.",),
        ("Vapaaehtoinen auttaa esivalmisteluissa, tiskaa ja ottaa osallistujat vastaan.",),
        target_groups="kaikki", themes=("ruoka-apu-ja-arjen-tuki", "kulttuuri-ja-harrastukset"),
        activity_types="kurssi", tags=("vapaaehtoistyö", "martat"),
        time_commitment=("Muutama ilta vuodessa", "Yksi lauantai myyjäisten aikaan"),
        training=("Perehdytys paikan päällä.",), requirements=("Ei erityisiä vaatimuksia.",),
    ),
]

KYLA = [
    activity(
        ("Kyläkahvila", "Kylätalon kahvila", "Kahvila kylätalolla"),
        ("Kyläläisten oma kahvila: pullakahvit, kuulumiset ja kylän asiat.",),
        ("Kahvila on avoin kaikille kyläläisille ja ohikulkijoille. Samalla voi lainata kirjoja "
         "kylätalon kirjahyllystä ja jättää ilmoituksen ilmoitustaululle.",),
        target_groups="kaikki", themes=("yksinaisyys", "ikaihmisten-virkistys"),
        life_situations=("yksin-asuminen", "muutto-uudelle-paikkakunnalle"), activity_types="kohtaamispaikka",
        tags=("kyläkahvila", "kylätalo", "yhteisö"), when="day", prices=("Kahvi ja pulla 2 €",), paid=0.5,
    ),
    activity(
        ("Kylätalon jumppa", "Kuntopiiri kylätalolla", "Lavatanssikurssi"),
        ("Ohjattua liikuntaa kylätalolla – kaikenikäisille ja -kuntoisille.",),
        ("Ohjaaja vaihtelee jumppaa kuntopiiristä venyttelyyn. Alustat ja välineet löytyvät kylätalolta.",),
        target_groups="kaikki", themes=("liikunta",), activity_types="liikuntaryhma",
        tags=("jumppa", "liikunta", "kylätalo"), when="evening", prices=("Kausimaksu 25 €", "3 € / kerta"),
        paid=0.6,
    ),
]

KYLA_EVENTS = [
    *seasonal(
        event,
        {(6, 7, 8): ("Kyläjuhla", "Kesäjuhla kylätalolla"), (6,): ("Juhannustanssit kylätalolla",),
         (12,): ("Kylän pikkujoulu",), (2, 3): ("Laskiaisrieha kylätalolla",)},
        ("Koko kylän juhla: ohjelmaa, arpajaiset ja kahvio.",),
        ("Juhlassa esiintyvät kylän lapset ja paikallinen bändi. Kahviosta saa kahvia, makkaraa ja "
         "kotileivonnaisia.",),
        target_groups="kaikki", themes=("kulttuuri-ja-harrastukset", "yksinaisyys"),
        activity_types="luento-tai-tilaisuus",
        tags=("kyläjuhla", "kylätalo", "juhla"), when="party",
    ),
    *seasonal(
        event,
        {(4, 5): ("Kevättalkoot", "Siivoustalkoot"), (9, 10): ("Syystalkoot", "Kylätalkoot")},
        ("Laitetaan kylätalo ja sen piha kuntoon yhdessä. Talkoolaisille keittoruoka.",),
        ("Talkoissa haravoidaan, maalataan ja korjataan. Kaikki kädet ovat tervetulleita, myös lapset.",),
        target_groups="kaikki", themes=("tyollisyys-ja-osallisuus",), activity_types="luento-tai-tilaisuus",
        tags=("talkoot", "kylätalo", "yhteisö"), when="weekend",
    ),
]

KYLA_ROLES = [
    role(
        ("Kyläkahvilan vapaaehtoiseksi", "Talkoolaiseksi kylätalolle"),
        ("Leivo, keitä kahvit tai auta kylätalon ylläpidossa.",),
        ("Kylätalo pysyy elävänä vapaaehtoisten voimin. Tehtäviä on leipomisesta nurmikonleikkuuseen.",),
        target_groups="kaikki", themes=("yksinaisyys", "tyollisyys-ja-osallisuus"), activity_types="kohtaamispaikka",
        tags=("vapaaehtoistyö", "kylätalo"), time_commitment=("Kerran kuukaudessa", "Oman aikataulun mukaan"),
        training=("Perehdytys kylätalon käytäntöihin.",), requirements=("Ei erityisiä vaatimuksia.",),
    ),
]

SPR = [
    activity(
        ("Ystävätoiminnan ryhmä", "Ystäväpiiri", "Ystävätupa {loc}"),
        ("Ryhmä yksinäisyyttä kokeville: jutellaan, pelataan ja tehdään pieniä retkiä.",),
        ("Ystäväpiirissä on kaksi koulutettua vapaaehtoista. Ryhmään voi tulla, vaikka ei tuntisi "
         "ketään etukäteen.",),
        target_groups=("ikaihmiset", "kaikki"), themes=("yksinaisyys", "tukihenkilotoiminta"),
        life_situations=("yksin-asuminen", "laheisen-menetys"),
        activity_types=("kohtaamispaikka", "ystava-ja-tukihenkilotoiminta"),
        tags=("ystävätoiminta", "yksinäisyys", "seura"), when="day",
    ),
    activity(
        ("Ystävä yksinäiselle", "Ystävävälitys", "Hae itsellesi vapaaehtoista ystävää"),
        ("Koulutettu vapaaehtoinen ystävä tapaa sinua säännöllisesti – kahvilla, kävellen tai puhelimessa.",),
        ("Ystävävälittäjä haastattelee sinut ja etsii sopivan ystävän. Toiminta on maksutonta ja "
         "luottamuksellista.",),
        target_groups=("ikaihmiset", "kaikki", "mielenterveyskuntoutujat"),
        themes=("yksinaisyys", "tukihenkilotoiminta"),
        life_situations=("yksin-asuminen", "laheisen-menetys", "sairastuminen"),
        activity_types="ystava-ja-tukihenkilotoiminta",
        tags=("ystävä", "yksinäisyys", "tukihenkilö"), when="flexible", registration=1.0,
    ),
    activity(
        ("Ruoka-apu", "Ruoka-avun jako", "Yhteinen ateria"),
        ("Kauppojen ylijäämäruokaa jaetaan tarvitseville ilman lähetettä.",
         "Lämmin ateria ja seuraa – kaikki ovat tervetulleita, kysymyksiä ei esitetä."),
        ("Ruoka-apu on tarkoitettu kaikille, joiden rahat eivät riitä ruokaan. Ota oma kassi mukaan. "
         "Jonotusnumerot jaetaan puoli tuntia ennen jaon alkua.",),
        target_groups=("kaikki", "tyottomat"), themes=("ruoka-apu-ja-arjen-tuki",),
        life_situations=("talousvaikeudet", "tyottomyys"), activity_types="ruoka-apu",
        tags=("ruoka-apu", "ruokajakelu", "hävikkiruoka"), when="day",
    ),
    activity(
        ("Terveyspiste", "Verenpaineen mittaus"),
        ("Maksutonta verenpaineen mittausta ja terveysneuvontaa vapaaehtoisilta.",),
        ("Terveyspisteessä päivystävät SPR:n koulutetut terveydenhuollon ammattilaiset ja vapaaehtoiset.",),
        target_groups=("kaikki", "ikaihmiset"), themes=("ikaihmisten-virkistys",), activity_types="neuvonta",
        tags=("terveys", "verenpaine", "neuvonta"), when="morning",
    ),
]

SPR_EVENTS = [
    event(
        ("Ensiapukurssi EA1", "Hätäensiapukurssi", "Ensiavun peruskurssi"),
        ("Opi toimimaan hätätilanteessa. Kurssista saa todistuksen.",),
        ("Kurssilla harjoitellaan elvytystä, defibrillaattorin käyttöä ja haavojen hoitoa. Kouluttajina "
         "toimivat SPR:n ensiapukouluttajat.",),
        target_groups="kaikki", themes=("tyollisyys-ja-osallisuus",), activity_types="kurssi",
        tags=("ensiapu", "kurssi", "elvytys"), when="course", prices=("120 €", "80 € (työttömille 40 €)", "35 €"),
        paid=0.9, registration=1.0, capacity=(12, 20),
    ),
    event(
        ("Ystävätoiminnan peruskurssi", "Vapaaehtoistoiminnan infoilta"),
        ("Kurssi uusille vapaaehtoisille ystäville. Maksuton.",),
        ("Kurssilla kerrotaan ystävätoiminnan periaatteista, vaitiolosta ja omista rajoista.",),
        target_groups="kaikki", themes=("tukihenkilotoiminta", "yksinaisyys"), activity_types="kurssi",
        tags=("vapaaehtoistyö", "koulutus", "ystävätoiminta"), when="evening", registration=0.9, capacity=(10, 25),
        online=0.2,
    ),
]

SPR_ROLES = [
    role(
        ("Vapaaehtoiseksi ystäväksi", "Ystävä ikäihmiselle", "Puhelinystäväksi"),
        ("Tapaa yksinäistä ihmistä säännöllisesti ja tuo iloa hänen arkeensa.",),
        ("Ystävä käy kahvilla, ulkoilee tai soittaa – yhdessä sovitaan, mikä sopii molemmille.",),
        target_groups=("ikaihmiset", "kaikki"), themes=("yksinaisyys", "tukihenkilotoiminta"),
        activity_types="ystava-ja-tukihenkilotoiminta", tags=("ystävätoiminta", "vapaaehtoistyö"),
        time_commitment=("1–2 tuntia viikossa vähintään puolen vuoden ajan", "Kerran viikossa, ajankohta sovitaan"),
        training=("Ystävätoiminnan peruskurssi (6 tuntia) ja työnohjaus.",),
        requirements=("Täysi-ikäisyys, luotettavuus ja vaitiolovelvollisuuteen sitoutuminen.",),
    ),
    role(
        ("Ensiapuryhmään", "Ruoka-avun jakajaksi"),
        ("Päivystä yleisötapahtumissa tai auta ruoka-avun jakelussa.",),
        ("Tehtävä tehdään ryhmässä, ja vuoroista sovitaan yhdessä kuukausittain.",),
        target_groups="kaikki", themes=("ruoka-apu-ja-arjen-tuki",), activity_types=("ruoka-apu", "neuvonta"),
        tags=("vapaaehtoistyö", "ensiapu", "ruoka-apu"),
        time_commitment=("Noin 4 tuntia kuukaudessa", "Yksi vuoro viikossa"),
        training=("EA1-kurssi ja ryhmän omat harjoitukset.", "Hygieniaperehdytys ennen ensimmäistä vuoroa."),
        requirements=("Hyvä fyysinen kunto.", "Ei erityisiä vaatimuksia."),
    ),
]

TEMPLATES = {
    "elakelaiset": ELAKELAISET + ELAKELAISET_EVENTS + ELAKELAISET_ROLES,
    "martat": MARTAT + MARTAT_EVENTS + MARTAT_ROLES,
    "kylayhdistys": KYLA + KYLA_EVENTS + KYLA_ROLES,
    "spr": SPR + SPR_EVENTS + SPR_ROLES,
}
