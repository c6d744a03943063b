"""The words `gnista generate` composes its Swedish, English and Danish texts from, drawn
from the product's domain (PRODUCT.md): the city's services, its districts, the innovation
model, the district's events. Each entry holds all three languages, so that a generated
initiative reads the same in each."""

from typing import NamedTuple


class Noun(NamedTuple):
    """A thing an initiative or idea is about. Gender decides the article and the
    adjective's form: "n" common (en), "t" neuter (ett/et). Only countable nouns take an
    article."""

    sv: str
    sv_gender: str
    en: str
    da: str
    da_gender: str
    countable: bool


class Adjective(NamedTuple):
    sv: str
    sv_neuter: str
    en: str
    da: str
    da_neuter: str


class Phrase(NamedTuple):
    sv: str
    en: str
    da: str


NOUNS = [
    Noun("avloppsrening", "n", "wastewater treatment", "spildevandsrensning", "n", False),
    Noun("belysning", "n", "lighting", "belysning", "n", False),
    Noun("hemtjänstplanering", "n", "home care planning", "hjemmeplejeplanlægning", "n", False),
    Noun("matsvinnsmätning", "n", "food waste measurement", "madspildsmåling", "n", False),
    Noun("skolgårdsodling", "n", "schoolyard garden", "skolegårdshave", "n", True),
    Noun("cykelparkering", "n", "bicycle parking", "cykelparkering", "n", False),
    Noun("dagvattenhantering", "n", "stormwater management", "regnvandshåndtering", "n", False),
    Noun("läxhjälp", "n", "homework help", "lektiehjælp", "n", False),
    Noun("återbrukscentral", "n", "reuse centre", "genbrugscentral", "n", True),
    Noun("samåkningstjänst", "n", "ride-sharing service", "samkørselstjeneste", "n", True),
    Noun("bokningssystem", "t", "booking system", "bookingsystem", "t", True),
    Noun("sensornätverk", "t", "sensor network", "sensornetværk", "t", True),
    Noun("laddnätverk", "t", "charging network", "ladenetværk", "t", True),
    Noun("stöd", "t", "support", "støtte", "n", False),
    Noun("avfallssortering", "n", "waste sorting", "affaldssortering", "n", False),
    Noun("energiuppföljning", "n", "energy monitoring", "energiopfølgning", "n", False),
    Noun("mötesplats", "n", "meeting place", "mødested", "t", True),
    Noun("trygghetsvandring", "n", "safety walk", "tryghedsvandring", "n", True),
    Noun("språkcafé", "t", "language café", "sprogcafé", "n", True),
    Noun("vårdplanering", "n", "care planning", "plejeplanlægning", "n", False),
    Noun("beslutsstöd", "t", "decision support", "beslutningsstøtte", "n", False),
    Noun("träningsprogram", "t", "training programme", "træningsprogram", "t", True),
    Noun("lånecykelsystem", "t", "bike-share system", "bycykelsystem", "t", True),
    Noun("kompostering", "n", "composting", "kompostering", "n", False),
    Noun("vattenmätning", "n", "water metering", "vandmåling", "n", False),
    Noun("ledsagartjänst", "n", "escort service", "ledsagerordning", "n", True),
    Noun("kartverktyg", "t", "map tool", "kortværktøj", "t", True),
    Noun("lärplattform", "n", "learning platform", "læringsplatform", "n", True),
    Noun("fritidsverksamhet", "n", "leisure activity", "fritidsaktivitet", "n", True),
    Noun("larmtjänst", "n", "alarm service", "alarmtjeneste", "n", True),
    Noun("skolskjuts", "n", "school transport", "skolekørsel", "n", False),
    Noun("solcellsanläggning", "n", "solar power plant", "solcelleanlæg", "t", True),
    Noun("felanmälan", "n", "fault reporting", "fejlmelding", "n", False),
    Noun("chattbot", "n", "chatbot", "chatbot", "n", True),
    Noun("AI-assistent", "n", "AI assistant", "AI-assistent", "n", True),
    Noun("lekplats", "n", "playground", "legeplads", "n", True),
    Noun("avloppssystem", "t", "sewage system", "kloaksystem", "t", True),
    Noun("livsmedelsupphandling", "n", "food procurement", "fødevareindkøb", "t", False),
]

ADJECTIVES = [
    Adjective("Smart", "Smart", "Smart", "Smart", "Smart"),
    Adjective("Digital", "Digitalt", "Digital", "Digital", "Digitalt"),
    Adjective("Cirkulär", "Cirkulärt", "Circular", "Cirkulær", "Cirkulært"),
    Adjective("Hållbar", "Hållbart", "Sustainable", "Bæredygtig", "Bæredygtigt"),
    Adjective("Trygg", "Tryggt", "Safe", "Tryg", "Trygt"),
    Adjective("Tillgänglig", "Tillgängligt", "Accessible", "Tilgængelig", "Tilgængeligt"),
    Adjective("Energisnål", "Energisnålt", "Energy-efficient", "Energieffektiv", "Energieffektivt"),
    Adjective("Datadriven", "Datadrivet", "Data-driven", "Datadrevet", "Datadrevet"),
    Adjective("Inkluderande", "Inkluderande", "Inclusive", "Inkluderende", "Inkluderende"),
    Adjective("Klimatsmart", "Klimatsmart", "Climate-smart", "Klimavenlig", "Klimavenligt"),
    Adjective("Gemensam", "Gemensamt", "Shared", "Fælles", "Fælles"),
    Adjective("Mobil", "Mobilt", "Mobile", "Mobil", "Mobilt"),
    Adjective("Automatiserad", "Automatiserat", "Automated", "Automatiseret", "Automatiseret"),
    Adjective("Lokal", "Lokalt", "Local", "Lokal", "Lokalt"),
    Adjective("Ny", "Nytt", "New", "Ny", "Nyt"),
    Adjective("Källsorterande", "Källsorterande", "Source-separating", "Kildesorterende", "Kildesorterende"),
    Adjective("Förenklad", "Förenklat", "Simplified", "Forenklet", "Forenklet"),
    Adjective("Samskapad", "Samskapat", "Co-created", "Samskabt", "Samskabt"),
    Adjective("Öppen", "Öppet", "Open", "Åben", "Åbent"),
]

TARGETS = [
    Phrase("för äldre", "for older people", "for ældre"),
    Phrase("för unga", "for young people", "for unge"),
    Phrase("för förskolan", "for pre-schools", "for børnehaver"),
    Phrase("för hemtjänsten", "for home care", "for hjemmeplejen"),
    Phrase("för nyanlända", "for newcomers", "for nytilkomne"),
    Phrase("för skolan", "for schools", "for skolen"),
    Phrase("för föreningslivet", "for associations", "for foreningslivet"),
    Phrase("för småföretag", "for small businesses", "for små virksomheder"),
    Phrase("för pendlare", "for commuters", "for pendlere"),
    Phrase(
        "för personer med funktionsnedsättning", "for people with disabilities", "for personer med handicap"
    ),
    Phrase("för barnfamiljer", "for families with children", "for børnefamilier"),
    Phrase("för stadens lokaler", "for the city's premises", "for byens lokaler"),
]

# Helsingborg's districts, with the preposition Swedish uses for each.
PLACES = [
    Phrase(f"{preposition} {name}", f"in {name}", f"i {name}")
    for preposition, name in [
        ("i", "Oceanhamnen"),
        ("på", "Drottninghög"),
        ("i", "Dalhem"),
        ("i", "Råå"),
        ("i", "Husensjö"),
        ("i", "Fredriksdal"),
        ("i", "Ödåkra"),
        ("i", "Mariastaden"),
        ("i", "Påarp"),
        ("i", "Rydebäck"),
        ("i", "Kattarp"),
        ("i", "Gantofta"),
        ("på", "Väla"),
        ("på", "Planteringen"),
        ("på", "Söder"),
        ("på", "Norr"),
        ("i", "Berga"),
        ("i", "Eneborg"),
        ("på", "Högaborg"),
        ("i", "Maria Park"),
        ("i", "Elineberg"),
        ("i", "Tågaborg"),
        ("i", "Laröd"),
        ("i", "Hittarp"),
        ("i", "Allerum"),
        ("i", "Bårslöv"),
        ("i", "Mörarp"),
    ]
]
WHOLE_CITY = Phrase("i hela staden", "across the city", "i hele byen")

PROBLEMS = [
    Phrase("manuella rutiner", "manual routines", "manuelle rutiner"),
    Phrase("pappersblanketter", "paper forms", "papirblanketter"),
    Phrase("långa väntetider", "long waiting times", "lange ventetider"),
    Phrase("onödiga resor", "unnecessary journeys", "unødvendige ture"),
    Phrase("att leta efter information", "looking for information", "at lede efter information"),
    Phrase("dubbelarbete", "duplicated work", "dobbeltarbejde"),
    Phrase("energiförluster", "energy losses", "energitab"),
    Phrase("matsvinn", "food waste", "madspild"),
]

STOP_REASONS = [
    Phrase(
        "kostnaden per användare blev för hög",
        "the cost per user was too high",
        "omkostningerne pr. bruger blev for høje",
    ),
    Phrase("för få använde tjänsten", "too few people used the service", "for få brugte tjenesten"),
    Phrase(
        "leverantören kunde inte uppfylla kraven på dataskydd",
        "the supplier could not meet the data protection requirements",
        "leverandøren kunne ikke opfylde kravene til databeskyttelse",
    ),
    Phrase(
        "arbetssättet passade inte verksamheten",
        "the way of working did not suit the operation",
        "arbejdsmåden passede ikke til driften",
    ),
]

SUCCESSES = [
    Phrase(
        "personalen var med från början",
        "staff were involved from the start",
        "personalet var med fra starten",
    ),
    Phrase(
        "vi mätte effekten varje månad", "we measured the effect every month", "vi målte effekten hver måned"
    ),
    Phrase(
        "invånarna fick testa tidigt", "residents got to test it early", "borgerne fik lov at teste tidligt"
    ),
]

# What a challenge asks: "Hur kan vi …?"
AIMS = [
    Phrase("minska matsvinnet", "reduce food waste", "mindske madspildet"),
    Phrase("få fler att cykla", "get more people cycling", "få flere til at cykle"),
    Phrase(
        "göra det tryggare att gå hem på kvällen",
        "make it safer to walk home in the evening",
        "gøre det mere trygt at gå hjem om aftenen",
    ),
    Phrase(
        "bryta ofrivillig ensamhet bland äldre",
        "break involuntary loneliness among older people",
        "bryde ufrivillig ensomhed blandt ældre",
    ),
    Phrase(
        "spara energi i stadens lokaler", "save energy in the city's premises", "spare energi i byens lokaler"
    ),
    Phrase(
        "ge unga en meningsfull fritid",
        "give young people meaningful leisure time",
        "give unge en meningsfuld fritid",
    ),
    Phrase(
        "ta tillvara resurserna i avloppet",
        "recover the resources in wastewater",
        "udnytte ressourcerne i spildevandet",
    ),
    Phrase("hantera skyfall bättre", "cope better with cloudbursts", "håndtere skybrud bedre"),
    Phrase("korta vägen till jobb", "shorten the path to work", "forkorte vejen til job"),
    Phrase(
        "göra kulturen tillgänglig för fler",
        "make culture accessible to more people",
        "gøre kulturen tilgængelig for flere",
    ),
    Phrase(
        "frigöra tid för barnen i förskolan",
        "free up time for the children in pre-school",
        "frigøre tid til børnene i børnehaven",
    ),
    Phrase("öka den digitala delaktigheten", "increase digital inclusion", "øge den digitale inklusion"),
]

IDEA_ENDINGS = [
    Phrase(
        "Det skulle göra vardagen enklare för många.",
        "It would make everyday life easier for many.",
        "Det ville gøre hverdagen lettere for mange.",
    ),
    Phrase(
        "Liknande lösningar finns redan i Lund och Malmö.",
        "Similar solutions already exist in Lund and Malmö.",
        "Lignende løsninger findes allerede i Lund og Malmø.",
    ),
    Phrase(
        "Jag kan gärna vara med och testa.",
        "I would be happy to help test it.",
        "Jeg vil gerne være med til at teste.",
    ),
    Phrase(
        "Det borde gå att börja i liten skala.",
        "It should be possible to start small.",
        "Det burde kunne begynde i det små.",
    ),
]

COMMENTS = [
    "Bra idé! Det här behövs verkligen.",
    "Har ni tänkt på hur det ska underhållas?",
    "Vi testade något liknande i vår förening och det fungerade bra.",
    "Hur skulle det fungera för den som inte har en smartphone?",
    "Jag håller med, det här skulle göra stor skillnad.",
    "Finns det data på hur många som berörs?",
    "Kan man samarbeta med skolorna om det här?",
    "Tack för ett konkret förslag!",
    "Jag jobbar inom hemtjänsten och känner igen behovet.",
    "Vad skulle det kosta att testa i liten skala?",
]

EVENT_KINDS = [
    Phrase("Frukostseminarium", "Breakfast seminar", "Morgenmadsseminar"),
    Phrase("Workshop", "Workshop", "Workshop"),
    Phrase("Meetup", "Meetup", "Meetup"),
    Phrase("Hackathon", "Hackathon", "Hackathon"),
    Phrase("Demodag", "Demo day", "Demodag"),
    Phrase("Föreläsning", "Lecture", "Foredrag"),
    Phrase("Nätverksträff", "Networking meeting", "Netværksmøde"),
    Phrase("Rundabordssamtal", "Round table", "Rundbordssamtale"),
]

VENUES = [
    "Dunkers kulturhus",
    "Campus Helsingborg",
    "Stadsbiblioteket",
    "Knutpunkten",
    "Rådhuset",
    "Oceanhamnen",
    "Mindpark",
    "RecoLab",
    "Parken",
    "HETCH",
]

COMPANY_STEMS = [
    "Öresund", "Kullen", "Nordväst", "Sundet", "Hamn", "Skåne", "Ljung", "Sofiero", "Kärnan",
    "Pålsjö", "Fria", "Grön", "Blå", "Ljus", "Nova", "Lumen", "Vinga", "Klar", "Sund", "Strand",
    "Fyr", "Bro", "Ek", "Bok", "Lind", "Väder", "Våg", "Sol", "Vind", "Berg",
]  # fmt: skip
COMPANY_TRADES = [
    "teknik", "data", "energi", "bygg", "sensor", "mat", "vård", "analys", "design", "robotik",
    "logistik", "miljö", "lab", "system", "kraft", "mobilitet", "odling", "kod", "ljud", "vatten",
]  # fmt: skip
COMPANY_FORMS = [" AB", " Labs AB", " Konsult AB", " & Partners AB", " Innovation AB", " Sverige AB"]
ASSOCIATIONS = [
    "Hembygdsföreningen", "Idrottsföreningen", "Kulturföreningen", "Föräldraföreningen",
    "Odlingsföreningen", "Seniorföreningen", "Ungdomsföreningen", "Cykelföreningen",
    "Miljöföreningen", "Grannskapsföreningen",
]  # fmt: skip
INSTITUTES = ["Forskningsinstitutet", "Kompetenscentret", "Testbädden", "Innovationsnoden", "Studiecentret"]

FIRST_NAMES = [
    "Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Emma", "Elin", "Ida", "Johanna",
    "Lars", "Mikael", "Anders", "Johan", "Erik", "Per", "Karl", "Peter", "Thomas", "Jonas",
    "Fatima", "Ali", "Mohammed", "Amina", "Noah", "Leo", "Alice", "Maja", "Ebba", "Omar",
]  # fmt: skip
SURNAME_INITIALS = "ABDEFGHJKLMNOPRSTVÅÖ"
