"""A deterministic synthetic dataset at a chosen scale (`gnista generate`), for the
benchmarks and for trying the site with a city's worth of records.

It adds to what the database holds, an empty database or the demo data: the reference
data the demo also loads (areas, goals, the city's administrations, hubs and clusters) is
ensured with the demo's own idempotent loaders, and every other record is new. The same
seed gives the same records; each kind of record draws from its own random stream, so
changing one count leaves the texts of the other kinds as they were.

Records are written with bulk_create in batches, so no signals fire: the search index is
filled through its bulk path (gnista.search.index.update_many) batch by batch, and the
counters the site keeps (an idea's support_count) are written with the records.
"""

import datetime
import random
import time
from array import array
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from decimal import Decimal
from itertools import batched
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import OperationalError, connection, models, transaction
from django.utils import timezone, translation
from django.utils.text import slugify

from gnista.events.models import Event, EventStatus
from gnista.participation.models import Comment, Idea, IdeaStatus, Support
from gnista.portfolio.demo import loader as portfolio_reference
from gnista.portfolio.models import (
    Area,
    Challenge,
    ChallengeStatus,
    Goal,
    Initiative,
    InnovationType,
    Kpi,
    KpiMeasurement,
    Organisation,
    OrganisationKind,
    Outcome,
    Partnership,
    Sector,
    Stage,
    StageChange,
)
from gnista.search import index as search_index

from . import synthetic_words as words
from .synthetic_words import Adjective, Noun, Phrase

# bench/server.py reuses a generated database while this is unchanged: bump it with any
# change to what a seed generates.
DATA_VERSION = 1
BATCH = 2_000
RETRIES = 6
RETRY_SECONDS = 10
LANGUAGES = ("sv", "en", "da")
# Dates count back from a fixed day, so that the same seed gives the same data whenever it runs.
ANCHOR = datetime.date(2026, 12, 1)
ZONE = timezone.get_default_timezone()
# Generated initiatives, challenges and organisations carry it in their slug (and
# initiatives in their external id), generated people in their username.
MARK = "gen"


@dataclass(frozen=True)
class Scale:
    organisations: int
    challenges: int
    initiatives: int
    users: int
    ideas: int
    supports: int
    comments: int
    events: int


SCALES = {
    "small": Scale(
        organisations=200,
        challenges=20,
        initiatives=1_000,
        users=2_500,
        ideas=10_000,
        supports=20_000,
        comments=5_000,
        events=500,
    ),
    "large": Scale(
        organisations=20_000,
        challenges=200,
        initiatives=100_000,
        users=250_000,
        ideas=1_000_000,
        supports=2_000_000,
        comments=500_000,
        events=50_000,
    ),
}


def scale_with(base: str, **counts: int | None) -> Scale:
    """A named scale with some counts replaced."""
    return replace(SCALES[base], **{name: value for name, value in counts.items() if value is not None})


SCALE_FIELDS = [field.name for field in fields(Scale)]


def already_generated() -> bool:
    return Initiative.objects.filter(external_id__startswith=f"{MARK}-").exists() or (
        get_user_model().objects.filter(username__startswith=f"{MARK}-").exists()
    )


# ------------------------------------------------------------------ composing text


def adjective_form(adjective: Adjective, noun: Noun, language: str) -> str:
    if language == "sv":
        return adjective.sv_neuter if noun.sv_gender == "t" else adjective.sv
    if language == "da":
        return adjective.da_neuter if noun.da_gender == "t" else adjective.da
    return adjective.en


def noun_phrase(adjective: Adjective, noun: Noun, language: str, *, article: bool) -> str:
    """ "ett digitalt bokningssystem", "an accessible map tool", "digital belysning"."""
    adjective_text = adjective_form(adjective, noun, language).lower()
    noun_text = getattr(noun, language)
    if not (article and noun.countable):
        return f"{adjective_text} {noun_text}"
    if language == "en":
        indefinite = "an" if adjective_text[0] in "aeiou" else "a"
    else:
        gender = noun.sv_gender if language == "sv" else noun.da_gender
        indefinite = {"sv": {"n": "en", "t": "ett"}, "da": {"n": "en", "t": "et"}}[language][gender]
    return f"{indefinite} {adjective_text} {noun_text}"


@dataclass(frozen=True)
class Subject:
    """What an initiative, an idea or an event is about."""

    adjective: Adjective
    noun: Noun
    target: Phrase | None
    place: Phrase | None

    @classmethod
    def draw(cls, rng: random.Random) -> "Subject":
        return cls(
            rng.choice(words.ADJECTIVES),
            rng.choice(words.NOUNS),
            rng.choice(words.TARGETS) if rng.random() < 0.7 else None,
            rng.choice(words.PLACES) if rng.random() < 0.6 else None,
        )

    def title(self, language: str) -> str:
        parts = [adjective_form(self.adjective, self.noun, language), getattr(self.noun, language)]
        parts += [getattr(phrase, language) for phrase in (self.target, self.place) if phrase]
        return " ".join(parts)

    def phrase(self, language: str) -> str:
        """The subject inside a sentence, with its article: "ett digitalt bokningssystem för äldre"."""
        parts = [noun_phrase(self.adjective, self.noun, language, article=True)]
        parts += [getattr(phrase, language) for phrase in (self.target, self.place) if phrase]
        return " ".join(parts)

    def where(self, language: str) -> str:
        return getattr(self.place or words.WHOLE_CITY, language)


def slug_of(title: str, number: int, max_length: int) -> str:
    suffix = f"-{MARK}{number}"
    return slugify(title)[: max_length - len(suffix)].strip("-") + suffix


def moment(
    day: datetime.date, rng: random.Random, first_hour: int = 8, last_hour: int = 18
) -> datetime.datetime:
    return datetime.datetime.combine(
        day, datetime.time(rng.randint(first_hour, last_hour - 1), rng.choice((0, 15, 30, 45))), tzinfo=ZONE
    )


def days_before_anchor(rng: random.Random, most: int, least: int = 0) -> datetime.date:
    return ANCHOR - datetime.timedelta(days=rng.randint(least, most))


def skewed_index(rng: random.Random, count: int, power: float) -> int:
    """An index below `count` with low indexes more likely: a few records get most of the
    attention, as on a real site."""
    return min(count - 1, int(count * rng.random() ** power))


# ------------------------------------------------------------------ writing in bulk


@contextmanager
def given_timestamps(*model_classes: type[models.Model]) -> Iterator[None]:
    """bulk_create stamps auto_now(_add) fields with the present moment; generated history
    brings its own dates."""
    stamped = [
        field
        for model_class in model_classes
        for field in model_class._meta.concrete_fields
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
    ]
    saved = [(field, field.auto_now, field.auto_now_add) for field in stamped]
    for field in stamped:
        field.auto_now = field.auto_now_add = False
    try:
        yield
    finally:
        for field, auto_now, auto_now_add in saved:
            field.auto_now, field.auto_now_add = auto_now, auto_now_add


def through_rows(relation, pairs) -> list[models.Model]:
    """Rows of an automatic many-to-many table: [(source pk, target pk), ...]."""
    through = relation.through
    source_column = relation.field.m2m_field_name() + "_id"
    target_column = relation.field.m2m_reverse_field_name() + "_id"
    return [through(**{source_column: source, target_column: target}) for source, target in pairs]


def durably[T](write_batch: Callable[[], T]) -> T:
    """Write one batch in a transaction, again when the connection was lost: a generation
    that runs for an hour outlives a restart of the database server."""
    for _attempt in range(RETRIES):
        try:
            with transaction.atomic():
                return write_batch()
        except OperationalError:
            connection.close()
            time.sleep(RETRY_SECONDS)
    with transaction.atomic():
        return write_batch()


def write(
    objects: list[models.Model],
    *,
    related: Sequence[tuple[Any, list[list[int]]]] = (),
    then: Callable[[list], None] | None = None,
) -> list[models.Model]:
    """Insert a batch (primary keys come back on PostgreSQL and SQLite), the rows of its
    many-to-many relations ([(relation, the targets of each object)]), what `then` writes
    with the new keys, and its search index rows, in one transaction."""

    def batch() -> list[models.Model]:
        for obj in objects:
            obj.pk = None  # keys of an attempt that was rolled back
        created = type(objects[0]).objects.bulk_create(objects, batch_size=BATCH)
        for relation, targets in related:
            pairs = [
                (obj.pk, target) for obj, chosen in zip(created, targets, strict=True) for target in chosen
            ]
            relation.through.objects.bulk_create(through_rows(relation, pairs), batch_size=BATCH)
        if then:
            then(created)
        search_index.update_many(created)
        return created

    return durably(batch) if objects else objects


# ------------------------------------------------------------------ the generator


@dataclass
class Generator:
    scale: Scale
    seed: int = 1
    report: Callable[[str], None] = lambda message: None

    def stream(self, kind: str) -> random.Random:
        return random.Random(f"{self.seed}-{kind}")

    def run(self) -> dict[str, float]:
        """Generate everything; returns the seconds each kind took."""
        timings = {}
        steps = [
            ("reference", self.ensure_reference_data),
            ("organisations", self.organisations),
            ("users", self.users),
            ("challenges", self.challenges),
            ("initiatives", self.initiatives),
            ("ideas", self.ideas),
            ("supports", self.supports),
            ("comments", self.comments),
            ("events", self.events),
        ]
        with (
            translation.override("sv"),
            given_timestamps(Challenge, Initiative, Idea, Support, Comment, Event),
        ):
            for name, step in steps:
                started = time.monotonic()
                count = step()
                timings[name] = round(time.monotonic() - started, 1)
                self.report(f"{name}: {count} in {timings[name]} s")
        if connection.vendor == "postgresql":
            # What autovacuum would do soon anyway: give the planner statistics of the new rows.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        return timings

    # -- reference data
    def ensure_reference_data(self) -> int:
        with transaction.atomic():
            portfolio_reference.load_areas()
            portfolio_reference.load_goals()
            portfolio_reference.load_organisations()
        self.area_ids = list(Area.objects.order_by("pk").values_list("pk", flat=True))
        self.goal_ids = list(Goal.objects.order_by("pk").values_list("pk", flat=True))
        organisations = Organisation.objects.order_by("pk")
        self.administrations = list(organisations.filter(kind=OrganisationKind.CITY_ADMINISTRATION))
        self.hub_ids = list(organisations.filter(kind=OrganisationKind.HUB).values_list("pk", flat=True))
        self.cluster_ids = list(
            organisations.filter(kind=OrganisationKind.CLUSTER).values_list("pk", flat=True)
        )
        self.partner_names = dict(
            organisations.exclude(kind=OrganisationKind.CITY_ADMINISTRATION).values_list("pk", "name_sv")
        )
        self.partner_ids = list(self.partner_names)
        return len(self.area_ids) + len(self.goal_ids) + len(self.partner_ids) + len(self.administrations)

    @staticmethod
    def in_some_languages(rng: random.Random, texts: dict[str, str], english: float, danish: float) -> dict:
        """Swedish always; English and Danish for a share of the records, as editors translate."""
        has = {"sv": True, "en": rng.random() < english, "da": rng.random() < danish}
        return {language: texts[language] if has[language] else "" for language in LANGUAGES}

    # -- organisations
    def organisation_name(self, rng: random.Random, kind: str) -> str:
        if kind == OrganisationKind.COMPANY:
            return (
                rng.choice(words.COMPANY_STEMS)
                + rng.choice(words.COMPANY_TRADES)
                + rng.choice(words.COMPANY_FORMS)
            )
        if kind == OrganisationKind.ASSOCIATION:
            return f"{rng.choice(words.ASSOCIATIONS)} {rng.choice(words.PLACES).sv.split(' ', 1)[1]}"
        stem = rng.choice(words.COMPANY_STEMS) + rng.choice(words.COMPANY_TRADES)
        return f"{rng.choice(words.INSTITUTES)} {stem}"

    def organisations(self) -> int:
        rng = self.stream("organisations")
        kinds = [
            (OrganisationKind.COMPANY, Sector.BUSINESS, 0.72),
            (OrganisationKind.ASSOCIATION, Sector.CIVIL_SOCIETY, 0.2),
            (OrganisationKind.UNIVERSITY, Sector.ACADEMIA, 0.02),
            (OrganisationKind.OTHER, Sector.PUBLIC, 0.06),
        ]
        created_ids = []
        for numbers in batched(range(1, self.scale.organisations + 1), BATCH, strict=False):
            batch, areas, clusters = [], [], []
            for number in numbers:
                kind, sector, _share = rng.choices(kinds, weights=[share for *_rest, share in kinds])[0]
                name = self.organisation_name(rng, kind)
                subject = Subject.draw(rng)
                description = self.in_some_languages(
                    rng,
                    {
                        "sv": f"{name} arbetar med {subject.phrase('sv')} och samarbetar med staden.",
                        "en": f"{name} works on {subject.phrase('en')} and collaborates with the city.",
                        "da": f"{name} arbejder med {subject.phrase('da')} og samarbejder med byen.",
                    },
                    english=0.3,
                    danish=0.05,
                )
                located = rng.random() < 0.3
                batch.append(
                    Organisation(
                        slug=slug_of(name, number, 100),
                        name_sv=name,
                        sector=sector,
                        kind=kind,
                        **{f"description_{language}": text for language, text in description.items()},
                        services_sv="Testmiljö, kompetens och data." if rng.random() < 0.2 else "",
                        website=f"https://www.example.org/{MARK}{number}" if rng.random() < 0.6 else "",
                        hub_id=rng.choice(self.hub_ids) if self.hub_ids and rng.random() < 0.15 else None,
                        latitude=Decimal(f"{rng.uniform(56.00, 56.10):.6f}") if located else None,
                        longitude=Decimal(f"{rng.uniform(12.68, 12.78):.6f}") if located else None,
                        employees=rng.randint(1, 400) if kind == OrganisationKind.COMPANY else None,
                        students=rng.randint(200, 5_000) if kind == OrganisationKind.UNIVERSITY else None,
                    )
                )
                areas.append(rng.sample(self.area_ids, rng.randint(0, 2)))
                clusters.append(
                    [rng.choice(self.cluster_ids)]
                    if self.cluster_ids and kind == OrganisationKind.COMPANY and rng.random() < 0.1
                    else []
                )
            created = write(batch, related=[(Organisation.areas, areas), (Organisation.clusters, clusters)])
            created_ids.extend(org.pk for org in created)
            self.partner_names.update((org.pk, org.name_sv) for org in created)
        self.partner_ids += created_ids
        return len(created_ids)

    # -- people
    def users(self) -> int:
        rng = self.stream("users")
        user_model = get_user_model()
        # An unusable password, hashed once: generated people cannot sign in.
        unusable = make_password(None)
        self.user_ids = array("q")
        for numbers in batched(range(1, self.scale.users + 1), BATCH, strict=False):
            batch = []
            for number in numbers:
                named = rng.random() < 0.8
                joined = moment(days_before_anchor(rng, 8 * 365), rng, 0, 24)
                batch.append(
                    user_model(
                        username=f"{MARK}-{number}",
                        email=f"{MARK}-{number}@example.org",
                        password=unusable,
                        display_name=(
                            f"{rng.choice(words.FIRST_NAMES)} {rng.choice(words.SURNAME_INITIALS)}."
                            if named
                            else ""
                        ),
                        language=rng.choices(LANGUAGES, weights=(85, 10, 5))[0],
                        date_joined=joined,
                    )
                )
            created = durably(lambda batch=batch: user_model.objects.bulk_create(batch, batch_size=BATCH))
            self.user_ids.extend(user.pk for user in created)
        return len(self.user_ids)

    # -- challenges
    def challenges(self) -> int:
        rng = self.stream("challenges")
        statuses = [
            (ChallengeStatus.OPEN, 25),
            (ChallengeStatus.IN_PROGRESS, 30),
            (ChallengeStatus.CLOSED, 40),
            (ChallengeStatus.DRAFT, 5),
        ]
        batch, areas, goals = [], [], []
        for number in range(1, self.scale.challenges + 1):
            aim = rng.choice(words.AIMS)
            place = rng.choice(words.PLACES) if rng.random() < 0.4 else None
            owner = rng.choice(self.administrations)
            status = rng.choices([s for s, _w in statuses], weights=[w for _s, w in statuses])[0]
            if status == ChallengeStatus.OPEN:
                opens_on = days_before_anchor(rng, 120)
                closes_on = ANCHOR + datetime.timedelta(days=rng.randint(30, 180))
            else:
                opens_on = days_before_anchor(rng, 6 * 365, 150)
                closes_on = opens_on + datetime.timedelta(days=rng.randint(60, 240))

            def where(language, place=place):
                return f" {getattr(place, language)}" if place else ""

            def owner_name(language, owner=owner):
                return getattr(owner, f"name_{language}") or owner.name_sv

            title = {
                "sv": f"Hur kan vi {aim.sv}{where('sv')}?",
                "en": f"How can we {aim.en}{where('en')}?",
                "da": f"Hvordan kan vi {aim.da}{where('da')}?",
            }
            summary = {
                "sv": f"{owner_name('sv')} söker idéer och partner som kan hjälpa oss att "
                f"{aim.sv}{where('sv')}.",
                "en": f"{owner_name('en')} is looking for ideas and partners who can help us "
                f"{aim.en}{where('en')}.",
                "da": f"{owner_name('da')} søger idéer og partnere, der kan hjælpe os med at "
                f"{aim.da}{where('da')}.",
            }
            body = {
                "sv": "Vi vill testa lösningar i verkligheten tillsammans med invånare, företag och akademi.",
                "en": "We want to test solutions for real together with residents, companies and academia.",
                "da": "Vi vil afprøve løsninger i virkeligheden sammen med borgere, virksomheder og "
                "forskere.",
            }
            has = {"sv": True, "en": rng.random() < 0.7, "da": rng.random() < 0.3}
            created_at = moment(opens_on - datetime.timedelta(days=14), rng)
            batch.append(
                Challenge(
                    slug=slug_of(title["sv"], number, 100),
                    owner=owner,
                    status=status,
                    opens_on=opens_on,
                    closes_on=closes_on,
                    contact_name=f"{rng.choice(words.FIRST_NAMES)} {rng.choice(words.SURNAME_INITIALS)}.",
                    contact_email="innovation@example.org",
                    created_at=created_at,
                    updated_at=created_at,
                    **{
                        f"{field}_{language}": texts[language] if has[language] else ""
                        for field, texts in (("title", title), ("summary", summary), ("body", body))
                        for language in LANGUAGES
                    },
                )
            )
            areas.append(rng.sample(self.area_ids, rng.randint(1, 2)))
            goals.append(rng.sample(self.goal_ids, rng.randint(1, 3)))
        created = write(batch, related=[(Challenge.areas, areas), (Challenge.goals, goals)])
        self.public_challenge_ids = [c.pk for c in created if c.status != ChallengeStatus.DRAFT]
        return len(created)

    # -- initiatives
    OUTCOMES = [
        ((Stage.UNDERSTAND, Outcome.ACTIVE), 25),
        ((Stage.DEVELOP, Outcome.ACTIVE), 20),
        ((Stage.SCALE, Outcome.ACTIVE), 10),
        ((Stage.DEVELOP, Outcome.PAUSED), 5),
        ((Stage.SCALE, Outcome.SCALED), 15),
        ((Stage.UNDERSTAND, Outcome.STOPPED), 8),
        ((Stage.DEVELOP, Outcome.STOPPED), 12),
        ((Stage.SCALE, Outcome.STOPPED), 5),
    ]
    ROLES = [
        Phrase("Testmiljö", "Test environment", "Testmiljø"),
        Phrase("Teknisk partner", "Technical partner", "Teknisk partner"),
        Phrase("Forskningspartner", "Research partner", "Forskningspartner"),
        Phrase("Leverantör", "Supplier", "Leverandør"),
        Phrase("Medfinansiär", "Co-funder", "Medfinansierer"),
        Phrase("Referensgrupp", "Reference group", "Referencegruppe"),
    ]
    RESIDENTS = Phrase("invånare och föreningar", "residents and associations", "borgere og foreninger")
    KPIS = [
        (Phrase("Sparad tid per vecka", "Time saved per week", "Sparet tid pr. uge"), "h"),
        (Phrase("Minskat matsvinn", "Reduced food waste", "Mindre madspild"), "kg"),
        (Phrase("Energianvändning", "Energy use", "Energiforbrug"), "MWh"),
        (Phrase("Nöjda användare", "Satisfied users", "Tilfredse brugere"), "%"),
    ]

    def initiative_texts(
        self, rng: random.Random, subject: Subject, owner, partner: Phrase, outcome: str
    ) -> dict:
        def owner_name(language):
            return getattr(owner, f"name_{language}") or owner.name_sv

        problem = rng.choice(words.PROBLEMS)
        months, people = rng.randint(3, 18), rng.randint(10, 400)
        texts = {
            "title": {language: subject.title(language) for language in LANGUAGES},
            "summary": {
                "sv": f"Vi prövar {subject.phrase('sv')} och mäter om det sparar tid och pengar.",
                "en": f"We are trying out {subject.phrase('en')} and measuring whether it saves time "
                "and money.",
                "da": f"Vi afprøver {subject.phrase('da')} og måler, om det sparer tid og penge.",
            },
            "what": {
                "sv": f"Initiativet tar fram {subject.phrase('sv')}. Arbetet leds av {owner_name('sv')} "
                f"tillsammans med {partner.sv}.",
                "en": f"The initiative develops {subject.phrase('en')}. The work is led by "
                f"{owner_name('en')} together with {partner.en}.",
                "da": f"Initiativet udvikler {subject.phrase('da')}. Arbejdet ledes af {owner_name('da')} "
                f"sammen med {partner.da}.",
            },
            "why": {
                "sv": "Behovet kom från medarbetare och invånare som i dag lägger mycket tid på "
                f"{problem.sv}.",
                "en": "The need came from staff and residents who today spend a lot of time on "
                f"{problem.en}.",
                "da": f"Behovet kom fra medarbejdere og borgere, som i dag bruger meget tid på {problem.da}.",
            },
            "how": {
                "sv": f"Vi testar en första version {subject.where('sv')} under {months} månader med "
                f"{people} deltagare, lär oss av resultatet och bygger en ny version.",
                "en": f"We test a first version {subject.where('en')} for {months} months with {people} "
                "participants, learn from the result and build a new version.",
                "da": f"Vi tester en første version {subject.where('da')} i {months} måneder med {people} "
                "deltagere, lærer af resultatet og bygger en ny version.",
            },
        }
        if outcome == Outcome.STOPPED:
            reason = rng.choice(words.STOP_REASONS)
            texts["lessons_learned"] = {
                "sv": f"Tekniken fungerade, men {reason.sv}. Vi tar med oss att förankra behovet tidigare.",
                "en": f"The technology worked, but {reason.en}. Our lesson is to anchor the need earlier.",
                "da": f"Teknikken virkede, men {reason.da}. Vi tager med os, at behovet skal forankres "
                "tidligere.",
            }
        elif outcome == Outcome.SCALED:
            success = rng.choice(words.SUCCESSES)
            texts["lessons_learned"] = {
                "sv": f"Det som fick lösningen att fungera var att {success.sv}. Nu används den i hela "
                "staden.",
                "en": f"What made the solution work was that {success.en}. It is now used across the city.",
                "da": f"Det, der fik løsningen til at fungere, var, at {success.da}. Nu bruges den i "
                "hele byen.",
            }
        return texts

    @staticmethod
    def stage_history(rng, stage: int, outcome: str, starts_on, ends_on) -> list[StageChange]:
        """The stage changes that led to where the initiative is, in date order (the
        initiative is set once it has a primary key)."""
        last_day = ends_on or ANCHOR
        span = max(1, (last_day - starts_on).days)
        steps = [(starts_on, Stage.UNDERSTAND, Outcome.ACTIVE)]
        for reached in range(2, stage + 1):
            day = starts_on + datetime.timedelta(days=span * (reached - 1) // (stage + 1))
            steps.append((day, reached, Outcome.ACTIVE))
        if outcome != Outcome.ACTIVE:
            steps.append((last_day, stage, outcome))
        rationale = {
            Outcome.ACTIVE: "Behovet är bekräftat och nästa steg är beslutat.",
            Outcome.PAUSED: "Arbetet pausas i väntan på finansiering.",
            Outcome.SCALED: "Utvärderingen visar tydlig nytta; lösningen införs i hela staden.",
            Outcome.STOPPED: "Testet visade att lösningen inte ger den effekt vi hoppades på.",
        }
        return [
            StageChange(
                decided_on=day,
                stage=reached,
                outcome=result,
                rationale_sv=rationale[result],
                created_at=moment(day, rng),
            )
            for day, reached, result in steps
        ]

    def initiatives(self) -> int:
        rng = self.stream("initiatives")
        outcomes = [choice for choice, _weight in self.OUTCOMES]
        weights = [weight for _choice, weight in self.OUTCOMES]
        self.initiative_ids = array("q")
        for numbers in batched(range(1, self.scale.initiatives + 1), BATCH, strict=False):
            batch, relations = [], []
            for number in numbers:
                stage, outcome = rng.choices(outcomes, weights=weights)[0]
                innovation_type = rng.choices(
                    [InnovationType.IDEA, InnovationType.NEED, InnovationType.OPPORTUNITY],
                    weights=(40, 40, 20),
                )[0]
                subject = Subject.draw(rng)
                owner = rng.choice(self.administrations)
                partner_count = rng.choices((0, 1, 2, 3, 4), weights=(25, 30, 25, 12, 8))[0]
                partners = {
                    self.partner_ids[skewed_index(rng, len(self.partner_ids), 2)]
                    for _ in range(partner_count)
                }
                if rng.random() < 0.2:
                    partners.add(rng.choice(self.administrations).pk)
                partners.discard(owner.pk)
                external = [self.partner_names[pk] for pk in sorted(partners) if pk in self.partner_names]
                partner = Phrase(*[external[0]] * 3) if external else self.RESIDENTS
                texts = self.initiative_texts(rng, subject, owner, partner, outcome)
                has = {"sv": True, "en": rng.random() < 0.6, "da": rng.random() < 0.2}
                starts_on = days_before_anchor(rng, 12 * 365, 30)
                ends_on = None
                if outcome in (Outcome.SCALED, Outcome.STOPPED):
                    ends_on = min(ANCHOR, starts_on + datetime.timedelta(days=rng.randint(180, 1_000)))
                history = self.stage_history(rng, stage, outcome, starts_on, ends_on)
                located = rng.random() < 0.3
                initiative = Initiative(
                    slug=slug_of(texts["title"]["sv"], number, 120),
                    external_id=f"{MARK}-{number:07d}",
                    innovation_type=innovation_type,
                    stage=stage,
                    outcome=outcome,
                    owner=owner,
                    starts_on=starts_on,
                    ends_on=ends_on,
                    contact_name=f"{rng.choice(words.FIRST_NAMES)} {rng.choice(words.SURNAME_INITIALS)}.",
                    latitude=Decimal(f"{rng.uniform(56.00, 56.10):.6f}") if located else None,
                    longitude=Decimal(f"{rng.uniform(12.68, 12.78):.6f}") if located else None,
                    is_city_wide=subject.place is None and rng.random() < 0.3,
                    challenges_core_business=rng.random() < 0.2,
                    involves_residents=rng.random() < 0.4,
                    is_featured=rng.random() < 0.002,
                    created_at=moment(starts_on, rng),
                    updated_at=history[-1].created_at,
                    **{
                        f"{field}_{language}": by_language[language] if has[language] else ""
                        for field, by_language in texts.items()
                        for language in LANGUAGES
                    },
                )
                initiative.search_text = initiative.build_search_text()
                batch.append(initiative)
                challenge_ids = []
                if self.public_challenge_ids and (
                    rng.random() < (0.8 if innovation_type == InnovationType.NEED else 0.1)
                ):
                    challenge_ids = [
                        self.public_challenge_ids[skewed_index(rng, len(self.public_challenge_ids), 1.5)]
                    ]
                relations.append(
                    {
                        "partners": sorted(partners),
                        "roles": [rng.choice(self.ROLES) for _ in partners],
                        "areas": rng.sample(self.area_ids, rng.randint(1, 2)),
                        "goals": rng.sample(self.goal_ids, rng.randint(1, 3)),
                        "challenges": challenge_ids,
                        "history": history,
                        "kpi": rng.choice(self.KPIS) if rng.random() < 0.15 else None,
                        "kpi_values": [rng.randint(10, 500) for _ in range(5)],
                    }
                )
            created = write(
                batch,
                then=lambda created, relations=relations: self.write_initiative_relations(created, relations),
            )
            self.initiative_ids.extend(initiative.pk for initiative in created)
        return len(self.initiative_ids)

    def write_initiative_relations(self, created: list[Initiative], relations: list[dict]) -> None:
        pairs = list(zip(created, relations, strict=True))
        Partnership.objects.bulk_create(
            [
                Partnership(
                    initiative_id=initiative.pk,
                    organisation_id=organisation,
                    role_sv=role.sv,
                    role_en=role.en,
                    role_da=role.da,
                )
                for initiative, related in pairs
                for organisation, role in zip(related["partners"], related["roles"], strict=True)
            ],
            batch_size=BATCH,
        )
        for name in ("areas", "goals", "challenges"):
            relation = getattr(Initiative, name)
            relation.through.objects.bulk_create(
                through_rows(relation, [(i.pk, target) for i, related in pairs for target in related[name]]),
                batch_size=BATCH,
            )
        changes = []
        for initiative, related in pairs:
            for change in related["history"]:
                change.initiative_id = initiative.pk
                changes.append(change)
        StageChange.objects.bulk_create(changes, batch_size=BATCH)
        kpis = []
        for initiative, related in pairs:
            if related["kpi"]:
                name, unit = related["kpi"]
                kpis.append(
                    Kpi(
                        initiative_id=initiative.pk,
                        name_sv=name.sv,
                        name_en=name.en,
                        name_da=name.da,
                        unit=unit,
                        baseline=Decimal(related["kpi_values"][0]),
                        target=Decimal(related["kpi_values"][0] * 2),
                    )
                )
        kpis = Kpi.objects.bulk_create(kpis, batch_size=BATCH)
        started = {initiative.pk: initiative.starts_on for initiative in created}
        KpiMeasurement.objects.bulk_create(
            [
                KpiMeasurement(
                    kpi_id=kpi.pk,
                    measured_on=min(
                        ANCHOR, started[kpi.initiative_id] + datetime.timedelta(days=91 * quarter)
                    ),
                    value=Decimal(kpi.baseline + 10 * quarter),
                    source="Egen uppföljning",
                )
                for kpi in kpis
                for quarter in range(1, 5)
                if started[kpi.initiative_id] + datetime.timedelta(days=91 * quarter) <= ANCHOR
            ],
            batch_size=BATCH,
        )

    # -- ideas
    IDEA_STATUSES = [
        (IdeaStatus.DRAFT, 8),
        (IdeaStatus.SUBMITTED, 40),
        (IdeaStatus.IN_REVIEW, 15),
        (IdeaStatus.ACCEPTED, 15),
        (IdeaStatus.DECLINED, 15),
        (IdeaStatus.CONVERTED, 7),
    ]

    def ideas(self) -> int:
        """Ideas, with their support counts decided first so that each idea is written once."""
        plan = self.stream("idea-plan")
        statuses = [status for status, _weight in self.IDEA_STATUSES]
        weights = [weight for _status, weight in self.IDEA_STATUSES]
        count = self.scale.ideas
        status_of = [plan.choices(statuses, weights=weights)[0] for _ in range(count)]
        hidden = bytearray(plan.random() < 0.01 for _ in range(count))
        public = array("q", (n for n in range(count) if status_of[n] != IdeaStatus.DRAFT and not hidden[n]))
        self.public_idea_supports = array("q", bytes(8 * len(public)))
        people = len(self.user_ids)
        # Each person supports an idea once: no idea can have more supports than there are people.
        for _ in range(min(self.scale.supports, len(public) * people)):
            slot = skewed_index(plan, len(public), 3)
            while self.public_idea_supports[slot] >= people:
                slot = (slot + 1) % len(public)
            self.public_idea_supports[slot] += 1
        supports_of = dict(zip(public, self.public_idea_supports, strict=True))

        rng = self.stream("ideas")
        self.public_idea_ids = array("q")
        self.public_idea_days = array("q")  # when each public idea was submitted, as a day number
        converted = 0
        for numbers in batched(range(count), BATCH, strict=False):
            batch, areas = [], []
            for number in numbers:
                language = rng.choices(LANGUAGES, weights=(85, 10, 5))[0]
                subject = Subject.draw(rng)
                problem = rng.choice(words.PROBLEMS)
                ending = rng.choice(words.IDEA_ENDINGS)
                status = status_of[number]
                initiative_id = None
                if status == IdeaStatus.CONVERTED:
                    if converted < len(self.initiative_ids):
                        initiative_id = self.initiative_ids[converted]
                        converted += 1
                    else:
                        status = IdeaStatus.ACCEPTED
                submitted_day = days_before_anchor(rng, 6 * 365)
                submitted_at = None if status == IdeaStatus.DRAFT else moment(submitted_day, rng, 6, 23)
                created_at = moment(submitted_day - datetime.timedelta(days=rng.randint(0, 3)), rng, 6, 23)
                description = {
                    "sv": f"Jag föreslår {subject.phrase('sv')}. {ending.sv}",
                    "en": f"I suggest {subject.phrase('en')}. {ending.en}",
                    "da": f"Jeg foreslår {subject.phrase('da')}. {ending.da}",
                }[language]
                need = {
                    "sv": f"Många lägger i dag för mycket tid på {problem.sv}.",
                    "en": f"Many people today spend too much time on {problem.en}.",
                    "da": f"Mange bruger i dag for meget tid på {problem.da}.",
                }[language]
                batch.append(
                    Idea(
                        title=subject.title(language),
                        description=description,
                        need=need,
                        language=language,
                        challenge_id=(
                            self.public_challenge_ids[skewed_index(rng, len(self.public_challenge_ids), 1.5)]
                            if self.public_challenge_ids and rng.random() < 0.35
                            else None
                        ),
                        author_id=self.user_ids[rng.randrange(len(self.user_ids))] if self.user_ids else None,
                        status=status,
                        decline_reason=(
                            "Idén ligger utanför stadens ansvar, men vi har skickat den vidare till regionen."
                            if status == IdeaStatus.DECLINED
                            else ""
                        ),
                        initiative_id=initiative_id,
                        public_record_confirmed_at=submitted_at,
                        submitted_at=submitted_at,
                        is_hidden=bool(hidden[number]),
                        is_spam=bool(hidden[number]) and rng.random() < 0.5,
                        support_count=supports_of.get(number, 0),
                        created_at=created_at,
                        updated_at=submitted_at or created_at,
                    )
                )
                areas.append(rng.sample(self.area_ids, rng.randint(0, 2)))
            created = write(batch, related=[(Idea.areas, areas)])
            for idea in created:
                if idea.submitted_at and not idea.is_hidden:
                    self.public_idea_ids.append(idea.pk)
                    self.public_idea_days.append(idea.submitted_at.date().toordinal())
        return count

    def after_submission(self, rng: random.Random, slot: int) -> datetime.datetime:
        first = self.public_idea_days[slot]
        return moment(
            datetime.date.fromordinal(rng.randint(first, max(first, ANCHOR.toordinal()))), rng, 6, 23
        )

    def supports(self) -> int:
        rng = self.stream("supports")
        users = self.user_ids
        written = 0
        batch = []
        for slot, count in enumerate(self.public_idea_supports):
            if not count:
                continue
            first_user = rng.randrange(len(users))
            # Consecutive people from a random start: never the same person twice on one idea.
            for offset in range(count):
                batch.append(
                    Support(
                        idea_id=self.public_idea_ids[slot],
                        user_id=users[(first_user + offset) % len(users)],
                        created_at=self.after_submission(rng, slot),
                    )
                )
            if len(batch) >= BATCH * 5:
                durably(lambda batch=batch: Support.objects.bulk_create(batch, batch_size=BATCH))
                written += len(batch)
                batch = []
        durably(lambda: Support.objects.bulk_create(batch, batch_size=BATCH))
        return written + len(batch)

    def comments(self) -> int:
        rng = self.stream("comments")
        if not self.public_idea_ids or not self.user_ids:
            return 0
        per_idea = {}
        for _ in range(self.scale.comments):
            slot = skewed_index(rng, len(self.public_idea_ids), 2)
            per_idea[slot] = per_idea.get(slot, 0) + 1
        written = 0
        for slots in batched(sorted(per_idea), BATCH, strict=False):
            threads, replies = [], []
            for slot in slots:
                count = per_idea[slot]
                for position in range(count):
                    comment = Comment(
                        idea_id=self.public_idea_ids[slot],
                        author_id=self.user_ids[rng.randrange(len(self.user_ids))],
                        body=" ".join(rng.sample(words.COMMENTS, rng.randint(1, 2))),
                        is_deleted=rng.random() < 0.01,
                        is_hidden=rng.random() < 0.005,
                        created_at=self.after_submission(rng, slot),
                    )
                    # A third of the comments after the first answer an earlier one.
                    is_reply = position > 0 and rng.random() < 0.35
                    (replies if is_reply else threads).append((slot, comment))
            thread_of: dict[int, list[Comment]] = {}
            for slot, comment in threads:
                thread_of.setdefault(slot, []).append(comment)
            answered = [(rng.choice(thread_of[slot]), reply) for slot, reply in replies]

            def batch(threads=threads, answered=answered):
                for _slot, comment in threads:
                    comment.pk = None  # keys of an attempt that was rolled back
                Comment.objects.bulk_create([comment for _slot, comment in threads], batch_size=BATCH)
                for parent, reply in answered:
                    reply.parent_id = parent.pk
                    reply.created_at = max(reply.created_at, parent.created_at)
                Comment.objects.bulk_create([reply for _parent, reply in answered], batch_size=BATCH)

            durably(batch)
            written += len(threads) + len(replies)
        return written

    # -- events
    def events(self) -> int:
        rng = self.stream("events")
        organisers = self.partner_ids + [administration.pk for administration in self.administrations]
        written = 0
        for numbers in batched(range(1, self.scale.events + 1), BATCH, strict=False):
            batch, areas = [], []
            for number in numbers:
                kind = rng.choice(words.EVENT_KINDS)
                subject = Subject(rng.choice(words.ADJECTIVES), rng.choice(words.NOUNS), None, None)
                day = ANCHOR + datetime.timedelta(days=rng.randint(-2 * 365, 365))
                starts_at = moment(day, rng, 8, 18)
                venue = rng.choice(words.VENUES)
                topic = {
                    language: noun_phrase(subject.adjective, subject.noun, language, article=False)
                    for language in LANGUAGES
                }
                title = {
                    "sv": f"{kind.sv} om {topic['sv']}",
                    "en": f"{kind.en} on {topic['en']}",
                    "da": f"{kind.da} om {topic['da']}",
                }
                description = {
                    "sv": f"Vi samlas på {venue} och delar erfarenheter av {subject.phrase('sv')}. "
                    "Anmäl dig senast dagen före.",
                    "en": f"We meet at {venue} to share experience of {subject.phrase('en')}. "
                    "Register by the day before.",
                    "da": f"Vi mødes på {venue} og deler erfaringer med {subject.phrase('da')}. "
                    "Tilmeld dig senest dagen før.",
                }
                has = {"sv": True, "en": rng.random() < 0.5, "da": rng.random() < 0.15}
                batch.append(
                    Event(
                        uid=f"{MARK}-{number}@gnista",
                        starts_at=starts_at,
                        ends_at=starts_at + datetime.timedelta(hours=rng.randint(1, 3)),
                        rrule=f"FREQ=WEEKLY;COUNT={rng.randint(4, 10)}" if rng.random() < 0.03 else "",
                        place=venue,
                        hub_id=rng.choice(self.hub_ids) if self.hub_ids and rng.random() < 0.4 else None,
                        organiser_id=organisers[skewed_index(rng, len(organisers), 2)],
                        language=rng.choices(LANGUAGES, weights=(85, 12, 3))[0],
                        status=EventStatus.CANCELLED if rng.random() < 0.03 else EventStatus.CONFIRMED,
                        created_at=starts_at - datetime.timedelta(days=rng.randint(7, 90)),
                        updated_at=starts_at - datetime.timedelta(days=rng.randint(0, 6)),
                        **{
                            f"{field}_{language}": texts[language] if has[language] else ""
                            for field, texts in (("title", title), ("description", description))
                            for language in LANGUAGES
                        },
                    )
                )
                areas.append(rng.sample(self.area_ids, 1) if rng.random() < 0.7 else [])
            created = write(batch, related=[(Event.areas, areas)])
            written += len(created)
        return written
