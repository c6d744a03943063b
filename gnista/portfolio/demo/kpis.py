"""Effects of the demo initiatives: key performance indicators with measured values.

Plain Python data, read by effects.py. Each KPI belongs to an initiative (by slug) that has
reached stage 2 or further, or has been stopped. The name is translated
{"sv", "en", "da"}; the unit is a short symbol or an empty string for a plain count.
Baseline and target may be None. Measurements are (date, value, source) tuples, dated
after the initiative started testing; the source says where the value comes from and
is written in Swedish, as the city records it. Every scaled initiative has a measured
value before its scaling decision (the innovation model requires it). Stopped initiatives
show the numbers that led to stopping them.
"""

KPIS = [
    # ------------------------------------------------------------ kallsorterande-avloppssystem
    {
        "initiative": "kallsorterande-avloppssystem",
        "name": {
            "sv": "Andel av kvävet i svartvattnet som återvinns",
            "en": "Share of the nitrogen in the blackwater that is recovered",
            "da": "Andel af kvælstoffet i sortvandet, der genvindes",
        },
        "unit": "%",
        "baseline": 0,
        "target": 80,
        "measurements": [
            ("2020-12-15", 41, "Mätning av NSVA i RecoLab"),
            ("2021-12-15", 58, "Mätning av NSVA i RecoLab"),
            ("2022-12-15", 67, "Mätning av NSVA i RecoLab"),
            ("2023-12-15", 74, "Mätning av NSVA i RecoLab"),
            ("2024-12-16", 79, "Mätning av NSVA i RecoLab"),
            ("2025-12-15", 81, "Mätning av NSVA i RecoLab"),
        ],
    },
    {
        "initiative": "kallsorterande-avloppssystem",
        "name": {
            "sv": "Biogas från svartvatten och matavfall per boende och år",
            "en": "Biogas from blackwater and food waste per resident and year",
            "da": "Biogas fra sortvand og madaffald pr. beboer og år",
        },
        "unit": "kWh",
        "baseline": 0,
        "target": 200,
        "measurements": [
            ("2021-06-30", 95, "NSVA:s driftrapport för RecoLab 2020/21"),
            ("2022-06-30", 148, "NSVA:s driftrapport för RecoLab 2021/22"),
            ("2023-06-30", 171, "NSVA:s driftrapport för RecoLab 2022/23"),
            ("2024-06-28", 186, "NSVA:s driftrapport för RecoLab 2023/24"),
            ("2025-06-30", 192, "NSVA:s driftrapport för RecoLab 2024/25"),
        ],
    },
    {
        "initiative": "kallsorterande-avloppssystem",
        "name": {
            "sv": "Andel boende som är nöjda med att sortera i hemmet",
            "en": "Share of residents satisfied with sorting at home",
            "da": "Andel beboere, der er tilfredse med at sortere i hjemmet",
        },
        "unit": "%",
        "baseline": None,
        "target": 80,
        "measurements": [
            ("2021-05-20", 61, "Boendeenkät i Oceanhamnen, Lunds universitet"),
            ("2022-05-18", 76, "Boendeenkät i Oceanhamnen, Lunds universitet"),
            ("2024-05-15", 84, "Boendeenkät i Oceanhamnen, Lunds universitet"),
        ],
    },
    # ----------------------------------------------------- matning-av-matsvinn-i-skolrestauranger
    {
        "initiative": "matning-av-matsvinn-i-skolrestauranger",
        "name": {
            "sv": "Tallrikssvinn per serverad portion",
            "en": "Plate waste per portion served",
            "da": "Tallerkenspild pr. serveret portion",
        },
        "unit": "g",
        "baseline": 42,
        "target": 28,
        "measurements": [
            ("2019-12-13", 38, "Svinnregistrering på de fem testskolorna, HT 2019"),
            ("2020-06-12", 33, "Svinnregistrering på testskolorna, VT 2020"),
            ("2020-12-18", 30, "Svinnregistrering på testskolorna, HT 2020"),
            ("2021-06-11", 28.5, "Svinnregistrering på testskolorna, VT 2021"),
            ("2022-06-10", 27, "Svinnregistrering i skolrestaurangerna, VT 2022"),
            ("2023-06-09", 26.2, "Svinnregistrering i alla skolrestauranger, VT 2023"),
            ("2024-06-14", 24.8, "Svinnregistrering i alla skolrestauranger, VT 2024"),
        ],
    },
    {
        "initiative": "matning-av-matsvinn-i-skolrestauranger",
        "name": {
            "sv": "Skolrestauranger som väger svinnet varje dag",
            "en": "School restaurants that weigh their food waste every day",
            "da": "Skolekøkkener, der vejer madspildet hver dag",
        },
        "unit": "",
        "baseline": 0,
        "target": 52,
        "measurements": [
            ("2019-12-13", 5, "Kostenhetens uppföljning"),
            ("2021-06-11", 12, "Kostenhetens uppföljning"),
            ("2022-09-30", 47, "Kostenhetens uppföljning"),
            ("2022-12-16", 52, "Kostenhetens uppföljning"),
        ],
    },
    # ---------------------------------------------------------------- nyckelfria-idrottshallar
    {
        "initiative": "nyckelfria-idrottshallar",
        "name": {
            "sv": "Andel bokade timmar som faktiskt används",
            "en": "Share of booked hours that are actually used",
            "da": "Andel bookede timer, der faktisk bliver brugt",
        },
        "unit": "%",
        "baseline": 79,
        "target": 95,
        "measurements": [
            ("2019-10-31", 86, "Bokningssystemet jämfört med låsloggar"),
            ("2020-06-30", 84, "Bokningssystemet jämfört med låsloggar (pandemin påverkar)"),
            ("2020-12-31", 89, "Bokningssystemet jämfört med låsloggar"),
            ("2021-06-30", 93, "Bokningssystemet jämfört med låsloggar"),
            ("2022-06-30", 95, "Bokningssystemet jämfört med låsloggar"),
        ],
    },
    {
        "initiative": "nyckelfria-idrottshallar",
        "name": {
            "sv": "Borttappade nycklar till idrottshallar per år",
            "en": "Sports hall keys lost per year",
            "da": "Bortkomne nøgler til idrætshaller pr. år",
        },
        "unit": "",
        "baseline": 64,
        "target": 5,
        "measurements": [
            ("2019-12-31", 51, "Fastighetsenhetens låsregister"),
            ("2020-12-31", 21, "Fastighetsenhetens låsregister"),
            ("2021-12-31", 6, "Fastighetsenhetens låsregister"),
            ("2022-12-31", 2, "Fastighetsenhetens låsregister"),
        ],
    },
    # ------------------------------------------------------- skolgardar-som-tar-hand-om-skyfall
    {
        "initiative": "skolgardar-som-tar-hand-om-skyfall",
        "name": {
            "sv": "Regnvatten som de ombyggda skolgårdarna kan fördröja",
            "en": "Rainwater the rebuilt schoolyards can detain",
            "da": "Regnvand, som de ombyggede skolegårde kan tilbageholde",
        },
        "unit": "m³",
        "baseline": 0,
        "target": 900,
        "measurements": [
            ("2023-11-30", 310, "Beräkning av NSVA efter slutbesiktning, första skolgården"),
            ("2024-06-28", 620, "Beräkning av NSVA efter slutbesiktning, andra skolgården"),
            ("2024-11-29", 880, "Beräkning av NSVA efter slutbesiktning, tredje skolgården"),
            ("2025-10-31", 1240, "Beräkning av NSVA, inklusive första gården efter beslutet om standard"),
        ],
    },
    {
        "initiative": "skolgardar-som-tar-hand-om-skyfall",
        "name": {
            "sv": "Lektioner per vecka som hålls på skolgården",
            "en": "Lessons per week held in the schoolyard",
            "da": "Lektioner pr. uge, der holdes i skolegården",
        },
        "unit": "",
        "baseline": 4,
        "target": 15,
        "measurements": [
            ("2024-03-15", 9, "Enkät till lärare på testskolorna, VT 2024"),
            ("2024-10-11", 13, "Enkät till lärare på testskolorna, HT 2024"),
            ("2025-05-16", 16, "Enkät till lärare på testskolorna, VT 2025"),
        ],
    },
    # ---------------------------------------------- automatiserad-handlaggning-av-ekonomiskt-bistand
    {
        "initiative": "automatiserad-handlaggning-av-ekonomiskt-bistand",
        "name": {
            "sv": "Handläggningstid för ansökan om fortsatt ekonomiskt bistånd",
            "en": "Processing time for applications for continued financial assistance",
            "da": "Sagsbehandlingstid for ansøgning om fortsat økonomisk hjælp",
        },
        "unit": "dagar",
        "baseline": 8.5,
        "target": 1,
        "measurements": [
            ("2019-06-28", 3.2, "Kommunens verksamhetssystem, jobbcenter Söder"),
            ("2019-12-20", 1.4, "Kommunens verksamhetssystem, jobbcenter Söder"),
            ("2020-06-30", 1.1, "Kommunens verksamhetssystem, jobbcenter Söder"),
            ("2021-06-30", 0.9, "Kommunens verksamhetssystem, alla jobbcenter"),
            ("2022-06-30", 0.8, "Kommunens verksamhetssystem, alla jobbcenter"),
        ],
    },
    {
        "initiative": "automatiserad-handlaggning-av-ekonomiskt-bistand",
        "name": {
            "sv": "Uppföljningssamtal per handläggare och månad",
            "en": "Follow-up meetings per caseworker and month",
            "da": "Opfølgningssamtaler pr. sagsbehandler og måned",
        },
        "unit": "",
        "baseline": 14,
        "target": 25,
        "measurements": [
            ("2020-05-29", 16, "Arbetsmarknadsförvaltningens tidsredovisning"),
            ("2021-05-31", 22, "Arbetsmarknadsförvaltningens tidsredovisning"),
            ("2022-05-31", 26, "Arbetsmarknadsförvaltningens tidsredovisning"),
        ],
    },
    {
        "initiative": "automatiserad-handlaggning-av-ekonomiskt-bistand",
        "name": {
            "sv": "Andel felaktiga utbetalningar",
            "en": "Share of incorrect payments",
            "da": "Andel fejlagtige udbetalinger",
        },
        "unit": "%",
        "baseline": 3.1,
        "target": 1,
        "measurements": [
            ("2020-03-31", 1.6, "Internkontroll, arbetsmarknadsförvaltningen"),
            ("2021-03-31", 1.2, "Internkontroll, arbetsmarknadsförvaltningen"),
            ("2022-03-31", 0.9, "Internkontroll, arbetsmarknadsförvaltningen"),
        ],
    },
    # ------------------------------------------------------------- skyfallskarta-for-hela-staden
    {
        "initiative": "skyfallskarta-for-hela-staden",
        "name": {
            "sv": "Andel nya detaljplaner med skyfallskartan som underlag",
            "en": "Share of new local plans based on the cloudburst map",
            "da": "Andel nye lokalplaner med skybrudskortet som grundlag",
        },
        "unit": "%",
        "baseline": 0,
        "target": 100,
        "measurements": [
            ("2023-06-30", 20, "Stadsbyggnadsförvaltningens planregister"),
            ("2023-12-29", 35, "Stadsbyggnadsförvaltningens planregister"),
            ("2024-06-28", 55, "Stadsbyggnadsförvaltningens planregister"),
            ("2024-12-31", 78, "Stadsbyggnadsförvaltningens planregister"),
            ("2025-06-30", 92, "Stadsbyggnadsförvaltningens planregister"),
            ("2025-12-31", 100, "Stadsbyggnadsförvaltningens planregister"),
        ],
    },
    {
        "initiative": "skyfallskarta-for-hela-staden",
        "name": {
            "sv": "Rättade fel i ledningsdata efter invånarnas bilder",
            "en": "Errors in pipe network data corrected thanks to residents' photos",
            "da": "Rettede fejl i ledningsdata takket være borgernes billeder",
        },
        "unit": "",
        "baseline": 0,
        "target": None,
        "measurements": [
            ("2023-09-29", 7, "NSVA:s ärendelogg för modellen"),
            ("2024-03-01", 19, "NSVA:s ärendelogg för modellen"),
            ("2025-03-31", 26, "NSVA:s ärendelogg för modellen"),
        ],
    },
    # ----------------------------------------------------- digital-orosanmalan-med-aterkoppling
    {
        "initiative": "digital-orosanmalan-med-aterkoppling",
        "name": {
            "sv": "Andel orosanmälningar som behöver kompletteras",
            "en": "Share of child welfare reports that need completing",
            "da": "Andel underretninger, der skal suppleres",
        },
        "unit": "%",
        "baseline": 46,
        "target": 15,
        "measurements": [
            ("2021-09-30", 38, "Socialförvaltningens verksamhetssystem"),
            ("2022-03-31", 29, "Socialförvaltningens verksamhetssystem"),
            ("2022-09-30", 22, "Socialförvaltningens verksamhetssystem"),
            ("2023-09-29", 19, "Socialförvaltningens verksamhetssystem"),
            ("2024-09-30", 17, "Socialförvaltningens verksamhetssystem"),
            ("2025-09-30", 16, "Socialförvaltningens verksamhetssystem"),
        ],
    },
    {
        "initiative": "digital-orosanmalan-med-aterkoppling",
        "name": {
            "sv": "Tid från orosanmälan till skyddsbedömning",
            "en": "Time from report to safety assessment",
            "da": "Tid fra underretning til vurdering af barnets sikkerhed",
        },
        "unit": "h",
        "baseline": 31,
        "target": 24,
        "measurements": [
            ("2023-06-30", 27, "Socialförvaltningens ärendestatistik"),
            ("2024-06-28", 25, "Socialförvaltningens ärendestatistik"),
            ("2025-06-30", 23, "Socialförvaltningens ärendestatistik"),
        ],
    },
    # ------------------------------------------------------------- 3d-modell-for-medborgardialog
    {
        "initiative": "3d-modell-for-medborgardialog",
        "name": {
            "sv": "Andel synpunkter i samråd från personer under 35 år",
            "en": "Share of consultation comments from people under 35",
            "da": "Andel høringssvar fra personer under 35 år",
        },
        "unit": "%",
        "baseline": 12,
        "target": 30,
        "measurements": [
            ("2020-11-30", 21, "Samrådsredogörelse, detaljplan för Västra Ramlösa"),
            ("2021-10-29", 26, "Samrådsredogörelse, detaljplan för Husensjö centrum"),
            ("2022-12-16", 27, "Samrådsredogörelser 2022, stadsbyggnadsförvaltningen"),
            ("2023-12-15", 29, "Samrådsredogörelser 2023, stadsbyggnadsförvaltningen"),
            ("2024-12-13", 31, "Samrådsredogörelser 2024, stadsbyggnadsförvaltningen"),
            ("2025-12-12", 30, "Samrådsredogörelser 2025, stadsbyggnadsförvaltningen"),
        ],
    },
    {
        "initiative": "3d-modell-for-medborgardialog",
        "name": {
            "sv": "Synpunkter per samråd",
            "en": "Comments per consultation",
            "da": "Høringssvar pr. høring",
        },
        "unit": "",
        "baseline": 38,
        "target": 100,
        "measurements": [
            ("2020-11-30", 96, "Samrådsredogörelse, detaljplan för Västra Ramlösa"),
            ("2021-10-29", 142, "Samrådsredogörelse, detaljplan för Husensjö centrum"),
            ("2023-12-15", 118, "Samrådsredogörelser 2023, medelvärde för större planer"),
            ("2025-12-12", 131, "Samrådsredogörelser 2025, medelvärde för större planer"),
        ],
    },
    # ----------------------------------------------- behovsstyrd-varme-och-ventilation-i-skolor
    {
        "initiative": "behovsstyrd-varme-och-ventilation-i-skolor",
        "name": {
            "sv": "Energi för värme och ventilation per kvadratmeter",
            "en": "Energy for heating and ventilation per square metre",
            "da": "Energi til varme og ventilation pr. kvadratmeter",
        },
        "unit": "kWh/m²",
        "baseline": 112,
        "target": 95,
        "measurements": [
            ("2022-06-30", 104, "Stadens energiuppföljning, de två testskolorna"),
            ("2022-12-30", 99, "Stadens energiuppföljning, de två testskolorna"),
            ("2023-06-30", 96, "Stadens energiuppföljning, de två testskolorna"),
            ("2023-12-29", 95, "Stadens energiuppföljning, de två testskolorna"),
            ("2024-12-31", 97, "Stadens energiuppföljning, fjorton skolor"),
            ("2025-12-31", 94, "Stadens energiuppföljning, fjorton skolor"),
        ],
    },
    {
        "initiative": "behovsstyrd-varme-och-ventilation-i-skolor",
        "name": {
            "sv": "Felanmälningar om inomhusklimatet per termin",
            "en": "Complaints about the indoor climate per term",
            "da": "Fejlmeldinger om indeklimaet pr. semester",
        },
        "unit": "",
        "baseline": 23,
        "target": 10,
        "measurements": [
            ("2022-01-31", 17, "Felanmälningssystemet, testskolorna HT 2021"),
            ("2022-06-30", 11, "Felanmälningssystemet, testskolorna VT 2022"),
            ("2023-01-31", 9, "Felanmälningssystemet, testskolorna HT 2022"),
            ("2025-06-30", 12, "Felanmälningssystemet, VT 2025, omräknat per två skolor för jämförelse"),
        ],
    },
    # ---------------------------------------------------------------- aktivitetshuset-utan-regelbok
    {
        "initiative": "aktivitetshuset-utan-regelbok",
        "name": {
            "sv": "Besökare per vecka",
            "en": "Visitors per week",
            "da": "Besøgende pr. uge",
        },
        "unit": "",
        "baseline": 85,
        "target": 250,
        "measurements": [
            ("2023-12-15", 120, "Besöksräkning i huset, snitt för november"),
            ("2024-05-31", 170, "Besöksräkning i huset, snitt för maj"),
            ("2024-11-29", 240, "Besöksräkning i huset, snitt för november"),
            ("2025-05-30", 262, "Besöksräkning i huset, snitt för maj"),
            ("2025-11-28", 255, "Besöksräkning i huset, snitt för november"),
            ("2026-05-29", 271, "Besöksräkning i huset, snitt för maj"),
        ],
    },
    {
        "initiative": "aktivitetshuset-utan-regelbok",
        "name": {
            "sv": "Andel tjejer bland besökarna",
            "en": "Share of girls among the visitors",
            "da": "Andel piger blandt de besøgende",
        },
        "unit": "%",
        "baseline": 15,
        "target": 40,
        "measurements": [
            ("2023-12-15", 18, "Besöksräkning i huset"),
            ("2024-05-31", 24, "Besöksräkning i huset"),
            ("2024-11-29", 31, "Besöksräkning i huset"),
            ("2025-05-30", 36, "Besöksräkning i huset"),
            ("2025-11-28", 38, "Besöksräkning i huset"),
            ("2026-05-29", 39, "Besöksräkning i huset"),
        ],
    },
    {
        "initiative": "aktivitetshuset-utan-regelbok",
        "name": {
            "sv": "Andel besökare som upplever att de kan påverka huset",
            "en": "Share of visitors who feel they can influence the house",
            "da": "Andel besøgende, der oplever, at de kan få indflydelse på huset",
        },
        "unit": "%",
        "baseline": 22,
        "target": 70,
        "measurements": [
            ("2024-04-30", 48, "Enkät till besökare, Lunds universitet, VT 2024"),
            ("2025-04-30", 63, "Enkät till besökare, Lunds universitet, VT 2025"),
            ("2026-04-30", 69, "Enkät till besökare, Lunds universitet, VT 2026"),
        ],
    },
    # ----------------------------------------------------------- aldre-ater-lunch-i-skolrestaurangen
    {
        "initiative": "aldre-ater-lunch-i-skolrestaurangen",
        "name": {
            "sv": "Äldre gäster som äter i skolrestaurangen minst en gång i veckan",
            "en": "Older guests who eat in the school restaurant at least once a week",
            "da": "Ældre gæster, der spiser i skolekantinen mindst én gang om ugen",
        },
        "unit": "",
        "baseline": 0,
        "target": 200,
        "measurements": [
            ("2023-03-31", 34, "Kassasystemet i skolrestaurangerna"),
            ("2023-10-31", 71, "Kassasystemet i skolrestaurangerna"),
            ("2024-05-31", 112, "Kassasystemet i skolrestaurangerna"),
            ("2024-11-29", 138, "Kassasystemet i skolrestaurangerna"),
            ("2025-05-30", 142, "Kassasystemet i skolrestaurangerna"),
            ("2026-05-29", 151, "Kassasystemet i skolrestaurangerna"),
        ],
    },
    {
        "initiative": "aldre-ater-lunch-i-skolrestaurangen",
        "name": {
            "sv": "Andel äldre gäster som känner sig mindre ensamma",
            "en": "Share of older guests who feel less lonely",
            "da": "Andel ældre gæster, der føler sig mindre ensomme",
        },
        "unit": "%",
        "baseline": None,
        "target": 60,
        "measurements": [
            ("2025-05-30", 54, "Intervjuer och enkät, Campus Helsingborg, VT 2025"),
            ("2026-05-29", 58, "Intervjuer och enkät, Campus Helsingborg, VT 2026"),
        ],
    },
    # ------------------------------------------------------------------ betalda-piloter-for-startups
    {
        "initiative": "betalda-piloter-for-startups",
        "name": {
            "sv": "Genomförda betalda piloter",
            "en": "Paid pilots completed",
            "da": "Gennemførte betalte pilotprojekter",
        },
        "unit": "",
        "baseline": 0,
        "target": 12,
        "measurements": [
            ("2021-12-17", 3, "Innovationsteamets uppföljning"),
            ("2022-12-16", 7, "Innovationsteamets uppföljning"),
            ("2023-12-15", 11, "Innovationsteamets uppföljning"),
        ],
    },
    {
        "initiative": "betalda-piloter-for-startups",
        "name": {
            "sv": "Piloter som lett till en ordinarie upphandling",
            "en": "Pilots that led to a regular procurement",
            "da": "Pilotprojekter, der har ført til et almindeligt udbud",
        },
        "unit": "",
        "baseline": 0,
        "target": 4,
        "measurements": [
            ("2022-12-16", 1, "Innovationsteamets uppföljning"),
            ("2023-12-15", 3, "Innovationsteamets uppföljning"),
            ("2024-12-13", 4, "Innovationsteamets uppföljning"),
            ("2025-12-12", 4, "Innovationsteamets uppföljning"),
        ],
    },
    # -------------------------------------------------------------- ai-assistent-for-forskolelarare
    {
        "initiative": "ai-assistent-for-forskolelarare",
        "name": {
            "sv": "Tid för dokumentation per förskollärare och vecka",
            "en": "Time spent on documentation per pre-school teacher and week",
            "da": "Tid til dokumentation pr. pædagog og uge",
        },
        "unit": "h",
        "baseline": 6.5,
        "target": 4,
        "measurements": [
            ("2024-10-18", 6.1, "Tidsdagbok, Campus Helsingborg, HT 2024"),
            ("2025-03-14", 5.4, "Enkät till pedagoger, VT 2025"),
            ("2025-06-13", 4.9, "Tidsdagbok, Campus Helsingborg, VT 2025"),
            ("2025-11-14", 4.6, "Enkät till pedagoger, HT 2025"),
            ("2026-05-15", 4.3, "Tidsdagbok, Campus Helsingborg, VT 2026"),
        ],
    },
    {
        "initiative": "ai-assistent-for-forskolelarare",
        "name": {
            "sv": "Andel förskollärare som använder assistenten varje vecka",
            "en": "Share of pre-school teachers who use the assistant every week",
            "da": "Andel pædagoger, der bruger assistenten hver uge",
        },
        "unit": "%",
        "baseline": 0,
        "target": 80,
        "measurements": [
            ("2024-10-18", 35, "Användningsloggar från tjänsten"),
            ("2024-12-13", 22, "Användningsloggar från tjänsten"),
            ("2025-03-14", 58, "Användningsloggar från tjänsten"),
            ("2025-06-13", 71, "Användningsloggar från tjänsten"),
            ("2025-11-14", 76, "Användningsloggar från tjänsten"),
            ("2026-05-15", 79, "Användningsloggar från tjänsten"),
        ],
    },
    # ------------------------------------------------------------ unga-bestammer-over-fritidspengen
    {
        "initiative": "unga-bestammer-over-fritidspengen",
        "name": {
            "sv": "Röster per omröstning",
            "en": "Votes per ballot",
            "da": "Stemmer pr. afstemning",
        },
        "unit": "",
        "baseline": None,
        "target": 1000,
        "measurements": [
            ("2024-10-25", 140, "Röstningsverktyget, omgång 1 (på fritidsgården)"),
            ("2024-12-13", 155, "Röstningsverktyget, omgång 2 (på fritidsgården)"),
            ("2025-03-21", 460, "Röstningsverktyget, omgång 3 (även på skolans lunchrast)"),
            ("2025-10-24", 610, "Röstningsverktyget, omgång 4"),
            ("2026-03-20", 720, "Röstningsverktyget, omgång 5"),
        ],
    },
    {
        "initiative": "unga-bestammer-over-fritidspengen",
        "name": {
            "sv": "Genomförda aktiviteter som unga har föreslagit",
            "en": "Activities proposed by young people that have been carried out",
            "da": "Gennemførte aktiviteter, som unge har foreslået",
        },
        "unit": "",
        "baseline": 0,
        "target": 20,
        "measurements": [
            ("2024-12-20", 3, "Fritidsförvaltningens uppföljning"),
            ("2025-06-19", 8, "Fritidsförvaltningens uppföljning"),
            ("2025-12-19", 13, "Fritidsförvaltningens uppföljning"),
            ("2026-06-18", 17, "Fritidsförvaltningens uppföljning"),
        ],
    },
    # ---------------------------------------------------------------- mobilitetshubb-i-oceanhamnen
    {
        "initiative": "mobilitetshubb-i-oceanhamnen",
        "name": {
            "sv": "Bokningar av delade fordon per månad",
            "en": "Bookings of shared vehicles per month",
            "da": "Bookinger af delebiler og -cykler pr. måned",
        },
        "unit": "",
        "baseline": 0,
        "target": 1200,
        "measurements": [
            ("2024-11-29", 180, "Bokningsdata från hubbens operatör"),
            ("2025-02-28", 310, "Bokningsdata från hubbens operatör"),
            ("2025-05-30", 520, "Bokningsdata från hubbens operatör"),
            ("2025-08-29", 690, "Bokningsdata från hubbens operatör"),
            ("2025-11-28", 740, "Bokningsdata från hubbens operatör"),
            ("2026-05-29", 910, "Bokningsdata från hubbens operatör, inklusive företag dagtid"),
            ("2026-08-31", 980, "Bokningsdata från hubbens operatör, inklusive företag dagtid"),
        ],
    },
    {
        "initiative": "mobilitetshubb-i-oceanhamnen",
        "name": {
            "sv": "Andel hushåll i Oceanhamnen utan egen bil",
            "en": "Share of households in Oceanhamnen without a car of their own",
            "da": "Andel husstande i Oceanhamnen uden egen bil",
        },
        "unit": "%",
        "baseline": 31,
        "target": 45,
        "measurements": [
            ("2025-05-15", 36, "Resvaneundersökning i Oceanhamnen 2025"),
            ("2026-05-15", 39, "Resvaneundersökning i Oceanhamnen 2026"),
        ],
    },
    # ---------------------------------------------------- snabbspar-till-jobb-med-lokala-arbetsgivare
    {
        "initiative": "snabbspar-till-jobb-med-lokala-arbetsgivare",
        "name": {
            "sv": "Andel deltagare med anställning tre månader efter utbildningen",
            "en": "Share of participants employed three months after the training",
            "da": "Andel deltagere i job tre måneder efter uddannelsen",
        },
        "unit": "%",
        "baseline": 18,
        "target": 60,
        "measurements": [
            ("2025-09-30", 54, "Jobbcentrets uppföljning, omgång 1 (lager)"),
            ("2026-03-31", 61, "Jobbcentrets uppföljning, omgång 2 (restaurang)"),
        ],
    },
    {
        "initiative": "snabbspar-till-jobb-med-lokala-arbetsgivare",
        "name": {
            "sv": "Andel deltagare med anställning tolv månader efter utbildningen",
            "en": "Share of participants employed twelve months after the training",
            "da": "Andel deltagere i job tolv måneder efter uddannelsen",
        },
        "unit": "%",
        "baseline": 14,
        "target": 50,
        "measurements": [
            ("2026-06-30", 47, "Jobbcentrets uppföljning, omgång 1 (lager)"),
            ("2026-10-30", 45, "Jobbcentrets uppföljning, omgång 1 (lager), kompletterad"),
        ],
    },
    # ----------------------------------------------------------------------- digitala-ambassadorer
    {
        "initiative": "digitala-ambassadorer",
        "name": {
            "sv": "Invånare som fått hjälp av ambassadörerna per månad",
            "en": "Residents helped by the ambassadors per month",
            "da": "Borgere, der har fået hjælp af ambassadørerne, pr. måned",
        },
        "unit": "",
        "baseline": 0,
        "target": 400,
        "measurements": [
            ("2025-08-29", 95, "Ambassadörernas besöksregistrering"),
            ("2025-10-31", 240, "Ambassadörernas besöksregistrering"),
            ("2026-01-30", 310, "Ambassadörernas besöksregistrering"),
            ("2026-04-30", 355, "Ambassadörernas besöksregistrering"),
            ("2026-09-30", 380, "Ambassadörernas besöksregistrering"),
        ],
    },
    {
        "initiative": "digitala-ambassadorer",
        "name": {
            "sv": "Ambassadörer i arbete eller studier efter avslutad insats",
            "en": "Ambassadors in work or studies after the programme",
            "da": "Ambassadører i job eller uddannelse efter forløbet",
        },
        "unit": "%",
        "baseline": 25,
        "target": 50,
        "measurements": [
            ("2026-02-27", 38, "Arbetsmarknadsförvaltningens uppföljning"),
            ("2026-06-30", 50, "Arbetsmarknadsförvaltningens uppföljning"),
        ],
    },
    # ---------------------------------------------------------------- sensornatverk-for-luftkvalitet
    {
        "initiative": "sensornatverk-for-luftkvalitet",
        "name": {
            "sv": "Genomsnittlig avvikelse mot referensstationen för PM2,5",
            "en": "Average deviation from the reference station for PM2.5",
            "da": "Gennemsnitlig afvigelse fra referencestationen for PM2,5",
        },
        "unit": "µg/m³",
        "baseline": None,
        "target": 2,
        "measurements": [
            ("2022-04-29", 3.1, "Jämförelse mot referensstationen, Lunds universitet"),
            ("2022-08-31", 2.6, "Jämförelse mot referensstationen, Lunds universitet"),
            ("2022-12-30", 5.8, "Jämförelse mot referensstationen, Lunds universitet"),
            ("2023-04-28", 6.9, "Jämförelse mot referensstationen, Lunds universitet"),
            ("2023-08-31", 7.4, "Jämförelse mot referensstationen, Lunds universitet"),
        ],
    },
    {
        "initiative": "sensornatverk-for-luftkvalitet",
        "name": {
            "sv": "Sensorer som levererar godkända mätvärden",
            "en": "Sensors delivering approved readings",
            "da": "Sensorer, der leverer godkendte måleværdier",
        },
        "unit": "",
        "baseline": 0,
        "target": 40,
        "measurements": [
            ("2022-03-31", 38, "Plattformens driftlogg"),
            ("2022-09-30", 33, "Plattformens driftlogg"),
            ("2023-03-31", 21, "Plattformens driftlogg"),
            ("2023-08-31", 17, "Plattformens driftlogg"),
        ],
    },
    # ------------------------------------------------ varmelagrande-takplattor-med-forskning-vid-max-iv
    {
        "initiative": "varmelagrande-takplattor-med-forskning-vid-max-iv",
        "name": {
            "sv": "Timmar över 26 °C per månad i förskolans testrum",
            "en": "Hours above 26 °C per month in the pre-school's test rooms",
            "da": "Timer over 26 °C pr. måned i børnehavens testrum",
        },
        "unit": "h",
        "baseline": 92,
        "target": 30,
        "measurements": [
            ("2026-06-30", 24, "Mätning av Öresund Sensor, juni"),
            ("2026-07-31", 41, "Mätning av Öresund Sensor, juli"),
            ("2026-08-31", 33, "Mätning av Öresund Sensor, augusti"),
        ],
    },
    {
        "initiative": "varmelagrande-takplattor-med-forskning-vid-max-iv",
        "name": {
            "sv": "El för kyla och ventilation per månad",
            "en": "Electricity for cooling and ventilation per month",
            "da": "El til køling og ventilation pr. måned",
        },
        "unit": "kWh",
        "baseline": 2300,
        "target": 1700,
        "measurements": [
            ("2026-04-30", 2050, "Mätning av Öresund Sensor"),
            ("2026-06-30", 1880, "Mätning av Öresund Sensor"),
            ("2026-08-31", 1790, "Mätning av Öresund Sensor"),
        ],
    },
    # ---------------------------------------------------------------- skanska-baljvaxter-i-skolmaten
    {
        "initiative": "skanska-baljvaxter-i-skolmaten",
        "name": {
            "sv": "Tallrikssvinn per portion på baljväxtdagar",
            "en": "Plate waste per portion on pulse days",
            "da": "Tallerkenspild pr. portion på bælgfrugtdage",
        },
        "unit": "g",
        "baseline": 31,
        "target": 25,
        "measurements": [
            ("2025-02-28", 44, "Svinnregistrering i skolrestaurangerna, omgång 1"),
            ("2025-04-11", 37, "Svinnregistrering i skolrestaurangerna, omgång 2"),
            ("2025-06-13", 33, "Svinnregistrering i skolrestaurangerna, omgång 3"),
            ("2025-10-17", 29, "Svinnregistrering i skolrestaurangerna, omgång 4"),
            ("2026-03-20", 27, "Svinnregistrering i skolrestaurangerna, omgång 6"),
            ("2026-06-12", 26, "Svinnregistrering i skolrestaurangerna, omgång 7"),
        ],
    },
    {
        "initiative": "skanska-baljvaxter-i-skolmaten",
        "name": {
            "sv": "Klimatavtryck per portion",
            "en": "Climate footprint per portion",
            "da": "Klimaaftryk pr. portion",
        },
        "unit": "kg CO₂e",
        "baseline": 1.35,
        "target": 0.9,
        "measurements": [
            ("2025-06-13", 1.08, "Beräkning av miljöförvaltningen, VT 2025"),
            ("2025-12-19", 0.98, "Beräkning av miljöförvaltningen, HT 2025"),
            ("2026-06-12", 0.94, "Beräkning av miljöförvaltningen, VT 2026"),
        ],
    },
    # --------------------------------------------------------- kvallsoppna-lokaler-langs-morka-strak
    {
        "initiative": "kvallsoppna-lokaler-langs-morka-strak",
        "name": {
            "sv": "Andel boende som känner sig trygga ute när det är mörkt",
            "en": "Share of residents who feel safe outdoors after dark",
            "da": "Andel beboere, der føler sig trygge udendørs, når det er mørkt",
        },
        "unit": "%",
        "baseline": 48,
        "target": 65,
        "measurements": [
            ("2025-12-12", 52, "Trygghetsenkät på Husensjö, Campus Helsingborg"),
            ("2026-03-20", 55, "Trygghetsenkät på Husensjö, Campus Helsingborg"),
            ("2026-06-12", 61, "Trygghetsenkät på Husensjö, Campus Helsingborg"),
            ("2026-10-16", 57, "Trygghetsenkät på Husensjö, Campus Helsingborg"),
        ],
    },
    {
        "initiative": "kvallsoppna-lokaler-langs-morka-strak",
        "name": {
            "sv": "Kvällar med öppna lokaler per månad",
            "en": "Evenings with open premises per month",
            "da": "Aftener med åbne lokaler pr. måned",
        },
        "unit": "",
        "baseline": 0,
        "target": 100,
        "measurements": [
            ("2025-10-31", 64, "Helsingborgshems avtalsuppföljning"),
            ("2025-12-19", 81, "Helsingborgshems avtalsuppföljning"),
            ("2026-03-31", 92, "Helsingborgshems avtalsuppföljning"),
            ("2026-09-30", 88, "Helsingborgshems avtalsuppföljning"),
        ],
    },
    # -------------------------------------------------------------------- oppna-data-for-helsingborg
    {
        "initiative": "oppna-data-for-helsingborg",
        "name": {
            "sv": "Publicerade datamängder",
            "en": "Published datasets",
            "da": "Offentliggjorte datasæt",
        },
        "unit": "",
        "baseline": 0,
        "target": 100,
        "measurements": [
            ("2024-06-28", 42, "Dataportalens katalog"),
            ("2024-12-20", 58, "Dataportalens katalog"),
            ("2025-06-27", 71, "Dataportalens katalog"),
            ("2025-12-19", 84, "Dataportalens katalog"),
            ("2026-06-26", 93, "Dataportalens katalog"),
        ],
    },
    {
        "initiative": "oppna-data-for-helsingborg",
        "name": {
            "sv": "Anrop till dataportalens API per månad",
            "en": "Calls to the data portal's API per month",
            "da": "Kald til dataportalens API pr. måned",
        },
        "unit": "",
        "baseline": 0,
        "target": 500000,
        "measurements": [
            ("2024-09-30", 38000, "Dataportalens statistik"),
            ("2025-03-31", 112000, "Dataportalens statistik"),
            ("2025-09-30", 205000, "Dataportalens statistik"),
            ("2026-03-31", 268000, "Dataportalens statistik"),
            ("2026-09-30", 341000, "Dataportalens statistik"),
        ],
    },
    # ------------------------------------------------------- begagnade-bussbatterier-som-energilager
    {
        "initiative": "begagnade-bussbatterier-som-energilager",
        "name": {
            "sv": "Högsta effektuttag från elnätet vardagskvällar",
            "en": "Peak power drawn from the grid on weekday evenings",
            "da": "Højeste effekttræk fra elnettet på hverdagsaftener",
        },
        "unit": "kW",
        "baseline": 310,
        "target": 200,
        "measurements": [
            ("2026-03-31", 248, "Elnätsbolagets mätdata för hallen"),
            ("2026-05-29", 231, "Elnätsbolagets mätdata för hallen"),
            ("2026-08-31", 219, "Elnätsbolagets mätdata för hallen"),
            ("2026-10-30", 214, "Elnätsbolagets mätdata för hallen"),
        ],
    },
    {
        "initiative": "begagnade-bussbatterier-som-energilager",
        "name": {
            "sv": "Andel av solelen från taket som används i hallen",
            "en": "Share of the rooftop solar power used in the hall",
            "da": "Andel af solstrømmen fra taget, der bruges i hallen",
        },
        "unit": "%",
        "baseline": 61,
        "target": 90,
        "measurements": [
            ("2026-05-29", 84, "Mätning av Öresund Sensor"),
            ("2026-08-31", 88, "Mätning av Öresund Sensor"),
        ],
    },
    # ----------------------------------------------------- jobbpendling-till-industriomradena-i-norr
    {
        "initiative": "jobbpendling-till-industriomradena-i-norr",
        "name": {
            "sv": "Resor med skytteln per månad",
            "en": "Shuttle trips per month",
            "da": "Ture med shuttlebussen pr. måned",
        },
        "unit": "",
        "baseline": 0,
        "target": 1000,
        "measurements": [
            ("2025-01-31", 420, "Operatörens resestatistik"),
            ("2025-02-28", 610, "Operatörens resestatistik"),
            ("2025-03-31", 690, "Operatörens resestatistik"),
            ("2025-04-30", 720, "Operatörens resestatistik"),
            ("2025-05-30", 760, "Operatörens resestatistik"),
            ("2025-06-30", 710, "Operatörens resestatistik"),
        ],
    },
    {
        "initiative": "jobbpendling-till-industriomradena-i-norr",
        "name": {
            "sv": "Kostnad per resa med skytteln",
            "en": "Cost per shuttle trip",
            "da": "Pris pr. tur med shuttlebussen",
        },
        "unit": "kr",
        "baseline": None,
        "target": 60,
        "measurements": [
            ("2025-03-31", 212, "Stadsbyggnadsförvaltningens ekonomiuppföljning"),
            ("2025-06-30", 187, "Stadsbyggnadsförvaltningens ekonomiuppföljning"),
        ],
    },
    {
        "initiative": "jobbpendling-till-industriomradena-i-norr",
        "name": {
            "sv": "Samåkningar som matchats i appen per månad",
            "en": "Car-pool trips matched in the app per month",
            "da": "Samkørsler matchet i appen pr. måned",
        },
        "unit": "",
        "baseline": 0,
        "target": 300,
        "measurements": [
            ("2025-02-28", 14, "Statistik från samåkningsappen"),
            ("2025-05-30", 9, "Statistik från samåkningsappen"),
        ],
    },
    # ---------------------------------------------------------- sallskapsrobot-pa-sarskilt-boende
    {
        "initiative": "sallskapsrobot-pa-sarskilt-boende",
        "name": {
            "sv": "Minuter per dag som roboten används",
            "en": "Minutes per day the robot is used",
            "da": "Minutter pr. dag, robotten bliver brugt",
        },
        "unit": "min",
        "baseline": 0,
        "target": 60,
        "measurements": [
            ("2019-01-31", 34, "Personalens användningslogg, två boenden"),
            ("2019-04-30", 18, "Personalens användningslogg, två boenden"),
            ("2019-07-31", 7, "Personalens användningslogg, två boenden"),
            ("2019-09-30", 4, "Personalens användningslogg, två boenden"),
        ],
    },
    {
        "initiative": "sallskapsrobot-pa-sarskilt-boende",
        "name": {
            "sv": "Andel boende där personalen ser minskad oro",
            "en": "Share of residents in whom staff see less anxiety",
            "da": "Andel beboere, hvor personalet ser mindre uro",
        },
        "unit": "%",
        "baseline": None,
        "target": 50,
        "measurements": [
            ("2019-03-29", 20, "Intervjuer med personal och anhöriga"),
            ("2019-09-20", 12, "Intervjuer med personal och anhöriga"),
        ],
    },
    # ----------------------------------------------------------------- karnan-i-forstarkt-verklighet
    {
        "initiative": "karnan-i-forstarkt-verklighet",
        "name": {
            "sv": "Andel besökare på Kärnan som laddar ner appen",
            "en": "Share of visitors to Kärnan who download the app",
            "da": "Andel besøgende på Kärnan, der downloader appen",
        },
        "unit": "%",
        "baseline": 0,
        "target": 15,
        "measurements": [
            ("2021-06-30", 2.3, "Nedladdningsstatistik jämfört med biljettsystemet på Kärnan"),
            ("2021-07-31", 1.9, "Nedladdningsstatistik jämfört med biljettsystemet på Kärnan"),
            ("2021-08-31", 1.6, "Nedladdningsstatistik jämfört med biljettsystemet på Kärnan"),
        ],
    },
    {
        "initiative": "karnan-i-forstarkt-verklighet",
        "name": {
            "sv": "Användare som ger upplevelsen betyget 4 eller 5 av 5",
            "en": "Users who rate the experience 4 or 5 out of 5",
            "da": "Brugere, der giver oplevelsen 4 eller 5 ud af 5",
        },
        "unit": "%",
        "baseline": None,
        "target": 75,
        "measurements": [
            ("2021-07-15", 44, "Enkät i appen"),
            ("2021-08-31", 39, "Enkät i appen"),
        ],
    },
    # -------------------------------------------------------- sjalvkorande-minibuss-till-oceanhamnen
    {
        "initiative": "sjalvkorande-minibuss-till-oceanhamnen",
        "name": {
            "sv": "Passagerare per månad",
            "en": "Passengers per month",
            "da": "Passagerer pr. måned",
        },
        "unit": "",
        "baseline": 0,
        "target": 4000,
        "measurements": [
            ("2021-11-30", 1850, "Passagerarräknare ombord"),
            ("2022-03-31", 2120, "Passagerarräknare ombord"),
            ("2022-06-30", 3340, "Passagerarräknare ombord"),
            ("2022-09-30", 2960, "Passagerarräknare ombord"),
            ("2023-03-31", 2410, "Passagerarräknare ombord"),
            ("2023-08-31", 3050, "Passagerarräknare ombord"),
        ],
    },
    {
        "initiative": "sjalvkorande-minibuss-till-oceanhamnen",
        "name": {
            "sv": "Kostnad per resa",
            "en": "Cost per trip",
            "da": "Pris pr. tur",
        },
        "unit": "kr",
        "baseline": 32,
        "target": 45,
        "measurements": [
            ("2022-06-30", 380, "Stadsbyggnadsförvaltningens ekonomiuppföljning"),
            ("2023-06-30", 320, "Stadsbyggnadsförvaltningens ekonomiuppföljning"),
        ],
    },
    {
        "initiative": "sjalvkorande-minibuss-till-oceanhamnen",
        "name": {
            "sv": "Oplanerade stopp per driftdag",
            "en": "Unplanned stops per operating day",
            "da": "Uplanlagte stop pr. driftsdag",
        },
        "unit": "",
        "baseline": None,
        "target": 2,
        "measurements": [
            ("2021-11-30", 14, "Operatörens driftlogg"),
            ("2022-03-31", 8, "Operatörens driftlogg, efter ändrad slinga och skyltning"),
            ("2022-09-30", 6, "Operatörens driftlogg"),
            ("2023-06-30", 6, "Operatörens driftlogg"),
        ],
    },
    # ----------------------------------------------------- radarsensorer-som-upptacker-fall-i-hemmet
    {
        "initiative": "radarsensorer-som-upptacker-fall-i-hemmet",
        "name": {
            "sv": "Andel falska larm",
            "en": "Share of false alarms",
            "da": "Andel falske alarmer",
        },
        "unit": "%",
        "baseline": None,
        "target": 10,
        "measurements": [
            ("2020-01-31", 52, "Larmlogg, nattpatrullen i hemtjänsten"),
            ("2020-04-30", 44, "Larmlogg, nattpatrullen i hemtjänsten"),
            ("2020-08-31", 41, "Larmlogg, nattpatrullen i hemtjänsten"),
            ("2020-11-30", 40, "Larmlogg, nattpatrullen i hemtjänsten"),
        ],
    },
    {
        "initiative": "radarsensorer-som-upptacker-fall-i-hemmet",
        "name": {
            "sv": "Fall som upptäckts utan att brukaren själv larmat",
            "en": "Falls detected without the person raising the alarm",
            "da": "Fald, der er opdaget, uden at borgeren selv har slået alarm",
        },
        "unit": "",
        "baseline": 0,
        "target": None,
        "measurements": [
            ("2020-04-30", 6, "Larmlogg jämförd med hemtjänstens avvikelserapporter"),
            ("2020-11-30", 13, "Larmlogg jämförd med hemtjänstens avvikelserapporter"),
        ],
    },
    # ----------------------------------------------------------- digital-samordnad-individuell-plan
    {
        "initiative": "digital-samordnad-individuell-plan",
        "name": {
            "sv": "Andel planer som följs upp inom avtalad tid",
            "en": "Share of plans followed up within the agreed time",
            "da": "Andel planer, der følges op inden for den aftalte tid",
        },
        "unit": "%",
        "baseline": 35,
        "target": 75,
        "measurements": [
            ("2020-09-30", 52, "Uppföljning i SIP-verktyget, 25 deltagare"),
            ("2020-12-18", 58, "Uppföljning i SIP-verktyget, 25 deltagare"),
        ],
    },
    # ------------------------------------------------------ solcellsfasad-av-fargade-tunnfilmsmoduler
    {
        "initiative": "solcellsfasad-av-fargade-tunnfilmsmoduler",
        "name": {
            "sv": "Elproduktion från fasaden per år",
            "en": "Electricity produced by the facade per year",
            "da": "Elproduktion fra facaden pr. år",
        },
        "unit": "kWh",
        "baseline": 0,
        "target": 42000,
        "measurements": [
            ("2020-12-31", 31800, "Mätning av Lunds universitet"),
            ("2021-12-31", 31200, "Mätning av Lunds universitet"),
            ("2022-12-31", 29900, "Mätning av Lunds universitet"),
        ],
    },
    {
        "initiative": "solcellsfasad-av-fargade-tunnfilmsmoduler",
        "name": {
            "sv": "Moduler med synlig missfärgning",
            "en": "Modules with visible discolouration",
            "da": "Moduler med synlig misfarvning",
        },
        "unit": "",
        "baseline": 0,
        "target": 0,
        "measurements": [
            ("2021-06-15", 4, "Besiktning av fasaden"),
            ("2022-06-15", 11, "Besiktning av fasaden"),
            ("2023-02-15", 17, "Besiktning av fasaden"),
        ],
    },
]
