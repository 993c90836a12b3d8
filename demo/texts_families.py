"""Finnish listing templates for families, children and young people (MLL, scouts, multicultural)."""

from demo.templates import activity, event, role, seasonal

MLL = [
    activity(
        ("Perhekahvila", "Perhekahvila {loc}", "Perhekahvila Mukula", "Avoin perhekahvila"),
        ("Avoin kohtaamispaikka vanhemmille ja pienille lapsille: leikkiä, kahvia ja juttuseuraa.",
         "Tule lapsen kanssa leikkimään ja tapaamaan muita perheitä. Ei ilmoittautumista, ei maksua."),
        ("Perhekahvilassa lapset leikkivät ja aikuiset saavat vertaistukea arjen kysymyksiin. Mukana on "
         "MLL:n koulutettuja vapaaehtoisia, jotka keittävät kahvit ja pitävät huolen, että jokainen tuntee "
         "itsensä tervetulleeksi.",
         "Kahvilassa on leluja, askartelua ja välillä laulu- tai lorutuokio. Voit tulla ja lähteä silloin kun "
         "teille sopii – vaunuille on paikka eteisessä.",
         "Perhekahvila on tarkoitettu kaikille perheille: äideille, isille, isovanhemmille ja muille lapsen "
         "läheisille. Kahvilassa on tarjolla kahvia, teetä ja lapsille välipala."),
        target_groups="lapsiperheet", themes=("lapsi-ja-perhetyo", "yksinaisyys"),
        life_situations=("lapsiperheen-arki", "muutto-uudelle-paikkakunnalle"),
        activity_types="kohtaamispaikka", tags=("perhekahvila", "leikki", "vanhemmat", "taaperot", "kahvila"),
        when="family", prices=("Vapaaehtoinen kahvimaksu 1 €",), paid=0.1,
    ),
    activity(
        ("Vauvakahvila", "Vauvakahvila {loc}", "Vauvakahvila Tuttipuu"),
        ("Vauvaperheiden oma kohtaamispaikka: jaetaan kokemuksia imetyksestä, unesta ja vauva-arjesta.",
         "Vauvakahvilassa tapaat muita alle 1-vuotiaiden vanhempia rennossa seurassa."),
        ("Vauva-aika on ihanaa mutta välillä myös yksinäistä. Vauvakahvilassa voi vaihtaa kuulumisia muiden "
         "samassa tilanteessa olevien kanssa, ja kerran kuussa mukana on vieras, esimerkiksi neuvolan "
         "terveydenhoitaja tai vauvahierontaohjaaja.",
         "Lattialla on pehmeät alustat vauvoille ja imetykseen on rauhallinen nurkkaus. Vanhemmille on "
         "tarjolla kahvia ja teetä."),
        target_groups="lapsiperheet", themes=("lapsi-ja-perhetyo", "vertaistuki"),
        life_situations=("lapsen-saaminen", "lapsiperheen-arki"),
        activity_types=("kohtaamispaikka", "vertaistukiryhma"),
        tags=("vauvat", "vauvakahvila", "imetys", "vertaistuki"), when="family",
    ),
    activity(
        ("Isä-lapsi-liikunta", "Isien ja lasten liikuntavuoro", "Iskä ja mä -jumppa"),
        ("Isät, papat ja muut läheiset liikkuvat yhdessä lasten kanssa salissa.",
         "Vapaata temppuilua ja pallopelejä isille ja 2–7-vuotiaille lapsille."),
        ("Salissa on esillä puolapuut, patjat, pallot ja tasapainoilurata. Vuoro on ohjaamaton, mutta "
         "vapaaehtoinen isä avaa salin ja kertoo käytännöt. Liikuntavaatteet ja juomapullo mukaan.",
         "Yhteinen liikuntahetki antaa isille mahdollisuuden tutustua toisiinsa ja lapsille paljon "
         "liikunnan iloa. Mukaan voi tulla myös isovanhempi tai muu läheinen aikuinen."),
        target_groups="lapsiperheet", themes=("lapsi-ja-perhetyo", "liikunta"), life_situations="lapsiperheen-arki",
        activity_types="liikuntaryhma", tags=("isät", "liikunta", "temppuilu", "lapset"), when="weekend",
        prices=("Kausimaksu 10 € / perhe", "2 € / kerta"), paid=0.3,
    ),
    activity(
        ("Nuorten kahvila", "Nuorten olohuone {loc}", "Teinikahvila"),
        ("Rento paikka 13–17-vuotiaille: pelejä, musiikkia, välipalaa ja luotettava aikuinen paikalla.",
         "Nuorten kahvilassa voi hengailla kavereiden kanssa koulun jälkeen."),
        ("Kahvilassa on lautapelejä, konsoli ja sohvia. Paikalla on aina kaksi koulutettua vapaaehtoista "
         "aikuista, joille voi halutessaan puhua myös mieltä painavista asioista.",
         "Nuoret suunnittelevat itse kahvilan ohjelman: leffailtoja, pelaamista ja leipomista. Toiminta on "
         "päihteetöntä."),
        target_groups="nuoret", themes=("yksinaisyys", "kulttuuri-ja-harrastukset"),
        life_situations="nuoruus-ja-opiskelu", activity_types="kohtaamispaikka",
        tags=("nuoret", "pelit", "nuorisotila", "kaverit"), when="evening",
    ),
    activity(
        ("Lastenhoitoapua perheille", "MLL:n lastenhoitopalvelu {loc}"),
        ("Koulutettu lastenhoitaja tulee kotiinne, kun tarvitsette hetken hengähdystauon tai apua arkeen.",),
        ("Lastenhoitajamme ovat MLL:n kouluttamia ja haastattelemia. Hoitaja tulee kotiin arkisin tai "
         "viikonloppuisin, ja hoitoajasta sovitaan välittäjän kanssa.",
         "Palvelu on tarkoitettu tilapäiseen hoitoon, esimerkiksi vanhemman lääkärikäynnin tai oman ajan "
         "ajaksi. Tilaa hoitaja viimeistään edellisenä päivänä."),
        target_groups="lapsiperheet", themes=("lapsi-ja-perhetyo", "ruoka-apu-ja-arjen-tuki"),
        life_situations=("lapsiperheen-arki", "lapsen-saaminen"), activity_types="neuvonta",
        tags=("lastenhoito", "arjen tuki", "vanhemmat"), when="flexible",
        prices=("9,50 € / tunti, pienituloisille alennus", "10 € / tunti"), paid=0.9, registration=1.0,
    ),
]

MLL_EVENTS = [
    event(
        ("Lastenvaatteiden kirpputori", "Perheiden kirppis", "Lasten ja nuorten kirpputori"),
        ("Myy ja osta lastenvaatteita, leluja ja varusteita. Myyntipöydät varataan etukäteen.",
         "Edullisia lastenvaatteita ja leluja kiertoon – kahvio palvelee koko päivän."),
        ("Kirpputorilla on myynnissä lasten ja nuorten vaatteita, kenkiä, leluja ja lastentarvikkeita. "
         "Myyntipöydän voi varata etukäteen, ja tuotto käytetään paikallisyhdistyksen toimintaan.",
         "Kahviossa on tarjolla kahvia, mehua ja leivonnaisia. Kirppiksellä on myös lasten leikkinurkkaus."),
        target_groups="lapsiperheet", themes=("lapsi-ja-perhetyo", "ruoka-apu-ja-arjen-tuki"),
        life_situations=("lapsiperheen-arki", "talousvaikeudet"), activity_types="luento-tai-tilaisuus",
        tags=("kirpputori", "kierrätys", "lastenvaatteet"), when="weekend", months=(3, 4, 5, 9, 10, 11),
    ),
    *seasonal(
        event,
        {(5, 6, 8, 9): ("Perheiden ulkoilupäivä", "Perheliikuntapäivä {loc}"), (1, 2, 3): ("Talvirieha perheille",)},
        ("Liikuntarasteja, makkaranpaistoa ja yhdessäoloa koko perheelle.",
         "Tule ulkoilemaan koko perheen voimin – luvassa rasteja, nuotio ja mehua."),
        ("Ulkoilupäivän rasteilla lapset pääsevät heittämään, hyppimään ja kokeilemaan uusia lajeja. "
         "Vapaaehtoiset pitävät nuotion lämpimänä, ja makkaran saa paistaa omin käsin.",
         "Pukeudu sään mukaan. Reitti sopii myös lastenvaunuille ja pyörätuolille."),
        target_groups="lapsiperheet", themes=("lapsi-ja-perhetyo", "liikunta"), life_situations="lapsiperheen-arki",
        activity_types=("luento-tai-tilaisuus", "retki-tai-leiri"), tags=("ulkoilu", "perhe", "liikunta"),
        when="weekend",
    ),
    event(
        ("Vanhempainilta: lapsen tunteet ja rajat", "Luento: Uni ja unettomuus vauvaperheessä",
         "Vertaisilta uusperheiden vanhemmille"),
        ("Asiantuntija kertoo ja vastaa kysymyksiin. Lastenhoito järjestetty.",
         "Ilta vanhemmille: tietoa, keskustelua ja vertaistukea."),
        ("Illan alustajana on perheneuvolan psykologi, jonka jälkeen keskustellaan pienissä ryhmissä. "
         "Lapsille on järjestetty hoito viereiseen tilaan.",
         "Tilaisuus on maksuton ja avoin kaikille vanhemmille. Ennakkokysymyksiä voi lähettää yhteyshenkilölle."),
        target_groups="lapsiperheet", themes=("lapsi-ja-perhetyo", "vertaistuki"),
        life_situations=("lapsiperheen-arki", "ero", "lapsen-saaminen"), activity_types="luento-tai-tilaisuus",
        tags=("vanhemmuus", "luento", "vanhempainilta"), registration=0.6, capacity=(20, 40), online=0.15,
    ),
    event(
        ("Satutuokio", "Loruleikit ja satutuokio", "Vauvojen laulutuokio"),
        ("Lyhyt tuokio pienille lapsille ja aikuisille: loruja, lauluja ja satuja.",),
        ("Tuokiossa luetaan kuvakirjoja, lauletaan ja leikitään loruleikkejä. Sopii 0–4-vuotiaille "
         "yhdessä aikuisen kanssa.",),
        target_groups="lapsiperheet", themes=("lapsi-ja-perhetyo", "kulttuuri-ja-harrastukset"),
        life_situations="lapsiperheen-arki", activity_types="kerho", tags=("satu", "kirjasto", "lorut", "lapset"),
        when="morning",
    ),
]

MLL_ROLES = [
    role(
        ("Vapaaehtoiseksi perhekahvilaan", "Perhekahvilan vapaaehtoinen"),
        ("Keitä kahvit, ota perheet vastaan ja luo kahvilaan lämmin tunnelma.",),
        ("Perhekahvilan vapaaehtoinen on läsnä: tervehtii tulijat, pitää huolta tiloista ja juttelee "
         "vanhempien kanssa. Vuoroja on aamupäivisin, ja tehtävää voi tehdä oman aikataulun mukaan.",),
        target_groups="lapsiperheet", themes=("lapsi-ja-perhetyo", "yksinaisyys"), activity_types="kohtaamispaikka",
        tags=("vapaaehtoistyö", "perhekahvila"),
        time_commitment=("Yksi aamupäivä kuukaudessa", "2–3 tuntia viikossa tai joka toinen viikko"),
        training=("Perehdytys ensimmäisellä kerralla ja MLL:n perhekahvilakoulutus (2 iltaa).",),
        requirements=("Kiinnostus lapsiperheiden arkeen. Omaa lasta voi tuoda mukaan.",),
    ),
    role(
        ("Lukumummiksi tai -vaariksi", "Lukumummi- ja -vaaritoiminta päiväkodeissa"),
        ("Tule lukemaan satuja päiväkotiin – ilo on molemminpuolista.",),
        ("Lukumummit ja -vaarit käyvät päiväkodissa lukemassa lapsille pienessä ryhmässä. Tehtävä sopii "
         "hyvin eläkeläiselle, joka nauttii lasten seurasta.",),
        target_groups=("lapsiperheet", "ikaihmiset"), themes=("lapsi-ja-perhetyo", "yksinaisyys"),
        life_situations="elakkeelle-siirtyminen", activity_types="ystava-ja-tukihenkilotoiminta",
        tags=("lukumummi", "sadut", "vapaaehtoistyö"),
        time_commitment=("Kerran viikossa noin tunti", "1–2 kertaa kuukaudessa aamupäivisin"),
        training=("Perehdytysilta ja vertaistapaamiset kahdesti vuodessa.",),
        requirements=("Rikostaustaote pyydetään nähtäväksi, koska tehtävä on lasten kanssa.",),
    ),
]

PARTIO = [
    activity(
        ("Sudenpentujen kokoukset", "Sudenpentulauma (7–9-vuotiaat)", "Sudenpennut – partiota 7–9-vuotiaille"),
        ("Viikoittainen partiokokous 7–9-vuotiaille: leikkejä, retkiä ja uusia taitoja.",
         "Partiossa opitaan yhdessä tekemällä. Uudet sudenpennut ovat tervetulleita."),
        ("Kokouksissa harjoitellaan solmuja, ensiapua ja luontotaitoja, leikitään ja askarrellaan. "
         "Laumaa vetävät koulutetut nuoret johtajat aikuisten tuella.",
         "Syksyn ja kevään aikana tehdään retkiä lähimetsään ja yövytään kerran kololla. Partiohuivin "
         "saa lupauksenannossa."),
        target_groups="lapsiperheet", themes=("lapsi-ja-perhetyo", "kulttuuri-ja-harrastukset", "liikunta"),
        life_situations="lapsiperheen-arki", activity_types="kerho",
        tags=("partio", "sudenpennut", "luonto", "retkeily"),
        when="kids", prices=("Jäsenmaksu 60 € / vuosi", "Lippukunnan jäsenmaksu 55 € vuodessa"), paid=0.8,
    ),
    activity(
        ("Seikkailijat (10–12-vuotiaat)", "Seikkailijavartio", "Tarpojat (12–15-vuotiaat)"),
        ("Vartio kokoontuu kerran viikossa ja retkeilee ympäri vuoden.",),
        ("Vartiossa opetellaan retkikeittimen käyttöä, suunnistusta ja vastuuta omasta ryhmästä. "
         "Kokoukset pidetään kololla ja usein ulkona.",
         "Kesällä lähdetään yhdessä piirileirille. Varusteita voi lainata lippukunnalta."),
        target_groups=("lapsiperheet", "nuoret"), themes=("kulttuuri-ja-harrastukset", "liikunta"),
        life_situations="nuoruus-ja-opiskelu", activity_types="kerho", tags=("partio", "retkeily", "nuoret"),
        when="kids", prices=("Jäsenmaksu 60 € / vuosi",), paid=0.8,
    ),
    activity(
        ("Aikuisten partioilta", "Aikuispartio – mukaan vaikka ilman aiempaa kokemusta"),
        ("Partiota aikuisille: retkiä, saunailtoja ja lippukunnan tukemista omalla panoksella.",),
        ("Aikuispartio on vanhemmille ja muille aikuisille, jotka haluavat retkeillä ja auttaa "
         "lippukuntaa. Aiempaa partiotaustaa ei tarvita.",),
        target_groups="kaikki", themes=("kulttuuri-ja-harrastukset", "liikunta"),
        life_situations=("muutto-uudelle-paikkakunnalle", "lapsiperheen-arki"), activity_types="kerho",
        tags=("partio", "aikuiset", "retkeily"), when="monthly",
    ),
]

PARTIO_EVENTS = [
    event(
        ("Partioon tutustumispäivä", "Tule kokeilemaan partiota!", "Avoin partiopäivä perheille"),
        ("Kokeile partiota koko perheen kanssa: rasteja, nuotio ja kaakaota.",),
        ("Päivän aikana lapset pääsevät kokeilemaan partiotaitoja rasteilla, ja vanhemmat voivat kysyä "
         "johtajilta kaikesta partioon liittyvästä. Mukaan ulkoiluvaatteet.",),
        target_groups="lapsiperheet", themes=("lapsi-ja-perhetyo", "kulttuuri-ja-harrastukset"),
        life_situations=("lapsiperheen-arki", "muutto-uudelle-paikkakunnalle"), activity_types="luento-tai-tilaisuus",
        tags=("partio", "perhe", "ulkoilu"), when="weekend", months=(1, 8, 9),
    ),
    *seasonal(
        event,
        {(9, 10): ("Syysleiri",), (2, 3): ("Talvileiri", "Hiihtolomaleiri"), (5, 6): ("Kevätleiri",),
         (6, 7, 8): ("Lippukunnan kesäleiri",)},
        ("Viikonlopun leiri lippukunnan omalla leiripaikalla.",
         "Leirillä yövytään teltoissa tai kämpällä, laitetaan ruokaa trangialla ja nautitaan luonnosta."),
        ("Leirille lähdetään perjantai-iltana ja palataan sunnuntaina iltapäivällä. Varusteluettelo "
         "lähetetään ilmoittautuneille.",
         "Leirin hintaan sisältyvät ruoat, kuljetukset ja ohjelma. Varusteita voi lainata lippukunnalta."),
        target_groups=("lapsiperheet", "nuoret"), themes=("kulttuuri-ja-harrastukset", "liikunta"),
        life_situations="nuoruus-ja-opiskelu", activity_types="retki-tai-leiri",
        tags=("partio", "leiri", "retkeily", "luonto"),
        when="camp", prices=("Leirimaksu 45 €", "60 € (sisaralennus 10 €)", "35 €"), paid=0.85,
        registration=1.0, capacity=(20, 60),
    ),
]

PARTIO_ROLES = [
    role(
        ("Sudenpentujen johtajaksi", "Partiojohtajaksi aikuisena", "Leirikokiksi partioleirille"),
        ("Lippukunta etsii aikuisia johtajiksi, leirikokeiksi ja kuskeiksi.",),
        ("Voit vetää viikkokokouksia yhdessä nuoren johtajan kanssa tai auttaa leireillä ja retkillä. "
         "Aiempaa partiokokemusta ei tarvita – kaikki opetetaan.",),
        target_groups=("lapsiperheet", "nuoret"), themes=("lapsi-ja-perhetyo", "kulttuuri-ja-harrastukset"),
        activity_types="kerho", tags=("partio", "vapaaehtoistyö", "johtaja"),
        time_commitment=("Noin 2 tuntia viikossa ja muutama retkiviikonloppu vuodessa",
                         "Yksi leiriviikonloppu tai -viikko vuodessa"),
        training=("Partion johtajakoulutus ja turvallisuuskoulutus, lippukunta maksaa kurssimaksut.",),
        requirements=("Täysi-ikäisyys ja rikostaustaote.",),
    ),
]

MONIKULTTUURINEN = [
    activity(
        ("Kielikahvila", "Kielikahvila {loc}", "Suomen kielen kahvila", "Puhutaan suomea -kahvila"),
        ("Harjoittele suomen kieltä rennosti kahvikupin ääressä.",
         "Kielikahvilassa puhutaan selkeää suomea ja tutustutaan uusiin ihmisiin."),
        ("Kielikahvilassa keskustellaan pienissä ryhmissä arkisista aiheista. Vapaaehtoiset "
         "suomenkieliset auttavat ja kannustavat – virheitä ei tarvitse pelätä.",
         "Kahvila sopii kaikille, jotka opiskelevat suomea, oli taso mikä tahansa. Lapsille on "
         "leikkinurkkaus."),
        target_groups=("maahanmuuttajat", "kaikki"), themes=("kotoutuminen", "yksinaisyys"),
        life_situations="muutto-uudelle-paikkakunnalle", activity_types=("kohtaamispaikka", "kurssi"),
        tags=("kielikahvila", "suomen kieli", "kotoutuminen", "keskustelu"), when="evening",
    ),
    activity(
        ("Läksykerho", "Läksyapu koululaisille", "Läksyhelppi"),
        ("Vapaaehtoiset auttavat koululaisia läksyissä ja kokeisiin lukemisessa.",),
        ("Läksykerhoon voi tuoda minkä tahansa aineen tehtävät. Erityisesti autamme lapsia ja nuoria, "
         "joiden kotikieli on muu kuin suomi. Välipala tarjotaan.",),
        target_groups=("lapsiperheet", "nuoret", "maahanmuuttajat"), themes=("kotoutuminen", "lapsi-ja-perhetyo"),
        life_situations="nuoruus-ja-opiskelu", activity_types="kerho", tags=("läksyt", "koulu", "opiskelu"),
        when="evening",
    ),
    activity(
        ("Naisten olohuone", "Naisten kohtaamispaikka", "Äitien ja lasten kahvila"),
        ("Turvallinen paikka naisille eri kulttuureista: kahvia, käsitöitä ja keskustelua.",),
        ("Olohuoneessa tutustutaan, tehdään käsitöitä ja jutellaan arjen asioista. Välillä vieraana on "
         "asiantuntija kertomassa esimerkiksi terveyspalveluista tai työnhausta. Lapset voivat tulla mukaan.",),
        target_groups=("maahanmuuttajat", "lapsiperheet"), themes=("kotoutuminen", "yksinaisyys", "vertaistuki"),
        life_situations=("muutto-uudelle-paikkakunnalle", "lapsiperheen-arki"), activity_types="kohtaamispaikka",
        tags=("naiset", "kotoutuminen", "käsityöt"), when="day",
    ),
    activity(
        ("Digineuvonta maahanmuuttajille", "Apua asiointiin verkossa"),
        ("Saat apua Kelan, TE-palveluiden ja pankin verkkoasiointiin.",),
        ("Vapaaehtoiset neuvovat vahvan tunnistautumisen, lomakkeiden ja sähköpostin käytössä. Ota "
         "mukaan oma puhelin tai tabletti ja tunnukset.",),
        target_groups=("maahanmuuttajat", "tyottomat"), themes=("digituki", "kotoutuminen", "tyollisyys-ja-osallisuus"),
        life_situations=("muutto-uudelle-paikkakunnalle", "tyottomyys"), activity_types="neuvonta",
        tags=("digituki", "asiointi", "neuvonta"), when="day",
    ),
]

MONIKULTTUURINEN_EVENTS = [
    event(
        ("Kulttuurien ilta", "Maailma kylässä {loc}", "Monikulttuurinen juhla", "Kansainvälinen ruokailta"),
        ("Ruokaa, musiikkia ja tanssia eri puolilta maailmaa. Kaikki ovat tervetulleita.",),
        ("Illan aikana maistellaan eri maiden ruokia, kuullaan musiikkia ja opetellaan tansseja. "
         "Yhdistyksen jäsenet kertovat kotimaistaan ja juhlaperinteistään.",
         "Tapahtuma on maksuton. Voit tuoda mukanasi oman maasi ruokaa yhteiseen pöytään."),
        target_groups=("kaikki", "maahanmuuttajat"), themes=("kotoutuminen", "kulttuuri-ja-harrastukset"),
        life_situations="muutto-uudelle-paikkakunnalle", activity_types="luento-tai-tilaisuus",
        tags=("monikulttuurisuus", "juhla", "ruoka", "musiikki"), when="party",
    ),
    event(
        ("Infotilaisuus: palvelut uudelle asukkaalle", "Tietoa työnhausta Suomessa"),
        ("Mistä saa apua? Tilaisuudessa kerrotaan kunnan, Kelan ja hyvinvointialueen palveluista.",),
        ("Puhujina ovat kotoutumispalveluiden ja järjestöjen edustajat. Tilaisuudessa on tulkkaus "
         "englanniksi ja arabiaksi, ja kysymyksiä saa esittää omalla kielellä.",),
        target_groups="maahanmuuttajat", themes=("kotoutuminen", "tyollisyys-ja-osallisuus"),
        life_situations=("muutto-uudelle-paikkakunnalle", "tyottomyys"),
        activity_types=("neuvonta", "luento-tai-tilaisuus"),
        tags=("neuvonta", "palvelut", "työnhaku"), when="evening", registration=0.4, online=0.2,
        languages=("english", "arabia"),
    ),
]

MONIKULTTUURINEN_ROLES = [
    role(
        ("Kielikaveriksi", "Vapaaehtoiseksi kielikahvilaan", "Läksyhelppariksi"),
        ("Tule juttelemaan suomea kielenoppijoiden kanssa – riittää, että puhut suomea.",),
        ("Kielikaveri tapaa oppijaa tai pientä ryhmää ja keskustelee arkisista asioista. Opettajan "
         "taitoja ei tarvita: tärkeintä on kiinnostus ihmisiin ja kärsivällisyys.",),
        target_groups="maahanmuuttajat", themes=("kotoutuminen", "yksinaisyys"),
        activity_types="ystava-ja-tukihenkilotoiminta", tags=("kielikaveri", "vapaaehtoistyö", "suomen kieli"),
        time_commitment=("1–2 tuntia viikossa vähintään puolen vuoden ajan", "Joka toinen viikko yksi ilta"),
        training=("Aloituskoulutus selkokielestä ja kulttuurien kohtaamisesta.",),
        requirements=("Hyvä suomen kielen taito ja halu kohdata ihmisiä avoimesti.",),
    ),
]

TEMPLATES = {
    "mll": MLL + MLL_EVENTS + MLL_ROLES,
    "partio": PARTIO + PARTIO_EVENTS + PARTIO_ROLES,
    "monikulttuurinen": MONIKULTTUURINEN + MONIKULTTUURINEN_EVENTS + MONIKULTTUURINEN_ROLES,
}
