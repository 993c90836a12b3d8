"""Listing templates in Swedish, English and plain Finnish (selkosuomi).

Each names the association types that would plausibly publish it.
"""

from dataclasses import replace

from demo.templates import EN, SELKO, SV, activity, event, role, seasonal

SENIORS = ("elakelaiset", "spr", "kylayhdistys", "martat")

SWEDISH = [
    activity(
        ("Seniorträff i {sv}", "Seniorträff", "Svenskspråkig seniorträff"),
        ("Kaffe, program och trevligt sällskap för seniorer – på svenska.",),
        ("Träffen är öppen för alla svensktalande seniorer. Varje gång har vi en gäst eller ett tema, till "
         "exempel musik, resor eller hälsa.",
         "Vi dricker kaffe, sjunger tillsammans och planerar utfärder. Nya deltagare är varmt välkomna."),
        target_groups="ikaihmiset", themes=("ikaihmisten-virkistys", "yksinaisyys"),
        life_situations=("elakkeelle-siirtyminen", "yksin-asuminen"), activity_types="kerho",
        tags=("seniorer", "träff", "kaffe"), when="day", types=SENIORS,
    ),
    activity(
        ("Familjecafé i {sv}", "Babycafé", "Öppet familjecafé"),
        ("Ett öppet café för föräldrar och små barn, på svenska.",),
        ("I caféet leker barnen medan de vuxna pratar och delar erfarenheter. Frivilliga kokar kaffe och "
         "tar emot alla familjer.",),
        target_groups="lapsiperheet", themes=("lapsi-ja-perhetyo", "yksinaisyys"),
        life_situations=("lapsiperheen-arki", "lapsen-saaminen"), activity_types="kohtaamispaikka",
        tags=("familjecafé", "barn", "föräldrar"), when="family", types=("mll",),
    ),
    activity(
        ("Stickcafé", "Handarbetscafé"),
        ("Ta med ditt handarbete och sticka i gott sällskap.",),
        ("Vi stickar, virkar och byter tips. En del av arbetena skänks till sjukhusets barnavdelning.",),
        target_groups="kaikki", themes=("kulttuuri-ja-harrastukset", "yksinaisyys"), activity_types="kerho",
        tags=("stickning", "handarbete"), when="evening", types=("martat", "kylayhdistys"),
    ),
    activity(
        ("Samtalsgrupp för närståendevårdare", "Kamratstödsgrupp för anhöriga"),
        ("En förtrolig grupp där närståendevårdare delar erfarenheter och får stöd.",),
        ("Gruppen leds av en utbildad kamratstödjare. Vi talar om ork, service och vardagens praktiska frågor.",),
        target_groups="omaishoitajat", themes=("omaishoito", "vertaistuki"), life_situations="laheisen-hoitaminen",
        activity_types="vertaistukiryhma", tags=("närståendevård", "kamratstöd"), when="day",
        types=("omaishoitajat", "muisti"),
    ),
    activity(
        ("Motionsgrupp för seniorer", "Stolgymnastik"),
        ("Lätt motion i egen takt, på svenska.",),
        ("Vi stärker musklerna och förbättrar balansen till musik. Passar också dig som inte motionerat på länge.",),
        target_groups="ikaihmiset", themes=("liikunta", "ikaihmisten-virkistys"), activity_types="liikuntaryhma",
        tags=("motion", "gymnastik", "seniorer"), when="exercise", types=("elakelaiset", "sydan"),
    ),
    activity(
        ("Språkcafé – svenska och finska", "Språkcafé"),
        ("Öva svenska eller finska över en kopp kaffe.",),
        ("Vi pratar i små grupper om vardagliga saker. Alla nivåer är välkomna.",),
        target_groups=("kaikki", "maahanmuuttajat"), themes=("kotoutuminen", "yksinaisyys"),
        life_situations="muutto-uudelle-paikkakunnalle", activity_types="kohtaamispaikka",
        tags=("språkcafé", "språk"), when="evening", languages="suomi", types=("monikulttuurinen", "spr"),
    ),
    activity(
        ("Öppen mötesplats", "Mötesplats för psykisk hälsa"),
        ("En drogfri mötesplats där du kan komma som du är.",),
        ("Kom på kaffe, läs tidningen eller spela spel. En kamratstödjare finns alltid på plats.",),
        target_groups=("mielenterveyskuntoutujat", "kaikki"), themes=("mielenterveys", "yksinaisyys"),
        activity_types="kohtaamispaikka", tags=("mötesplats", "psykisk hälsa"), when="dropin",
        types=("mielenterveys", "akilta"),
    ),
    activity(
        ("Vargungar (7–9 år)", "Scoutmöten på svenska"),
        ("Scouting på svenska: lekar, utfärder och nya färdigheter.",),
        ("På mötena lär vi oss knopar, första hjälp och friluftsliv. Flocken leds av utbildade unga ledare.",),
        target_groups="lapsiperheet", themes=("lapsi-ja-perhetyo", "kulttuuri-ja-harrastukset"),
        activity_types="kerho", tags=("scouting", "friluftsliv"), when="kids", types=("partio",),
    ),
    event(
        ("Föreläsning: Att orka som närståendevårdare", "Infokväll om stöd för närståendevård"),
        ("En sakkunnig berättar om stöd, ledighet och tjänster för närståendevårdare.",),
        ("Efter föreläsningen finns tid för frågor och kaffe.",),
        target_groups="omaishoitajat", themes=("omaishoito",), life_situations="laheisen-hoitaminen",
        activity_types="luento-tai-tilaisuus", tags=("föreläsning", "närståendevård"), when="evening",
        types=("omaishoitajat", "muisti"), online=0.2,
    ),
    *seasonal(
        event,
        {(9, 10, 11): ("Höstfest för seniorer",), (12,): ("Julfest",), (4, 5): ("Vårfest",)},
        ("Fest med program, kaffe och lotteri.",),
        ("Festen bjuder på musik, tal och allsång. Efter programmet dricker vi kaffe tillsammans.",),
        target_groups="ikaihmiset", themes=("ikaihmisten-virkistys", "kulttuuri-ja-harrastukset"),
        activity_types="luento-tai-tilaisuus", tags=("fest", "seniorer"), when="party", types=SENIORS,
    ),
    event(
        ("Loppis för barnfamiljer", "Barnklädesloppis"),
        ("Köp och sälj barnkläder, leksaker och utrustning.",),
        ("Bordsplatser bokas i förväg. Caféet är öppet hela dagen.",),
        target_groups="lapsiperheet", themes=("lapsi-ja-perhetyo",), activity_types="luento-tai-tilaisuus",
        tags=("loppis", "barnkläder"), when="weekend", months=(3, 4, 5, 9, 10), types=("mll",),
    ),
    event(
        ("Kurs i första hjälp", "Första hjälpen-kurs på svenska"),
        ("Lär dig att handla rätt i en nödsituation.",),
        ("Vi övar hjärt-lungräddning, användning av defibrillator och vård av sår.",),
        target_groups="kaikki", themes=("tyollisyys-ja-osallisuus",), activity_types="kurssi",
        tags=("första hjälp", "kurs"), when="course", prices=("60 €",), paid=0.9, registration=1.0,
        capacity=(10, 18), types=("spr",),
    ),
    role(
        ("Bli frivillig vän", "Frivillig vän för en äldre person"),
        ("Träffa en ensam människa regelbundet och för glädje till vardagen.",),
        ("Vännen kommer på kaffe, promenerar eller ringer – ni kommer överens om vad som passar er båda.",),
        target_groups="ikaihmiset", themes=("yksinaisyys", "tukihenkilotoiminta"),
        activity_types="ystava-ja-tukihenkilotoiminta", tags=("vänverksamhet", "frivillig"),
        time_commitment=("1–2 timmar i veckan i minst ett halvt år",),
        training=("Grundkurs i vänverksamhet (6 timmar).",), requirements=("Myndig och pålitlig.",),
        types=("spr", "elakelaiset", "muisti"),
    ),
    role(
        ("Frivillig på familjecaféet",),
        ("Koka kaffe, ta emot familjerna och skapa en varm stämning.",),
        ("Den frivilliga hälsar välkommen och pratar med föräldrarna. Du väljer själv dina turer.",),
        target_groups="lapsiperheet", themes=("lapsi-ja-perhetyo",), activity_types="kohtaamispaikka",
        tags=("frivillig", "familjecafé"), time_commitment=("En förmiddag i månaden",),
        training=("Introduktion vid första tillfället.",), requirements=("Intresse för barnfamiljer.",),
        types=("mll",),
    ),
]

ENGLISH = [
    activity(
        ("Language café: practise Finnish", "Finnish conversation club", "Language café in {en}"),
        ("Practise Finnish in a relaxed group – all levels welcome.",),
        ("We talk about everyday topics in small groups. Volunteer Finnish speakers help and encourage you, "
         "so there is no need to be afraid of mistakes.",),
        target_groups=("maahanmuuttajat", "kaikki"), themes=("kotoutuminen", "yksinaisyys"),
        life_situations="muutto-uudelle-paikkakunnalle", activity_types=("kohtaamispaikka", "kurssi"),
        tags=("language café", "finnish", "integration"), when="evening", languages="suomi",
        types=("monikulttuurinen", "spr"),
    ),
    activity(
        ("Family café for international families", "International playgroup"),
        ("Meet other families, let the children play and share tips about life in Finland.",),
        ("The café is run by volunteers who speak English and Finnish. Coffee, tea and a snack for the "
         "children are available.",),
        target_groups=("lapsiperheet", "maahanmuuttajat"), themes=("lapsi-ja-perhetyo", "kotoutuminen"),
        life_situations=("lapsiperheen-arki", "muutto-uudelle-paikkakunnalle"), activity_types="kohtaamispaikka",
        tags=("family café", "playgroup", "parents"), when="family", types=("mll", "monikulttuurinen"),
    ),
    activity(
        ("Walking group in English", "Peer support group in English"),
        ("A friendly group for anyone who prefers to talk in English.",),
        ("We walk, talk and share experiences. The group is confidential and led by a trained peer.",),
        target_groups=("kaikki", "mielenterveyskuntoutujat"), themes=("mielenterveys", "vertaistuki", "liikunta"),
        activity_types=("vertaistukiryhma", "liikuntaryhma"), tags=("peer support", "walking"), when="day",
        types=("mielenterveys", "sydan"),
    ),
    activity(
        ("Digital help drop-in", "Help with online services"),
        ("Get help with your phone, strong authentication and online services.",),
        ("Volunteers help you with Kela, bank and health centre services online. Bring your own device.",),
        target_groups=("maahanmuuttajat", "ikaihmiset"), themes=("digituki", "kotoutuminen"),
        activity_types="neuvonta", tags=("digital help", "online services"), when="morning",
        types=("elakelaiset", "monikulttuurinen"),
    ),
    activity(
        ("Scouts in English", "English-speaking scout group"),
        ("Scouting for 7–12-year-olds in English: games, hikes and outdoor skills.",),
        ("Meetings are held weekly and led by trained volunteer leaders. New scouts are welcome.",),
        target_groups="lapsiperheet", themes=("lapsi-ja-perhetyo", "kulttuuri-ja-harrastukset"),
        activity_types="kerho", tags=("scouts", "outdoors"), when="kids", types=("partio",),
    ),
    event(
        ("International food evening", "Culture night", "World music and food evening"),
        ("Food, music and dance from around the world. Everyone is welcome.",),
        ("Members share dishes and stories from their home countries. Bring a dish to share if you like.",),
        target_groups=("kaikki", "maahanmuuttajat"), themes=("kotoutuminen", "kulttuuri-ja-harrastukset"),
        activity_types="luento-tai-tilaisuus", tags=("culture", "food", "music"), when="party",
        types=("monikulttuurinen",),
    ),
    event(
        ("Info session: social and health services in {en}", "Finding work in Finland – info session"),
        ("Where to get help? Experts introduce the services of the municipality, Kela and the wellbeing area.",),
        ("Questions can be asked in English, Finnish or your own language with the help of interpreters.",),
        target_groups="maahanmuuttajat", themes=("kotoutuminen", "tyollisyys-ja-osallisuus"),
        life_situations=("muutto-uudelle-paikkakunnalle", "tyottomyys"), activity_types="neuvonta",
        tags=("services", "info", "work"), when="evening", online=0.3, types=("monikulttuurinen", "spr"),
    ),
    event(
        ("Board game night for young adults", "Movie night for young adults"),
        ("A relaxed evening of games and snacks. Alcohol-free.",),
        ("Come alone or with friends – the games are explained to newcomers.",),
        target_groups="nuoret", themes=("yksinaisyys", "kulttuuri-ja-harrastukset"),
        life_situations="nuoruus-ja-opiskelu", activity_types="luento-tai-tilaisuus", tags=("games", "young adults"),
        when="evening", types=("mll", "mielenterveys"),
    ),
    role(
        ("Volunteer conversation partner", "Homework helper"),
        ("Help newcomers practise Finnish or help pupils with homework.",),
        ("You meet a learner or a small group regularly. No teaching experience is needed.",),
        target_groups="maahanmuuttajat", themes=("kotoutuminen", "yksinaisyys"),
        activity_types="ystava-ja-tukihenkilotoiminta", tags=("volunteering", "language"),
        time_commitment=("1–2 hours a week for at least six months",),
        training=("An introduction to plain language and meeting people from other cultures.",),
        requirements=("Good Finnish and an open mind.",), types=("monikulttuurinen", "spr"),
    ),
    role(
        ("Volunteer for the family café",),
        ("Make coffee, welcome families and help create a warm atmosphere.",),
        ("Volunteers greet newcomers and chat with parents. Choose shifts that suit you.",),
        target_groups="lapsiperheet", themes=("lapsi-ja-perhetyo",), activity_types="kohtaamispaikka",
        tags=("volunteering", "family café"), time_commitment=("One morning a month",),
        training=("Introduction on your first shift.",), requirements=("Interest in families with children.",),
        types=("mll",),
    ),
]

PLAIN_FINNISH = [
    activity(
        ("Kahvila kaikille", "Tule kahville"),
        ("Tule juomaan kahvia ja juttelemaan. Kahvila on kaikille.",),
        ("Kahvilassa voit juoda kahvia tai teetä. Voit jutella muiden kanssa. Voit myös vain istua ja "
         "lukea lehteä. Kahvilaan ei tarvitse ilmoittautua.",),
        target_groups="kaikki", themes=("yksinaisyys",), life_situations="yksin-asuminen",
        activity_types="kohtaamispaikka", tags=("kahvila", "selkokieli"), when="day",
        types=("mielenterveys", "akilta", "kylayhdistys", "spr", "elakelaiset"),
    ),
    activity(
        ("Tule jumppaamaan", "Liikuntaryhmä aikuisille"),
        ("Jumppaamme yhdessä. Liikkeet ovat helppoja.",),
        ("Ohjaaja näyttää liikkeet. Voit tehdä liikkeet istuen tai seisten. Ota mukaan vesipullo.",),
        target_groups=("vammaiset", "ikaihmiset"), themes=("liikunta",), activity_types="liikuntaryhma",
        tags=("liikunta", "selkokieli"), when="exercise", types=("kehitysvamma", "elakelaiset", "sydan"),
    ),
    activity(
        ("Kerho aikuisille", "Illan kerho"),
        ("Kerhossa pelataan, lauletaan ja tehdään käsitöitä.",),
        ("Kerho on aikuisille. Kerhossa on kaksi ohjaajaa. Voit tulla yksin tai avustajan kanssa.",),
        target_groups="vammaiset", themes=("kehitysvammaisuus", "kulttuuri-ja-harrastukset"),
        activity_types="kerho", tags=("kerho", "selkokieli"), when="evening", types=("kehitysvamma",),
    ),
    activity(
        ("Ruokaa edullisesti", "Ruoka-apu"),
        ("Jaamme ruokaa ihmisille, joilla on vähän rahaa.",),
        ("Ruoka on ilmaista. Et tarvitse paperia tai todistusta. Ota oma kassi mukaan.",),
        target_groups=("kaikki", "tyottomat"), themes=("ruoka-apu-ja-arjen-tuki",),
        life_situations="talousvaikeudet", activity_types="ruoka-apu", tags=("ruoka-apu", "selkokieli"),
        when="day", types=("spr",),
    ),
    activity(
        ("Apua puhelimen käyttöön", "Opi käyttämään tablettia"),
        ("Autamme, kun puhelin tai tabletti tuntuu vaikealta.",),
        ("Ota oma puhelin mukaan. Opastaja neuvoo rauhassa. Voit kysyä mitä vain.",),
        target_groups=("ikaihmiset", "maahanmuuttajat"), themes=("digituki",), activity_types="neuvonta",
        tags=("digituki", "selkokieli"), when="morning", types=("elakelaiset", "monikulttuurinen"),
    ),
    activity(
        ("Puhutaan yhdessä", "Ryhmä mielen hyvinvointiin"),
        ("Ryhmässä puhutaan siitä, miten jaksaa.",),
        ("Ryhmässä on muita, joilla on samanlaisia kokemuksia. Kaikki, mitä ryhmässä puhutaan, jää ryhmään. "
         "Sinun ei tarvitse puhua, jos et halua.",),
        target_groups="mielenterveyskuntoutujat", themes=("mielenterveys", "vertaistuki"),
        life_situations="sairastuminen", activity_types="vertaistukiryhma", tags=("vertaistuki", "selkokieli"),
        when="evening", types=("mielenterveys",),
    ),
    activity(
        ("Suomen kieltä helposti", "Helppoa suomea"),
        ("Harjoittelemme suomea helpoilla sanoilla.",),
        ("Puhumme arjen asioista. Opettaja puhuu hitaasti. Kaikki saavat kysyä.",),
        target_groups="maahanmuuttajat", themes=("kotoutuminen",), life_situations="muutto-uudelle-paikkakunnalle",
        activity_types="kurssi", tags=("suomen kieli", "selkokieli"), when="evening", types=("monikulttuurinen",),
    ),
    event(
        ("Juhla kaikille", "Tanssit kaikille"),
        ("Tule juhlimaan. Juhlassa on musiikkia ja tanssia.",),
        ("Juhlassa soitetaan musiikkia. Voit tanssia tai kuunnella. Juhlassa on mehua ja pullaa.",),
        target_groups=("kaikki", "vammaiset"), themes=("kulttuuri-ja-harrastukset", "yksinaisyys"),
        activity_types="luento-tai-tilaisuus", tags=("juhla", "selkokieli"), when="party",
        types=("kehitysvamma", "kylayhdistys", "akilta"),
    ),
    event(
        ("Retki luontoon", "Yhteinen retki"),
        ("Lähdemme yhdessä retkelle. Bussi vie ja tuo.",),
        ("Retkellä kävellään vähän ja syödään eväitä. Pue lämpimät vaatteet. Ilmoittaudu etukäteen.",),
        target_groups=("kaikki", "vammaiset"), themes=("liikunta",), activity_types="retki-tai-leiri",
        tags=("retki", "selkokieli"), when="trip", months=(5, 6, 8, 9), registration=1.0, capacity=(10, 25),
        types=("kehitysvamma", "akilta", "elakelaiset"),
    ),
    role(
        ("Ryhdy ystäväksi", "Tule vapaaehtoiseksi"),
        ("Voit olla ystävä ihmiselle, joka on yksinäinen.",),
        ("Ystävä tapaa toista ihmistä. Voitte juoda kahvia tai käydä kävelyllä. Sovitte yhdessä, milloin "
         "tapaatte.",),
        target_groups=("kaikki", "vammaiset"), themes=("yksinaisyys", "tukihenkilotoiminta"),
        activity_types="ystava-ja-tukihenkilotoiminta", tags=("ystävä", "selkokieli"),
        time_commitment=("Noin kaksi tuntia viikossa.",), training=("Saat koulutuksen. Koulutus on kolme iltaa.",),
        requirements=("Olet yli 18-vuotias.",), types=("spr", "kehitysvamma", "elakelaiset"),
    ),
]

BY_LANGUAGE = {
    SV: [replace(t, language=SV) for t in SWEDISH],
    EN: [replace(t, language=EN) for t in ENGLISH],
    SELKO: [replace(t, language=SELKO) for t in PLAIN_FINNISH],
}
