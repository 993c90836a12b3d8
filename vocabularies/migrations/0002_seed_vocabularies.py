"""Seed the vocabularies from shared/vocabularies/README.md.

The data lives here, not in an importable module, so that this migration gives the same result
forever even when the liaison later edits the terms in admin.
"""

from django.db import migrations

REGIONS = [
    # slug, fi, sv, en, code
    ("keski-uusimaa", "Keski-Uusimaa (Keusote)", "Mellersta Nyland (Keusote)", "Central Uusimaa (Keusote)", ""),
    ("forssan-seutu", "Forssan seutu (FSHKY)", "Forssaregionen (FSHKY)", "Forssa region (FSHKY)", ""),
]

MUNICIPALITIES = [
    # Statistics Finland code, fi, sv, en, region
    ("106", "Hyvinkää", "Hyvinge", "Hyvinkää", "keski-uusimaa"),
    ("186", "Järvenpää", "Träskända", "Järvenpää", "keski-uusimaa"),
    ("505", "Mäntsälä", "Mäntsälä", "Mäntsälä", "keski-uusimaa"),
    ("543", "Nurmijärvi", "Nurmijärvi", "Nurmijärvi", "keski-uusimaa"),
    ("611", "Pornainen", "Borgnäs", "Pornainen", "keski-uusimaa"),
    ("858", "Tuusula", "Tusby", "Tuusula", "keski-uusimaa"),
    ("061", "Forssa", "Forssa", "Forssa", "forssan-seutu"),
    ("103", "Humppila", "Humppila", "Humppila", "forssan-seutu"),
    ("169", "Jokioinen", "Jockis", "Jokioinen", "forssan-seutu"),
    ("834", "Tammela", "Tammela", "Tammela", "forssan-seutu"),
    ("981", "Ypäjä", "Ypäjä", "Ypäjä", "forssan-seutu"),
]

TARGET_GROUPS = [
    # slug, fi, sv, en, code (PTV or YSO)
    ("kaikki", "Kaikki kuntalaiset", "Alla invånare", "All residents", "KR1"),
    ("ikaihmiset", "Ikäihmiset", "Äldre", "Older people", "KR1.1"),
    ("lapsiperheet", "Lapset ja lapsiperheet", "Barn och barnfamiljer", "Children and families", "KR1.2"),
    ("nuoret", "Nuoret", "Unga", "Young people", "KR1.3"),
    ("pitkaaikaissairaat", "Pitkäaikaissairaat", "Långtidssjuka", "People with long-term illness", "KR1.4"),
    ("vammaiset", "Vammaiset", "Personer med funktionsnedsättning", "People with disabilities", "KR1.6"),
    ("maahanmuuttajat", "Maahanmuuttajat", "Invandrare", "Immigrants", "yso:p6165"),
    ("mielenterveyskuntoutujat", "Mielenterveyskuntoutujat", "Personer i mentalvårdsrehabilitering", "People in mental health recovery", "yso:p12297"),
    ("paihdekuntoutujat", "Päihdekuntoutujat", "Personer i missbruksrehabilitering", "People in substance abuse recovery", "yso:p23886"),
    ("tyottomat", "Työttömät", "Arbetslösa", "Unemployed people", "yso:p7708"),
    ("omaishoitajat", "Omaishoitajat ja läheiset", "Närståendevårdare och anhöriga", "Family carers and relatives", ""),
]

THEMES = [
    ("yksinaisyys", "Yksinäisyys", "Ensamhet", "Loneliness"),
    ("vertaistuki", "Vertaistuki", "Kamratstöd", "Peer support"),
    ("mielenterveys", "Mielenterveys", "Psykisk hälsa", "Mental health"),
    ("paihteet", "Päihteet", "Rusmedel", "Substance use"),
    ("kehitysvammaisuus", "Kehitysvammaisuus", "Intellektuell funktionsnedsättning", "Intellectual disability"),
    ("lapsi-ja-perhetyo", "Lapsi- ja perhetyö", "Barn- och familjearbete", "Work with children and families"),
    ("omaishoito", "Omaishoito", "Närståendevård", "Family care"),
    ("ikaihmisten-virkistys", "Ikäihmisten virkistys", "Rekreation för äldre", "Recreation for older people"),
    ("liikunta", "Liikunta", "Motion", "Exercise"),
    ("kulttuuri-ja-harrastukset", "Kulttuuri ja harrastukset", "Kultur och hobbyer", "Culture and hobbies"),
    ("ruoka-apu-ja-arjen-tuki", "Ruoka-apu ja arjen tuki", "Mathjälp och stöd i vardagen", "Food aid and everyday support"),
    ("kotoutuminen", "Kotoutuminen ja monikulttuurisuus", "Integration och mångkultur", "Integration and diversity"),
    ("tyollisyys-ja-osallisuus", "Työllisyys ja osallisuus", "Sysselsättning och delaktighet", "Employment and inclusion"),
    ("kokemusasiantuntijuus", "Kokemusasiantuntijuus", "Erfarenhetsexpertis", "Lived-experience expertise"),
    ("tukihenkilotoiminta", "Tukihenkilötoiminta", "Stödpersonsverksamhet", "Support persons"),
    ("digituki", "Digituki", "Digistöd", "Digital support"),
]

LIFE_SITUATIONS = [
    ("lapsen-saaminen", "Lapsen saaminen", "Att få barn", "Having a baby"),
    ("lapsiperheen-arki", "Lapsiperheen arki", "Barnfamiljens vardag", "Everyday life with children"),
    ("nuoruus-ja-opiskelu", "Nuoruus ja opiskelu", "Ungdom och studier", "Youth and studies"),
    ("tyottomyys", "Työttömyys", "Arbetslöshet", "Unemployment"),
    ("muutto-uudelle-paikkakunnalle", "Muutto uudelle paikkakunnalle", "Flytt till en ny ort", "Moving to a new place"),
    ("elakkeelle-siirtyminen", "Eläkkeelle siirtyminen", "Pensionering", "Retirement"),
    ("sairastuminen", "Sairastuminen", "Insjuknande", "Falling ill"),
    ("laheisen-hoitaminen", "Läheisen hoitaminen", "Vård av en närstående", "Caring for a loved one"),
    ("ero", "Ero", "Skilsmässa", "Separation"),
    ("laheisen-menetys", "Läheisen menetys", "Förlust av en närstående", "Bereavement"),
    ("talousvaikeudet", "Talousvaikeudet", "Ekonomiska svårigheter", "Financial difficulties"),
    ("yksin-asuminen", "Yksin asuminen", "Att bo ensam", "Living alone"),
]

ACTIVITY_TYPES = [
    ("vertaistukiryhma", "Vertaistukiryhmä", "Kamratstödsgrupp", "Peer-support group"),
    ("kerho", "Kerho tai harrastusryhmä", "Klubb eller hobbygrupp", "Club or hobby group"),
    ("kohtaamispaikka", "Kohtaamispaikka", "Mötesplats", "Drop-in meeting place"),
    ("ystava-ja-tukihenkilotoiminta", "Ystävä- ja tukihenkilötoiminta", "Vän- och stödpersonsverksamhet", "Befriending and support persons"),
    ("kurssi", "Kurssi tai koulutus", "Kurs eller utbildning", "Course or training"),
    ("liikuntaryhma", "Liikuntaryhmä", "Motionsgrupp", "Exercise group"),
    ("neuvonta", "Neuvonta ja ohjaus", "Rådgivning och handledning", "Advice and guidance"),
    ("retki-tai-leiri", "Retki tai leiri", "Utflykt eller läger", "Outing or camp"),
    ("ruoka-apu", "Ruoka-apu", "Mathjälp", "Food aid"),
    ("luento-tai-tilaisuus", "Luento tai tilaisuus", "Föreläsning eller evenemang", "Talk or public event"),
]

LANGUAGES = [
    # slug, fi, sv, en, code (ISO 639)
    ("suomi", "suomi", "finska", "Finnish", "fi"),
    ("svenska", "ruotsi", "svenska", "Swedish", "sv"),
    ("english", "englanti", "engelska", "English", "en"),
    ("selkosuomi", "selkosuomi", "lättläst finska", "Plain Finnish", "fi-x-selko"),
    ("viittomakieli", "suomalainen viittomakieli", "finskt teckenspråk", "Finnish Sign Language", "fse"),
    ("venaja", "venäjä", "ryska", "Russian", "ru"),
    ("arabia", "arabia", "arabiska", "Arabic", "ar"),
    ("ukraina", "ukraina", "ukrainska", "Ukrainian", "uk"),
    ("viro", "viro", "estniska", "Estonian", "et"),
]


def seed(apps, schema_editor):
    Region = apps.get_model("vocabularies", "Region")
    regions = {}
    for position, (slug, fi, sv, en, code) in enumerate(REGIONS):
        regions[slug], _ = Region.objects.update_or_create(
            slug=slug, defaults=dict(name_fi=fi, name_sv=sv, name_en=en, code=code, position=position)
        )
    Municipality = apps.get_model("vocabularies", "Municipality")
    for position, (code, fi, sv, en, region) in enumerate(MUNICIPALITIES):
        Municipality.objects.update_or_create(
            slug=fi.lower().replace("ä", "a").replace("ö", "o"),
            defaults=dict(name_fi=fi, name_sv=sv, name_en=en, code=code, region=regions[region], position=position),
        )
    for model_name, rows in [
        ("TargetGroup", TARGET_GROUPS),
        ("Theme", THEMES),
        ("LifeSituation", LIFE_SITUATIONS),
        ("ActivityType", ACTIVITY_TYPES),
        ("Language", LANGUAGES),
    ]:
        model = apps.get_model("vocabularies", model_name)
        for position, (slug, fi, sv, en, *code) in enumerate(rows):
            model.objects.update_or_create(
                slug=slug,
                defaults=dict(name_fi=fi, name_sv=sv, name_en=en, code=code[0] if code else "", position=position),
            )


class Migration(migrations.Migration):
    dependencies = [("vocabularies", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
