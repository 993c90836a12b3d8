"""Plan the demo content in plain Python: the same seed and day always give the same plan.

Nothing here touches the database (demo/load.py writes the plan). Only lists and dicts are
iterated, never sets, so the plan does not depend on PYTHONHASHSEED either. Dates are anchored
on the given day in Europe/Helsinki, so upcoming events are upcoming on the day of loading.
"""

import datetime
import random
from decimal import Decimal
from itertools import accumulate
from zoneinfo import ZoneInfo

from django.utils.text import slugify

from demo import people, schedules, texts_families, texts_health, texts_seniors
from demo.associations import QUARTERS, TYPES, AssociationType
from demo.phrases import PHRASES, SPOKEN, event_when
from demo.plans import AssociationPlan, ListingPlan, PlacePlan, Plan
from demo.places import (
    ACCESSIBLE_NOTES, INACCESSIBLE_NOTES, LOCALITIES, MUNICIPALITIES, NEIGHBOURS, NICKNAMES, PLACE_KINDS, Locality,
)
from demo.templates import ACTIVITY, EN, EVENT, FI, ROLE, SELKO, SV, Template
from demo.texts_languages import BY_LANGUAGE

TZ = ZoneInfo("Europe/Helsinki")
# Demo associations and contacts use this domain; it marks what the command may replace.
# .example is reserved (RFC 2606), so no mail can ever reach a real inbox.
DEMO_DOMAIN = "demo.hyvinvointitarjotin.example"
# Who may host the showcase peer group, most fitting first.
SHOWCASE_HOSTS = ("elakelaiset", "spr", "muisti", "sydan", "omaishoitajat", "martat", "kylayhdistys", "mielenterveys")
PER_SCALE = {"associations": 30, ACTIVITY: 150, EVENT: 300, ROLE: 60}

FINNISH = {**texts_families.TEMPLATES, **texts_seniors.TEMPLATES, **texts_health.TEMPLATES}
# Chance that a listing is written in another language, when the association type has a template
# in it (otherwise it stays Finnish). Tuned so that about 5 % are Swedish and 3 % English.
LANGUAGE_SHARES = {SV: 0.075, EN: 0.05, SELKO: 0.015}
LANGUAGE_OVERRIDES = {"monikulttuurinen": {EN: 0.2}, "kehitysvamma": {SELKO: 0.15}}
TEXT_LANGUAGES = {FI: ["suomi"], SV: ["svenska"], EN: ["english"], SELKO: ["suomi", "selkosuomi"]}
RETURN_REASONS = (
    "Kuvauksesta puuttuu, kenelle toiminta on tarkoitettu. Lisäättekö kohderyhmän?",
    "Tarkistathan osoitteen: postinumero ei täsmää paikkakuntaan.",
    "Hinta on kerrottu vain kuvauksessa. Merkitsethän sen myös hintakenttään.",
    "Otsikko on kirjoitettu isoin kirjaimin. Korjaathan sen tavalliseksi tekstiksi.",
    "Lisäättekö yhteyshenkilön puhelinnumeron, niin palveluohjaajat voivat soittaa?",
    "Kerrothan, tarvitaanko ilmoittautumista ja mihin mennessä.",
)
ACCESSIBILITY_NOTES = ("Avustaja pääsee mukaan maksutta.", "Tilassa on induktiosilmukka.",
                "Kysy tarvittaessa kuljetusapua yhteyshenkilöltä.", "Pysäköinti talon pihalla.")


def generate(*, scale: float, seed: int, today: datetime.date) -> Plan:
    return _Planner(random.Random(seed), today).plan(scale)


def _pools() -> dict:
    """Templates by (language, kind, association type)."""
    pools: dict = {}
    for type_key, templates in FINNISH.items():
        for template in templates:
            pools.setdefault((FI, template.kind, type_key), []).append(template)
    for language, templates in BY_LANGUAGE.items():
        for template in templates:
            for type_key in template.types:
                pools.setdefault((language, template.kind, type_key), []).append(template)
    return pools


POOLS = _pools()


class _Planner:
    def __init__(self, rng: random.Random, today: datetime.date):
        self.rng = rng
        self.today = today
        self.midnight = datetime.datetime.combine(today, datetime.time(), tzinfo=TZ)
        self.latest = self.midnight - datetime.timedelta(minutes=1)  # every "past" moment is before today
        self.used_names: set[str] = set()  # membership tests only, never iterated
        self.used_slugs: set[str] = set()
        self.offsets: dict = {}

    def plan(self, scale: float) -> Plan:
        counts = {key: max(1, round(per * scale)) for key, per in PER_SCALE.items()}
        associations = [self.association(index) for index in range(counts["associations"])]
        # The demo member administers two approved associations of different kinds.
        approved = [a for a in associations if a.fields["approved_at"]]
        if approved:
            for chosen in approved[:1] + [a for a in approved if a.type is not approved[0].type][:1]:
                chosen.demo_member_is_admin = True
        return Plan(associations, self.listings(associations, counts))

    def moment(self, day: datetime.date) -> datetime.datetime:
        """A believable working-hours moment on the given day, never later than yesterday."""
        at = datetime.datetime.combine(day, datetime.time(self.rng.randint(8, 21), self.rng.randrange(60)), tzinfo=TZ)
        return min(at, self.latest)

    # Associations ---------------------------------------------------------------------------

    def association(self, index: int) -> AssociationPlan:
        rng = self.rng
        slugs = list(MUNICIPALITIES)
        # The first eleven cover every municipality and the first types every kind, so even scale 1
        # shows the whole region; after that, bigger towns get more.
        municipality = slugs[(index * 7 + 3) % len(slugs)] if index < len(slugs) else rng.choices(
            slugs, [MUNICIPALITIES[m][2] for m in slugs])[0]
        kind = TYPES[index] if index < len(TYPES) else rng.choices(TYPES, [t.weight for t in TYPES])[0]
        if kind.villages_only and not any(loc.village for loc in LOCALITIES[municipality]):
            municipality = rng.choice([m for m in slugs if any(loc.village for loc in LOCALITIES[m])])
        locality, name = self.name(kind, municipality)
        slug = slugify(name)[:110].strip("-")
        while slug in self.used_slugs:
            slug += "-2"
        self.used_slugs.add(slug)

        municipalities = [municipality]
        if rng.random() < kind.regional:
            neighbours = list(NEIGHBOURS[municipality])
            municipalities += rng.sample(neighbours, min(len(neighbours), rng.randint(1, 2)))
        places = self.places(kind, locality, municipalities)

        approved_at = None
        created_at = self.moment(self.today - datetime.timedelta(days=rng.randint(40, 3 * 365)))
        if index % 20 == 19:  # every twentieth has just registered and waits for the liaison's approval
            created_at = self.moment(self.today - datetime.timedelta(days=rng.randint(1, 30)))
        else:
            waited = datetime.timedelta(days=rng.randint(1, 14), hours=rng.randint(0, 8))
            approved_at = min(created_at + waited, self.latest)
        first = places[0]
        local_part = slug[:50].strip("-")
        fields = dict(
            name=name,
            slug=slug,
            business_id=people.business_id(rng) if rng.random() < 0.85 else "",
            description=rng.choice(kind.descriptions).format(
                name=name, loc=locality.locative, year=rng.randint(1946, 2019)
            ),
            email=f"{local_part}@{DEMO_DOMAIN}",
            phone=people.phone(rng),
            street_address=first.street_address if rng.random() < 0.75 else f"PL {rng.randint(10, 99)}",
            postal_code=first.postal_code,
            post_office=first.locality.post_office,
            website=f"https://{local_part}.{DEMO_DOMAIN}/" if rng.random() < 0.45 else "",
            approved_at=approved_at,
            created_at=created_at,
            updated_at=approved_at or created_at,
        )
        return AssociationPlan(kind, municipalities, locality, fields, places)

    def name(self, kind: AssociationType, municipality: str) -> tuple[Locality, str]:
        """A name no other demo association has: the town, then a village, a quarter, a numeral."""
        rng = self.rng
        localities = LOCALITIES[municipality]
        candidates = [loc for loc in localities if loc.village] if kind.villages_only else localities
        suffix = " ry" if kind.registered else ""
        for attempt in range(30):
            # The town's own name first; villages and districts only when it is taken, as in life.
            locality = localities[0] if attempt < 6 and not kind.villages_only else rng.choice(candidates)
            quarter = rng.choice(QUARTERS) if attempt >= 18 else ""
            # "X:n seudun ..." is said of a town, not of a village.
            names = [n for n in kind.names if locality is localities[0] or "seudun" not in n] or kind.names
            base = rng.choice(names).format(gen=quarter + locality.genitive)
            if base + suffix not in self.used_names:
                break
        else:
            number = 2
            while f"{base} {number}{suffix}" in self.used_names:
                number += 1
            base = f"{base} {number}"
        self.used_names.add(base + suffix)
        return locality, base + suffix

    def places(self, kind: AssociationType, locality: Locality, municipalities: list[str]) -> list[PlacePlan]:
        rng = self.rng
        places: list[PlacePlan] = []
        for i in range(rng.choice((1, 1, 2, 2, 3))):
            place_kind = kind.place_kinds[0] if i == 0 else rng.choice(kind.place_kinds)
            where, municipality = locality, municipalities[0]
            if i > 0 and len(municipalities) > 1 and rng.random() < 0.5:
                municipality = rng.choice(municipalities[1:])
                where = LOCALITIES[municipality][0]
            names, accessible_share = PLACE_KINDS[place_kind]
            name = rng.choice(names).format(gen=where.genitive, nick=rng.choice(NICKNAMES))
            if any(p.name == name for p in places):
                continue
            accessible = rng.random() < accessible_share
            notes = ACCESSIBLE_NOTES if accessible else INACCESSIBLE_NOTES
            places.append(PlacePlan(
                name=name,
                street_address=f"{rng.choice(where.streets)} {rng.randint(1, 48)}",
                postal_code=rng.choice(where.postal_codes),
                municipality=municipality,
                locality=where,
                is_accessible=accessible,
                accessibility=rng.choice(notes) if rng.random() < 0.8 else "",
                latitude=Decimal(f"{where.latitude + rng.uniform(-0.008, 0.008):.6f}"),
                longitude=Decimal(f"{where.longitude + rng.uniform(-0.015, 0.015):.6f}"),
            ))
        return places

    # Listings -------------------------------------------------------------------------------

    def listings(self, associations: list[AssociationPlan], counts: dict) -> list[ListingPlan]:
        rng = self.rng
        weights = []
        for a in associations:
            weight = rng.lognormvariate(0, 0.7)  # a few very active associations, many quiet ones
            if not a.fields["approved_at"]:
                weight *= 0.3
            if a.demo_member_is_admin:
                weight = max(weight, 2.0)  # so the demo member has something to manage
            weights.append(weight)
        cumulative = list(accumulate(weights))
        jobs = [
            (kind, index)
            for kind in (ACTIVITY, EVENT, ROLE)
            for index in rng.choices(range(len(associations)), cum_weights=cumulative, k=counts[kind])
        ]
        rng.shuffle(jobs)
        showcase = self.showcase_jobs(associations, jobs)
        return [self.listing(kind, associations, index, showcase=showcase.get(n)) for n, (kind, index) in enumerate(jobs)]

    def showcase_jobs(self, associations: list[AssociationPlan], jobs: list) -> dict:
        """The demo's headline case, always present: in every municipality an approved
        association, preferably one for older people, runs a free, published peer-support group
        for older people (DESIGN.md: a resident finds one in a few seconds). Each takes the place
        of one planned activity, so the counts stay the same."""
        hosts = []
        for municipality in MUNICIPALITIES:
            candidates = [
                i for i, a in enumerate(associations)
                if a.fields["approved_at"] and a.municipalities[0] == municipality and a.type.key in SHOWCASE_HOSTS
            ]
            candidates.sort(key=lambda i: SHOWCASE_HOSTS.index(associations[i].type.key))
            hosts += candidates[:1]
        activity_jobs = [n for n, (kind, _index) in enumerate(jobs) if kind == ACTIVITY]
        showcase = {}
        for n, association in zip(activity_jobs, hosts):
            jobs[n] = (ACTIVITY, association)
            showcase[n] = texts_seniors.PEER_GROUP
        return showcase

    def template(self, kind: str, type_key: str) -> Template:
        roll = self.rng.random()
        shares = {**LANGUAGE_SHARES, **LANGUAGE_OVERRIDES.get(type_key, {})}
        threshold = 0.0
        for language in (SV, EN, SELKO):
            threshold += shares[language]
            if roll < threshold:
                pool = POOLS.get((language, kind, type_key))
                if pool:
                    return self.rng.choice(pool)
                break
        return self.rng.choice(POOLS[(FI, kind, type_key)])

    def listing(self, kind: str, associations: list[AssociationPlan], index: int, showcase=None) -> ListingPlan:
        """One listing: texts from a template, with every structured field matching the words."""
        rng = self.rng
        association = associations[index]
        t = showcase or self.template(kind, association.type.key)
        words = PHRASES[t.language]

        online_only = rng.random() < t.online
        place_index = None
        if not online_only and (kind != ROLE or rng.random() < 0.5):
            place_index = 0 if rng.random() < 0.6 else rng.randrange(len(association.places))
        place = association.places[place_index] if place_index is not None else None
        locality = place.locality if place else association.locality
        home = place.municipality if place else association.municipalities[0]
        context = dict(gen=locality.genitive, loc=locality.locative, town=locality.name, sv=MUNICIPALITIES[home][1],
                       en=MUNICIPALITIES[home][0], assoc=association.fields["name"])

        title = rng.choice(t.titles).format(**context)
        first, last = people.person(rng, swedish=t.language == SV)
        fields = dict(
            kind=kind,
            title=title,
            slug=slugify(title)[:160] or "ilmoitus",
            summary=rng.choice(t.summaries).format(**context),
            contact_name=f"{first} {last}",
            contact_email=f"{people.ascii_local_part(first)}.{people.ascii_local_part(last)}@{DEMO_DOMAIN}",
            contact_phone=people.phone(rng),
            is_online=online_only,
            online_url=f"https://meet.{DEMO_DOMAIN}/{_url_slug(title)}" if online_only else "",
        )
        # The practical paragraph is written from the same values as the structured fields.
        practical, start = self.timing(t, fields, words)
        practical += self.where(t, fields, place, words)
        if kind == ROLE:
            practical.append(rng.choice(words["role"]))
        else:
            if t.prices and rng.random() < t.paid:
                fields.update(is_free=False, price=rng.choice(t.prices))
                practical.append(words["price"].format(price=fields["price"]))
            else:
                practical.append(rng.choice(words["free"]))
            practical += self.registration(t, fields, start, words)
        languages, tags = self.languages_and_tags(t, association, practical, words)

        paragraphs = [d.format(**context) for d in rng.sample(t.details, min(len(t.details), rng.choice((1, 2))))]
        closing = rng.choice(words["closing"]).format(contact=fields["contact_name"], phone=fields["contact_phone"])
        fields["description"] = "\n\n".join(paragraphs + [" ".join(practical), closing])
        fields.update(self.lifecycle(kind, association, start))
        while showcase and fields["status"] != "published":
            fields.update(self.lifecycle(kind, association, start))

        chosen = rng.sample(t.life_situations, rng.randint(1, len(t.life_situations))) if t.life_situations else []
        m2m = dict(
            target_groups=list(t.target_groups),
            themes=list(t.themes),
            life_situations=[s for s in t.life_situations if s in chosen],
            activity_types=list(t.activity_types),
            municipalities=self.reach(association, home, place, online_only),
            languages=languages,
        )
        return ListingPlan(index, place_index, fields, m2m, tags)

    def timing(self, t: Template, fields: dict, words: dict) -> tuple[list[str], datetime.datetime | None]:
        """The kind's own fields: a weekly schedule, an event's hours, or a role's commitment."""
        rng = self.rng
        if t.kind == ACTIVITY:
            weekly = schedules.weekly(rng, t.when)
            summer = weekly.pattern in ("weekly", "biweekly") and rng.random() < 0.25
            schedule = schedules.schedule_text(weekly, t.language, summer_break=summer)
            fields.update(weekdays=list(weekly.weekdays), times_of_day=weekly.times_of_day, schedule=schedule)
            return [schedule if schedule.endswith(".") else schedule + "."], None
        if t.kind == EVENT:
            start, end = self.event_times(t)
            fields.update(starts_at=start, ends_at=end)
            return [words["time"].format(when=event_when(start, end, t.language))], start
        fields.update(
            time_commitment=rng.choice(t.time_commitment),
            training_offered=rng.choice(t.training),
            requirements=rng.choice(t.requirements),
        )
        return [], None

    def where(self, t: Template, fields: dict, place: PlacePlan | None, words: dict) -> list[str]:
        rng = self.rng
        if not place:
            return [words["online_event" if t.kind == EVENT else "online"]] if fields["is_online"] else []
        lines = [words["place"].format(
            name=place.name, street=place.street_address, postal_code=place.postal_code,
            post_office=place.locality.post_office,
        )]
        if t.kind != ROLE:
            lines.append(rng.choice(words["accessible" if place.is_accessible else "not_accessible"]))
        if t.kind == EVENT and rng.random() < 0.06:  # also streamed
            fields.update(is_online=True, online_url=f"https://meet.{DEMO_DOMAIN}/{_url_slug(fields['title'])}")
            lines.append(words["hybrid"])
        if t.language == FI and rng.random() < 0.25:
            fields["accessibility_notes"] = rng.choice(ACCESSIBILITY_NOTES)
        return lines

    def languages_and_tags(self, t: Template, association: AssociationPlan, practical: list[str], words: dict):
        """The languages of the text and of the activity itself (interpretation, leaders), and tags."""
        rng = self.rng
        languages = list(TEXT_LANGUAGES[t.language])
        languages += [code for code in t.languages if code not in languages]
        tags = rng.sample(t.tags, min(len(t.tags), rng.randint(2, 4)))
        if t.language in (FI, SELKO) and t.kind != ROLE and rng.random() < (0.05 if t.kind == EVENT else 0.02):
            languages.append("viittomakieli")
            tags.append("viittomakieli")
            practical.append(words["sign_event" if t.kind == EVENT else "sign_activity"])
        if association.type.key == "monikulttuurinen" and t.language == FI and rng.random() < 0.4:
            spoken = rng.sample(list(SPOKEN), rng.randint(1, 2))
            languages += [code for code in spoken if code not in languages]
            practical.append(words["languages"].format(languages=" ja ".join(SPOKEN[code] for code in spoken)))
        return languages, tags

    def reach(self, association: AssociationPlan, home: str, place, online_only: bool) -> list[str]:
        """The municipalities a listing serves; an online one may serve the whole region (none named)."""
        if place:
            regional = len(association.municipalities) > 1 and self.rng.random() < 0.4
            return association.municipalities[:] if regional else [home]
        if online_only and self.rng.random() < 0.3:
            return []
        return association.municipalities[:]

    def event_times(self, t: Template) -> tuple[datetime.datetime, datetime.datetime]:
        """About a third in the past six months, the rest in the next six, in the template's season."""
        offsets = self.event_offsets(t.months, past=self.rng.random() < 1 / 3)
        for _attempt in range(10):
            day = self.today + datetime.timedelta(days=self.rng.choice(offsets))
            start, end = schedules.event_times(self.rng, t.when, day, TZ)
            if not t.months or start.month in t.months:  # moving to the right weekday may change the month
                break
        return start, end

    def event_offsets(self, months: tuple[int, ...], *, past: bool) -> list[int]:
        """Days from today that fall in the given months (cached: templates share seasons)."""
        key = (months, past)
        if key not in self.offsets:
            span = range(-182, -1) if past else range(0, 177)
            fitting = [o for o in span if not months or (self.today + datetime.timedelta(days=o)).month in months]
            # A season that falls wholly in the other half year is held there.
            self.offsets[key] = fitting or self.event_offsets(months, past=not past)
        return self.offsets[key]

    def registration(self, t: Template, fields: dict, start, words: dict) -> list[str]:
        """Whether to sign up, and for events the registration window, which closes before the start."""
        rng = self.rng
        contact = dict(contact=fields["contact_name"], phone=fields["contact_phone"], email=fields["contact_email"])
        if rng.random() >= t.registration:
            return [rng.choice(words["no_registration"])] if rng.random() < 0.4 else []
        fields["registration_required"] = True
        if t.kind != EVENT:
            fields["registration_info"] = words["activity_registration_info"].format(**contact)
            return [rng.choice(words["register"])]
        opens_day = (start - datetime.timedelta(days=rng.randint(21, 60))).date()
        closes_day = (start - datetime.timedelta(days=rng.randint(1, 7))).date()
        fields.update(
            registration_opens_at=datetime.datetime.combine(opens_day, datetime.time(9), tzinfo=TZ),
            registration_closes_at=datetime.datetime.combine(closes_day, datetime.time(23, 59), tzinfo=TZ),
            capacity=rng.randint(*t.capacity) if rng.random() < 0.75 else None,
        )
        opens = schedules.date_text(opens_day, t.language, weekday=False)
        closes = schedules.date_text(closes_day, t.language, weekday=False)
        fields["registration_info"] = words["registration_info"].format(opens=opens, closes=closes, **contact)
        return [words["register_by"].format(date=closes)]

    def lifecycle(self, kind: str, association: AssociationPlan, start) -> dict:
        """Status, moderation timestamps and the last confirmation, in a believable order."""
        rng = self.rng
        roll = rng.random()
        if not association.fields["approved_at"]:
            status = "pending" if roll < 0.6 else "draft"
        elif kind == EVENT and start < self.midnight:
            status = _pick(roll, published=0.75, archived=0.20, returned=0.02, draft=0.03)
        elif kind == EVENT:  # an upcoming event is not archived yet
            status = _pick(roll, published=0.84, pending=0.07, draft=0.05, returned=0.04)
        else:
            status = _pick(roll, published=0.80, pending=0.06, draft=0.05, returned=0.03, archived=0.06)

        roll = rng.random()
        age = rng.randint(0, 180) if roll < 0.7 else rng.randint(181, 365) if roll < 0.9 else rng.randint(366, 540)
        if kind == EVENT:
            created = self.moment((start - datetime.timedelta(days=rng.randint(14, 120))).date())
        else:
            created = self.moment(self.today - datetime.timedelta(days=age + rng.randint(0, 400)))
        created = min(max(created, association.fields["created_at"] + datetime.timedelta(hours=rng.randint(2, 72))),
                      self.latest)
        if kind == EVENT:
            confirmed = min(self.today, created.date() + datetime.timedelta(days=rng.randint(0, 10)))
        else:
            confirmed = max(created.date(), self.today - datetime.timedelta(days=age))
        submitted = published = None
        if status != "draft":
            submitted = min(created + datetime.timedelta(hours=rng.randint(1, 72)), self.latest)
        if status in ("published", "archived"):
            published = min(submitted + datetime.timedelta(hours=rng.randint(2, 120)), self.latest)
        stamps = [created, submitted, published, datetime.datetime.combine(confirmed, datetime.time(12), tzinfo=TZ)]
        updated = min(max(s for s in stamps if s), self.latest)
        return dict(status=status, created_at=created, updated_at=updated, submitted_at=submitted,
                    published_at=published, last_confirmed_on=confirmed,
                    return_reason=rng.choice(RETURN_REASONS) if status == "returned" else "")


def _pick(roll: float, **shares: float) -> str:
    """The key whose share the roll (0 <= roll < 1) falls in, in the order given."""
    for key, share in shares.items():
        roll -= share
        if roll < 0:
            return key
    return key


def _url_slug(title: str) -> str:
    return slugify(title)[:60].strip("-") or "tapaaminen"
