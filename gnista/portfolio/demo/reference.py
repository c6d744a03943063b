"""Reference demo data for gnista: specialisation areas, UN goals, organisations, challenges.

Plain Python literals only (see SPEC.md beside this file). Swedish is the original text;
English and Danish are translations. Fictional organisations, people and e-mail addresses
(helsingborg.example) are made up for the demo.
"""

AREAS = [
    {
        "slug": "life-science-halsa",
        "name": {
            "sv": "Life science & hälsa",
            "en": "Life science & health",
            "da": "Life science & sundhed",
        },
        "description": {
            "sv": "Forskning, företag och vård som tillsammans utvecklar nya läkemedel, medicinteknik och "
                  "lösningar för hälsa och omsorg. I Helsingborg handlar det ofta om välfärdsteknik och om "
                  "att testa nya arbetssätt i vård och omsorg.",
            "en": "Research, companies and care providers working together on new medicines, medical "
                  "technology and solutions for health and care. In Helsingborg this often means welfare "
                  "technology and testing new ways of working in health and social care.",
            "da": "Forskning, virksomheder og sundhedsvæsen, der sammen udvikler nye lægemidler, medicoteknik "
                  "og løsninger inden for sundhed og omsorg. I Helsingborg handler det ofte om "
                  "velfærdsteknologi og om at afprøve nye arbejdsgange i sundheds- og ældreplejen.",
        },
    },
    {
        "slug": "tech",
        "name": {"sv": "Tech", "en": "Tech", "da": "Tech"},
        "description": {
            "sv": "Digital teknik, AI, uppkopplade saker och mjukvara som gör det möjligt att skapa nya "
                  "tjänster och effektivisera befintliga. Området omfattar också den kompetens och "
                  "infrastruktur som behövs för att använda data på ett ansvarsfullt sätt.",
            "en": "Digital technology, AI, connected devices and software that make it possible to create new "
                  "services and make existing ones more efficient. The area also covers the skills and "
                  "infrastructure needed to use data responsibly.",
            "da": "Digital teknologi, AI, opkoblede enheder og software, som gør det muligt at skabe nye "
                  "tjenester og effektivisere eksisterende. Området omfatter også de kompetencer og den "
                  "infrastruktur, der skal til for at bruge data ansvarligt.",
        },
    },
    {
        "slug": "livsmedel",
        "name": {"sv": "Livsmedel", "en": "Food", "da": "Fødevarer"},
        "description": {
            "sv": "Hela kedjan från jord till bord: primärproduktion, förädling, förpackning, måltider och "
                  "omhändertagande av restprodukter. Skåne står för en stor del av Sveriges "
                  "livsmedelsproduktion och har en stark forskning inom området.",
            "en": "The whole chain from farm to fork: primary production, processing, packaging, meals and "
                  "the handling of by-products. Skåne accounts for a large share of Sweden's food "
                  "production and has strong research in the field.",
            "da": "Hele kæden fra jord til bord: primærproduktion, forarbejdning, emballage, måltider og "
                  "håndtering af restprodukter. Skåne står for en stor del af Sveriges fødevareproduktion "
                  "og har en stærk forskning på området.",
        },
    },
    {
        "slug": "avancerade-material",
        "name": {
            "sv": "Avancerade material & tillverkningsindustri",
            "en": "Advanced materials & manufacturing",
            "da": "Avancerede materialer & fremstillingsindustri",
        },
        "description": {
            "sv": "Nya material, återvunna råvaror och smartare tillverkningsprocesser som gör industrin mer "
                  "konkurrenskraftig och resurseffektiv. Området spänner från materialforskning till "
                  "produktion i nordvästra Skånes industriföretag.",
            "en": "New materials, recycled raw materials and smarter manufacturing processes that make "
                  "industry more competitive and resource-efficient. The area spans everything from "
                  "materials research to production at the manufacturing companies of north-west Skåne.",
            "da": "Nye materialer, genanvendte råvarer og smartere fremstillingsprocesser, der gør industrien "
                  "mere konkurrencedygtig og ressourceeffektiv. Området spænder fra materialeforskning til "
                  "produktion i industrivirksomhederne i det nordvestlige Skåne.",
        },
    },
    {
        "slug": "smarta-hallbara-stader",
        "name": {
            "sv": "Smarta hållbara städer",
            "en": "Smart sustainable cities",
            "da": "Smarte bæredygtige byer",
        },
        "description": {
            "sv": "Lösningar för hur vi bygger, bor, förflyttar oss och tar hand om vatten, energi och avfall "
                  "i staden, med både miljön och människorna i fokus. Här ingår också social hållbarhet, som "
                  "trygghet, delaktighet och livskvalitet.",
            "en": "Solutions for how we build, live, get around and manage water, energy and waste in the "
                  "city, with both the environment and people in focus. It also includes social "
                  "sustainability, such as safety, participation and quality of life.",
            "da": "Løsninger for, hvordan vi bygger, bor, færdes og håndterer vand, energi og affald i byen, "
                  "med både miljøet og menneskene i fokus. Her indgår også social bæredygtighed som tryghed, "
                  "deltagelse og livskvalitet.",
        },
    },
    {
        "slug": "ess-max-iv-science-village",
        "name": {
            "sv": "ESS, MAX IV & innovationssystemet Science Village",
            "en": "ESS, MAX IV & the Science Village innovation system",
            "da": "ESS, MAX IV & innovationssystemet Science Village",
        },
        "description": {
            "sv": "Forskningsanläggningarna ESS och MAX IV i Lund gör det möjligt att studera material och "
                  "molekyler ner på atomnivå. Science Village är området mellan anläggningarna, där "
                  "forskning, företag och service samlas för att omsätta resultaten i innovationer.",
            "en": "The research facilities ESS and MAX IV in Lund make it possible to study materials and "
                  "molecules down to the atomic level. Science Village is the area between the facilities, "
                  "where research, companies and services come together to turn the results into "
                  "innovations.",
            "da": "Forskningsanlæggene ESS og MAX IV i Lund gør det muligt at undersøge materialer og "
                  "molekyler helt ned på atomart niveau. Science Village er området mellem anlæggene, hvor "
                  "forskning, virksomheder og service samles for at omsætte resultaterne til innovationer.",
        },
    },
]

# UN Sustainable Development Goals, short titles as used by Globala målen (sv),
# the United Nations (en) and Verdensmålene (da).
GOALS = [
    {"number": 1, "name": {"sv": "Ingen fattigdom", "en": "No poverty", "da": "Afskaf fattigdom"}},
    {"number": 2, "name": {"sv": "Ingen hunger", "en": "Zero hunger", "da": "Stop sult"}},
    {"number": 3, "name": {"sv": "Hälsa och välbefinnande", "en": "Good health and well-being",
                           "da": "Sundhed og trivsel"}},
    {"number": 4, "name": {"sv": "God utbildning för alla", "en": "Quality education",
                           "da": "Kvalitetsuddannelse"}},
    {"number": 5, "name": {"sv": "Jämställdhet", "en": "Gender equality",
                           "da": "Ligestilling mellem kønnene"}},
    {"number": 6, "name": {"sv": "Rent vatten och sanitet för alla", "en": "Clean water and sanitation",
                           "da": "Rent vand og sanitet"}},
    {"number": 7, "name": {"sv": "Hållbar energi för alla", "en": "Affordable and clean energy",
                           "da": "Bæredygtig energi"}},
    {"number": 8, "name": {"sv": "Anständiga arbetsvillkor och ekonomisk tillväxt",
                           "en": "Decent work and economic growth",
                           "da": "Anstændige jobs og økonomisk vækst"}},
    {"number": 9, "name": {"sv": "Hållbar industri, innovationer och infrastruktur",
                           "en": "Industry, innovation and infrastructure",
                           "da": "Industri, innovation og infrastruktur"}},
    {"number": 10, "name": {"sv": "Minskad ojämlikhet", "en": "Reduced inequalities", "da": "Mindre ulighed"}},
    {"number": 11, "name": {"sv": "Hållbara städer och samhällen", "en": "Sustainable cities and communities",
                            "da": "Bæredygtige byer og lokalsamfund"}},
    {"number": 12, "name": {"sv": "Hållbar konsumtion och produktion",
                            "en": "Responsible consumption and production",
                            "da": "Ansvarligt forbrug og produktion"}},
    {"number": 13, "name": {"sv": "Bekämpa klimatförändringarna", "en": "Climate action",
                            "da": "Klimaindsats"}},
    {"number": 14, "name": {"sv": "Hav och marina resurser", "en": "Life below water", "da": "Livet i havet"}},
    {"number": 15, "name": {"sv": "Ekosystem och biologisk mångfald", "en": "Life on land",
                            "da": "Livet på land"}},
    {"number": 16, "name": {"sv": "Fredliga och inkluderande samhällen",
                            "en": "Peace, justice and strong institutions",
                            "da": "Fred, retfærdighed og stærke institutioner"}},
    {"number": 17, "name": {"sv": "Genomförande och globalt partnerskap", "en": "Partnerships for the goals",
                            "da": "Partnerskaber for handling"}},
]

ORGANISATIONS = [
    # --- City administrations (Helsingborgs stad) ---
    {
        "slug": "stadsledningsforvaltningen",
        "name": {
            "sv": "Stadsledningsförvaltningen",
            "en": "City Executive Office",
            "da": "Byledelsesforvaltningen",
        },
        "sector": "public",
        "kind": "city_administration",
        "description": {
            "sv": "Kommunstyrelsens förvaltning, som leder, samordnar och följer upp arbetet i hela "
                  "Helsingborgs stad. Här finns bland annat stadens arbete med innovation, digitalisering, "
                  "hållbarhet och näringsliv.",
            "en": "The administration of the Municipal Executive Board, which leads, coordinates and follows "
                  "up work across the whole City of Helsingborg. It is home to, among other things, the "
                  "city's work on innovation, digitalisation, sustainability and business.",
            "da": "Den centrale forvaltning under kommunens styrelse, som leder, koordinerer og følger op på "
                  "arbejdet i hele Helsingborg Kommune. Her ligger blandt andet kommunens arbejde med "
                  "innovation, digitalisering, bæredygtighed og erhverv.",
        },
        "website": "https://helsingborg.se",
    },
    {
        "slug": "stadsbyggnadsforvaltningen",
        "name": {
            "sv": "Stadsbyggnadsförvaltningen",
            "en": "City Planning Administration",
            "da": "Byplanlægningsforvaltningen",
        },
        "sector": "public",
        "kind": "city_administration",
        "description": {
            "sv": "Planerar och bygger staden: detaljplaner, bygglov, gator, parker, kartor och trafik. "
                  "Förvaltningen ansvarar också för stora stadsutvecklingsprojekt som H+ och Oceanhamnen.",
            "en": "Plans and builds the city: detailed development plans, building permits, streets, parks, "
                  "maps and traffic. The administration is also responsible for major urban development "
                  "projects such as H+ and Oceanhamnen.",
            "da": "Planlægger og bygger byen: lokalplaner, byggetilladelser, gader, parker, kort og trafik. "
                  "Forvaltningen står også for store byudviklingsprojekter som H+ og Oceanhamnen.",
        },
        "website": "https://helsingborg.se",
    },
    {
        "slug": "skol-och-fritidsforvaltningen",
        "name": {
            "sv": "Skol- och fritidsförvaltningen",
            "en": "School and Leisure Administration",
            "da": "Skole- og fritidsforvaltningen",
        },
        "sector": "public",
        "kind": "city_administration",
        "description": {
            "sv": "Ansvarar för stadens kommunala förskolor, grundskolor, anpassade grundskolor och "
                  "fritidshem samt för skolmåltiderna. Förvaltningen har tusentals medarbetare och möter "
                  "barn och familjer varje dag.",
            "en": "Responsible for the city's municipal pre-schools, compulsory schools, adapted schools and "
                  "after-school centres, and for school meals. The administration has thousands of "
                  "employees and meets children and families every day.",
            "da": "Har ansvaret for kommunens børnehaver, grundskoler, specialskoler og fritidshjem samt for "
                  "skolemaden. Forvaltningen har tusindvis af medarbejdere og møder børn og familier hver "
                  "dag.",
        },
        "website": "https://helsingborg.se",
    },
    {
        "slug": "socialforvaltningen",
        "name": {
            "sv": "Socialförvaltningen",
            "en": "Social Services Administration",
            "da": "Socialforvaltningen",
        },
        "sector": "public",
        "kind": "city_administration",
        "description": {
            "sv": "Ger stöd och skydd till barn, unga och familjer, till personer med missbruk eller beroende "
                  "och till våldsutsatta. Förvaltningen arbetar nära skolan, polisen, regionen och "
                  "civilsamhället.",
            "en": "Provides support and protection for children, young people and families, for people with "
                  "substance abuse or addiction problems, and for victims of violence. The administration "
                  "works closely with schools, the police, the region and civil society.",
            "da": "Yder støtte og beskyttelse til børn, unge og familier, til personer med misbrug eller "
                  "afhængighed og til voldsudsatte. Forvaltningen arbejder tæt sammen med skolerne, "
                  "politiet, regionen og civilsamfundet.",
        },
        "website": "https://helsingborg.se",
    },
    {
        "slug": "vard-och-omsorgsforvaltningen",
        "name": {
            "sv": "Vård- och omsorgsförvaltningen",
            "en": "Health and Social Care Administration",
            "da": "Sundheds- og omsorgsforvaltningen",
        },
        "sector": "public",
        "kind": "city_administration",
        "description": {
            "sv": "Ansvarar för hemtjänst, särskilda boenden, hemsjukvård och stöd till personer med "
                  "funktionsnedsättning. Förvaltningen arbetar mycket med välfärdsteknik för att äldre ska "
                  "kunna leva ett självständigt liv.",
            "en": "Responsible for home care, residential care homes, home health care and support for "
                  "people with disabilities. The administration works extensively with welfare technology "
                  "to help older people live independent lives.",
            "da": "Har ansvaret for hjemmepleje, plejeboliger, hjemmesygepleje og støtte til personer med "
                  "handicap. Forvaltningen arbejder meget med velfærdsteknologi, så ældre kan leve et "
                  "selvstændigt liv.",
        },
        "website": "https://helsingborg.se",
    },
    {
        "slug": "kulturforvaltningen",
        "name": {
            "sv": "Kulturförvaltningen",
            "en": "Culture Administration",
            "da": "Kulturforvaltningen",
        },
        "sector": "public",
        "kind": "city_administration",
        "description": {
            "sv": "Driver bland annat stadens bibliotek, Dunkers kulturhus, Fredriksdal museer och trädgårdar "
                  "och Kärnan. Förvaltningen ger också stöd till kulturföreningar och kulturskapare i "
                  "staden.",
            "en": "Runs, among other things, the city's libraries, Dunkers kulturhus, Fredriksdal museer och "
                  "trädgårdar and Kärnan. The administration also supports cultural associations and artists "
                  "in the city.",
            "da": "Driver blandt andet byens biblioteker, Dunkers kulturhus, Fredriksdal museer och "
                  "trädgårdar og Kärnan. Forvaltningen støtter også kulturforeninger og kunstnere i byen.",
        },
        "website": "https://helsingborg.se",
    },
    {
        "slug": "fritidsforvaltningen",
        "name": {
            "sv": "Fritidsförvaltningen",
            "en": "Leisure Administration",
            "da": "Fritidsforvaltningen",
        },
        "sector": "public",
        "kind": "city_administration",
        "description": {
            "sv": "Ansvarar för idrottsanläggningar, bad, fritidsgårdar och mötesplatser för unga samt för "
                  "stödet till stadens föreningsliv. Målet är att alla Helsingborgare ska ha tillgång till en "
                  "aktiv och meningsfull fritid.",
            "en": "Responsible for sports facilities, swimming pools, youth centres and meeting places for "
                  "young people, and for support to the city's associations. The aim is for everyone in "
                  "Helsingborg to have access to an active and meaningful leisure time.",
            "da": "Har ansvaret for idrætsanlæg, svømmehaller, ungdomsklubber og mødesteder for unge samt for "
                  "støtten til byens foreningsliv. Målet er, at alle i Helsingborg skal have adgang til en "
                  "aktiv og meningsfuld fritid.",
        },
        "website": "https://helsingborg.se",
    },
    {
        "slug": "miljoforvaltningen",
        "name": {
            "sv": "Miljöförvaltningen",
            "en": "Environment Administration",
            "da": "Miljøforvaltningen",
        },
        "sector": "public",
        "kind": "city_administration",
        "description": {
            "sv": "Arbetar för en hållbar och hälsosam miljö genom tillsyn, miljöövervakning och klimatarbete. "
                  "Förvaltningen samordnar stadens arbete med klimatanpassning, naturvård och vattenfrågor.",
            "en": "Works for a sustainable and healthy environment through inspections, environmental "
                  "monitoring and climate action. The administration coordinates the city's work on climate "
                  "adaptation, nature conservation and water.",
            "da": "Arbejder for et bæredygtigt og sundt miljø gennem tilsyn, miljøovervågning og "
                  "klimaarbejde. Forvaltningen koordinerer kommunens arbejde med klimatilpasning, naturpleje "
                  "og vand.",
        },
        "website": "https://helsingborg.se",
    },
    {
        "slug": "arbetsmarknadsforvaltningen",
        "name": {
            "sv": "Arbetsmarknadsförvaltningen",
            "en": "Labour Market Administration",
            "da": "Arbejdsmarkedsforvaltningen",
        },
        "sector": "public",
        "kind": "city_administration",
        "description": {
            "sv": "Hjälper Helsingborgare att komma i arbete eller studier och ansvarar för försörjningsstöd, "
                  "vuxenutbildning och svenska för invandrare (sfi). Förvaltningen samarbetar nära med "
                  "arbetsgivare och Arbetsförmedlingen.",
            "en": "Helps people in Helsingborg into work or studies and is responsible for income support, "
                  "adult education and Swedish for immigrants (SFI). The administration works closely with "
                  "employers and the Swedish Public Employment Service.",
            "da": "Hjælper borgere i Helsingborg i arbejde eller uddannelse og har ansvaret for "
                  "kontanthjælp, voksenuddannelse og svenskundervisning for indvandrere (sfi). Forvaltningen "
                  "samarbejder tæt med arbejdsgivere og den svenske arbejdsformidling, Arbetsförmedlingen.",
        },
        "website": "https://helsingborg.se",
    },
    # --- Hubs in Helsingborg Innovation District ---
    {
        "slug": "hetch",
        "name": {"sv": "HETCH", "en": "HETCH", "da": "HETCH"},
        "sector": "business",
        "kind": "hub",
        "description": {
            "sv": "En ideell techhub för startups, scaleups och innovationsteam i Oceanhamnen. HETCH erbjuder "
                  "arbetsplatser, utbildning och program som Techship för unga entreprenörer.",
            "en": "A non-profit tech hub for start-ups, scale-ups and innovation teams in Oceanhamnen. HETCH "
                  "offers workspace, training and programmes such as Techship for young entrepreneurs.",
            "da": "En nonprofit techhub for startups, scaleups og innovationsteams i Oceanhamnen. HETCH "
                  "tilbyder arbejdspladser, uddannelse og programmer som Techship for unge iværksættere.",
        },
        "website": "https://hetch.se",
    },
    {
        "slug": "mindpark",
        "name": {"sv": "Mindpark", "en": "Mindpark", "da": "Mindpark"},
        "sector": "business",
        "kind": "hub",
        "description": {
            "sv": "Coworking och kontorshubb i innovationsdistriktet, där företag, frilansare och "
                  "organisationer delar arbetsplatser, nätverk och kunskap. Mindpark ordnar också träffar "
                  "och evenemang för sin community.",
            "en": "A coworking and office hub in the innovation district, where companies, freelancers and "
                  "organisations share workspace, networks and knowledge. Mindpark also hosts meet-ups and "
                  "events for its community.",
            "da": "Et coworking- og kontorfællesskab i innovationsdistriktet, hvor virksomheder, freelancere "
                  "og organisationer deler arbejdspladser, netværk og viden. Mindpark arrangerer også "
                  "netværksmøder og events for sit fællesskab.",
        },
        "website": "https://mindpark.se",
    },
    {
        "slug": "campus-helsingborg",
        "name": {
            "sv": "Campus Helsingborg, Lunds universitet",
            "en": "Campus Helsingborg, Lunds universitet",
            "da": "Campus Helsingborg, Lunds universitet",
        },
        "sector": "academia",
        "kind": "hub",
        "description": {
            "sv": "Lunds universitets campus i centrala Helsingborg, med utbildning och forskning inom bland "
                  "annat tjänstevetenskap, strategisk kommunikation, logistik och socialt arbete. Här "
                  "studerar omkring 4 000 studenter.",
            "en": "Lund University's campus in central Helsingborg, with education and research in fields "
                  "such as service management, strategic communication, logistics and social work. Around "
                  "4,000 students study here.",
            "da": "Lunds universitets campus i det centrale Helsingborg med uddannelse og forskning inden for "
                  "blandt andet servicestudier, strategisk kommunikation, logistik og socialt arbejde. Her "
                  "studerer omkring 4.000 studerende.",
        },
        "website": "https://www.ch.lu.se",
    },
    {
        "slug": "recolab",
        "name": {"sv": "RecoLab", "en": "RecoLab", "da": "RecoLab"},
        "sector": "public",
        "kind": "hub",
        "description": {
            "sv": "Utvecklingsanläggning och testbädd vid reningsverket Öresundsverket, som NSVA driver "
                  "tillsammans med Helsingborgs stad. Här blir avloppsvatten och matavfall från Oceanhamnens "
                  "källsorterande system Tre rör ut till biogas och gödsel, och forskare och företag kan "
                  "testa ny teknik i verklig drift.",
            "en": "A development facility and test bed at the Öresundsverket wastewater treatment plant, run "
                  "by NSVA together with the City of Helsingborg. Here wastewater and food waste from "
                  "Oceanhamnen's source-separating system, Three Pipes Out, are turned into biogas and "
                  "fertiliser, and researchers and companies can test new technology in real operation.",
            "da": "Et udviklingsanlæg og testmiljø ved renseanlægget Öresundsverket, som NSVA driver sammen "
                  "med Helsingborg Kommune. Her bliver spildevand og madaffald fra Oceanhamnens "
                  "kildesorterende system, Tre rør ud, til biogas og gødning, og forskere og virksomheder kan "
                  "afprøve ny teknologi under reelle driftsforhold.",
        },
        "website": "https://recolab.se",
    },
    {
        "slug": "parken",
        "name": {
            "sv": "Center för innovation – Parken",
            "en": "Center för innovation – Parken",
            "da": "Center för innovation – Parken",
        },
        "sector": "public",
        "kind": "hub",
        "description": {
            "sv": "Helsingborgs stads center för innovation i Oceanhamnen, öppnat 2024. En öppen mötesplats "
                  "där staden, näringslivet, akademin och civilsamhället arbetar tillsammans med stadens "
                  "utmaningar.",
            "en": "The City of Helsingborg's centre for innovation in Oceanhamnen, opened in 2024. An open "
                  "meeting place where the city, business, academia and civil society work together on the "
                  "city's challenges.",
            "da": "Helsingborg Kommunes center for innovation i Oceanhamnen, der åbnede i 2024. Et åbent "
                  "mødested, hvor kommunen, erhvervslivet, forskningsverdenen og civilsamfundet arbejder "
                  "sammen om byens udfordringer.",
        },
        "website": "https://innovation.helsingborg.se",
    },
    # --- Other actors ---
    {
        "slug": "lunds-universitet",
        "name": {"sv": "Lunds universitet", "en": "Lunds universitet", "da": "Lunds universitet"},
        "sector": "academia",
        "kind": "university",
        "description": {
            "sv": "Ett av Nordens största universitet, grundat 1666, med utbildning och forskning inom alla "
                  "vetenskapsområden. Universitetet finns i Lund, Malmö och Helsingborg och är en av "
                  "initiativtagarna till Helsingborg Innovation District.",
            "en": "One of the largest universities in the Nordic region, founded in 1666, with education and "
                  "research in all fields of science. The university is located in Lund, Malmö and "
                  "Helsingborg and is one of the initiators of Helsingborg Innovation District.",
            "da": "Et af Nordens største universiteter, grundlagt i 1666, med uddannelse og forskning inden "
                  "for alle videnskabelige områder. Universitetet ligger i Lund, Malmö og Helsingborg og er en "
                  "af initiativtagerne til Helsingborg Innovation District.",
        },
        "website": "https://www.lu.se",
    },
    {
        "slug": "region-skane",
        "name": {"sv": "Region Skåne", "en": "Region Skåne", "da": "Region Skåne"},
        "sector": "public",
        "kind": "other",
        "description": {
            "sv": "Skånes region, som ansvarar för hälso- och sjukvård, kollektivtrafik och regional "
                  "utveckling. Regionen samordnar arbetet med Skånes innovationsstrategi och är en av "
                  "initiativtagarna till Helsingborg Innovation District.",
            "en": "The regional authority for Skåne, responsible for health care, public transport and "
                  "regional development. The region coordinates the work on Skåne's innovation strategy and "
                  "is one of the initiators of Helsingborg Innovation District.",
            "da": "Skånes region, som har ansvaret for sundhedsvæsen, kollektiv trafik og regional udvikling. "
                  "Regionen koordinerer arbejdet med Skånes innovationsstrategi og er en af initiativtagerne "
                  "til Helsingborg Innovation District.",
        },
        "website": "https://www.skane.se",
    },
    {
        "slug": "nsva",
        "name": {
            "sv": "Nordvästra Skånes Vatten och Avlopp (NSVA)",
            "en": "Nordvästra Skånes Vatten och Avlopp (NSVA)",
            "da": "Nordvästra Skånes Vatten och Avlopp (NSVA)",
        },
        "sector": "public",
        "kind": "company",
        "description": {
            "sv": "Kommunägt bolag som sköter dricksvatten och avlopp i flera kommuner i nordvästra Skåne, "
                  "däribland Helsingborg. NSVA driver reningsverket Öresundsverket och, tillsammans med "
                  "staden, testbädden RecoLab.",
            "en": "A municipally owned company that manages drinking water and wastewater in several "
                  "municipalities in north-west Skåne, including Helsingborg. NSVA runs the Öresundsverket "
                  "treatment plant and, together with the city, the RecoLab test bed.",
            "da": "Et kommunalt ejet selskab, der står for drikkevand og spildevand i flere kommuner i det "
                  "nordvestlige Skåne, herunder Helsingborg. NSVA driver renseanlægget Öresundsverket og, "
                  "sammen med kommunen, testmiljøet RecoLab.",
        },
        "website": "https://www.nsva.se",
    },
    {
        "slug": "helsingborgshem",
        "name": {"sv": "Helsingborgshem", "en": "Helsingborgshem", "da": "Helsingborgshem"},
        "sector": "public",
        "kind": "company",
        "description": {
            "sv": "Helsingborgs stads allmännyttiga bostadsbolag, som äger och förvaltar hyresrätter i stora "
                  "delar av staden. Bolaget driver bland annat den långsiktiga förnyelsen av Drottninghög "
                  "tillsammans med staden.",
            "en": "The City of Helsingborg's public housing company, which owns and manages rental homes in "
                  "large parts of the city. Among other things, the company leads the long-term renewal of "
                  "Drottninghög together with the city.",
            "da": "Helsingborg Kommunes almennyttige boligselskab, som ejer og administrerer lejeboliger i "
                  "store dele af byen. Selskabet står blandt andet for den langsigtede fornyelse af "
                  "Drottninghög sammen med kommunen.",
        },
        "website": "https://www.helsingborgshem.se",
    },
    {
        "slug": "hbg-works",
        "name": {"sv": "Hbg Works", "en": "Hbg Works", "da": "Hbg Works"},
        "sector": "public",
        "kind": "other",
        "description": {
            "sv": "Helsingborgs stads accelerator för innovation, som öppnade 2019 som Sveriges första "
                  "kommunala accelerator. Här får medarbetare och idébärare stöd av intraprenörer, designers "
                  "och utvecklare att ta en idé från test till uppskalning; sedan 2024 lever arbetssättet "
                  "vidare i Center för innovation – Parken.",
            "en": "The City of Helsingborg's innovation accelerator, which opened in 2019 as Sweden's first "
                  "municipal accelerator. Here staff and idea owners get support from intrapreneurs, "
                  "designers and developers to take an idea from test to scale-up; since 2024 the approach "
                  "has continued at Center för innovation – Parken.",
            "da": "Helsingborg Kommunes accelerator for innovation, som åbnede i 2019 som Sveriges første "
                  "kommunale accelerator. Her får medarbejdere og idéhavere støtte fra intraprenører, "
                  "designere og udviklere til at føre en idé fra forsøg til opskalering; siden 2024 er "
                  "arbejdsformen videreført i Center för innovation – Parken.",
        },
        "website": "",
    },
    # --- Cluster organisations (Clusters of Skåne) ---
    {
        "slug": "livsmedelsakademin",
        "name": {"sv": "Livsmedelsakademin", "en": "Livsmedelsakademin", "da": "Livsmedelsakademin"},
        "sector": "business",
        "kind": "cluster",
        "description": {
            "sv": "Klusterorganisation för livsmedelsbranschen med säte i Lund, som samlar företag, akademi "
                  "och offentliga aktörer för att stärka innovationskraften i hela livsmedelskedjan. En av "
                  "klusterorganisationerna i Clusters of Skåne.",
            "en": "A cluster organisation for the food industry, based in Lund, that brings together "
                  "companies, academia and public actors to strengthen innovation across the whole food "
                  "chain. One of the cluster organisations in Clusters of Skåne.",
            "da": "En klyngeorganisation for fødevarebranchen med hjemsted i Lund, som samler virksomheder, "
                  "forskning og offentlige aktører for at styrke innovationskraften i hele fødevarekæden. En "
                  "af klyngeorganisationerne i Clusters of Skåne.",
        },
        "website": "https://www.livsmedelsakademin.se",
    },
    {
        "slug": "medicon-valley-alliance",
        "name": {
            "sv": "Medicon Valley Alliance",
            "en": "Medicon Valley Alliance",
            "da": "Medicon Valley Alliance",
        },
        "sector": "business",
        "kind": "cluster",
        "description": {
            "sv": "Medlemsorganisation för life science på båda sidor om Öresund, med företag, universitet, "
                  "sjukhus och offentliga aktörer som medlemmar. Organisationen arbetar för att stärka "
                  "Greater Copenhagen som ett ledande life science-kluster.",
            "en": "A member organisation for life science on both sides of the Öresund, with companies, "
                  "universities, hospitals and public actors as members. It works to strengthen Greater "
                  "Copenhagen as a leading life science cluster.",
            "da": "En medlemsorganisation for life science på begge sider af Øresund med virksomheder, "
                  "universiteter, hospitaler og offentlige aktører som medlemmer. Organisationen arbejder for "
                  "at styrke Greater Copenhagen som en førende life science-klynge.",
        },
        "website": "https://www.mva.org",
    },
    {
        "slug": "mobile-heights",
        "name": {"sv": "Mobile Heights", "en": "Mobile Heights", "da": "Mobile Heights"},
        "sector": "business",
        "kind": "cluster",
        "description": {
            "sv": "Klusterorganisation för tech och digital innovation i Skåne, med rötter i regionens starka "
                  "telekom- och mjukvaruindustri. Mobile Heights driver program inom uppkoppling, AI och "
                  "digital omställning tillsammans med företag, akademi och offentlig sektor.",
            "en": "A cluster organisation for tech and digital innovation in Skåne, rooted in the region's "
                  "strong telecom and software industry. Mobile Heights runs programmes on connectivity, AI "
                  "and digital transformation together with companies, academia and the public sector.",
            "da": "En klyngeorganisation for tech og digital innovation i Skåne med rødder i regionens stærke "
                  "telekom- og softwareindustri. Mobile Heights driver programmer inden for konnektivitet, AI "
                  "og digital omstilling sammen med virksomheder, forskning og den offentlige sektor.",
        },
        "website": "https://mobileheights.org",
    },
    {
        "slug": "sustainable-business-hub",
        "name": {
            "sv": "Sustainable Business Hub",
            "en": "Sustainable Business Hub",
            "da": "Sustainable Business Hub",
        },
        "sector": "business",
        "kind": "cluster",
        "description": {
            "sv": "Klusterorganisation i Malmö för smarta hållbara städer och miljöteknik, med företag, "
                  "kommuner, lärosäten och forskningsinstitut som medlemmar. Organisationen driver "
                  "innovationsprojekt inom bland annat vatten, energi och cirkulär ekonomi.",
            "en": "A cluster organisation in Malmö for smart sustainable cities and clean technology, with "
                  "companies, municipalities, universities and research institutes as members. It runs "
                  "innovation projects on water, energy and the circular economy, among other things.",
            "da": "En klyngeorganisation i Malmö for smarte bæredygtige byer og miljøteknologi med "
                  "virksomheder, kommuner, uddannelsesinstitutioner og forskningsinstitutter som medlemmer. "
                  "Organisationen driver innovationsprojekter inden for blandt andet vand, energi og cirkulær "
                  "økonomi.",
        },
        "website": "https://www.sbhub.se",
    },
    {
        "slug": "sydsvenska-handelskammaren",
        "name": {
            "sv": "Sydsvenska Industri- och Handelskammaren",
            "en": "Sydsvenska Industri- och Handelskammaren",
            "da": "Sydsvenska Industri- och Handelskammaren",
        },
        "sector": "business",
        "kind": "association",
        "description": {
            "sv": "Medlemsorganisation för företag i södra Sverige, som verkar för ett bättre företagsklimat "
                  "och erbjuder tjänster för handel och export. En av initiativtagarna till Helsingborg "
                  "Innovation District.",
            "en": "A member organisation for companies in southern Sweden that works for a better business "
                  "climate and offers services for trade and export. One of the initiators of Helsingborg "
                  "Innovation District.",
            "da": "En medlemsorganisation for virksomheder i Sydsverige, som arbejder for et bedre "
                  "erhvervsklima og tilbyder tjenester inden for handel og eksport. En af initiativtagerne "
                  "til Helsingborg Innovation District.",
        },
        "website": "https://handelskammaren.com",
    },
    # --- Companies (fictional) ---
    {
        "slug": "kretsloppsteknik-ab",
        "name": {"sv": "Kretsloppsteknik AB", "en": "Kretsloppsteknik AB", "da": "Kretsloppsteknik AB"},
        "sector": "business",
        "kind": "company",
        "description": {
            "sv": "Ett mindre teknikföretag i Helsingborg som utvecklar utrustning för att återvinna kväve och "
                  "fosfor ur avloppsvatten och matavfall. Företaget testar sina processer i pilotskala på "
                  "RecoLab.",
            "en": "A small technology company in Helsingborg that develops equipment for recovering nitrogen "
                  "and phosphorus from wastewater and food waste. The company tests its processes at pilot "
                  "scale at RecoLab.",
            "da": "En mindre teknologivirksomhed i Helsingborg, der udvikler udstyr til at genvinde kvælstof "
                  "og fosfor fra spildevand og madaffald. Virksomheden afprøver sine processer i pilotskala på "
                  "RecoLab.",
        },
        "website": "",
    },
    {
        "slug": "nordvast-ai-ab",
        "name": {"sv": "Nordväst AI AB", "en": "Nordväst AI AB", "da": "Nordväst AI AB"},
        "sector": "business",
        "kind": "company",
        "description": {
            "sv": "Ett Helsingborgsföretag som utvecklar AI-tjänster för offentlig sektor, bland annat "
                  "assistenter som hjälper medarbetare med dokumentation och planering. Företaget lägger stor "
                  "vikt vid dataskydd och drift inom EU.",
            "en": "A Helsingborg company that develops AI services for the public sector, including "
                  "assistants that help staff with documentation and planning. The company places great "
                  "emphasis on data protection and hosting within the EU.",
            "da": "En virksomhed fra Helsingborg, der udvikler AI-tjenester til den offentlige sektor, blandt "
                  "andet assistenter, som hjælper medarbejdere med dokumentation og planlægning. Virksomheden "
                  "lægger stor vægt på databeskyttelse og drift inden for EU.",
        },
        "website": "",
    },
    {
        "slug": "oresund-sensor-ab",
        "name": {"sv": "Öresund Sensor AB", "en": "Öresund Sensor AB", "da": "Öresund Sensor AB"},
        "sector": "business",
        "kind": "company",
        "description": {
            "sv": "Utvecklar trådlösa sensorer och en dataplattform för att mäta inomhusklimat, "
                  "energianvändning, vattennivåer och flöden i byggnader och stadsmiljö. Kunderna är främst "
                  "fastighetsägare och kommuner i Öresundsregionen.",
            "en": "Develops wireless sensors and a data platform for measuring indoor climate, energy use, "
                  "water levels and flows in buildings and urban environments. Its customers are mainly "
                  "property owners and municipalities in the Öresund region.",
            "da": "Udvikler trådløse sensorer og en dataplatform til måling af indeklima, energiforbrug, "
                  "vandstand og gennemstrømning i bygninger og byrum. Kunderne er primært ejendomsejere og "
                  "kommuner i Øresundsregionen.",
        },
        "website": "",
    },
    # --- Civil society ---
    {
        "slug": "foreningen-tryggare-drottninghog",
        "name": {
            "sv": "Föreningen Tryggare Drottninghög",
            "en": "Föreningen Tryggare Drottninghög",
            "da": "Föreningen Tryggare Drottninghög",
        },
        "sector": "civil_society",
        "kind": "association",
        "description": {
            "sv": "En ideell förening där boende på Drottninghög arbetar för en tryggare och trivsammare "
                  "stadsdel. Föreningen ordnar bland annat nattvandringar, trygghetsvandringar och aktiviteter "
                  "för barn och unga.",
            "en": "A non-profit association in which residents of Drottninghög work for a safer and more "
                  "pleasant neighbourhood. Among other things, the association organises night walks, safety "
                  "walks and activities for children and young people.",
            "da": "En frivillig forening, hvor beboere på Drottninghög arbejder for en tryggere og rarere "
                  "bydel. Foreningen arrangerer blandt andet natteravne, tryghedsvandringer og aktiviteter for "
                  "børn og unge.",
        },
        "website": "",
    },
    {
        "slug": "pro-helsingborg",
        "name": {"sv": "PRO Helsingborg", "en": "PRO Helsingborg", "da": "PRO Helsingborg"},
        "sector": "civil_society",
        "kind": "association",
        "description": {
            "sv": "Lokal förening inom Pensionärernas riksorganisation (PRO) som samlar pensionärer i "
                  "Helsingborg. Föreningen ordnar studiecirklar, resor och sociala aktiviteter och driver "
                  "frågor om äldres levnadsvillkor.",
            "en": "A local branch of the Swedish National Pensioners' Organisation (PRO) for pensioners in "
                  "Helsingborg. It organises study circles, trips and social activities and campaigns on "
                  "older people's living conditions.",
            "da": "En lokalforening under den svenske pensionistorganisation PRO, som samler pensionister i "
                  "Helsingborg. Foreningen arrangerer studiekredse, rejser og sociale aktiviteter og arbejder "
                  "for bedre levevilkår for ældre.",
        },
        "website": "",
    },
    {
        "slug": "ungdomsforeningen-spiran",
        "name": {
            "sv": "Ungdomsföreningen Spiran",
            "en": "Ungdomsföreningen Spiran",
            "da": "Ungdomsföreningen Spiran",
        },
        "sector": "civil_society",
        "kind": "association",
        "description": {
            "sv": "En ungdomsledd förening i Helsingborg där unga mellan 13 och 20 år själva planerar och "
                  "driver aktiviteter, från musik och e-sport till läxhjälp. Föreningen samarbetar med "
                  "fritidsgårdar och skolor i flera stadsdelar.",
            "en": "A youth-led association in Helsingborg where young people aged 13 to 20 plan and run "
                  "activities themselves, from music and e-sports to homework help. The association works "
                  "with youth centres and schools in several neighbourhoods.",
            "da": "En ungdomsstyret forening i Helsingborg, hvor unge mellem 13 og 20 år selv planlægger og "
                  "driver aktiviteter, fra musik og e-sport til lektiehjælp. Foreningen samarbejder med "
                  "ungdomsklubber og skoler i flere bydele.",
        },
        "website": "",
    },
]

CHALLENGES = [
    {
        "slug": "resurser-ur-avloppet",
        "title": {
            "sv": "Hur kan fler av resurserna i avloppet komma till nytta?",
            "en": "How can more of the resources in our wastewater be put to use?",
            "da": "Hvordan kan flere af ressourcerne i spildevandet komme til nytte?",
        },
        "summary": {
            "sv": "I Oceanhamnen sorteras avloppet redan i tre rör och blir biogas och gödsel på RecoLab. Nu "
                  "behöver vi hjälp att hitta avsättning för de återvunna produkterna och sätt att "
                  "källsortera avlopp även i befintliga stadsdelar.",
            "en": "In Oceanhamnen, wastewater is already separated into three pipes and turned into biogas "
                  "and fertiliser at RecoLab. Now we need help finding markets for the recovered products and "
                  "ways of separating wastewater at source in existing neighbourhoods too.",
            "da": "I Oceanhamnen sorteres spildevandet allerede i tre rør og bliver til biogas og gødning på "
                  "RecoLab. Nu har vi brug for hjælp til at finde afsætning for de genvundne produkter og "
                  "måder at kildesortere spildevand på, også i eksisterende bydele.",
        },
        "body": {
            "sv": "Avloppsvatten innehåller kväve, fosfor och energi som i dag till stor del går förlorade. "
                  "Fosfor är en ändlig resurs som finns på EU:s lista över kritiska råvaror, och det kväve "
                  "som inte tas tillvara kan i stället bidra till övergödningen av Öresund."
                  "\n\n"
                  "I Oceanhamnen har husen byggts med tre separata rör ut: ett för toalettvatten, ett för "
                  "vatten från bad, disk och tvätt och ett för matavfall från avfallskvarnar i köken. "
                  "Flödena leds till RecoLab vid Öresundsverket, där NSVA och staden tillsammans producerar "
                  "biogas och gödselprodukter. Tekniken fungerar, men produkterna har ännu ingen etablerad "
                  "marknad, och det är dyrt och krångligt att bygga om ledningarna i äldre hus."
                  "\n\n"
                  "Vi söker företag, forskare, lantbrukare och andra som kan hjälpa oss med något av "
                  "följande: nya användningsområden och affärsmodeller för återvunna näringsämnen, enklare "
                  "och billigare sätt att källsortera avlopp i befintliga bostäder, eller metoder för att "
                  "mäta och redovisa miljönyttan. RecoLab kan erbjudas som testbädd för den som vill pröva "
                  "sin lösning i verklig drift.",
            "en": "Wastewater contains nitrogen, phosphorus and energy, much of which is lost today. "
                  "Phosphorus is a finite resource on the EU's list of critical raw materials, and nitrogen "
                  "that is not recovered can instead add to the eutrophication of the Öresund."
                  "\n\n"
                  "In Oceanhamnen, the buildings have been constructed with three separate outgoing pipes: "
                  "one for toilet water, one for water from baths, dishwashing and laundry, and one for food "
                  "waste from kitchen waste disposers. The flows go to RecoLab at the Öresundsverket "
                  "treatment plant, where NSVA and the city jointly produce biogas and fertiliser products. "
                  "The technology works, but the products do not yet have an established market, and "
                  "rebuilding the pipework in older buildings is expensive and complicated."
                  "\n\n"
                  "We are looking for companies, researchers, farmers and others who can help us with any of "
                  "the following: new uses and business models for recovered nutrients, simpler and cheaper "
                  "ways of separating wastewater at source in existing homes, or methods for measuring and "
                  "reporting the environmental benefit. RecoLab is available as a test bed for anyone who "
                  "wants to try their solution in real operation.",
            "da": "Spildevand indeholder kvælstof, fosfor og energi, som i dag for en stor del går tabt. "
                  "Fosfor er en begrænset ressource, der står på EU's liste over kritiske råstoffer, og det "
                  "kvælstof, der ikke bliver genvundet, kan i stedet bidrage til overgødskningen af Øresund."
                  "\n\n"
                  "I Oceanhamnen er husene bygget med tre separate afløbsrør: ét til toiletvand, ét til vand "
                  "fra bad, opvask og tøjvask og ét til madaffald fra affaldskværne i køkkenerne. Strømmene "
                  "ledes til RecoLab ved renseanlægget Öresundsverket, hvor NSVA og kommunen sammen "
                  "producerer biogas og gødningsprodukter. Teknikken virker, men produkterne har endnu ikke "
                  "et etableret marked, og det er dyrt og besværligt at lægge rørene om i ældre huse."
                  "\n\n"
                  "Vi søger virksomheder, forskere, landmænd og andre, der kan hjælpe os med et af følgende: "
                  "nye anvendelser og forretningsmodeller for genvundne næringsstoffer, enklere og billigere "
                  "måder at kildesortere spildevand på i eksisterende boliger eller metoder til at måle og "
                  "dokumentere miljøgevinsten. RecoLab kan stilles til rådighed som testmiljø for dem, der "
                  "vil afprøve deres løsning under reelle driftsforhold.",
        },
        "owner": "miljoforvaltningen",
        "areas": ["smarta-hallbara-stader", "livsmedel"],
        "goals": [6, 12, 14],
        "status": "open",
        "opens_on": "2025-03-03",
        "closes_on": None,
        "contact_name": "Karin Lindqvist",
        "contact_email": "karin.lindqvist@helsingborg.example",
    },
    {
        "slug": "mer-tid-for-barnen-i-forskolan",
        "title": {
            "sv": "Hur kan förskolans pedagoger få mer tid med barnen?",
            "en": "How can pre-school teachers get more time with the children?",
            "da": "Hvordan kan pædagogerne i børnehaven få mere tid med børnene?",
        },
        "summary": {
            "sv": "Dokumentation, planering och administration tar en allt större del av arbetsdagen i "
                  "förskolan. Vi söker lösningar som frigör tid för det som är förskolans kärna: att vara med "
                  "barnen.",
            "en": "Documentation, planning and administration take up an ever larger part of the working day "
                  "in pre-school. We are looking for solutions that free up time for what pre-school is "
                  "really about: being with the children.",
            "da": "Dokumentation, planlægning og administration fylder en stadig større del af arbejdsdagen i "
                  "børnehaven. Vi søger løsninger, der frigør tid til det, der er kernen i børnehavens "
                  "arbejde: at være sammen med børnene.",
        },
        "body": {
            "sv": "Helsingborgs kommunala förskolor tar emot tusentals barn mellan ett och fem år. Läroplanen "
                  "kräver att utbildningen planeras, dokumenteras och följs upp, och till det kommer "
                  "kontakter med vårdnadshavare, schemaläggning och frånvarohantering. Pedagogerna berättar "
                  "att de ofta gör dokumentationen på raster eller efter arbetstid, och att tiden med barnen "
                  "är det första som krymper när det är personalbrist."
                  "\n\n"
                  "Vi har testat en AI-assistent som hjälper förskollärare att strukturera observationer och "
                  "skriva pedagogisk dokumentation. De första resultaten är lovande: pedagogerna sparar tid "
                  "och texterna blir mer enhetliga. Samtidigt har testet visat hur viktigt det är att barnens "
                  "integritet skyddas, att personalen själv äger texten och att verktyget passar in i "
                  "förskolans vardag, där man sällan sitter vid en dator."
                  "\n\n"
                  "Nu vill vi bredda arbetet. Vi söker idéer, tjänster och samarbetspartner som kan minska "
                  "administrationen i förskolan, till exempel smartare bemanningsplanering, enklare "
                  "kommunikation med vårdnadshavare eller nya sätt att dokumentera i stunden. Lösningarna ska "
                  "följa dataskyddsförordningen och utvecklas tillsammans med pedagogerna. Vi kan erbjuda "
                  "förskolor som vill vara med och testa.",
            "en": "Helsingborg's municipal pre-schools look after thousands of children aged one to five. The "
                  "curriculum requires teaching to be planned, documented and followed up, and on top of that "
                  "come contacts with parents and guardians, scheduling and absence management. Staff tell us "
                  "that they often do the documentation during breaks or after working hours, and that time "
                  "with the children is the first thing to shrink when there is a staff shortage."
                  "\n\n"
                  "We have tested an AI assistant that helps pre-school teachers structure their observations "
                  "and write pedagogical documentation. The first results are promising: staff save time and "
                  "the texts become more consistent. At the same time, the test has shown how important it is "
                  "that the children's privacy is protected, that staff own the text themselves, and that the "
                  "tool fits into everyday pre-school life, where people rarely sit at a computer."
                  "\n\n"
                  "Now we want to broaden the work. We are looking for ideas, services and partners that can "
                  "reduce administration in pre-school, for example smarter staff scheduling, simpler "
                  "communication with parents and guardians, or new ways of documenting in the moment. "
                  "Solutions must comply with the GDPR and be developed together with the staff. We can offer "
                  "pre-schools that want to take part in testing.",
            "da": "Helsingborg Kommunes børnehaver passer tusindvis af børn mellem et og fem år. Læreplanen "
                  "kræver, at det pædagogiske arbejde planlægges, dokumenteres og følges op, og dertil kommer "
                  "kontakten med forældrene, vagtplanlægning og fraværsregistrering. Pædagogerne fortæller, at "
                  "de ofte laver dokumentationen i pauserne eller efter arbejdstid, og at tiden med børnene er "
                  "det første, der skrumper, når der mangler personale."
                  "\n\n"
                  "Vi har afprøvet en AI-assistent, der hjælper pædagoger med at strukturere deres "
                  "observationer og skrive pædagogisk dokumentation. De første resultater er lovende: "
                  "Pædagogerne sparer tid, og teksterne bliver mere ensartede. Samtidig har forsøget vist, "
                  "hvor vigtigt det er, at børnenes privatliv beskyttes, at personalet selv ejer teksten, og "
                  "at værktøjet passer ind i hverdagen i børnehaven, hvor man sjældent sidder ved en computer."
                  "\n\n"
                  "Nu vil vi udvide arbejdet. Vi søger idéer, tjenester og samarbejdspartnere, der kan mindske "
                  "administrationen i børnehaven, for eksempel smartere vagtplanlægning, enklere kommunikation "
                  "med forældrene eller nye måder at dokumentere på i øjeblikket. Løsningerne skal overholde "
                  "databeskyttelsesforordningen og udvikles sammen med pædagogerne. Vi kan tilbyde "
                  "børnehaver, der gerne vil være med til at afprøve dem.",
        },
        "owner": "skol-och-fritidsforvaltningen",
        "areas": ["tech"],
        "goals": [4, 8],
        "status": "open",
        "opens_on": "2024-09-02",
        "closes_on": None,
        "contact_name": "Johanna Ek",
        "contact_email": "johanna.ek@helsingborg.example",
    },
    {
        "slug": "meningsfull-fritid-for-unga",
        "title": {
            "sv": "Hur kan fler unga få en meningsfull fritid?",
            "en": "How can more young people have a meaningful leisure time?",
            "da": "Hvordan kan flere unge få en meningsfuld fritid?",
        },
        "summary": {
            "sv": "Många unga i Helsingborg, särskilt tjejer och unga i vissa stadsdelar, deltar inte i någon "
                  "organiserad fritidsaktivitet. Utmaningen fick ett trettiotal förslag, och flera av dem "
                  "testas nu tillsammans med unga och föreningar.",
            "en": "Many young people in Helsingborg, especially girls and young people in certain "
                  "neighbourhoods, do not take part in any organised leisure activity. The challenge received "
                  "around thirty proposals, and several of them are now being tested together with young "
                  "people and associations.",
            "da": "Mange unge i Helsingborg, især piger og unge i visse bydele, deltager ikke i nogen "
                  "organiseret fritidsaktivitet. Udfordringen fik omkring tredive forslag, og flere af dem "
                  "afprøves nu sammen med unge og foreninger.",
        },
        "body": {
            "sv": "Stadens ungdomsenkät visar att en stor andel av de unga mellan 13 och 19 år inte är med i "
                  "någon förening eller organiserad fritidsaktivitet. Skillnaderna är stora mellan "
                  "stadsdelar och mellan tjejer och killar. En aktiv fritid har betydelse för hälsa, "
                  "skolresultat och framtidstro, och att ha en trygg vuxen och en plats att vara på kan göra "
                  "stor skillnad."
                  "\n\n"
                  "Vi har länge erbjudit fritidsgårdar, föreningsbidrag och lovaktiviteter, men de når inte "
                  "alla. I ett av våra tester lät vi unga själva bestämma reglerna, öppettiderna och "
                  "innehållet i ett aktivitetshus. Det lockade nya besökare och lärde oss att delaktighet på "
                  "riktigt kräver att vi som stad vågar släppa kontrollen."
                  "\n\n"
                  "Utmaningen var öppen för förslag under våren 2023. Nu testar vi flera av idéerna "
                  "tillsammans med unga, föreningar och skolor, bland annat spontanidrott sena kvällar och en "
                  "digital plattform där unga kan hitta och boka aktiviteter. Vi tar fortfarande gärna emot "
                  "erfarenheter från andra städer och organisationer som arbetat med samma fråga.",
            "en": "The city's youth survey shows that a large share of young people aged 13 to 19 are not "
                  "part of any association or organised leisure activity. There are big differences between "
                  "neighbourhoods and between girls and boys. An active leisure time matters for health, "
                  "school results and confidence in the future, and having a trusted adult and a place to be "
                  "can make a big difference."
                  "\n\n"
                  "We have long offered youth centres, grants to associations and holiday activities, but "
                  "they do not reach everyone. In one of our tests, we let young people themselves decide the "
                  "rules, opening hours and content of an activity house. It attracted new visitors and "
                  "taught us that real participation requires us as a city to dare to let go of control."
                  "\n\n"
                  "The challenge was open for proposals in the spring of 2023. We are now testing several of "
                  "the ideas together with young people, associations and schools, including late-evening "
                  "drop-in sports and a digital platform where young people can find and book activities. We "
                  "still welcome experiences from other cities and organisations that have worked on the "
                  "same issue.",
            "da": "Kommunens ungdomsundersøgelse viser, at en stor andel af de unge mellem 13 og 19 år ikke er "
                  "med i nogen forening eller organiseret fritidsaktivitet. Der er store forskelle mellem "
                  "bydelene og mellem piger og drenge. En aktiv fritid har betydning for sundhed, "
                  "skoleresultater og tro på fremtiden, og det kan gøre en stor forskel at have en voksen, "
                  "man er tryg ved, og et sted at være."
                  "\n\n"
                  "Vi har længe tilbudt ungdomsklubber, foreningstilskud og aktiviteter i skoleferierne, men "
                  "de når ikke alle. I et af vores forsøg lod vi de unge selv bestemme reglerne, "
                  "åbningstiderne og indholdet i et aktivitetshus. Det tiltrak nye besøgende og lærte os, at "
                  "ægte medindflydelse kræver, at vi som kommune tør give slip på kontrollen."
                  "\n\n"
                  "Udfordringen var åben for forslag i foråret 2023. Nu afprøver vi flere af idéerne sammen "
                  "med unge, foreninger og skoler, blandt andet idræt uden tilmelding sent om aftenen og en "
                  "digital platform, hvor unge kan finde og booke aktiviteter. Vi tager stadig gerne imod "
                  "erfaringer fra andre byer og organisationer, der har arbejdet med det samme spørgsmål.",
        },
        "owner": "fritidsforvaltningen",
        "areas": ["smarta-hallbara-stader", "tech"],
        "goals": [3, 5, 10],
        "status": "in_progress",
        "opens_on": "2023-02-01",
        "closes_on": "2023-05-31",
        "contact_name": "Nadia Rahimi",
        "contact_email": "nadia.rahimi@helsingborg.example",
    },
    {
        "slug": "trygghet-i-stadsdelarna",
        "title": {
            "sv": "Hur kan vi göra det tryggare att röra sig i stadsdelarna när det är mörkt?",
            "en": "How can we make it feel safer to move around our neighbourhoods after dark?",
            "da": "Hvordan kan vi gøre det mere trygt at færdes i bydelene, når det er mørkt?",
        },
        "summary": {
            "sv": "Många Helsingborgare, särskilt kvinnor och äldre, undviker vissa platser när det är mörkt. "
                  "Vi söker nya sätt att förstå och öka den upplevda tryggheten i stadens offentliga miljöer, "
                  "tillsammans med dem som bor där.",
            "en": "Many people in Helsingborg, especially women and older people, avoid certain places after "
                  "dark. We are looking for new ways to understand and increase perceived safety in the "
                  "city's public spaces, together with the people who live there.",
            "da": "Mange borgere i Helsingborg, især kvinder og ældre, undgår bestemte steder, når det er "
                  "mørkt. Vi søger nye måder at forstå og øge den oplevede tryghed i byens offentlige rum på, "
                  "sammen med dem, der bor der.",
        },
        "body": {
            "sv": "Trygghet är ett av stadens prioriterade områden. Stadens trygghetsmätningar visar att "
                  "otryggheten har minskat på flera håll, men att många fortfarande undviker gångvägar, parker "
                  "och hållplatser på kvällen. Upplevd otrygghet begränsar människors frihet, även där "
                  "brottsligheten är låg."
                  "\n\n"
                  "Vi arbetar redan med trygghetsvandringar, bättre belysning, röjning av buskage och "
                  "platssamverkan med polisen, fastighetsägare och föreningar, till exempel på Drottninghög. "
                  "Åtgärderna gör skillnad, men de bygger ofta på enstaka synpunkter och är svåra att följa "
                  "upp. Vi vet för lite om vilka insatser som ger mest effekt för pengarna och hur tryggheten "
                  "förändras över dygnet och året."
                  "\n\n"
                  "Vi söker lösningar som hjälper oss att mäta och förstå upplevd trygghet på platsnivå, "
                  "smartare och mer energieffektiv belysning, eller nya sätt att skapa liv och rörelse på "
                  "platser som i dag känns öde. Lösningarna ska respektera den personliga integriteten; vi "
                  "söker inte fler övervakningskameror. Vi kan erbjuda platser att testa på och kontakt med "
                  "boende och lokala föreningar.",
            "en": "Safety is one of the city's priority areas. The city's safety surveys show that feelings of "
                  "insecurity have decreased in several places, but that many people still avoid footpaths, "
                  "parks and bus stops in the evening. Feeling unsafe restricts people's freedom, even where "
                  "crime levels are low."
                  "\n\n"
                  "We already work with safety walks, better lighting, clearing of shrubbery and place-based "
                  "cooperation with the police, property owners and associations, for example in "
                  "Drottninghög. These measures make a difference, but they are often based on individual "
                  "comments and are difficult to follow up. We know too little about which measures give the "
                  "greatest effect for the money, and how perceived safety changes over the day and the year."
                  "\n\n"
                  "We are looking for solutions that help us measure and understand perceived safety at the "
                  "level of individual places, smarter and more energy-efficient lighting, or new ways of "
                  "bringing life and activity to places that feel deserted today. Solutions must respect "
                  "personal privacy; we are not looking for more surveillance cameras. We can offer places to "
                  "test in and contact with residents and local associations.",
            "da": "Tryghed er et af kommunens prioriterede områder. Kommunens tryghedsmålinger viser, at "
                  "utrygheden er faldet flere steder, men at mange stadig undgår stier, parker og stoppesteder "
                  "om aftenen. Oplevet utryghed begrænser folks frihed, også hvor kriminaliteten er lav."
                  "\n\n"
                  "Vi arbejder allerede med tryghedsvandringer, bedre belysning, rydning af buskads og "
                  "stedbaseret samarbejde med politiet, ejendomsejere og foreninger, for eksempel på "
                  "Drottninghög. Indsatserne gør en forskel, men de bygger ofte på enkeltstående henvendelser "
                  "og er svære at følge op på. Vi ved for lidt om, hvilke indsatser der giver mest effekt for "
                  "pengene, og hvordan trygheden ændrer sig over døgnet og året."
                  "\n\n"
                  "Vi søger løsninger, der hjælper os med at måle og forstå den oplevede tryghed på de enkelte "
                  "steder, smartere og mere energieffektiv belysning eller nye måder at skabe liv og bevægelse "
                  "på steder, der i dag føles øde. Løsningerne skal respektere privatlivet; vi søger ikke "
                  "flere overvågningskameraer. Vi kan tilbyde steder at afprøve løsninger på og kontakt til "
                  "beboere og lokale foreninger.",
        },
        "owner": "stadsbyggnadsforvaltningen",
        "areas": ["smarta-hallbara-stader", "tech"],
        "goals": [5, 11, 16],
        "status": "open",
        "opens_on": "2025-01-20",
        "closes_on": None,
        "contact_name": "Erik Sandberg",
        "contact_email": "erik.sandberg@helsingborg.example",
    },
    {
        "slug": "ofrivillig-ensamhet-bland-aldre",
        "title": {
            "sv": "Hur kan vi bryta den ofrivilliga ensamheten bland äldre?",
            "en": "How can we break involuntary loneliness among older people?",
            "da": "Hvordan kan vi bryde den ufrivillige ensomhed blandt ældre?",
        },
        "summary": {
            "sv": "Många äldre i Helsingborg känner sig ensamma, och de som är mest isolerade kommer sällan "
                  "till de mötesplatser som finns. Vi söker nya sätt att nå dem och skapa kontakter som håller "
                  "över tid.",
            "en": "Many older people in Helsingborg feel lonely, and those who are most isolated rarely come "
                  "to the meeting places that exist. We are looking for new ways of reaching them and "
                  "creating relationships that last over time.",
            "da": "Mange ældre i Helsingborg føler sig ensomme, og de mest isolerede kommer sjældent på de "
                  "mødesteder, der findes. Vi søger nye måder at nå dem på og skabe kontakter, der holder over "
                  "tid.",
        },
        "body": {
            "sv": "Ofrivillig ensamhet ökar risken för depression, hjärt- och kärlsjukdom och förtida död. "
                  "Antalet Helsingborgare över 80 år kommer att öka kraftigt de kommande tio åren, och många "
                  "av dem bor ensamma. För en del är hemtjänstens medarbetare den enda människa de träffar "
                  "under en dag."
                  "\n\n"
                  "Staden driver träffpunkter för äldre, samarbetar med pensionärsorganisationer som PRO "
                  "Helsingborg och har bland annat testat videosamtal via surfplatta och telefonvänner. "
                  "Träffpunkterna uppskattas av dem som kommer, men vi når inte de äldre som har svårt att ta "
                  "sig hemifrån, som nyligen har förlorat en partner eller som inte själva söker hjälp."
                  "\n\n"
                  "Vi söker idéer och samarbetspartner som kan hjälpa oss att upptäcka ensamhet tidigt, sänka "
                  "trösklarna till gemenskap och koppla ihop äldre med grannar, föreningar eller andra "
                  "generationer. Det kan handla om teknik, men lika gärna om nya arbetssätt i hemtjänsten "
                  "eller samarbeten med civilsamhället. Vi vill kunna mäta om insatserna minskar ensamheten, "
                  "inte bara hur många som deltar.",
            "en": "Involuntary loneliness increases the risk of depression, cardiovascular disease and early "
                  "death. The number of people in Helsingborg over the age of 80 will rise sharply over the "
                  "next ten years, and many of them live alone. For some, the home care worker is the only "
                  "person they meet in a day."
                  "\n\n"
                  "The city runs meeting places for older people, works with pensioners' organisations such "
                  "as PRO Helsingborg and has tested, among other things, video calls via tablet and "
                  "telephone befriending. The meeting places are appreciated by those who come, but we do not "
                  "reach older people who find it difficult to leave their homes, who have recently lost a "
                  "partner, or who do not seek help themselves."
                  "\n\n"
                  "We are looking for ideas and partners that can help us detect loneliness early, lower the "
                  "barriers to community, and connect older people with neighbours, associations or other "
                  "generations. This may involve technology, but equally new ways of working in home care or "
                  "partnerships with civil society. We want to be able to measure whether the efforts reduce "
                  "loneliness, not just how many people take part.",
            "da": "Ufrivillig ensomhed øger risikoen for depression, hjerte-kar-sygdomme og tidlig død. "
                  "Antallet af borgere over 80 år i Helsingborg vil stige kraftigt i de kommende ti år, og "
                  "mange af dem bor alene. For nogle er medarbejderen fra hjemmeplejen det eneste menneske, de "
                  "møder i løbet af en dag."
                  "\n\n"
                  "Kommunen driver mødesteder for ældre, samarbejder med pensionistorganisationer som PRO "
                  "Helsingborg og har blandt andet afprøvet videoopkald via tablet og telefonvenner. "
                  "Mødestederne bliver værdsat af dem, der kommer, men vi når ikke de ældre, der har svært ved "
                  "at komme ud af hjemmet, som for nylig har mistet en partner, eller som ikke selv søger "
                  "hjælp."
                  "\n\n"
                  "Vi søger idéer og samarbejdspartnere, der kan hjælpe os med at opdage ensomhed tidligt, "
                  "sænke tærsklen til fællesskaber og bringe ældre sammen med naboer, foreninger eller andre "
                  "generationer. Det kan handle om teknologi, men lige så vel om nye arbejdsgange i "
                  "hjemmeplejen eller samarbejder med civilsamfundet. Vi vil kunne måle, om indsatserne "
                  "mindsker ensomheden, ikke kun hvor mange der deltager.",
        },
        "owner": "vard-och-omsorgsforvaltningen",
        "areas": ["life-science-halsa", "tech"],
        "goals": [3, 10],
        "status": "open",
        "opens_on": "2025-10-06",
        "closes_on": None,
        "contact_name": "Maria Holm",
        "contact_email": "maria.holm@helsingborg.example",
    },
    {
        "slug": "fler-i-egen-forsorjning",
        "title": {
            "sv": "Hur kan fler gå från försörjningsstöd till egen försörjning?",
            "en": "How can more people move from income support to supporting themselves?",
            "da": "Hvordan kan flere komme fra kontanthjælp til at forsørge sig selv?",
        },
        "summary": {
            "sv": "En del Helsingborgare har haft försörjningsstöd i många år, samtidigt som arbetsgivare har "
                  "svårt att hitta personal. Tillsammans med arbetsgivare och utbildningsaktörer testar vi nu "
                  "nya sätt att matcha människor och jobb.",
            "en": "Some people in Helsingborg have received income support for many years, while employers "
                  "struggle to find staff. Together with employers and education providers, we are now "
                  "testing new ways of matching people with jobs.",
            "da": "Nogle borgere i Helsingborg har modtaget kontanthjælp i mange år, samtidig med at "
                  "arbejdsgiverne har svært ved at finde medarbejdere. Sammen med arbejdsgivere og "
                  "uddannelsesaktører afprøver vi nu nye måder at matche mennesker og job på.",
        },
        "body": {
            "sv": "Ett arbete ger inte bara inkomst utan också sammanhang, kontakter och hälsa. Ändå har en "
                  "del hushåll i Helsingborg haft försörjningsstöd i flera år. Många av dem har kort "
                  "utbildning, begränsade kunskaper i svenska eller hälsoproblem, och de traditionella "
                  "insatserna har inte räckt hela vägen."
                  "\n\n"
                  "Vi har provat jobbspår tillsammans med arbetsgivare inom bland annat vård, lager och "
                  "restaurang, där utbildning, språkträning och praktik kombineras. Erfarenheterna visar att "
                  "matchningen blir bättre när arbetsgivaren är med från början, och att stödet behöver "
                  "fortsätta en tid efter att personen har fått jobb."
                  "\n\n"
                  "Utmaningen var öppen under våren 2024 och gav förslag från både företag, föreningar och "
                  "forskare. Nu testar vi två av dem: kompetensbaserad matchning som utgår från vad personen "
                  "kan snarare än från betyg och cv, och mentorskap på arbetsplatsen under det första året. "
                  "Vi är fortsatt intresserade av arbetsgivare som vill vara med i testerna.",
            "en": "A job provides not only an income but also a sense of belonging, contacts and health. Yet "
                  "some households in Helsingborg have received income support for several years. Many of "
                  "them have little formal education, limited Swedish or health problems, and traditional "
                  "measures have not been enough to get them all the way."
                  "\n\n"
                  "We have tried job tracks together with employers in sectors such as care, warehousing and "
                  "restaurants, combining training, language practice and work placements. Experience shows "
                  "that matching improves when the employer is involved from the start, and that support "
                  "needs to continue for some time after the person has found a job."
                  "\n\n"
                  "The challenge was open in the spring of 2024 and received proposals from companies, "
                  "associations and researchers. We are now testing two of them: skills-based matching that "
                  "starts from what a person can do rather than from grades and CVs, and workplace mentoring "
                  "during the first year. We are still interested in employers who would like to take part "
                  "in the tests.",
            "da": "Et arbejde giver ikke kun en indkomst, men også et tilhørsforhold, kontakter og sundhed. "
                  "Alligevel har nogle husstande i Helsingborg modtaget kontanthjælp i flere år. Mange af dem "
                  "har en kort uddannelse, begrænsede svenskkundskaber eller helbredsproblemer, og de "
                  "traditionelle indsatser har ikke rakt hele vejen."
                  "\n\n"
                  "Vi har afprøvet jobspor sammen med arbejdsgivere inden for blandt andet pleje, lager og "
                  "restauration, hvor uddannelse, sprogtræning og praktik kombineres. Erfaringerne viser, at "
                  "matchningen bliver bedre, når arbejdsgiveren er med fra begyndelsen, og at støtten skal "
                  "fortsætte et stykke tid, efter at personen har fået job."
                  "\n\n"
                  "Udfordringen var åben i foråret 2024 og fik forslag fra både virksomheder, foreninger og "
                  "forskere. Nu afprøver vi to af dem: kompetencebaseret matchning, der tager udgangspunkt i, "
                  "hvad personen kan, frem for i karakterer og cv, og mentorordninger på arbejdspladsen i det "
                  "første år. Vi er fortsat interesserede i arbejdsgivere, der vil være med i forsøgene.",
        },
        "owner": "arbetsmarknadsforvaltningen",
        "areas": ["tech", "smarta-hallbara-stader"],
        "goals": [1, 8, 10],
        "status": "in_progress",
        "opens_on": "2024-02-05",
        "closes_on": "2024-05-31",
        "contact_name": "Jonas Wikström",
        "contact_email": "jonas.wikstrom@helsingborg.example",
    },
    {
        "slug": "minska-matsvinnet",
        "title": {
            "sv": "Hur kan vi minska matsvinnet i skolrestaurangerna?",
            "en": "How can we reduce food waste in school restaurants?",
            "da": "Hvordan kan vi mindske madspildet i skolernes kantiner?",
        },
        "summary": {
            "sv": "Varje skoldag slängs mat som har lagats men aldrig ätits. Utmaningen är stängd, och de "
                  "bästa förslagen har blivit tester i stadens skolrestauranger.",
            "en": "Every school day, food that has been cooked but never eaten is thrown away. The challenge "
                  "is closed, and the best proposals have become tests in the city's school restaurants.",
            "da": "Hver skoledag bliver der smidt mad ud, som er lavet, men aldrig spist. Udfordringen er "
                  "lukket, og de bedste forslag er blevet til forsøg i kommunens skolekantiner.",
        },
        "body": {
            "sv": "Stadens skolrestauranger serverar många tusen luncher varje skoldag. Mätningar visade att "
                  "en betydande del av maten blev kvar, dels på tallrikarna, dels i serveringen när det "
                  "lagades mer än som gick åt. Matsvinn kostar pengar, ger onödig klimatpåverkan och är svårt "
                  "att förena med målet om hållbar konsumtion."
                  "\n\n"
                  "Vi hade redan infört vägning av svinnet och temaveckor om mat och klimat, men svinnet "
                  "minskade bara tillfälligt. Därför öppnade vi utmaningen hösten 2022 och bad företag, "
                  "forskare, elever och kockar om hjälp. Vi fick in 24 förslag, från prognosverktyg för hur "
                  "många som kommer att äta till elevråd som är med och planerar menyn."
                  "\n\n"
                  "Utmaningen stängdes i januari 2023. Två förslag valdes ut och blev tester: en "
                  "prognostjänst som använder närvarodata och menyhistorik för att laga rätt mängd, och en "
                  "modell där eleverna är med och utvecklar recept. Resultat och lärdomar redovisas under "
                  "respektive initiativ i innovationsdatabasen.",
            "en": "The city's school restaurants serve many thousands of lunches every school day. "
                  "Measurements showed that a significant share of the food was left over, partly on plates "
                  "and partly in the serving area when more was cooked than was eaten. Food waste costs "
                  "money, causes unnecessary climate impact and is hard to reconcile with the goal of "
                  "sustainable consumption."
                  "\n\n"
                  "We had already introduced weighing of food waste and theme weeks about food and climate, "
                  "but waste fell only temporarily. That is why we opened the challenge in the autumn of 2022 "
                  "and asked companies, researchers, pupils and chefs for help. We received 24 proposals, "
                  "from forecasting tools for how many pupils will eat to pupil councils that help plan the "
                  "menu."
                  "\n\n"
                  "The challenge closed in January 2023. Two proposals were selected and became tests: a "
                  "forecasting service that uses attendance data and menu history to cook the right amount, "
                  "and a model in which pupils help develop recipes. Results and lessons learned are reported "
                  "under each initiative in the innovation database.",
            "da": "Kommunens skolekantiner serverer mange tusinde frokoster hver skoledag. Målinger viste, at "
                  "en betydelig del af maden blev tilovers, dels på tallerknerne, dels i serveringen, når der "
                  "blev lavet mere, end der blev spist. Madspild koster penge, giver unødvendig "
                  "klimapåvirkning og er svært at forene med målet om bæredygtigt forbrug."
                  "\n\n"
                  "Vi havde allerede indført vejning af madspildet og temauger om mad og klima, men spildet "
                  "faldt kun midlertidigt. Derfor åbnede vi udfordringen i efteråret 2022 og bad "
                  "virksomheder, forskere, elever og kokke om hjælp. Vi modtog 24 forslag, lige fra "
                  "prognoseværktøjer, der forudsiger, hvor mange der kommer og spiser, til elevråd, der er med "
                  "til at planlægge menuen."
                  "\n\n"
                  "Udfordringen blev lukket i januar 2023. To forslag blev udvalgt og blev til forsøg: en "
                  "prognosetjeneste, der bruger fremmødedata og menuhistorik til at lave den rette mængde mad, "
                  "og en model, hvor eleverne er med til at udvikle opskrifter. Resultater og erfaringer "
                  "beskrives under de enkelte initiativer i innovationsdatabasen.",
        },
        "owner": "skol-och-fritidsforvaltningen",
        "areas": ["livsmedel", "tech"],
        "goals": [2, 12, 13],
        "status": "closed",
        "opens_on": "2022-09-05",
        "closes_on": "2023-01-31",
        "contact_name": "Lena Persson",
        "contact_email": "lena.persson@helsingborg.example",
    },
    {
        "slug": "energismarta-lokaler",
        "title": {
            "sv": "Hur kan stadens lokaler använda mindre energi utan att bli sämre att vistas i?",
            "en": "How can the city's premises use less energy without becoming worse places to be?",
            "da": "Hvordan kan kommunens bygninger bruge mindre energi uden at blive dårligere at opholde sig "
                  "i?",
        },
        "summary": {
            "sv": "Skolor, förskolor, äldreboenden och kontor står för en stor del av stadens "
                  "energianvändning, och många lokaler värms och ventileras även när de står tomma. Vi söker "
                  "lösningar som sänker energianvändningen och samtidigt ger ett bra inomhusklimat.",
            "en": "Schools, pre-schools, care homes and offices account for a large part of the city's energy "
                  "use, and many premises are heated and ventilated even when they are empty. We are looking "
                  "for solutions that reduce energy use while providing a good indoor climate.",
            "da": "Skoler, børnehaver, plejeboliger og kontorer står for en stor del af kommunens "
                  "energiforbrug, og mange lokaler opvarmes og ventileres, også når de står tomme. Vi søger "
                  "løsninger, der sænker energiforbruget og samtidig giver et godt indeklima.",
        },
        "body": {
            "sv": "Helsingborgs stad arbetar för att bli klimatneutral, och stadens egna lokaler är en viktig "
                  "del av det arbetet. Energipriserna de senaste åren har också visat hur sårbar "
                  "verksamheten är för höga kostnader. Samtidigt klagar elever och medarbetare på rum som är "
                  "för varma, för kalla eller dåligt ventilerade."
                  "\n\n"
                  "Vi har installerat sensorer för temperatur, koldioxid och närvaro i ett antal skolor och "
                  "sett att ventilation och värme ofta går för fullt på kvällar, helger och lov. Att styra om "
                  "driften är tekniskt möjligt, men data från olika system är svåra att koppla ihop, och "
                  "lokalerna ägs och används av olika förvaltningar med olika budgetar."
                  "\n\n"
                  "Vi söker lösningar för behovsstyrd värme och ventilation, bättre samnyttjande av lokaler "
                  "som i dag står tomma stora delar av dygnet, och sätt att engagera medarbetare och elever i "
                  "att spara energi. Vi är särskilt intresserade av lösningar som fungerar i äldre byggnader "
                  "och kan bygga vidare på befintliga sensorer och styrsystem. Den som är intresserad kan få "
                  "tillgång till testlokaler och anonymiserade mätdata.",
            "en": "The City of Helsingborg is working towards climate neutrality, and the city's own premises "
                  "are an important part of that work. Energy prices in recent years have also shown how "
                  "vulnerable our services are to high costs. At the same time, pupils and staff complain "
                  "about rooms that are too warm, too cold or poorly ventilated."
                  "\n\n"
                  "We have installed sensors for temperature, carbon dioxide and occupancy in a number of "
                  "schools and have seen that ventilation and heating often run at full capacity in the "
                  "evenings, at weekends and during school holidays. Changing how the systems are run is "
                  "technically possible, but data from different systems are hard to connect, and the "
                  "premises are owned and used by different administrations with different budgets."
                  "\n\n"
                  "We are looking for solutions for demand-controlled heating and ventilation, better shared "
                  "use of premises that currently stand empty for much of the day, and ways of engaging staff "
                  "and pupils in saving energy. We are particularly interested in solutions that work in "
                  "older buildings and can build on existing sensors and control systems. Those interested "
                  "can be given access to test premises and anonymised measurement data.",
            "da": "Helsingborg Kommune arbejder for at blive klimaneutral, og kommunens egne bygninger er en "
                  "vigtig del af det arbejde. Energipriserne i de senere år har også vist, hvor sårbar driften "
                  "er over for høje omkostninger. Samtidig klager elever og medarbejdere over lokaler, der er "
                  "for varme, for kolde eller dårligt ventilerede."
                  "\n\n"
                  "Vi har installeret sensorer for temperatur, CO2 og tilstedeværelse på en række skoler og "
                  "har set, at ventilation og varme ofte kører for fuld kraft om aftenen, i weekenderne og i "
                  "ferierne. Det er teknisk muligt at lægge driften om, men data fra forskellige systemer er "
                  "svære at koble sammen, og bygningerne ejes og bruges af forskellige forvaltninger med hver "
                  "deres budget."
                  "\n\n"
                  "Vi søger løsninger til behovsstyret varme og ventilation, bedre sambrug af lokaler, der i "
                  "dag står tomme en stor del af døgnet, og måder at engagere medarbejdere og elever i at spare "
                  "på energien. Vi er især interesserede i løsninger, der virker i ældre bygninger og kan "
                  "bygge videre på eksisterende sensorer og styringssystemer. Interesserede kan få adgang til "
                  "testlokaler og anonymiserede måledata.",
        },
        "owner": "stadsledningsforvaltningen",
        "areas": ["smarta-hallbara-stader", "tech"],
        "goals": [7, 11, 13],
        "status": "open",
        "opens_on": "2025-05-05",
        "closes_on": None,
        "contact_name": "Anders Bergkvist",
        "contact_email": "anders.bergkvist@helsingborg.example",
    },
    {
        "slug": "hallbart-resande-i-oceanhamnen",
        "title": {
            "sv": "Hur gör vi det enkelt att leva utan egen bil i Oceanhamnen?",
            "en": "How do we make it easy to live without a car of your own in Oceanhamnen?",
            "da": "Hvordan gør vi det nemt at leve uden egen bil i Oceanhamnen?",
        },
        "summary": {
            "sv": "Oceanhamnen är byggd för ett liv med få bilar, nära resecentrumet Knutpunkten och "
                  "stadskärnan. Vi testar nu mobilitetstjänster som ska göra det hållbara valet till det "
                  "enkla valet för boende, anställda och besökare.",
            "en": "Oceanhamnen is built for a life with few cars, close to the Knutpunkten travel centre and "
                  "the city centre. We are now testing mobility services designed to make the sustainable "
                  "choice the easy choice for residents, employees and visitors.",
            "da": "Oceanhamnen er bygget til et liv med få biler, tæt på trafikknudepunktet Knutpunkten og "
                  "bymidten. Vi afprøver nu mobilitetstjenester, der skal gøre det bæredygtige valg til det "
                  "nemme valg for beboere, ansatte og besøgende.",
        },
        "body": {
            "sv": "Oceanhamnen är en ny stadsdel på de gamla hamnpirerna, med bostäder, kontor och "
                  "innovationsdistriktets hubbar. Här har vi byggt med färre parkeringsplatser än i andra "
                  "stadsdelar, och en stor del av resorna ska kunna göras till fots, med cykel eller med "
                  "kollektivtrafik. Men vardagen ställer till det: storhandlingen, barn som ska hämtas och "
                  "resor till platser dit bussen inte går."
                  "\n\n"
                  "Fastighetsägarna i området erbjuder bilpool och lånecyklar, och under H22 City Expo 2022 "
                  "visades och testades flera nya mobilitetslösningar. Utvärderingarna visade att tjänsterna "
                  "används mer när de finns samlade på ett ställe och när det är lätt att förstå vad de "
                  "kostar."
                  "\n\n"
                  "Utmaningen var öppen hösten 2023 och gav ett tjugotal förslag. Just nu testar vi en "
                  "mobilitetshubb med lådcyklar, bilpool och paketskåp samt en gemensam app för områdets "
                  "tjänster. Vi följer upp hur resvanorna förändras, och lärdomarna ska användas när nästa "
                  "etapp av H+ planeras.",
            "en": "Oceanhamnen is a new district on the old harbour piers, with homes, offices and the "
                  "innovation district's hubs. Here we have built with fewer parking spaces than in other "
                  "districts, and a large share of journeys should be possible on foot, by bike or by public "
                  "transport. But everyday life gets in the way: the big weekly shop, children to be picked "
                  "up, and trips to places the bus does not go."
                  "\n\n"
                  "Property owners in the area offer car sharing and bikes to borrow, and during H22 City "
                  "Expo in 2022 several new mobility solutions were demonstrated and tested. Evaluations "
                  "showed that the services are used more when they are gathered in one place and when it is "
                  "easy to understand what they cost."
                  "\n\n"
                  "The challenge was open in the autumn of 2023 and received some twenty proposals. We are "
                  "currently testing a mobility hub with cargo bikes, car sharing and parcel lockers, together "
                  "with a shared app for the area's services. We are following up how travel habits change, "
                  "and the lessons will be used when the next phase of H+ is planned.",
            "da": "Oceanhamnen er en ny bydel på de gamle havnemoler med boliger, kontorer og "
                  "innovationsdistriktets hubs. Her har vi bygget med færre parkeringspladser end i andre "
                  "bydele, og en stor del af turene skal kunne klares til fods, på cykel eller med kollektiv "
                  "trafik. Men hverdagen driller: den store indkøbstur, børn, der skal hentes, og ture til "
                  "steder, hvor bussen ikke kører."
                  "\n\n"
                  "Ejendomsejerne i området tilbyder delebiler og lånecykler, og under H22 City Expo i 2022 "
                  "blev flere nye mobilitetsløsninger vist og afprøvet. Evalueringerne viste, at tjenesterne "
                  "bliver brugt mere, når de er samlet ét sted, og når det er let at forstå, hvad de koster."
                  "\n\n"
                  "Udfordringen var åben i efteråret 2023 og fik omkring tyve forslag. Lige nu afprøver vi en "
                  "mobilitetshub med ladcykler, delebiler og pakkebokse samt en fælles app til områdets "
                  "tjenester. Vi følger op på, hvordan rejsevanerne ændrer sig, og erfaringerne skal bruges, "
                  "når den næste etape af H+ skal planlægges.",
        },
        "owner": "stadsbyggnadsforvaltningen",
        "areas": ["smarta-hallbara-stader", "tech"],
        "goals": [3, 11, 13],
        "status": "in_progress",
        "opens_on": "2023-09-04",
        "closes_on": "2023-11-30",
        "contact_name": "Sofia Nyberg",
        "contact_email": "sofia.nyberg@helsingborg.example",
    },
    {
        "slug": "skyfall-och-klimatanpassning",
        "title": {
            "sv": "Hur kan staden bli bättre rustad för skyfall?",
            "en": "How can the city be better prepared for cloudbursts?",
            "da": "Hvordan kan byen blive bedre rustet til skybrud?",
        },
        "summary": {
            "sv": "Kraftigare skyfall och stigande havsnivåer ställer nya krav på hur vi bygger och förvaltar "
                  "staden. Utmaningen är stängd, och två av förslagen har blivit initiativ som testas i "
                  "staden.",
            "en": "Heavier cloudbursts and rising sea levels place new demands on how we build and manage the "
                  "city. The challenge is closed, and two of the proposals have become initiatives that are "
                  "being tested in the city.",
            "da": "Kraftigere skybrud og et stigende havniveau stiller nye krav til, hvordan vi bygger og "
                  "driver byen. Udfordringen er lukket, og to af forslagene er blevet til initiativer, som "
                  "afprøves i byen.",
        },
        "body": {
            "sv": "Klimatförändringarna gör att skyfallen blir både vanligare och kraftigare. Skyfallet i "
                  "Köpenhamn i juli 2011 visade hur stora skador ett enda regn kan orsaka i en tät stad. "
                  "Helsingborg ligger vid havet och har flera låglänta områden och dalgångar där vattnet "
                  "samlas, och ledningsnätet är inte byggt för de regnmängder vi nu behöver planera för."
                  "\n\n"
                  "Staden har tagit fram en skyfallskartering och arbetar med översvämningsytor i parker och "
                  "med gröna tak. Det som saknades var kunskap om var vattnet faktiskt tar vägen under ett "
                  "skyfall och sätt att få fastighetsägare att göra åtgärder på sin egen mark. Därför öppnade "
                  "vi utmaningen våren 2022."
                  "\n\n"
                  "Utmaningen stängdes i oktober 2022 efter att ett femtontal förslag hade kommit in. Två gick "
                  "vidare som initiativ: ett nätverk av sensorer som mäter vattennivåer i realtid i utsatta "
                  "områden, och en rådgivningstjänst som hjälper villaägare att ta hand om regnvatten på den "
                  "egna tomten. Båda redovisas i innovationsdatabasen tillsammans med de lärdomar vi har gjort.",
            "en": "Climate change is making cloudbursts both more frequent and more intense. The cloudburst in "
                  "Copenhagen in July 2011 showed how much damage a single downpour can cause in a dense "
                  "city. Helsingborg lies by the sea and has several low-lying areas and valleys where water "
                  "collects, and the drainage network is not built for the amounts of rain we now need to "
                  "plan for."
                  "\n\n"
                  "The city has produced a cloudburst map and works with flood areas in parks and with green "
                  "roofs. What was missing was knowledge of where the water actually goes during a cloudburst, "
                  "and ways of getting property owners to take measures on their own land. That is why we "
                  "opened the challenge in the spring of 2022."
                  "\n\n"
                  "The challenge closed in October 2022 after some fifteen proposals had been received. Two "
                  "went ahead as initiatives: a network of sensors that measure water levels in real time in "
                  "vulnerable areas, and an advisory service that helps homeowners manage rainwater on their "
                  "own plots. Both are described in the innovation database together with the lessons we have "
                  "learned.",
            "da": "Klimaforandringerne gør skybruddene både hyppigere og kraftigere. Skybruddet i København i "
                  "juli 2011 viste, hvor store skader et enkelt regnskyl kan forårsage i en tæt by. Helsingborg "
                  "ligger ved havet og har flere lavtliggende områder og dale, hvor vandet samler sig, og "
                  "kloaknettet er ikke bygget til de regnmængder, vi nu skal planlægge efter."
                  "\n\n"
                  "Kommunen har udarbejdet en skybrudskortlægning og arbejder med oversvømmelsesarealer i "
                  "parker og med grønne tage. Det, der manglede, var viden om, hvor vandet faktisk løber hen "
                  "under et skybrud, og måder at få ejendomsejere til at gennemføre tiltag på deres egen grund. "
                  "Derfor åbnede vi udfordringen i foråret 2022."
                  "\n\n"
                  "Udfordringen blev lukket i oktober 2022, efter at der var kommet omkring femten forslag ind. "
                  "To gik videre som initiativer: et netværk af sensorer, der måler vandstanden i realtid i "
                  "udsatte områder, og en rådgivningstjeneste, der hjælper villaejere med at håndtere regnvand "
                  "på egen grund. Begge er beskrevet i innovationsdatabasen sammen med de erfaringer, vi har "
                  "gjort.",
        },
        "owner": "miljoforvaltningen",
        "areas": ["smarta-hallbara-stader", "tech"],
        "goals": [6, 11, 13],
        "status": "closed",
        "opens_on": "2022-03-14",
        "closes_on": "2022-10-14",
        "contact_name": "Henrik Åkesson",
        "contact_email": "henrik.akesson@helsingborg.example",
    },
    {
        "slug": "digital-delaktighet",
        "title": {
            "sv": "Hur kan alla Helsingborgare vara med i det digitala samhället?",
            "en": "How can everyone in Helsingborg take part in the digital society?",
            "da": "Hvordan kan alle i Helsingborg være med i det digitale samfund?",
        },
        "summary": {
            "sv": "Allt fler samhällstjänster finns bara digitalt, men alla har inte de verktyg, den kunskap "
                  "eller det förtroende som krävs. Utmaningen förbereds och publiceras under vintern.",
            "en": "More and more public services are only available digitally, but not everyone has the "
                  "tools, skills or confidence this requires. The challenge is being prepared and will be "
                  "published during the winter.",
            "da": "Stadig flere offentlige tjenester findes kun digitalt, men ikke alle har de redskaber, den "
                  "viden eller den tillid, der skal til. Udfordringen er under forberedelse og offentliggøres "
                  "i løbet af vinteren.",
        },
        "body": {
            "sv": "Att betala räkningar, boka tid i vården, söka jobb eller ha kontakt med skolan kräver i dag "
                  "nästan alltid en smart telefon, e-legitimation och viss digital vana. De som står utanför "
                  "är ofta äldre, personer med funktionsnedsättning, nyanlända och personer med små "
                  "ekonomiska marginaler. Digitalt utanförskap riskerar att förstärka andra former av "
                  "utanförskap."
                  "\n\n"
                  "Stadens bibliotek erbjuder redan digital vägledning, och Helsingborg kontaktcenter hjälper "
                  "invånare som inte kan använda e-tjänsterna. Men efterfrågan är större än vi kan möta, och "
                  "vi vet för lite om dem som inte hör av sig alls."
                  "\n\n"
                  "Vi förbereder en utmaning där vi vill bjuda in föreningar, företag, forskare och invånare "
                  "att tillsammans med oss hitta nya sätt att öka den digitala delaktigheten. Har du "
                  "synpunkter på hur utmaningen bör formuleras är du välkommen att kontakta oss redan nu.",
            "en": "Paying bills, booking healthcare appointments, applying for jobs or keeping in touch with "
                  "school almost always requires a smartphone, an electronic ID and some digital experience "
                  "today. Those left outside are often older people, people with disabilities, newly arrived "
                  "immigrants and people on tight budgets. Digital exclusion risks reinforcing other forms of "
                  "exclusion."
                  "\n\n"
                  "The city's libraries already offer digital guidance, and Helsingborg Contact Centre helps "
                  "residents who cannot use the e-services. But demand is greater than we can meet, and we "
                  "know too little about those who never get in touch at all."
                  "\n\n"
                  "We are preparing a challenge in which we want to invite associations, companies, "
                  "researchers and residents to find new ways of increasing digital inclusion together with "
                  "us. If you have views on how the challenge should be worded, you are welcome to contact us "
                  "already now.",
            "da": "At betale regninger, bestille tid i sundhedsvæsenet, søge job eller holde kontakt med "
                  "skolen kræver i dag næsten altid en smartphone, et elektronisk ID og en vis digital rutine. "
                  "Dem, der står udenfor, er ofte ældre, personer med handicap, nyankomne og personer med "
                  "stramme økonomiske rammer. Digitalt udenforskab risikerer at forstærke andre former for "
                  "udenforskab."
                  "\n\n"
                  "Kommunens biblioteker tilbyder allerede digital vejledning, og Helsingborg kontaktcenter "
                  "hjælper borgere, der ikke kan bruge de digitale selvbetjeningsløsninger. Men efterspørgslen "
                  "er større, end vi kan imødekomme, og vi ved for lidt om dem, der slet ikke henvender sig."
                  "\n\n"
                  "Vi forbereder en udfordring, hvor vi vil invitere foreninger, virksomheder, forskere og "
                  "borgere til sammen med os at finde nye måder at øge den digitale inklusion på. Har du "
                  "synspunkter på, hvordan udfordringen bør formuleres, er du velkommen til at kontakte os "
                  "allerede nu.",
        },
        "owner": "stadsledningsforvaltningen",
        "areas": ["tech", "smarta-hallbara-stader"],
        "goals": [4, 10, 16],
        "status": "draft",
        "opens_on": "2026-12-01",
        "closes_on": None,
        "contact_name": "Emma Strand",
        "contact_email": "emma.strand@helsingborg.example",
    },
    {
        "slug": "tillganglig-kultur",
        "title": {
            "sv": "Hur kan fler uppleva stadens kultur, oavsett funktionsförmåga?",
            "en": "How can more people experience the city's culture, whatever their abilities?",
            "da": "Hvordan kan flere opleve byens kultur uanset funktionsevne?",
        },
        "summary": {
            "sv": "Museer, bibliotek och scener ska vara till för alla, men många med syn-, hörsel- eller "
                  "kognitiva funktionsnedsättningar upplever att de stängs ute. Vi söker lösningar som gör "
                  "kulturupplevelser tillgängliga på riktigt.",
            "en": "Museums, libraries and stages should be for everyone, but many people with visual, hearing "
                  "or cognitive impairments feel shut out. We are looking for solutions that make cultural "
                  "experiences genuinely accessible.",
            "da": "Museer, biblioteker og scener skal være for alle, men mange med syns-, høre- eller "
                  "kognitive funktionsnedsættelser oplever at blive holdt ude. Vi søger løsninger, der gør "
                  "kulturoplevelser tilgængelige for alvor.",
        },
        "body": {
            "sv": "Kulturförvaltningen driver bland annat Dunkers kulturhus, Fredriksdal museer och "
                  "trädgårdar, Kärnan och stadens bibliotek. Besökarundersökningar och samtal med "
                  "funktionsrättsföreningar visar att många inte besöker oss för att de inte vet vad som är "
                  "tillgängligt, eller för att de tidigare har mötts av hinder på plats."
                  "\n\n"
                  "Vi har provat syntolkade visningar, teckenspråkstolkade evenemang, lättlästa "
                  "utställningstexter och taktila modeller av Kärnan. Insatserna uppskattas, men de är ofta "
                  "enstaka tillfällen som kräver mycket planering och når få besökare. Våra äldre byggnader, "
                  "som det medeltida tornet Kärnan, har dessutom fysiska begränsningar som inte går att bygga "
                  "bort."
                  "\n\n"
                  "Vi söker lösningar som gör det möjligt att uppleva utställningar, föreställningar och "
                  "miljöer på fler sätt, till exempel digitala guider med syntolkning och teckenspråk, ljud- "
                  "och beröringsbaserade upplevelser eller bättre information inför besöket. Lösningarna ska "
                  "tas fram tillsammans med personer med funktionsnedsättning, och vi erbjuder våra "
                  "verksamheter som testmiljö.",
            "en": "The Culture Administration runs, among other things, Dunkers kulturhus, Fredriksdal museer "
                  "och trädgårdar, Kärnan and the city's libraries. Visitor surveys and conversations with "
                  "disability rights organisations show that many people do not visit us because they do not "
                  "know what is accessible, or because they have previously encountered obstacles on site."
                  "\n\n"
                  "We have tried audio-described tours, sign-language interpreted events, easy-to-read "
                  "exhibition texts and tactile models of Kärnan. These efforts are appreciated, but they are "
                  "often one-off occasions that require a lot of planning and reach few visitors. Our older "
                  "buildings, such as the medieval tower Kärnan, also have physical limitations that cannot "
                  "be built away."
                  "\n\n"
                  "We are looking for solutions that make it possible to experience exhibitions, performances "
                  "and settings in more ways, for example digital guides with audio description and sign "
                  "language, sound- and touch-based experiences, or better information before a visit. "
                  "Solutions must be developed together with people with disabilities, and we offer our "
                  "venues as a test environment.",
            "da": "Kulturforvaltningen driver blandt andet Dunkers kulturhus, Fredriksdal museer och "
                  "trädgårdar, Kärnan og byens biblioteker. Besøgsundersøgelser og samtaler med "
                  "handicaporganisationer viser, at mange ikke besøger os, fordi de ikke ved, hvad der er "
                  "tilgængeligt, eller fordi de tidligere er stødt på forhindringer på stedet."
                  "\n\n"
                  "Vi har afprøvet synstolkede omvisninger, tegnsprogstolkede arrangementer, letlæste "
                  "udstillingstekster og taktile modeller af Kärnan. Indsatserne bliver værdsat, men de er "
                  "ofte enkeltstående arrangementer, som kræver megen planlægning og når få besøgende. Vores "
                  "ældre bygninger, som det middelalderlige tårn Kärnan, har desuden fysiske begrænsninger, "
                  "som ikke kan bygges væk."
                  "\n\n"
                  "Vi søger løsninger, der gør det muligt at opleve udstillinger, forestillinger og miljøer på "
                  "flere måder, for eksempel digitale guider med synstolkning og tegnsprog, lyd- og "
                  "berøringsbaserede oplevelser eller bedre information før besøget. Løsningerne skal "
                  "udvikles sammen med personer med handicap, og vi stiller vores institutioner til rådighed "
                  "som testmiljø.",
        },
        "owner": "kulturforvaltningen",
        "areas": ["tech", "smarta-hallbara-stader"],
        "goals": [4, 10, 11],
        "status": "open",
        "opens_on": "2025-08-18",
        "closes_on": None,
        "contact_name": "Linnea Falk",
        "contact_email": "linnea.falk@helsingborg.example",
    },
]
