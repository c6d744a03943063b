"""Participation demo data for gnista: people, ideas with supporters and comments, offers of help.

Plain Python literals only (see SPEC.md beside this file). Each text is written by one person in
one language, so texts are plain strings with a "language" key. All people, names and e-mail
addresses (exempel.example) are fictional.
"""

PEOPLE = [
    # Förskollärare in a municipal preschool, mother of a son with autism.
    {"key": "anna", "display_name": "Anna L.", "email": "anna.l@exempel.example", "language": "sv"},
    # Resident and parent on Drottninghög, board member of Föreningen Tryggare Drottninghög.
    {
        "key": "mohammed",
        "display_name": "Mohammed A.",
        "email": "mohammed.a@exempel.example",
        "language": "sv",
    },
    # Retired teacher, widow, active in PRO Helsingborg, failing eyesight.
    {
        "key": "birgitta",
        "display_name": "Birgitta S.",
        "email": "birgitta.s@exempel.example",
        "language": "sv",
    },
    # International master's student at Campus Helsingborg.
    {"key": "priya", "display_name": "Priya N.", "email": "priya.n@exempel.example", "language": "en"},
    # Farmer in Kattarp.
    {
        "key": "lars",
        "display_name": "Lars-Göran P.",
        "email": "larsgoran.p@exempel.example",
        "language": "sv",
    },
    # Process engineer at Kretsloppsteknik AB.
    {"key": "sara", "display_name": "Sara K.", "email": "sara.k@exempel.example", "language": "sv"},
    # Developer at Nordväst AI AB.
    {"key": "oskar", "display_name": "Oskar V.", "email": "oskar.v@exempel.example", "language": "sv"},
    # Product manager at Öresund Sensor AB.
    {"key": "hanna", "display_name": "Hanna B.", "email": "hanna.b@exempel.example", "language": "sv"},
    # Researcher in water resources engineering at Lund University.
    {"key": "tomasz", "display_name": "Tomasz W.", "email": "tomasz.w@exempel.example", "language": "en"},
    # Commuter from Helsingør, community host at Mindpark.
    {"key": "mette", "display_name": "Mette H.", "email": "mette.h@exempel.example", "language": "da"},
    # Hard-of-hearing resident of Helsingør who visits Helsingborg's culture venues.
    {"key": "jesper", "display_name": "Jesper K.", "email": "jesper.k@exempel.example", "language": "da"},
    # Youth leader in Ungdomsföreningen Spiran.
    {"key": "fatima", "display_name": "Fatima Y.", "email": "fatima.y@exempel.example", "language": "sv"},
    # Drifttekniker in the city's own buildings.
    {"key": "per", "display_name": "Per E.", "email": "per.e@exempel.example", "language": "sv"},
    # Senior lecturer in social work at Campus Helsingborg, researches loneliness among older people.
    {"key": "ingrid", "display_name": "Ingrid M.", "email": "ingrid.m@exempel.example", "language": "sv"},
    # UX designer from the UK living in Helsingborg, works at Mobile Heights.
    {"key": "david", "display_name": "David R.", "email": "david.r@exempel.example", "language": "en"},
]

IDEAS = [
    # ------------------------------------------------------------------ resurser-ur-avloppet
    {
        "key": "godsel-till-lantbruket",
        "author": "lars",
        "challenge": "resurser-ur-avloppet",
        "areas": ["livsmedel", "smarta-hallbara-stader"],
        "language": "sv",
        "title": "Låt oss lantbrukare prova gödseln från RecoLab i riktiga fältförsök",
        "description": (
            "Jag driver en växtodlingsgård i Kattarp med spannmål och raps, och priset på handelsgödsel "
            "har varit en ständig huvudvärk de senaste åren. Om det finns kväve och fosfor från Oceanhamnen "
            "som ingen köper vill jag gärna vara med och prova. Mitt förslag är att staden och NSVA gör "
            "fältförsök på några gårdar i nordvästra Skåne under två säsonger, med vanlig gödsel på halva "
            "fältet och produkterna från RecoLab på den andra halvan. Då får vi svart på vitt hur skörd och "
            "kvalitet påverkas. Det viktigaste för oss är att produkten går att sprida med vanliga maskiner "
            "och att spannmålsköparna godkänner den."
        ),
        "need": (
            "Produkterna från RecoLab saknar marknad, och lantbrukare vågar inte byta gödsel utan att ha "
            "sett resultat från gårdar som liknar deras egna."
        ),
        "status": "accepted",
        "decline_reason": "",
        "submitted": "2025-06-12",
        "supporters": ["sara", "tomasz", "per", "hanna", "birgitta"],
        "comments": [
            {
                "author": "sara",
                "body": (
                    "Bra förslag! Vi har ammoniumsulfat i flytande form från vår pilot på RecoLab. Har du "
                    "tillgång till en spridare för flytgödsel, eller behöver produkten vara i pelletsform?"
                ),
                "replies": [
                    {
                        "author": "lars",
                        "body": (
                            "Vi har ingen egen flytspridare, men maskinstationen i byn har. Pellets vore "
                            "enklast för oss, men flytande går att lösa om vi samordnar med grannarna."
                        ),
                    },
                ],
            },
            {
                "author": "tomasz",
                "body": (
                    "Field trials are exactly what is missing for this region. It would be worth measuring "
                    "cadmium and pharmaceutical residues in the soil as well, since that is what buyers and "
                    "certification bodies ask about first."
                ),
                "replies": [
                    {
                        "author": "lars",
                        "body": (
                            "Håller med. Det är det första spannmålsköparen kommer att fråga om, så det "
                            "måste vara med från början."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "key": "urine-diversion-student-housing",
        "author": "tomasz",
        "challenge": "resurser-ur-avloppet",
        "areas": ["smarta-hallbara-stader", "livsmedel"],
        "language": "en",
        "title": "Start with urine: retrofit urine-diverting toilets in one student housing block",
        "description": (
            "Rebuilding all the pipes in an existing building is expensive, but urine contains most of the "
            "nitrogen and a large share of the phosphorus in household wastewater. Modern urine-diverting "
            "toilets look and work almost like ordinary ones and only need one extra small pipe to a "
            "collection tank. I propose a pilot in one student housing block or office building near the "
            "campus, where the collected urine is picked up regularly and treated at RecoLab. Our research "
            "group at Lund University can follow the pilot with measurements of volumes, nutrient content "
            "and user experience. Students are often curious and tolerant test users, which makes them a "
            "good first group."
        ),
        "need": (
            "Source separation only exists in new districts like Oceanhamnen, and a full three-pipe retrofit "
            "is too costly for most existing housing."
        ),
        "status": "in_review",
        "decline_reason": "",
        "submitted": "2025-09-03",
        "supporters": ["sara", "lars", "priya", "hanna"],
        "comments": [
            {
                "author": "per",
                "body": (
                    "Intressant. Hur ofta behöver tanken tömmas för ett helt trapphus, och vem ska sköta det? "
                    "Det är oftast där det fallerar i drift."
                ),
                "replies": [
                    {
                        "author": "tomasz",
                        "body": (
                            "A rough estimate: one person produces about 1.5 litres of urine a day, so with "
                            "low-flush toilets a stairwell with 30 residents fills a 5 cubic metre tank in "
                            "three to four months. Emptying could be coordinated with NSVA's existing sludge "
                            "collection, but you are right that maintenance has to be planned from day one."
                        ),
                    },
                ],
            },
            {
                "author": "priya",
                "body": (
                    "I live in student housing near Campus and would happily sign up. Maybe the student union "
                    "could help with information, so people understand why it matters."
                ),
                "replies": [],
            },
        ],
    },
    {
        "key": "staden-som-forsta-kund",
        "author": "sara",
        "challenge": "resurser-ur-avloppet",
        "areas": ["smarta-hallbara-stader", "livsmedel"],
        "language": "sv",
        "title": "Staden som första kund: använd återvunnen gödsel i parker och på Fredriksdal",
        "description": (
            "En ny produkt behöver en första kund som vågar. Staden sköter stora gräsytor, planteringar och "
            "trädgårdar, bland annat på Fredriksdal, och köper i dag vanlig handelsgödsel till dem. Vårt "
            "förslag är att staden skriver in återvunna näringsämnen från RecoLab som ett krav eller ett "
            "plus i nästa upphandling av gödsel till park- och grönyteskötseln. Det ger en stabil avsättning "
            "för de första volymerna, och parkerna blir ett skyltfönster där besökarna kan se att kretsloppet "
            "fungerar. Vi på Kretsloppsteknik kan bidra med analyser av produkten och med råd om dosering."
        ),
        "need": (
            "Utan en första stabil köpare går det inte att motivera investeringar i större produktion av "
            "återvunna näringsämnen."
        ),
        "status": "in_review",
        "decline_reason": "",
        "submitted": "2025-10-20",
        "supporters": ["lars", "tomasz", "hanna", "mohammed"],
        "comments": [
            {
                "author": "per",
                "body": (
                    "Jag jobbar inte med parkerna själv, men jag vet att de upphandlar gödsel flera år i taget. "
                    "Det är nog bra att höra av sig till parkavdelningen i god tid före nästa upphandling."
                ),
                "replies": [
                    {
                        "author": "sara",
                        "body": "Tack för tipset! Vet du ungefär när nuvarande avtal löper ut?",
                    },
                    {
                        "author": "per",
                        "body": "Inte exakt, men jag hör med en kollega och återkommer här.",
                    },
                ],
            },
            {
                "author": "birgitta",
                "body": (
                    "Luktar det något? Jag går ofta i Fredriksdals trädgårdar och det vore tråkigt om det "
                    "luktade avlopp."
                ),
                "replies": [
                    {
                        "author": "sara",
                        "body": (
                            "En berättigad fråga! Ammoniumsulfat luktar i stort sett ingenting när det väl är "
                            "spritt. Det är den obehandlade råvaran som luktar, och den lämnar aldrig RecoLab."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "key": "avfallskvarnar-i-storkok",
        "author": "per",
        "challenge": "resurser-ur-avloppet",
        "areas": ["smarta-hallbara-stader", "livsmedel"],
        "language": "sv",
        "title": "Avfallskvarnar i stadens storkök med tank som töms till RecoLab",
        "description": (
            "Jag jobbar med drift i stadens fastigheter och ser hur mycket matavfall som går i kärl från "
            "skolkök och äldreboenden. I Oceanhamnen mals matavfallet i köken och följer med i ett eget rör "
            "till RecoLab. I befintliga storkök skulle man kunna installera en kvarn med en uppsamlingstank "
            "som töms med slambil, utan att bygga om ledningarna i huset. Det ger mer råvara till biogasen "
            "och mindre tunga lyft för köksfolket. Det vore bra att börja med ett par kök som ligger nära "
            "varandra, så att tömningen blir rationell."
        ),
        "need": (
            "RecoLab behöver större och jämnare flöden av matavfall, och personalen i köken vill slippa "
            "hanteringen av tunga kärl."
        ),
        "status": "submitted",
        "decline_reason": "",
        "submitted": "2026-09-08",
        "supporters": ["sara", "anna"],
        "comments": [
            {
                "author": "sara",
                "body": (
                    "Sådana tanksystem finns redan i flera kommuner, så tekniken är beprövad. Det intressanta "
                    "är om flödet håller jämn nog kvalitet för RecoLabs process. Prata gärna med NSVA om vilka "
                    "mängder de kan ta emot."
                ),
                "replies": [
                    {
                        "author": "per",
                        "body": "Bra poäng. Jag tar gärna ett möte om någon från NSVA läser det här.",
                    },
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ mer-tid-for-barnen-i-forskolan
    {
        "key": "rostanteckningar-i-stunden",
        "author": "anna",
        "challenge": "mer-tid-for-barnen-i-forskolan",
        "areas": ["tech"],
        "language": "sv",
        "title": "Röstanteckningar i stunden i stället för dokumentation efter jobbet",
        "description": (
            "Jag är förskollärare på en avdelning med tjugo barn. Det bästa lärandet händer i sandlådan eller "
            "på promenaden, och då har jag aldrig en dator framför mig. Jag skulle vilja kunna tala in en kort "
            "anteckning i en surfplatta eller telefon direkt när något händer, och att den sedan blir text som "
            "jag bearbetar när vi har planeringstid. Anteckningarna ska inte innehålla barnens fullständiga "
            "namn och ska raderas automatiskt när de har förts in i dokumentationen. Om AI-assistenten som "
            "redan testas kunde ta emot sådana röstanteckningar skulle vi slippa sitta och minnas i efterhand."
        ),
        "need": (
            "Pedagogerna dokumenterar ofta på rasten eller efter arbetstid och hinner glömma detaljer, "
            "eftersom dokumentationen görs långt efter att något hände."
        ),
        "status": "accepted",
        "decline_reason": "",
        "submitted": "2025-06-18",
        "supporters": ["oskar", "david", "mohammed", "fatima", "ingrid", "birgitta", "per"],
        "comments": [
            {
                "author": "oskar",
                "body": (
                    "Det här går att lösa med taligenkänning som körs inom EU och utan att ljudet sparas. "
                    "En fråga: behöver ni kunna tala in när ni är ute, utan wifi?"
                ),
                "replies": [
                    {
                        "author": "anna",
                        "body": (
                            "Ja, absolut. Vi är ute nästan halva dagen, och i skogsdungen bakom förskolan "
                            "finns ingen täckning alls."
                        ),
                    },
                    {
                        "author": "oskar",
                        "body": (
                            "Då behöver anteckningarna sparas krypterat på enheten tills den är tillbaka "
                            "på nätet. Det är fullt möjligt."
                        ),
                    },
                ],
            },
            {
                "author": "ingrid",
                "body": (
                    "Fint att idén kommer från en förskollärare. Tänk på hur vårdnadshavarna informeras, så "
                    "att ingen tror att barnen spelas in. Det är ju pedagogens egen anteckning det handlar om."
                ),
                "replies": [
                    {
                        "author": "anna",
                        "body": (
                            "Precis, barnen ska inte spelas in. Vi har pratat om att det ska synas tydligt "
                            "på plattan när den lyssnar."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "key": "franvaro-och-hamttider-i-appen",
        "author": "mohammed",
        "challenge": "mer-tid-for-barnen-i-forskolan",
        "areas": ["tech"],
        "language": "sv",
        "title": "Låt föräldrar anmäla frånvaro och hämttider direkt i appen",
        "description": (
            "Varje morgon ringer och sms:ar vi föräldrar till förskolan för att säga att barnet är sjukt "
            "eller att farmor hämtar i dag. Personalen får svara i telefon mitt i lämningen och skriva upp "
            "allt på en lapp. Om allt gick att göra i en app, med en tydlig lista för personalen varje "
            "morgon, skulle de slippa många samtal. Det behöver också fungera på andra språk än svenska, "
            "för på vår förskola talar föräldrarna minst tio olika språk."
        ),
        "need": (
            "Samtal och lappar om frånvaro och hämtning tar tid från barnen under den mest hektiska delen "
            "av morgonen."
        ),
        "status": "in_review",
        "decline_reason": "",
        "submitted": "2025-11-04",
        "supporters": ["anna", "fatima", "priya"],
        "comments": [
            {
                "author": "anna",
                "body": (
                    "Ja tack! På en del förskolor kan man redan anmäla frånvaro digitalt, men hämttider och "
                    "vem som hämtar sköts fortfarande muntligt. Det är där det strular."
                ),
                "replies": [
                    {
                        "author": "mohammed",
                        "body": "Då kanske det räcker att bygga vidare på det som redan finns i stället för en ny app?",
                    },
                ],
            },
            {
                "author": "david",
                "body": (
                    "Worth testing with parents who don't read Swedish well, ideally with icons and very short "
                    "texts. We did something similar for a school in Leeds, and the icon version worked much "
                    "better than translation alone."
                ),
                "replies": [],
            },
        ],
    },
    {
        "key": "bemanning-efter-narvaro",
        "author": "oskar",
        "challenge": "mer-tid-for-barnen-i-forskolan",
        "areas": ["tech"],
        "language": "sv",
        "title": "Bemanningsschema som utgår från barnens faktiska närvarotider",
        "description": (
            "Förskolorna planerar personalens scheman utifrån barnens anmälda omsorgstider, men i praktiken "
            "kommer och går barnen ofta på andra tider. Vi på Nordväst AI har sett stora skillnader mellan "
            "schema och verklighet, särskilt tidigt på morgonen och sent på eftermiddagen. En prognosmodell "
            "som lär sig av historiska närvarodata kan föreslå hur personalen ska fördelas över dagen, så att "
            "det finns fler vuxna när flest barn är på plats. Förslaget ska vara ett stöd för förskolechefen, "
            "inte ett automatiskt beslut, och uppgifter om enskilda barn behöver aldrig lämna kommunens system."
        ),
        "need": (
            "Personalen är för få när många barn är på plats och för många när bara några barn är kvar, "
            "vilket skapar stress och äter upp tiden för planering."
        ),
        "status": "submitted",
        "decline_reason": "",
        "submitted": "2026-03-10",
        "supporters": ["anna", "ingrid"],
        "comments": [
            {
                "author": "anna",
                "body": (
                    "Spännande, men glöm inte att planeringstid och raster också måste in i schemat. Det är "
                    "ofta där det skaver."
                ),
                "replies": [
                    {
                        "author": "oskar",
                        "body": (
                            "Absolut. Planeringstiden ska ligga som ett fast krav i modellen, inte som något "
                            "som får stryka på foten när det är mycket barn."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "key": "design-sprint-with-teachers",
        "author": "david",
        "challenge": "mer-tid-for-barnen-i-forskolan",
        "areas": ["tech"],
        "language": "en",
        "title": "Run a design sprint with preschool teachers before buying any new tool",
        "description": (
            "I'm a UX designer, and I have seen many public sector tools fail because they were designed at "
            "a desk far away from the people who use them. Before the city procures anything new for "
            "preschools, I suggest a short design sprint where teachers, a head of preschool, a parent and a "
            "couple of developers map a normal day and find out where the admin time actually goes. The "
            "outcome would be a prioritised list of problems and a few tested paper prototypes, not a "
            "finished product. It costs little compared with a failed procurement, and it gives teachers "
            "real ownership of the solution. Parken would be a good venue."
        ),
        "need": (
            "There are many possible fixes for preschool admin, and without knowing which ones matter most "
            "to teachers the city risks investing in the wrong thing."
        ),
        "status": "submitted",
        "decline_reason": "",
        "submitted": "2026-08-27",
        "supporters": ["anna", "oskar", "priya", "mette"],
        "comments": [
            {
                "author": "anna",
                "body": (
                    "Gärna, men en hel vecka är svårt att få loss från barngruppen. Går det att göra i kortare "
                    "pass, till exempel två eftermiddagar?"
                ),
                "replies": [
                    {
                        "author": "david",
                        "body": (
                            "Good point. A split version over two or three afternoons works fine, as long as "
                            "the same people are there every time."
                        ),
                    },
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ trygghet-i-stadsdelarna
    {
        "key": "anonym-trygghetskarta",
        "author": "mohammed",
        "challenge": "trygghet-i-stadsdelarna",
        "areas": ["smarta-hallbara-stader", "tech"],
        "language": "sv",
        "title": "En anonym trygghetskarta där boende själva markerar platser",
        "description": (
            "På trygghetsvandringarna är vi ofta samma tio personer, och det är sällan de som känner sig mest "
            "otrygga. Jag föreslår en enkel karta i mobilen där man anonymt kan markera en plats som trygg "
            "eller otrygg och gärna varför: mörkt, skräpigt, folktomt. Kartan kan visa hur det ser ut vid "
            "olika tider på dygnet och bli ett underlag när staden bestämmer var det behövs belysning eller "
            "röjning. Vi i föreningen kan hjälpa till att sprida den på Drottninghög, också till dem som "
            "aldrig svarar på enkäter."
        ),
        "need": (
            "Staden vet för lite om var och när människor känner sig otrygga, och trygghetsvandringarna når "
            "bara en liten grupp."
        ),
        "status": "in_review",
        "decline_reason": "",
        "submitted": "2025-08-21",
        "supporters": ["fatima", "mette", "hanna", "birgitta", "per", "anna"],
        "comments": [
            {
                "author": "hanna",
                "body": (
                    "Bra idé. Det blir riktigt värdefullt om markeringarna kombineras med mätningar av "
                    "ljusnivån på samma platser. Då ser man om det faktiskt är belysningen som är problemet."
                ),
                "replies": [
                    {
                        "author": "mohammed",
                        "body": "Det låter bra, så länge ingen kan spåra vem som har markerat vad.",
                    },
                ],
            },
            {
                "author": "birgitta",
                "body": (
                    "Alla äldre har inte en smart telefon. Kan man lämna synpunkter på papper också, på "
                    "träffpunkten eller biblioteket?"
                ),
                "replies": [
                    {
                        "author": "mohammed",
                        "body": (
                            "Ja, det måste gå. Vi kan samla in lappar på kvällsvandringarna och lägga in dem "
                            "i kartan."
                        ),
                    },
                ],
            },
            {
                "author": "fatima",
                "body": (
                    "Tänk på att en plats kan kännas otrygg bara för att ungdomar hänger där. Vi vill inte att "
                    "kartan blir en lista över var unga inte är välkomna."
                ),
                "replies": [
                    {
                        "author": "mohammed",
                        "body": (
                            "Viktig synpunkt. Kanske ska man bara kunna välja orsaker som handlar om den "
                            "fysiska miljön."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "key": "led-i-alla-gatlampor",
        "author": "per",
        "challenge": "trygghet-i-stadsdelarna",
        "areas": ["smarta-hallbara-stader"],
        "language": "sv",
        "title": "Byt alla gamla gatlampor till LED",
        "description": (
            "Det finns fortfarande gatlampor med gammalt gult natriumljus i flera bostadsområden. LED ger ett "
            "vitare ljus där man ser ansikten och färger bättre, och då känns det tryggare. Dessutom drar LED "
            "mycket mindre el. Jag föreslår att staden byter ut alla återstående armaturer så snabbt som "
            "möjligt."
        ),
        "need": (
            "Dålig belysning gör att många undviker gångvägar på kvällen, och de gamla lamporna drar onödigt "
            "mycket el."
        ),
        "status": "declined",
        "decline_reason": (
            "Tack för förslaget, Per! Bytet till LED pågår redan: det ingår i stadens ordinarie "
            "belysningsprogram, där de återstående armaturerna byts ut i takt med att de behöver förnyas. "
            "Eftersom det är en beslutad och budgeterad åtgärd i den vanliga verksamheten passar det inte som "
            "ett innovationsinitiativ. Vi tar gärna emot idéer om hur belysningen kan användas på nya sätt, "
            "till exempel styrning efter hur platser faktiskt används, och du får gärna tipsa "
            "stadsbyggnadsförvaltningen direkt om gator där lamporna är särskilt dåliga."
        ),
        "submitted": "2025-07-02",
        "supporters": ["mette", "birgitta"],
        "comments": [
            {
                "author": "mette",
                "body": (
                    "Enig i, at hvidt lys føles mere trygt. Hjemme i Helsingør har de skiftet til LED på mange "
                    "stier, og det gør en stor forskel."
                ),
                "replies": [],
            },
        ],
    },
    {
        "key": "ljus-och-musik-i-parken",
        "author": "fatima",
        "challenge": "trygghet-i-stadsdelarna",
        "areas": ["smarta-hallbara-stader"],
        "language": "sv",
        "title": "Låt unga tända ljuset och musiken i parken på kvällen",
        "description": (
            "På vintern är parkerna i våra stadsdelar mörka och tomma redan vid fem, och då känns de otrygga "
            "för alla. Vi i Spiran vill testa en plats där unga själva kan tända belysningen och starta musik "
            "med en knapp eller en kod, till exempel vid en basketplan eller en liten scen. Ljuset släcks "
            "automatiskt efter en stund om ingen är där. Om unga får ansvar för platsen och kan ordna egna "
            "aktiviteter blir det liv och rörelse, och då blir det tryggare även för den som bara går förbi. "
            "Vi vill gärna bestämma regler och tider tillsammans med de boende."
        ),
        "need": (
            "Parker och spontanidrottsplatser står mörka och öde på kvällarna, särskilt vintertid, vilket gör "
            "dem otrygga."
        ),
        "status": "submitted",
        "decline_reason": "",
        "submitted": "2026-05-14",
        "supporters": ["mohammed", "hanna", "david", "priya"],
        "comments": [
            {
                "author": "mohammed",
                "body": (
                    "Det här vill vi gärna stötta. Hur tänker ni kring ljudet, så att grannarna inte blir "
                    "störda sent på kvällen?"
                ),
                "replies": [
                    {
                        "author": "fatima",
                        "body": (
                            "Vi tänkte att musiken stängs av automatiskt klockan 21 och att volymen är låst. "
                            "Det kan vi bestämma tillsammans på ett möte med de boende."
                        ),
                    },
                ],
            },
            {
                "author": "hanna",
                "body": (
                    "Närvarostyrd belysning finns redan på en del gångvägar, men att låta användarna själva "
                    "tända den är en rolig vändning. Det vore intressant att mäta hur länge platsen används "
                    "före och efter."
                ),
                "replies": [],
            },
        ],
    },
    {
        "key": "tryg-gavej-til-faergen",
        "author": "mette",
        "challenge": "trygghet-i-stadsdelarna",
        "areas": ["smarta-hallbara-stader"],
        "language": "da",
        "title": "En tryg gåvej til færgen i Knutpunkten om aftenen",
        "description": (
            "Jeg pendler hver dag fra Helsingør og kommer ofte sent hjem, når jeg har været til noget i "
            "Helsingborg efter arbejdstid. Vejen fra Oceanhamnen og centrum ned til færgeterminalen i "
            "Knutpunkten er fin om dagen, men om aftenen føles nogle af passagerne og parkeringsområderne "
            "øde. Mit forslag er at udpege én tydelig og godt oplyst gåvej til færgen, med skilte på svensk, "
            "dansk og engelsk og gerne med en kiosk eller café, der har åbent lidt længere. Det handler ikke "
            "om flere kameraer, men om lys og andre mennesker."
        ),
        "need": (
            "Pendlere og turister, der skal med færgen om aftenen, må gå gennem steder, der føles øde og "
            "utrygge."
        ),
        "status": "submitted",
        "decline_reason": "",
        "submitted": "2026-10-06",
        "supporters": ["jesper", "mohammed", "priya"],
        "comments": [
            {
                "author": "jesper",
                "body": (
                    "Godt forslag. Jeg tager selv færgen sent efter koncerter på Dunkers, og skiltningen er "
                    "næsten kun på svensk."
                ),
                "replies": [
                    {
                        "author": "mette",
                        "body": "Præcis. Det behøver ikke at koste meget, det skal bare gøres ordentligt.",
                    },
                ],
            },
            {
                "author": "per",
                "body": (
                    "Vet du vilka passager du tänker på? Om du beskriver dem närmare blir det lättare för "
                    "staden att se över belysningen just där."
                ),
                "replies": [
                    {
                        "author": "mette",
                        "body": "Ja, det kan jeg sagtens. Jeg skriver dem her i en kommentar i næste uge.",
                    },
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ ofrivillig-ensamhet-bland-aldre
    {
        "key": "tre-fragor-om-ensamhet",
        "author": "ingrid",
        "challenge": "ofrivillig-ensamhet-bland-aldre",
        "areas": ["life-science-halsa"],
        "language": "sv",
        "title": "Tre enkla frågor om ensamhet vid hemtjänstens besök",
        "description": (
            "Jag forskar om äldres sociala relationer vid Campus Helsingborg. Ensamhet syns sällan utanpå, och "
            "många äldre tar inte själva upp den. Det finns korta, vetenskapligt prövade frågeformulär med "
            "bara tre frågor som går att ställa i ett vanligt samtal. Mitt förslag är att hemtjänsten i ett "
            "område ställer frågorna en gång i kvartalet till dem som vill, och erbjuder kontakt med en "
            "träffpunkt, en förening eller en besöksvän till dem som känner sig ensamma. Samma frågor kan "
            "sedan användas för att mäta om insatserna faktiskt minskar ensamheten över tid."
        ),
        "need": (
            "Staden upptäcker ensamheten för sent och kan i dag inte mäta om insatserna minskar den, bara hur "
            "många som deltar."
        ),
        "status": "accepted",
        "decline_reason": "",
        "submitted": "2025-09-15",
        "supporters": ["birgitta", "priya", "fatima", "anna", "mette", "oskar", "tomasz", "jesper"],
        "comments": [
            {
                "author": "birgitta",
                "body": (
                    "Bra, men hemtjänstpersonalen har redan väldigt bråttom. Hur ska de hinna sätta sig ner "
                    "och prata?"
                ),
                "replies": [
                    {
                        "author": "ingrid",
                        "body": (
                            "Det är den viktigaste frågan. Frågorna tar bara ett par minuter, men personalen "
                            "behöver få tiden inlagd i planeringen och veta vart de kan hänvisa. Annars blir "
                            "det bara ännu en sak att bocka av."
                        ),
                    },
                ],
            },
            {
                "author": "priya",
                "body": (
                    "Are the questions available in other languages? Many older people in Helsingborg have "
                    "Arabic, Bosnian or Persian as their first language."
                ),
                "replies": [
                    {
                        "author": "ingrid",
                        "body": (
                            "Formuläret finns översatt till flera språk, men vi behöver pröva översättningarna "
                            "tillsammans med äldre som talar språken."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "key": "nar-partnern-har-gatt-bort",
        "author": "birgitta",
        "challenge": "ofrivillig-ensamhet-bland-aldre",
        "areas": ["life-science-halsa"],
        "language": "sv",
        "title": "Hör av er till den som nyss har förlorat sin partner",
        "description": (
            "När min man dog för tre år sedan blev det väldigt tyst. Barnen bor i Stockholm, och vännerna "
            "visste inte vad de skulle säga. Jag tror att många hamnar där, och det är just då man behöver "
            "någon som knackar på. Mitt förslag är att staden, med den äldres samtycke, förmedlar kontakt så "
            "att någon från PRO eller en annan förening hör av sig några månader efter dödsfallet och bjuder "
            "med på en promenad eller en kopp kaffe. Vi i PRO har många medlemmar som själva har varit med om "
            "samma sak och gärna vill hjälpa till."
        ),
        "need": (
            "Äldre som nyss har blivit ensamstående löper stor risk att isolera sig, men de söker sällan själva "
            "upp träffpunkter eller föreningar."
        ),
        "status": "in_review",
        "decline_reason": "",
        "submitted": "2025-12-02",
        "supporters": ["ingrid", "fatima", "anna", "mohammed"],
        "comments": [
            {
                "author": "ingrid",
                "body": (
                    "Ett mycket fint förslag. Staden får inte lämna ut uppgifter om dödsfall till en förening, "
                    "så kontakten behöver nog gå via hemtjänsten eller anhörigstödet, som kan fråga den äldre "
                    "om det är okej."
                ),
                "replies": [
                    {
                        "author": "birgitta",
                        "body": (
                            "Det förstår jag. Det viktiga är att frågan ställs, vem som ställer den spelar "
                            "mindre roll."
                        ),
                    },
                ],
            },
            {
                "author": "fatima",
                "body": (
                    "Vi har unga i Spiran som skulle vilja vara fikavänner. Kanske kan det vara ett alternativ "
                    "för dem som hellre vill träffa någon yngre?"
                ),
                "replies": [
                    {
                        "author": "birgitta",
                        "body": "Det tror jag många skulle uppskatta, särskilt de som inte har barnbarn i närheten.",
                    },
                ],
            },
        ],
    },
    {
        "key": "language-cafe-seniors-students",
        "author": "priya",
        "challenge": "ofrivillig-ensamhet-bland-aldre",
        "areas": ["life-science-halsa"],
        "language": "en",
        "title": "A language café where seniors help international students practise Swedish",
        "description": (
            "I'm an international master's student at Campus Helsingborg, and one of my biggest problems is "
            "that I have nobody to practise Swedish with outside class. At the same time I read that many "
            "older people in the city are lonely. A weekly language café at a library or a meeting place for "
            "seniors, where seniors and students simply talk over coffee, could help both groups. The seniors "
            "are the experts for once, and the students get a real connection to the city. We could start "
            "with one meeting a week during the semester and ask participants afterwards how it felt."
        ),
        "need": (
            "Lonely seniors and international students both lack everyday social contact, and language "
            "practice is hard to find outside the classroom."
        ),
        "status": "submitted",
        "decline_reason": "",
        "submitted": "2026-02-19",
        "supporters": ["birgitta", "ingrid", "david", "fatima", "mette"],
        "comments": [
            {
                "author": "birgitta",
                "body": (
                    "Det här ställer jag gärna upp på! Jag var lärare i trettio år och saknar att prata med "
                    "unga människor."
                ),
                "replies": [
                    {
                        "author": "priya",
                        "body": (
                            "That makes me so happy, Birgitta! Could you help us find other PRO members who "
                            "would like to join?"
                        ),
                    },
                    {"author": "birgitta", "body": "Absolut, jag tar upp det på nästa medlemsmöte."},
                ],
            },
            {
                "author": "david",
                "body": (
                    "Great idea. A few simple conversation cards on the tables might help during the first "
                    "meetings, so nobody gets stuck."
                ),
                "replies": [],
            },
        ],
    },
    {
        "key": "mobilhjalp-och-fika",
        "author": "fatima",
        "challenge": "ofrivillig-ensamhet-bland-aldre",
        "areas": ["life-science-halsa", "tech"],
        "language": "sv",
        "title": "Mobilhjälp och fika: unga hjälper äldre med telefonen",
        "description": (
            "Många äldre vi träffar säger att de känner sig utanför eftersom allt ska göras i telefonen, från "
            "att se barnbarnens bilder till att boka tid på vårdcentralen. I Spiran finns unga som är bra på "
            "teknik och som gärna vill göra något meningsfullt. Vi vill ha en öppen eftermiddag varannan "
            "vecka på en träffpunkt, där äldre kan komma med sin telefon eller surfplatta och få hjälp, och "
            "där det alltid bjuds på fika. Det handlar lika mycket om att träffas som om tekniken."
        ),
        "need": (
            "Äldre som inte klarar de digitala verktygen riskerar att bli ännu mer isolerade, och unga saknar "
            "sätt att göra något meningsfullt för andra."
        ),
        "status": "submitted",
        "decline_reason": "",
        "submitted": "2026-10-22",
        "supporters": ["birgitta", "mohammed"],
        "comments": [
            {
                "author": "ingrid",
                "body": (
                    "Tänk på att de unga inte bör hjälpa till med bank-id eller betalningar, det kan bli "
                    "känsligt. Kanske kan träffpunktens personal finnas med för de frågorna?"
                ),
                "replies": [
                    {
                        "author": "fatima",
                        "body": (
                            "Bra att du säger det. Vi har pratat om en regel att vi inte rör bankärenden alls "
                            "och att personalen tar de frågorna."
                        ),
                    },
                ],
            },
        ],
    },
    # ------------------------------------------------------------------ energismarta-lokaler
    {
        "key": "bokningen-styr-ventilationen",
        "author": "per",
        "challenge": "energismarta-lokaler",
        "areas": ["smarta-hallbara-stader", "tech"],
        "language": "sv",
        "title": "Låt lokalbokningen styra värme och ventilation",
        "description": (
            "Jag är drifttekniker och ser varje vecka hur idrottshallar och aulor ventileras för fullt på "
            "kvällar och helger när ingen är där. Samtidigt finns alla bokningar redan i stadens "
            "bokningssystem. Om bokningssystemet kunde skicka en signal till fastighetens styrsystem skulle "
            "ventilationen bara gå för fullt när lokalen faktiskt är bokad och ligga på låg nivå resten av "
            "tiden. Koldioxidgivarna som redan sitter i många lokaler kan fungera som säkerhetsspärr om fler "
            "kommer än väntat. Vi kan börja med två idrottshallar och jämföra energianvändningen med året innan."
        ),
        "need": (
            "Stora lokaler värms och ventileras fullt även när de står tomma, eftersom styrsystemen inte vet "
            "när de används."
        ),
        "status": "accepted",
        "decline_reason": "",
        "submitted": "2025-06-25",
        "supporters": ["hanna", "oskar", "priya", "david", "sara", "fatima", "tomasz"],
        "comments": [
            {
                "author": "hanna",
                "body": (
                    "Det här är en av de mest prisvärda åtgärderna som finns. Vi har gjort en liknande "
                    "koppling åt en fastighetsägare i Malmö och sparade ungefär en fjärdedel av "
                    "ventilationsenergin i hallarna."
                ),
                "replies": [
                    {
                        "author": "per",
                        "body": "Låter lovande. Hur löste ni det när föreningar bokar men inte dyker upp?",
                    },
                    {
                        "author": "hanna",
                        "body": (
                            "Vi lät närvarogivarna dra ner ventilationen efter trettio minuter om ingen rörde "
                            "sig i hallen. Det sparade en hel del."
                        ),
                    },
                ],
            },
            {
                "author": "fatima",
                "body": (
                    "Det händer att vi i Spiran bokar hallen och att det är iskallt när vi kommer. Kan värmen "
                    "starta en stund innan bokningen börjar?"
                ),
                "replies": [
                    {
                        "author": "per",
                        "body": (
                            "Ja, det är tanken. Systemet ska räkna ut hur lång uppvärmningstid lokalen behöver "
                            "och starta i tid."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "key": "energikampen-mellan-skolor",
        "author": "hanna",
        "challenge": "energismarta-lokaler",
        "areas": ["smarta-hallbara-stader", "tech"],
        "language": "sv",
        "title": "Energikampen: skolor tävlar om att spara energi med egna mätdata",
        "description": (
            "Sensorerna som redan sitter i många skolor mäter temperatur, koldioxid och närvaro, men eleverna "
            "ser aldrig siffrorna. Vi föreslår en tävling mellan skolor där varje skola får en skärm i "
            "entrén och en enkel webbsida som visar energianvändningen jämfört med förra veckan. Klasserna "
            "kan testa egna åtgärder, som att stänga fönster och dörrar, släcka i tomma rum eller föreslå "
            "andra tider för ventilationen. Det blir också ett bra underlag i matematik, fysik och "
            "samhällskunskap. Vi på Öresund Sensor kan ta fram visualiseringen med öppna gränssnitt, så att "
            "staden inte blir låst till oss."
        ),
        "need": (
            "Medarbetare och elever ser sällan hur mycket energi lokalerna använder och har därför svårt att "
            "bidra till att spara."
        ),
        "status": "in_review",
        "decline_reason": "",
        "submitted": "2026-01-13",
        "supporters": ["per", "anna", "fatima", "priya"],
        "comments": [
            {
                "author": "per",
                "body": (
                    "Bra, men se till att eleverna inte uppmuntras att stänga av ventilationen. Dålig luft ger "
                    "huvudvärk och sämre inlärning."
                ),
                "replies": [
                    {
                        "author": "hanna",
                        "body": (
                            "Helt rätt. Tävlingen ska väga ihop energi och luftkvalitet, så att man inte kan "
                            "vinna genom att strypa ventilationen."
                        ),
                    },
                ],
            },
            {
                "author": "anna",
                "body": "Kan förskolorna vara med i en enklare variant? Barnen älskar att släcka lampor.",
                "replies": [
                    {
                        "author": "hanna",
                        "body": "Absolut, en förskoleklass med en stor lampa som lyser grönt vore perfekt att testa.",
                    },
                ],
            },
        ],
    },
    {
        "key": "empty-classrooms-evening-study",
        "author": "priya",
        "challenge": "energismarta-lokaler",
        "areas": ["smarta-hallbara-stader"],
        "language": "en",
        "title": "Open empty classrooms as evening study spaces for university students",
        "description": (
            "During exam periods the campus library is full by nine in the morning, and many students end up "
            "studying in cafés or at home in cold rooms. At the same time I walk past school buildings every "
            "evening that are completely empty but still lit and heated. Could a few classrooms near the city "
            "centre be opened for university students a couple of evenings a week, booked through an app? "
            "That would make use of a building that is already warm instead of heating another one. Students "
            "could take responsibility for locking up, just like associations do in sports halls."
        ),
        "need": (
            "Students lack places to study in the evenings, while many of the city's premises stand empty and "
            "heated for much of the day."
        ),
        "status": "submitted",
        "decline_reason": "",
        "submitted": "2026-09-29",
        "supporters": ["david", "tomasz", "fatima"],
        "comments": [
            {
                "author": "per",
                "body": (
                    "Fin tanke, men skolorna har larm och lås som inte är byggda för att öppna enskilda rum. "
                    "Det kanske är enklare att börja med ett bibliotek eller en fritidsgård?"
                ),
                "replies": [
                    {
                        "author": "priya",
                        "body": (
                            "Thank you, I didn't know that. A library branch or a youth centre would work "
                            "just as well, as long as it stays open later than today."
                        ),
                    },
                ],
            },
            {
                "author": "fatima",
                "body": (
                    "Fritidsgårdarna har öppet på kvällarna men är ofta ganska livliga, haha. Kanske ett "
                    "lugnt rum där?"
                ),
                "replies": [],
            },
        ],
    },
    {
        "key": "prognosstyrd-varme",
        "author": "oskar",
        "challenge": "energismarta-lokaler",
        "areas": ["smarta-hallbara-stader", "tech"],
        "language": "sv",
        "title": "Värme som styrs efter väderprognos och schema i äldre skolor",
        "description": (
            "Många äldre skolbyggnader har tunga väggar som tar lång tid att värma upp och kyla ner. Dagens "
            "styrning reagerar på utetemperaturen just nu, vilket gör att det ofta blir för varmt efter en "
            "kall morgon och för kallt första dagen efter ett lov. En modell som kombinerar väderprognos, "
            "byggnadens tröghet och skolans schema kan räkna ut när värmen ska höjas och sänkas. Modellen kan "
            "köras ovanpå de styrsystem som redan finns och använda stadens befintliga sensordata. Vi vill "
            "gärna testa på en äldre skola under en vintersäsong."
        ),
        "need": (
            "Äldre skolor med tröga byggnader får ojämnt inomhusklimat och onödigt hög energianvändning med "
            "dagens styrning."
        ),
        "status": "submitted",
        "decline_reason": "",
        "submitted": "2026-06-17",
        "supporters": ["hanna", "per"],
        "comments": [
            {
                "author": "hanna",
                "body": (
                    "Vi ser samma sak i våra mätdata. Vore kul att samarbeta, vi mäter redan i ett par äldre "
                    "skolor i Helsingborg."
                ),
                "replies": [{"author": "oskar", "body": "Gärna! Jag hör av mig nästa vecka."}],
            },
        ],
    },
    # ------------------------------------------------------------------ tillganglig-kultur
    {
        "key": "live-tekstning-dunkers",
        "author": "jesper",
        "challenge": "tillganglig-kultur",
        "areas": ["tech"],
        "language": "da",
        "title": "Live-tekstning af foredrag og samtaler på Dunkers via mobilen",
        "description": (
            "Jeg er hørehæmmet og bor i Helsingør, men kommer gerne på Dunkers og bibliotekerne i Helsingborg. "
            "Ved foredrag og samtaler går der meget tabt for mig, også selvom der er teleslynge. Mit forslag "
            "er at tilbyde live-tekstning, hvor det, der bliver sagt, vises som tekst på en skærm eller i en "
            "app på min egen telefon. Teksten kunne laves af en skrivetolk ved de store arrangementer og af "
            "automatisk talegenkendelse ved de mindre. Det ville også hjælpe dem, der ikke forstår svensk så "
            "godt, for eksempel os danskere."
        ),
        "need": (
            "Hørehæmmede og besøgende, der ikke forstår svensk godt, går glip af det meste af de talte "
            "arrangementer som foredrag og samtaler."
        ),
        "status": "in_review",
        "decline_reason": "",
        "submitted": "2025-10-09",
        "supporters": ["birgitta", "mette", "oskar", "ingrid", "priya", "anna"],
        "comments": [
            {
                "author": "oskar",
                "body": (
                    "Automatisk taligenkänning på svenska har blivit riktigt bra, men namn och dialekter är "
                    "fortfarande svåra. Ett upplägg där en skrivtolk rättar i realtid brukar fungera bäst."
                ),
                "replies": [
                    {
                        "author": "jesper",
                        "body": (
                            "Det lyder fornuftigt. Det vigtigste for mig er, at teksten ikke halter for "
                            "langt efter."
                        ),
                    },
                ],
            },
            {
                "author": "birgitta",
                "body": (
                    "Min hörsel är inte heller vad den har varit. Jag tror att många äldre skulle använda det "
                    "här utan att kalla sig hörselskadade."
                ),
                "replies": [
                    {"author": "jesper", "body": "Helt enig. Det skal bare være let at finde og slå til."},
                ],
            },
        ],
    },
    {
        "key": "syntolkning-pa-fredriksdal",
        "author": "birgitta",
        "challenge": "tillganglig-kultur",
        "areas": ["tech"],
        "language": "sv",
        "title": "Syntolkning på Fredriksdal som man kan ringa upp",
        "description": (
            "Jag har åldersförändringar i gula fläcken och ser allt sämre. Jag älskar Fredriksdal, men "
            "skyltarna kan jag inte längre läsa. Mitt förslag är inspelad syntolkning av husen, trädgårdarna "
            "och utställningarna som man kan lyssna på. Den ska gå att nå både i en app och genom att ringa "
            "ett vanligt telefonnummer och trycka på en siffra, för alla har inte en smart telefon. Siffrorna "
            "kan stå med stor, tydlig text vid varje hus."
        ),
        "need": (
            "Besökare med synnedsättning kan inte läsa skyltar och informationstexter och går därför miste om "
            "mycket av upplevelsen."
        ),
        "status": "submitted",
        "decline_reason": "",
        "submitted": "2026-04-08",
        "supporters": ["jesper", "ingrid", "anna", "lars"],
        "comments": [
            {
                "author": "anna",
                "body": (
                    "Det här skulle också passa förskolebarn som inte kan läsa än! Vi är ofta på Fredriksdal "
                    "med barngruppen."
                ),
                "replies": [
                    {"author": "birgitta", "body": "Vad roligt, då blir det något för både gammal och ung."},
                ],
            },
            {
                "author": "david",
                "body": (
                    "The phone number approach is brilliant: simple technology is often the most accessible. "
                    "Make sure the recordings are tested with visually impaired visitors before they are "
                    "published."
                ),
                "replies": [],
            },
        ],
    },
    {
        "key": "hiss-i-karnan",
        "author": "lars",
        "challenge": "tillganglig-kultur",
        "areas": ["smarta-hallbara-stader"],
        "language": "sv",
        "title": "Bygg en hiss i Kärnan så att alla kan komma upp i tornet",
        "description": (
            "Min fru sitter i rullstol sedan några år och kan aldrig följa med upp i Kärnan när vi har gäster. "
            "Utsikten över Sundet är ju det bästa med Helsingborg. Jag föreslår att staden bygger en hiss, "
            "kanske en glashiss på utsidan av tornet, så att alla kan komma upp. Den skulle dessutom bli en "
            "sevärdhet i sig."
        ),
        "need": (
            "Personer med rörelsenedsättning kan inte ta sig upp i Kärnan och går miste om stadens främsta "
            "utsiktsplats."
        ),
        "status": "declined",
        "decline_reason": (
            "Tack, Lars-Göran, för ett förslag som lyfter ett verkligt problem. Kärnan är en medeltida "
            "kastellborg och ett skyddat kulturarv, och varje ingrepp i murarna kräver tillstånd från "
            "Länsstyrelsen, som en hiss, invändig eller utvändig, med stor sannolikhet inte skulle få. "
            "Kostnaden skulle dessutom bli mycket hög i förhållande till hur många besökare som skulle ha nytta "
            "av den. Vi tar i stället med ditt förslag i arbetet med utmaningen, där vi letar efter sätt att "
            "uppleva tornet och utsikten på plats, till exempel en livebild från toppen eller en "
            "VR-upplevelse i bottenvåningen, och vi hoppas att du och din fru vill vara med och testa."
        ),
        "submitted": "2025-08-06",
        "supporters": ["birgitta", "jesper"],
        "comments": [
            {
                "author": "ingrid",
                "body": (
                    "Jag förstår tanken, men en hiss i ett medeltida torn låter svårt. Kanske en livebild från "
                    "toppen på en skärm nere vid entrén?"
                ),
                "replies": [
                    {
                        "author": "lars",
                        "body": "Det vore åtminstone något. Men det är inte samma sak som att stå där uppe.",
                    },
                ],
            },
        ],
    },
    {
        "key": "lugna-timmar-pa-dunkers",
        "author": "anna",
        "challenge": "tillganglig-kultur",
        "areas": ["smarta-hallbara-stader"],
        "language": "sv",
        "title": "Lugna timmar på Dunkers och biblioteken",
        "description": (
            "Min son har autism och blir lätt överväldigad av ljud, ljus och mycket folk, så vi undviker "
            "nästan alla museer och evenemang. Jag föreslår fasta lugna timmar, till exempel en förmiddag i "
            "månaden, då ljudet sänks, ljuset dämpas och antalet besökare begränsas. Det behöver också finnas "
            "en bildberättelse på webben som visar hur det ser ut på plats, så att barnen kan förbereda sig. "
            "Sådana timmar finns på en del museer och i butiker utomlands och fungerar bra för många med NPF."
        ),
        "need": (
            "Personer med autism och andra neuropsykiatriska funktionsnedsättningar upplever ofta "
            "kulturlokaler som för bullriga och oförutsägbara för att kunna besöka dem."
        ),
        "status": "submitted",
        "decline_reason": "",
        "submitted": "2026-07-03",
        "supporters": ["ingrid", "fatima", "birgitta", "david", "mohammed"],
        "comments": [
            {
                "author": "david",
                "body": (
                    "Many UK theatres run relaxed performances, and they are hugely popular, not only with "
                    "autistic people. Happy to share examples."
                ),
                "replies": [
                    {"author": "anna", "body": "Tack, det vore jättebra! Skriv gärna några exempel här."},
                ],
            },
            {
                "author": "jesper",
                "body": (
                    "Rolige rammer hjælper også os hørehæmmede, for baggrundsstøj gør det meget svært at "
                    "følge med."
                ),
                "replies": [],
            },
        ],
    },
    # ------------------------------------------------------------------ free ideas (no challenge)
    {
        "key": "faelles-pendlerapp-oresund",
        "author": "mette",
        "challenge": None,
        "areas": ["tech", "smarta-hallbara-stader"],
        "language": "da",
        "title": "Én fælles app til færge, tog og bus for pendlere over Sundet",
        "description": (
            "Som pendler mellem Helsingør og Helsingborg bruger jeg tre forskellige apps for at komme på "
            "arbejde: én til færgen, én til de danske tog og én til busserne i Skåne. Billetterne gælder ikke "
            "på tværs, og når færgen er forsinket, ved jeg ikke, om jeg når bussen. Jeg foreslår, at "
            "Helsingborg tager initiativ til én fælles app med billetter og trafikinformation for hele "
            "rejsen. Det ville gøre det meget lettere at vælge den kollektive trafik frem for bilen."
        ),
        "need": (
            "Pendlere over Øresund skal bruge flere apps og billetter og mangler samlet information, når der "
            "er forsinkelser."
        ),
        "status": "declined",
        "decline_reason": (
            "Tak for et velbeskrevet forslag, Mette. Billetter og trafikinformation for den kollektive trafik "
            "over Øresund er ikke noget, Helsingborg Kommune har ansvar for eller mandat til at ændre: det "
            "ligger hos Region Skåne og Skånetrafiken på den svenske side og hos trafikselskaberne og "
            "rederierne på den danske side og på færgerne. Derfor kan vi ikke tage forslaget videre som et "
            "initiativ her på platformen. Vi har sendt det videre til Region Skåne, og vi opfordrer dig til "
            "også at skrive til Skånetrafikens kundeservice og til Greater Copenhagens arbejde med "
            "grænsehindringer, hvor pendlernes erfaringer bliver samlet."
        ),
        "submitted": "2025-11-25",
        "supporters": ["jesper", "priya", "david"],
        "comments": [
            {
                "author": "jesper",
                "body": "Ja tak! Det er helt vildt, at det stadig er så besværligt at rejse 4 kilometer over vandet.",
                "replies": [],
            },
        ],
    },
    {
        "key": "ungdomsbudget-i-stadsdelen",
        "author": "fatima",
        "challenge": None,
        "areas": ["smarta-hallbara-stader"],
        "language": "sv",
        "title": "Ungdomsbudget: låt unga bestämma över en pott pengar i sin stadsdel",
        "description": (
            "Unga får ofta tycka till i enkäter men sällan bestämma något på riktigt. Vi föreslår att en "
            "stadsdel får en ungdomsbudget, till exempel 300 000 kronor om året, där unga mellan 13 och 20 år "
            "lämnar förslag och sedan röstar om vilka som ska genomföras. Det kan vara allt från ett nytt "
            "utegym till en festival eller bättre belysning på vägen till fritidsgården. Vi i Spiran kan hjälpa "
            "till att nå ut och hålla i omröstningen. Andra städer har provat medborgarbudgetar, och det vore "
            "spännande att se vad som händer när unga får ansvaret."
        ),
        "need": (
            "Unga i vissa stadsdelar känner att de saknar inflytande över sin närmiljö, vilket minskar både "
            "engagemanget och tilliten."
        ),
        "status": "in_review",
        "decline_reason": "",
        "submitted": "2025-10-30",
        "supporters": ["mohammed", "priya", "anna", "david", "ingrid", "mette"],
        "comments": [
            {
                "author": "mohammed",
                "body": "Vi på Drottninghög är gärna med som första stadsdel!",
                "replies": [{"author": "fatima", "body": "Yes! Då kör vi."}],
            },
            {
                "author": "ingrid",
                "body": (
                    "Medborgarbudgetar har utvärderats i flera svenska kommuner. Det brukar fungera bäst när "
                    "det är tydligt från början vad pengarna får och inte får användas till, och när förslagen "
                    "genomförs snabbt efter omröstningen."
                ),
                "replies": [
                    {
                        "author": "fatima",
                        "body": "Tack, bra att veta. Vi vill inte att det ska ta två år innan något händer.",
                    },
                ],
            },
        ],
    },
    {
        "key": "karta-over-restfloden",
        "author": "sara",
        "challenge": None,
        "areas": ["smarta-hallbara-stader", "avancerade-material"],
        "language": "sv",
        "title": "En karta över restflöden mellan företag i Helsingborg",
        "description": (
            "Ett företags restprodukt kan vara ett annat företags råvara, men företagen vet sällan vad "
            "grannarna har. I Helsingborg finns processindustri, livsmedelsföretag, hamnen och reningsverket, "
            "och många har överskottsvärme, koldioxid, organiskt material eller förpackningar som går till "
            "spillo. Vi föreslår en enkel karta där företag frivilligt anger vilka restflöden de har och vilka "
            "råvaror de söker, och att staden bjuder in till matchningsträffar ett par gånger om året. Det har "
            "fungerat i andra industriområden och skulle passa bra i arbetet med innovationsdistriktet."
        ),
        "need": (
            "Värdefulla restflöden går förlorade eftersom företagen saknar överblick över vad som finns och "
            "efterfrågas i närheten."
        ),
        "status": "submitted",
        "decline_reason": "",
        "submitted": "2026-03-24",
        "supporters": ["lars", "tomasz", "hanna", "david"],
        "comments": [
            {
                "author": "david",
                "body": (
                    "Both Mobile Heights and Sustainable Business Hub have run matchmaking events like this. "
                    "I'd be happy to introduce you to the right people."
                ),
                "replies": [{"author": "sara", "body": "Tack David, det vore jättebra!"}],
            },
            {
                "author": "tomasz",
                "body": (
                    "Some of this data may be commercially sensitive. Companies could start by listing "
                    "categories and volumes in ranges rather than exact figures."
                ),
                "replies": [
                    {
                        "author": "sara",
                        "body": "Bra poäng, intervall är nog en klok start för att få med fler.",
                    },
                ],
            },
        ],
    },
    {
        "key": "badtemperatur-i-realtid",
        "author": "hanna",
        "challenge": None,
        "areas": ["tech"],
        "language": "sv",
        "title": "Vattentemperatur i realtid vid stadens badplatser",
        "description": (
            "Varje sommar undrar alla i min familj hur kallt vattnet är vid Fria bad eller Råå vallar innan vi "
            "cyklar dit. Vi föreslår små solcellsdrivna sensorer vid några av stadens badplatser som mäter "
            "vattentemperaturen och publicerar den som öppna data och på stadens webbplats. Det är enkelt och "
            "billigt, men det visar invånarna vad sensordata kan göra i vardagen. Samma data kan dessutom vara "
            "användbara för den som följer algblomning och havsmiljö."
        ),
        "need": (
            "Badgästerna saknar aktuell information om vattentemperaturen, och staden har få konkreta exempel "
            "på öppna data som invånarna har nytta av i vardagen."
        ),
        "status": "submitted",
        "decline_reason": "",
        "submitted": "2026-06-02",
        "supporters": ["per", "mette", "fatima"],
        "comments": [
            {
                "author": "per",
                "body": "Bra och konkret. Vem sköter sensorerna på vintern, tas de in?",
                "replies": [
                    {
                        "author": "hanna",
                        "body": "Ja, de tas upp efter säsongen, kalibreras och sätts ut igen i maj.",
                    },
                ],
            },
            {
                "author": "mette",
                "body": "Det findes allerede i flere danske kommuner, og det bliver brugt flittigt. God idé!",
                "replies": [],
            },
        ],
    },
    {
        "key": "verktygsbibliotek-drottninghog",
        "author": "mohammed",
        "challenge": None,
        "areas": ["smarta-hallbara-stader"],
        "language": "sv",
        "title": "Ett verktygsbibliotek i källaren på Drottninghög",
        "description": (
            "Alla behöver en borrmaskin några gånger om året, men alla har inte råd att köpa en eller plats att "
            "förvara den. Vi föreslår ett verktygsbibliotek i en tom lokal på Drottninghög, där boende kan "
            "låna borrmaskiner, stegar, symaskiner och tält gratis. Föreningen kan ha öppet två kvällar i "
            "veckan, och verktygen kan komma från donationer och från företag. Det minskar konsumtionen och "
            "blir en mötesplats där grannar träffas och hjälper varandra."
        ),
        "need": (
            "Många boende saknar verktyg och utrustning för vardagliga behov, och det finns få naturliga "
            "mötesplatser mellan grannar."
        ),
        "status": "in_review",
        "decline_reason": "",
        "submitted": "2026-01-27",
        "supporters": ["fatima", "birgitta", "sara", "priya", "per"],
        "comments": [
            {
                "author": "per",
                "body": (
                    "Kanske har Helsingborgshem en lokal som står tom? Det vore ju bra för dem också om folk "
                    "kan fixa själva i lägenheterna."
                ),
                "replies": [
                    {
                        "author": "mohammed",
                        "body": "Vi har pratat med dem och de verkar positiva. Vi väntar på besked om en lokal.",
                    },
                ],
            },
            {
                "author": "birgitta",
                "body": (
                    "Finns det inte redan en Fritidsbank i stan där man lånar sportsaker? Kanske kan ni "
                    "samarbeta?"
                ),
                "replies": [
                    {"author": "mohammed", "body": "Bra tips, vi ska höra om de vill ha en filial hos oss."},
                ],
            },
        ],
    },
    {
        "key": "lattlasta-sammanfattningar-fullmaktige",
        "author": "oskar",
        "challenge": None,
        "areas": ["tech"],
        "language": "sv",
        "title": "Lättlästa sammanfattningar av kommunfullmäktiges möten",
        "description": (
            "Kommunfullmäktiges möten sänds och protokollen publiceras, men få invånare orkar läsa hundratals "
            "sidor handlingar. Vi föreslår att staden publicerar korta sammanfattningar på lättläst svenska "
            "och några andra språk efter varje möte, med vad som beslutades och vad det betyder för "
            "invånarna. En AI-assistent kan ta fram ett första utkast ur protokollet, men en redaktör på "
            "staden ska alltid granska texten innan den publiceras."
        ),
        "need": (
            "Invånarna har svårt att följa och förstå de politiska besluten, eftersom handlingarna är långa och "
            "skrivna på ett svårt språk."
        ),
        "status": "submitted",
        "decline_reason": "",
        "submitted": "2026-11-03",
        "supporters": ["priya", "ingrid"],
        "comments": [
            {
                "author": "ingrid",
                "body": (
                    "Bra att du betonar den mänskliga granskningen. Ett fel i en sammanfattning av ett "
                    "politiskt beslut kan skada förtroendet rejält."
                ),
                "replies": [
                    {
                        "author": "oskar",
                        "body": "Precis. Därför ser vi AI som ett stöd för redaktören, inte som avsändaren.",
                    },
                ],
            },
        ],
    },
]

OFFERS = [
    # ------------------------------------------------------------------ resurser-ur-avloppet
    {
        "challenge": "resurser-ur-avloppet",
        "person": "sara",
        "organisation": "kretsloppsteknik-ab",
        "contributions": ["competence", "time"],
        "message": (
            "Vi utvecklar utrustning för att återvinna kväve och fosfor ur avloppsvatten och har haft en "
            "pilotanläggning i drift på RecoLab i två år. Vi bidrar gärna med processkunskap och analyser när "
            "nya produkter eller affärsmodeller ska testas. Vi ställer också upp med tid i workshoppar med "
            "lantbrukare och andra tänkbara köpare."
        ),
        "contact_consent": True,
        "show_organisation": True,
    },
    {
        "challenge": "resurser-ur-avloppet",
        "person": "lars",
        "organisation": None,
        "contributions": ["test_site", "time"],
        "message": (
            "Jag har 140 hektar åker i Kattarp och kan avsätta ett par fält för försök med gödsel från RecoLab "
            "nästa säsong. Jag berättar också gärna för andra lantbrukare hur det har gått."
        ),
        "contact_consent": True,
        "show_organisation": False,
    },
    {
        "challenge": "resurser-ur-avloppet",
        "person": "tomasz",
        "organisation": "lunds-universitet",
        "contributions": ["competence", "data"],
        "message": (
            "Our research group in water resources engineering has several years of data on nutrient flows "
            "from source-separating systems in Sweden and Denmark. We can help design a programme for measuring "
            "the environmental benefits and involve master's students through thesis projects. In return we "
            "would welcome access to RecoLab's operational data for research."
        ),
        "contact_consent": True,
        "show_organisation": True,
    },
    # ------------------------------------------------------------------ mer-tid-for-barnen-i-forskolan
    {
        "challenge": "mer-tid-for-barnen-i-forskolan",
        "person": "oskar",
        "organisation": "nordvast-ai-ab",
        "contributions": ["competence", "time"],
        "message": (
            "Vi har utvecklat AI-stöd för dokumentation i offentlig sektor, med drift i Sverige och utan att "
            "kundernas data används för att träna modellerna. Vi bidrar gärna med kunskap om taligenkänning och "
            "dataskydd och kan avsätta två utvecklare under en testperiod på en eller två förskolor."
        ),
        "contact_consent": True,
        "show_organisation": True,
    },
    {
        "challenge": "mer-tid-for-barnen-i-forskolan",
        "person": "ingrid",
        "organisation": "campus-helsingborg",
        "contributions": ["competence", "time"],
        "message": (
            "På Campus Helsingborg gör studenterna i tjänstevetenskap och socialt arbete fältstudier varje "
            "termin. En grupp masterstudenter skulle kunna kartlägga hur tiden faktiskt används under en "
            "förskoledag, med observationer och intervjuer med pedagogerna. Jag handleder gärna ett sådant "
            "arbete."
        ),
        "contact_consent": True,
        "show_organisation": True,
    },
    {
        "challenge": "mer-tid-for-barnen-i-forskolan",
        "person": "david",
        "organisation": "mobile-heights",
        "contributions": ["competence"],
        "message": (
            "Mobile Heights runs an AI programme where public organisations meet companies and researchers "
            "working on the same problem. We could host a matchmaking session on admin tools for preschools, "
            "and I can facilitate a design sprint with the teachers myself."
        ),
        "contact_consent": True,
        "show_organisation": True,
    },
    # ------------------------------------------------------------------ trygghet-i-stadsdelarna
    {
        "challenge": "trygghet-i-stadsdelarna",
        "person": "mohammed",
        "organisation": "foreningen-tryggare-drottninghog",
        "contributions": ["time", "competence"],
        "message": (
            "Vi är ett trettiotal boende som nattvandrar och ordnar trygghetsvandringar på Drottninghög. Vi "
            "känner platserna och människorna och kan hjälpa till att nå boende som sällan svarar på stadens "
            "enkäter. Vi ställer gärna upp som testgrupp för nya lösningar."
        ),
        "contact_consent": True,
        "show_organisation": True,
    },
    {
        "challenge": "trygghet-i-stadsdelarna",
        "person": "hanna",
        "organisation": "oresund-sensor-ab",
        "contributions": ["competence", "data"],
        "message": (
            "Våra sensorer mäter ljusnivå och räknar anonymt hur många som passerar en plats, utan kameror och "
            "utan att samla in personuppgifter. Vi kan låna ut sensorer till ett par testplatser under en "
            "säsong och dela mätdata öppet med staden."
        ),
        "contact_consent": True,
        "show_organisation": True,
    },
    # ------------------------------------------------------------------ ofrivillig-ensamhet-bland-aldre
    {
        "challenge": "ofrivillig-ensamhet-bland-aldre",
        "person": "birgitta",
        "organisation": "pro-helsingborg",
        "contributions": ["time", "competence"],
        "message": (
            "PRO Helsingborg har många medlemmar som vill göra något för andra äldre. Vi kan vara besöksvänner, "
            "ringa regelbundna telefonsamtal och ta emot nya deltagare i våra studiecirklar och promenadgrupper. "
            "Vi vet också mycket om vad äldre själva tycker fungerar."
        ),
        "contact_consent": True,
        "show_organisation": True,
    },
    {
        "challenge": "ofrivillig-ensamhet-bland-aldre",
        "person": "mette",
        "organisation": "mindpark",
        "contributions": ["test_site"],
        "message": (
            "Mindpark har lokaler midt i byen, som står næsten tomme mange eftermiddage. Vi vil gerne lægge "
            "lokaler til et ugentligt møde mellem ældre og unge, for eksempel en sprogcafé eller mobilhjælp. "
            "Flere af vores medlemmer har også sagt, at de gerne vil være frivillige."
        ),
        "contact_consent": True,
        "show_organisation": True,
    },
    {
        "challenge": "ofrivillig-ensamhet-bland-aldre",
        "person": "priya",
        "organisation": None,
        "contributions": ["time"],
        "message": (
            "I'd like to volunteer one afternoon a week during the semester, for example at a language café "
            "or as a visiting friend. I speak English, Hindi and some Swedish."
        ),
        "contact_consent": True,
        "show_organisation": False,
    },
    # ------------------------------------------------------------------ energismarta-lokaler
    {
        "challenge": "energismarta-lokaler",
        "person": "hanna",
        "organisation": "oresund-sensor-ab",
        "contributions": ["competence", "data", "test_site"],
        "message": (
            "Vi mäter redan inomhusklimat och energi i flera av stadens skolor och kan hjälpa till att koppla "
            "ihop data från olika styrsystem via öppna gränssnitt. Vi kan också erbjuda vårt eget kontor i "
            "Oceanhamnen som testmiljö för behovsstyrd ventilation, och vi delar gärna våra analyser av var "
            "de största besparingarna finns."
        ),
        "contact_consent": True,
        "show_organisation": True,
    },
    {
        "challenge": "energismarta-lokaler",
        "person": "david",
        "organisation": "mobile-heights",
        "contributions": ["competence"],
        "message": (
            "Several of our member companies work with smart buildings and IoT. We can help you reach them "
            "through an open call and a pitch event at Parken. Please get in touch through Mobile Heights' "
            "general contact channels rather than with me personally."
        ),
        "contact_consent": False,
        "show_organisation": True,
    },
    # ------------------------------------------------------------------ tillganglig-kultur
    {
        "challenge": "tillganglig-kultur",
        "person": "jesper",
        "organisation": None,
        "contributions": ["time", "competence"],
        "message": (
            "Jeg er hørehæmmet og bruger selv teleslynge og tekstning i hverdagen. Jeg vil gerne teste nye "
            "løsninger på Dunkers eller biblioteket og give ærlig feedback. Jeg kan også skabe kontakt til en "
            "forening for hørehæmmede i Helsingør."
        ),
        "contact_consent": True,
        "show_organisation": False,
    },
    {
        "challenge": "tillganglig-kultur",
        "person": "oskar",
        "organisation": "nordvast-ai-ab",
        "contributions": ["competence"],
        "message": (
            "Vi kan bidra med automatisk taligenkänning på svenska för livetextning av föreläsningar och samtal, "
            "och med erfarenhet av att kombinera den med en skrivtolk som rättar i realtid. Vi är gärna med i "
            "ett test på Dunkers kulturhus."
        ),
        "contact_consent": True,
        "show_organisation": True,
    },
]
