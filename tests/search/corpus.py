"""Fixed listings and judged queries for the search-quality tests and `make search-report`.

Each listing is classified with real seeded vocabulary terms, so that Swedish and English
searchers find it through the term names the filters show. Each query names the listings it must
find and the ones it must not (a precision trap); listings it names neither way are not judged.
"""

from services import search
from services.models import Listing
from tests.factories import make_association
from vocabularies import models as vocabularies

RELATIONS = {
    "target_groups": vocabularies.TargetGroup,
    "themes": vocabularies.Theme,
    "life_situations": vocabularies.LifeSituation,
    "activity_types": vocabularies.ActivityType,
}

# key: (title, summary, municipality, {relation: slugs})
LISTINGS = {
    "muistikahvila": ("Muistikahvila Tuusulassa", "Muistisairaiden ja heidän läheistensä kahvila.", "tuusula",
                      {"themes": ["omaishoito"], "target_groups": ["ikaihmiset"]}),
    "kahvihetki": ("Kahvihetki ja lehtien luku", "Keitämme kahvia ja luemme päivän lehdet.", "nurmijarvi", {}),
    "satutunti": ("Kirjaston satutunti", "Satuja lapsille pääkirjastossa joka torstai.", "hyvinkaa",
                  {"target_groups": ["lapsiperheet"]}),
    "kirjapiiri": ("Kirjapiiri senioreille", "Luemme ja keskustelemme kirjoista.", "hyvinkaa",
                   {"target_groups": ["ikaihmiset"]}),
    "kirjoittajat": ("Kirjoittajapiiri", "Kirjoitamme muistelmia omasta elämästä.", "forssa", {}),
    "paivystaja": ("Kriisipuhelimen päivystäjä", "Päivystäjänä kuuntelet soittajaa iltaisin.", "jarvenpaa",
                   {"themes": ["mielenterveys"]}),
    "ystavapalvelu": ("Ystäväpalvelu yksinäisille", "Vapaaehtoinen ystävä käy kylässä kerran viikossa.", "jarvenpaa",
                      {"themes": ["yksinaisyys"], "target_groups": ["ikaihmiset"],
                       "activity_types": ["ystava-ja-tukihenkilotoiminta"], "life_situations": ["yksin-asuminen"]}),
    "harrastekerho": ("Harrastekerho nuorille", "Pelejä, askartelua ja retkiä.", "mantsala",
                      {"target_groups": ["nuoret"]}),
    "omaisryhma": ("Vertaistukiryhmä omaishoitajille", "Jaamme kokemuksia ja jaksamisen keinoja.", "forssa",
                   {"themes": ["vertaistuki", "omaishoito"], "target_groups": ["omaishoitajat"],
                    "activity_types": ["vertaistukiryhma"]}),
    "keskusteluryhma": ("Keskusteluryhmä ikäihmisille", "Juttelemme arjen asioista.", "tuusula",
                        {"themes": ["vertaistuki", "yksinaisyys"], "target_groups": ["ikaihmiset"]}),
    "svenska": ("Träffpunkt för seniorer i Tusby", "Vi träffas varje onsdag och dricker kaffe.", "tuusula",
                {"target_groups": ["ikaihmiset"]}),
    "english": ("Conversation café for newcomers", "Practise Finnish over coffee; everyone welcome.", "jarvenpaa",
                {"target_groups": ["maahanmuuttajat"], "themes": ["kotoutuminen"]}),
    "syystanssit": ("Syystanssit Forssassa", "Lavatanssit eläkeläisille.", "forssa",
                    {"themes": ["ikaihmisten-virkistys", "liikunta"]}),
    "tuolijumppa": ("Tuolijumppa", "Kevyttä liikuntaa istuen.", "ypaja",
                    {"activity_types": ["liikuntaryhma"], "themes": ["liikunta"], "target_groups": ["ikaihmiset"]}),
    "vauvakahvila": ("Vauvakahvila", "Vauvaperheiden kohtaamispaikka.", "nurmijarvi",
                     {"target_groups": ["lapsiperheet"], "life_situations": ["lapsen-saaminen"],
                      "activity_types": ["kohtaamispaikka"]}),
    "ruokajako": ("Ruokajako torstaisin", "Jaamme ruokakasseja kaikille tarvitseville.", "humppila",
                  {"activity_types": ["ruoka-apu"], "life_situations": ["talousvaikeudet"]}),
    "tabletti": ("Tabletin käytön opastus", "Opastusta älypuhelimen ja tabletin käytössä.", "jokioinen",
                 {"themes": ["digituki"], "target_groups": ["ikaihmiset"]}),
    "tukihenkilo": ("Tukihenkilöksi nuorelle", "Tukihenkilönä tapaat nuorta kahden viikon välein.", "tammela",
                    {"themes": ["tukihenkilotoiminta"], "target_groups": ["nuoret"]}),
    "raittiit": ("Raitis illanvietto", "Yhdessä ilman alkoholia.", "pornainen",
                 {"target_groups": ["paihdekuntoutujat"], "themes": ["paihteet"]}),
    "jaksamiskurssi": ("Omaishoitajan jaksamiskurssi", "Viisi iltaa voimavaroista.", "hyvinkaa",
                       {"activity_types": ["kurssi"], "themes": ["omaishoito"], "target_groups": ["omaishoitajat"],
                        "life_situations": ["laheisen-hoitaminen"]}),
    "sururyhma": ("Sururyhmä", "Läheisensä menettäneiden ryhmä.", "tuusula",
                  {"life_situations": ["laheisen-menetys"], "themes": ["vertaistuki"]}),
    "luontoretki": ("Luontoretki", "Kävelemme metsässä ja järven rannalla.", "nurmijarvi",
                    {"activity_types": ["retki-tai-leiri"]}),
    "aamukahvila": ("Työttömien aamukahvila", "Aamupuuro ja työnhaun vinkit.", "forssa",
                    {"target_groups": ["tyottomat"], "life_situations": ["tyottomyys"]}),
    "klubitalo": ("Klubitalo", "Mielenterveyskuntoutujien kohtaamispaikka arkisin.", "jarvenpaa",
                  {"target_groups": ["mielenterveyskuntoutujat"], "themes": ["mielenterveys"],
                   "activity_types": ["kohtaamispaikka"]}),
    "walking": ("Walking group for seniors", "A gentle walk in the park every Friday morning.", "hyvinkaa",
                {"target_groups": ["ikaihmiset"], "themes": ["liikunta"]}),
}

FI, COMPOUND, SV, EN, TRAP = "Finnish inflection", "compounds and derivations", "Swedish", "English", "precision traps"
TIERS = [FI, COMPOUND, SV, EN, TRAP]

# (tier, query, must find, must not find)
QUERIES = [
    (FI, "ikäihmisille", {"keskusteluryhma", "ystavapalvelu", "kirjapiiri", "tuolijumppa", "walking"}, {"vauvakahvila", "english"}),
    (FI, "ikäihminen", {"keskusteluryhma", "tabletti"}, {"vauvakahvila"}),
    (FI, "kahvilassa", {"muistikahvila", "vauvakahvila", "aamukahvila"}, {"kahvihetki"}),
    (FI, "tansseihin", {"syystanssit"}, {"walking"}),
    (FI, "tanssia", {"syystanssit"}, set()),
    (FI, "omaishoitajille", {"omaisryhma", "jaksamiskurssi"}, {"tuolijumppa"}),
    (FI, "nuorille", {"harrastekerho", "tukihenkilo"}, {"keskusteluryhma"}),
    (FI, "yksinäisyyteen", {"ystavapalvelu", "keskusteluryhma"}, {"vauvakahvila"}),
    (FI, "yksinäinen", {"ystavapalvelu"}, {"vauvakahvila"}),
    (FI, "kirjastossa", {"satutunti"}, {"kirjapiiri"}),
    (FI, "Tuusulassa", {"muistikahvila", "keskusteluryhma", "svenska", "sururyhma"}, {"syystanssit"}),
    (FI, "Forssassa", {"syystanssit", "omaisryhma", "aamukahvila"}, {"tuolijumppa"}),
    (FI, "liikuntaa", {"tuolijumppa", "walking", "syystanssit"}, {"kirjapiiri"}),
    (FI, "lapsiperheille", {"satutunti", "vauvakahvila"}, {"walking"}),
    (FI, "vertaistukea", {"omaisryhma", "keskusteluryhma", "sururyhma"}, {"english"}),
    (FI, "mielenterveydestä", {"klubitalo", "paivystaja"}, {"tabletti"}),
    (FI, "työttömille", {"aamukahvila"}, {"ruokajako"}),
    (FI, "päihteistä", {"raittiit"}, set()),
    (FI, "tabletilla", {"tabletti"}, set()),
    (FI, "muistisairaille", {"muistikahvila"}, {"kirjoittajat"}),
    (FI, "kirjoista", {"kirjapiiri"}, {"satutunti"}),
    (COMPOUND, "ryhmä", {"omaisryhma", "keskusteluryhma", "tuolijumppa", "sururyhma"}, {"kirjapiiri"}),
    (COMPOUND, "tuki", {"tabletti", "tukihenkilo", "omaisryhma"}, {"luontoretki"}),
    (COMPOUND, "vertaistuki", {"omaisryhma", "keskusteluryhma"}, {"aamukahvila"}),
    (COMPOUND, "tukihenkilö", {"tukihenkilo", "ystavapalvelu"}, {"tabletti"}),
    (COMPOUND, "harrastus", {"harrastekerho"}, {"ystavapalvelu"}),
    (COMPOUND, "harrastaja", {"harrastekerho"}, set()),
    (COMPOUND, "kerho", {"harrastekerho"}, {"muistikahvila"}),
    (COMPOUND, "tanssi", {"syystanssit"}, set()),
    (COMPOUND, "muisti", {"muistikahvila"}, set()),
    (COMPOUND, "kahvila", {"muistikahvila", "vauvakahvila", "aamukahvila"}, {"kahvihetki"}),
    (COMPOUND, "jumppa", {"tuolijumppa"}, set()),
    (COMPOUND, "päivystys", {"paivystaja"}, set()),
    (COMPOUND, "toiminta", {"tukihenkilo", "ystavapalvelu"}, set()),
    (COMPOUND, "ikäihmisten virkistys", {"syystanssit"}, set()),
    (COMPOUND, "kurssi", {"jaksamiskurssi"}, set()),
    (COMPOUND, "retki", {"luontoretki", "harrastekerho"}, set()),
    (COMPOUND, "luonto", {"luontoretki"}, set()),
    (COMPOUND, "kohtaamispaikka", {"vauvakahvila", "klubitalo"}, set()),
    (COMPOUND, "ikäihm", {"keskusteluryhma"}, set()),  # typed halfway
    (SV, "kamratstöd äldre", {"keskusteluryhma"}, {"omaisryhma", "vauvakahvila"}),
    (SV, "äldre", {"keskusteluryhma", "ystavapalvelu", "svenska"}, {"vauvakahvila"}),
    (SV, "Tusby", {"muistikahvila", "keskusteluryhma", "sururyhma", "svenska"}, {"syystanssit"}),
    (SV, "kamratstöd", {"omaisryhma", "keskusteluryhma", "sururyhma"}, {"tabletti"}),
    (SV, "ensamhet", {"ystavapalvelu", "keskusteluryhma"}, {"syystanssit"}),
    (SV, "barnfamiljer", {"vauvakahvila", "satutunti"}, {"walking"}),
    (SV, "motion", {"tuolijumppa", "walking", "syystanssit"}, set()),
    (SV, "mötesplats", {"vauvakahvila", "klubitalo"}, set()),
    (SV, "stödperson", {"tukihenkilo", "ystavapalvelu"}, set()),
    (SV, "närståendevård", {"jaksamiskurssi", "muistikahvila", "omaisryhma"}, set()),
    (SV, "arbetslösa", {"aamukahvila"}, set()),
    (SV, "Hyvinge", {"satutunti", "jaksamiskurssi", "walking"}, {"tuolijumppa"}),
    (SV, "Träskända", {"ystavapalvelu", "english", "klubitalo"}, set()),
    (SV, "kaffe", {"svenska"}, set()),
    (SV, "invandrare", {"english"}, set()),
    (SV, "mathjälp", {"ruokajako"}, set()),
    (SV, "psykisk hälsa", {"klubitalo", "paivystaja"}, set()),
    (SV, "seniorer", {"svenska"}, {"vauvakahvila"}),
    (EN, "older people", {"keskusteluryhma", "ystavapalvelu", "svenska", "walking"}, {"vauvakahvila", "english"}),
    (EN, "elderly", {"keskusteluryhma", "walking"}, {"vauvakahvila"}),
    (EN, "loneliness", {"ystavapalvelu", "keskusteluryhma"}, {"syystanssit"}),
    (EN, "peer support", {"omaisryhma", "keskusteluryhma", "sururyhma"}, {"tabletti"}),
    (EN, "immigrants", {"english"}, set()),
    (EN, "coffee", {"english"}, set()),
    (EN, "exercise", {"tuolijumppa", "syystanssit", "walking"}, set()),
    (EN, "support persons", {"tukihenkilo"}, set()),
    (EN, "bereavement", {"sururyhma"}, set()),
    (EN, "food aid", {"ruokajako"}, set()),
    (EN, "digital support", {"tabletti"}, set()),
    (EN, "walking", {"walking"}, set()),
    (EN, "mental health", {"klubitalo", "paivystaja"}, set()),
    (EN, "family carers", {"omaisryhma", "jaksamiskurssi"}, set()),
    (EN, "seniors", {"walking", "keskusteluryhma"}, {"vauvakahvila"}),
    (EN, "children", {"vauvakahvila", "satutunti"}, set()),
    (EN, "unemployed", {"aamukahvila"}, set()),
    (TRAP, "kahvila", set(), {"kahvihetki"}),
    (TRAP, "kirja", {"kirjapiiri"}, {"satutunti", "kirjoittajat"}),
    (TRAP, "ystävä", {"ystavapalvelu"}, {"paivystaja"}),
    (TRAP, "järvi", {"luontoretki"}, {"vauvakahvila", "kahvihetki"}),
    (TRAP, "pää", set(), {"ystavapalvelu", "english"}),
    (TRAP, "tuki", set(), {"muistikahvila"}),
    (TRAP, "lapsi", {"satutunti", "vauvakahvila"}, {"walking"}),
    (TRAP, "kirjasto", {"satutunti"}, {"kirjapiiri"}),
    (TRAP, "elderly", set(), {"english"}),
    (TRAP, "Tusby", set(), {"omaisryhma", "aamukahvila"}),
]


def create_listings() -> dict[int, str]:
    """The corpus, published in one association; returns listing id -> key."""
    association = make_association("Esimerkkiyhdistys")
    terms = {relation: {t.slug: t for t in model.objects.all()} for relation, model in RELATIONS.items()}
    municipalities = {m.slug: m for m in vocabularies.Municipality.objects.all()}
    keys = {}
    for key, (title, summary, municipality, classification) in LISTINGS.items():
        listing = Listing.objects.create(
            association=association, kind=Listing.Kind.ACTIVITY, status=Listing.Status.PUBLISHED, title=title, summary=summary
        )
        listing.municipalities.set([municipalities[municipality]])
        for relation, slugs in classification.items():
            getattr(listing, relation).set([terms[relation][slug] for slug in slugs])
        keys[listing.pk] = key
    return keys


def found(query: str, keys: dict[int, str]) -> list[str]:
    return [keys[pk] for pk in search.matching_ids(query) or [] if pk in keys]


def report(keys: dict[int, str]) -> list[tuple[str, int, float, float]]:
    """(tier, queries, precision, recall): precision over the judged listings found."""
    rows = []
    for tier in TIERS:
        cases = [(query, hits, misses) for t, query, hits, misses in QUERIES if t == tier]
        right = judged = wanted = 0
        for query, hits, misses in cases:
            got = set(found(query, keys))
            right += len(got & hits)
            judged += len(got & (hits | misses))
            wanted += len(hits)
        rows.append((tier, len(cases), right / judged if judged else 1.0, right / wanted if wanted else 1.0))
    return rows
