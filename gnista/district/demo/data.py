"""Demo data for the innovation district: its profile, where the actors are and what the
hubs and clusters offer, more actors, the peer districts of the GIID network and the peer
sessions held with them.

Plain Python literals only. Swedish is the original text; English and Danish are
translations. Companies without a website are fictional; so are the associations
without one. Coordinates are (latitude, longitude); the boundary is GeoJSON, so its
points are [longitude, latitude].
"""

DISTRICT = {
    "name": {
        "sv": "Helsingborg Innovation District",
        "en": "Helsingborg Innovation District",
        "da": "Helsingborg Innovation District",
    },
    "description": {
        "sv": "En samverkansplattform och katalysator för innovation, forskning och utveckling, där näringsliv, "
              "akademi, offentlig sektor och civilsamhälle möts. Distriktet har fem hubbar och initierades av "
              "Helsingborgs stad, Lunds universitet, Region Skåne och Sydsvenska Industri- och "
              "Handelskammaren i samarbete med näringslivet.",
        "en": "A platform for collaboration and a catalyst for innovation, research and development, where "
              "business, academia, the public sector and civil society meet. The district has five hubs and "
              "was initiated by the City of Helsingborg, Lund University, Region Skåne and the Southern "
              "Sweden Chamber of Commerce together with the business community.",
        "da": "En samarbejdsplatform og katalysator for innovation, forskning og udvikling, hvor erhvervsliv, "
              "forskning, den offentlige sektor og civilsamfundet mødes. Distriktet har fem hubs og er "
              "taget initiativ til af Helsingborg Kommune, Lunds universitet, Region Skåne og Sydsvenska "
              "Industri- och Handelskammaren i samarbejde med erhvervslivet.",
    },
    "geography": {
        "sv": "Distriktet sträcker sig från Helsingborgs centralstation Knutpunkten genom den nya stadsdelen "
              "Oceanhamnen och Norra hamnen, söderut till Lunds universitets Campus Helsingborg vid "
              "Universitetsplatsen och vidare längs hamnen till testbädden RecoLab vid reningsverket "
              "Öresundsverket. Allt ligger inom tjugo minuters promenad från stationen.",
        "en": "The district runs from Helsingborg's central station, Knutpunkten, through the new Oceanhamnen "
              "neighbourhood and the North Harbour, south to Lund University's Campus Helsingborg at "
              "Universitetsplatsen and on along the harbour to the RecoLab test bed at the Öresundsverket "
              "treatment plant. Everything is within a twenty-minute walk of the station.",
        "da": "Distriktet strækker sig fra Helsingborgs hovedbanegård, Knutpunkten, gennem den nye bydel "
              "Oceanhamnen og Norra hamnen, sydpå til Lunds universitets Campus Helsingborg ved "
              "Universitetsplatsen og videre langs havnen til testmiljøet RecoLab ved renseanlægget "
              "Öresundsverket. Alt ligger inden for tyve minutters gang fra stationen.",
    },
    "actors": None,  # counted from the directory
    "students": 4000,
    "employees": 5500,
    "centre": (56.0395, 12.6925),
    "zoom": 14,
    "boundary": {
        "type": "Polygon",
        "coordinates": [
            [
                [12.6885, 56.0505],
                [12.6965, 56.0505],
                [12.6995, 56.0460],
                [12.7005, 56.0400],
                [12.6995, 56.0330],
                [12.6975, 56.0275],
                [12.6915, 56.0270],
                [12.6895, 56.0330],
                [12.6850, 56.0395],
                [12.6845, 56.0450],
                [12.6885, 56.0505],
            ]
        ],
    },
}

# Organisations added by the district's demo, beyond the portfolio's thirty.
ORGANISATIONS = [
    # --- The remaining cluster organisations of Clusters of Skåne ---
    {
        "slug": "media-evolution",
        "name": {"sv": "Media Evolution", "en": "Media Evolution", "da": "Media Evolution"},
        "sector": "business",
        "kind": "cluster",
        "description": {
            "sv": "Klusterorganisation för medie-, tech- och kreativa företag i södra Sverige, med säte i Malmö och "
                  "flera hundra medlemmar. Media Evolution driver nätverk, innovationsprojekt och mötesplatser om "
                  "hur digitaliseringen förändrar branscher och samhälle. En av klusterorganisationerna i "
                  "Clusters of Skåne.",
            "en": "A cluster organisation for media, tech and creative companies in southern Sweden, based in "
                  "Malmö with several hundred members. Media Evolution runs networks, innovation projects and "
                  "meeting places on how digitalisation changes industries and society. One of the cluster "
                  "organisations in Clusters of Skåne.",
            "da": "En klyngeorganisation for medie-, tech- og kreative virksomheder i Sydsverige med hjemsted i "
                  "Malmö og flere hundrede medlemmer. Media Evolution driver netværk, innovationsprojekter og "
                  "mødesteder om, hvordan digitaliseringen forandrer brancher og samfund. En af "
                  "klyngeorganisationerne i Clusters of Skåne.",
        },
        "website": "https://www.mediaevolution.se",
    },
    {
        "slug": "packbridge",
        "name": {"sv": "Packbridge", "en": "Packbridge", "da": "Packbridge"},
        "sector": "business",
        "kind": "cluster",
        "description": {
            "sv": "Klusterorganisation för förpackningsbranschen, som samlar varumärkesägare, "
                  "förpackningstillverkare, leverantörer och forskare kring hållbara och smarta förpackningar. "
                  "En av klusterorganisationerna i Clusters of Skåne.",
            "en": "A cluster organisation for the packaging industry that brings brand owners, packaging "
                  "manufacturers, suppliers and researchers together on sustainable and smart packaging. One of "
                  "the cluster organisations in Clusters of Skåne.",
            "da": "En klyngeorganisation for emballagebranchen, som samler brandejere, emballageproducenter, "
                  "leverandører og forskere om bæredygtig og intelligent emballage. En af "
                  "klyngeorganisationerne i Clusters of Skåne.",
        },
        "website": "https://www.packbridge.com",
    },
    {
        "slug": "iuc-syd",
        "name": {"sv": "IUC Syd", "en": "IUC Syd", "da": "IUC Syd"},
        "sector": "business",
        "kind": "cluster",
        "description": {
            "sv": "Syd Industriellt utvecklingscentrum är klusterorganisation för tillverkande företag i Skåne. "
                  "Den hjälper små och medelstora industriföretag att utveckla produktion, digitalisering och "
                  "kompetens. En av klusterorganisationerna i Clusters of Skåne.",
            "en": "Syd Industriellt utvecklingscentrum (the Southern Industrial Development Centre) is the cluster "
                  "organisation for manufacturing companies in Skåne. It helps small and medium-sized "
                  "manufacturers develop their production, digitalisation and skills. One of the cluster "
                  "organisations in Clusters of Skåne.",
            "da": "Syd Industriellt utvecklingscentrum er klyngeorganisation for fremstillingsvirksomheder i "
                  "Skåne. Den hjælper små og mellemstore industrivirksomheder med at udvikle produktion, "
                  "digitalisering og kompetencer. En af klyngeorganisationerne i Clusters of Skåne.",
        },
        "website": "",
    },
    # --- Public sector ---
    {
        "slug": "oresundskraft",
        "name": {"sv": "Öresundskraft", "en": "Öresundskraft", "da": "Öresundskraft"},
        "sector": "public",
        "kind": "company",
        "description": {
            "sv": "Helsingborgs stads energibolag, som levererar el, fjärrvärme, fjärrkyla, gas och bredband i "
                  "nordvästra Skåne. Bolaget testar bland annat energilager och smarta elnät tillsammans med "
                  "företag och forskare.",
            "en": "The City of Helsingborg's energy company, supplying electricity, district heating and "
                  "cooling, gas and broadband in north-west Skåne. Among other things it tests energy storage "
                  "and smart grids together with companies and researchers.",
            "da": "Helsingborg Kommunes energiselskab, som leverer el, fjernvarme, fjernkøling, gas og "
                  "bredbånd i det nordvestlige Skåne. Selskabet afprøver blandt andet energilagring og "
                  "intelligente elnet sammen med virksomheder og forskere.",
        },
        "website": "https://www.oresundskraft.se",
    },
    {
        "slug": "dunkers-kulturhus",
        "name": {"sv": "Dunkers kulturhus", "en": "Dunkers kulturhus", "da": "Dunkers kulturhus"},
        "sector": "public",
        "kind": "other",
        "description": {
            "sv": "Stadens kulturhus vid Norra hamnen, med konst- och kulturhistoriska utställningar, "
                  "scenkonst, konstskola och ett öppet verkstadsrum. Kulturhuset är ofta värd för publika "
                  "samtal och workshoppar om stadens utveckling.",
            "en": "The city's arts centre by the North Harbour, with art and cultural history exhibitions, "
                  "performing arts, an art school and an open workshop. It often hosts public talks and "
                  "workshops on the city's development.",
            "da": "Byens kulturhus ved Norra hamnen med kunst- og kulturhistoriske udstillinger, scenekunst, "
                  "kunstskole og et åbent værksted. Kulturhuset er ofte vært for offentlige samtaler og "
                  "workshops om byens udvikling.",
        },
        "website": "https://dunkerskulturhus.se",
    },
    # --- Academia ---
    {
        "slug": "service-management-lu",
        "name": {
            "sv": "Institutionen för service management och tjänstevetenskap",
            "en": "Department of Service Management and Service Studies",
            "da": "Institutionen för service management och tjänstevetenskap",
        },
        "sector": "academia",
        "kind": "university",
        "description": {
            "sv": "Lunds universitets institution på Campus Helsingborg för forskning och utbildning om tjänster, "
                  "detaljhandel, turism och digitalisering. Forskarna arbetar ofta med företag och staden, "
                  "bland annat om hur nya digitala tjänster tas emot av invånarna.",
            "en": "Lund University's department at Campus Helsingborg for research and teaching on services, "
                  "retail, tourism and digitalisation. Its researchers often work with companies and the city, "
                  "for example on how residents take up new digital services.",
            "da": "Lunds universitets institut på Campus Helsingborg for forskning og undervisning i "
                  "serviceydelser, detailhandel, turisme og digitalisering. Forskerne arbejder ofte sammen med "
                  "virksomheder og kommunen, blandt andet om hvordan borgerne tager imod nye digitale "
                  "tjenester.",
        },
        "website": "https://www.ism.lu.se",
    },
    # --- Companies (fictional) ---
    {
        "slug": "hamnljus-ab",
        "name": {"sv": "Hamnljus AB", "en": "Hamnljus AB", "da": "Hamnljus AB"},
        "sector": "business",
        "kind": "company",
        "description": {
            "sv": "Utvecklar belysning för gator och torg som anpassar sig efter hur platsen används, med "
                  "sensorer som räknar förbipasserande utan att spara bilder. Företaget startade på HETCH och "
                  "har testat sin belysning längs kajerna i Oceanhamnen.",
            "en": "Develops street and square lighting that adapts to how a place is used, with sensors that "
                  "count passers-by without storing images. The company started at HETCH and has tested its "
                  "lighting along the quays of Oceanhamnen.",
            "da": "Udvikler belysning til gader og pladser, der tilpasser sig, hvordan stedet bruges, med "
                  "sensorer, som tæller forbipasserende uden at gemme billeder. Virksomheden startede på HETCH "
                  "og har afprøvet sin belysning langs kajerne i Oceanhamnen.",
        },
        "website": "",
    },
    {
        "slug": "kajplats-robotics-ab",
        "name": {"sv": "Kajplats Robotics AB", "en": "Kajplats Robotics AB", "da": "Kajplats Robotics AB"},
        "sector": "business",
        "kind": "company",
        "description": {
            "sv": "Bygger självkörande robotar för intern logistik i lager, hamnar och industri. Företaget "
                  "samarbetar med tillverkande företag i nordvästra Skåne och med logistikforskare på Campus "
                  "Helsingborg.",
            "en": "Builds self-driving robots for internal logistics in warehouses, ports and factories. The "
                  "company works with manufacturers in north-west Skåne and with logistics researchers at "
                  "Campus Helsingborg.",
            "da": "Bygger selvkørende robotter til intern logistik på lagre, i havne og i industrien. "
                  "Virksomheden samarbejder med fremstillingsvirksomheder i det nordvestlige Skåne og med "
                  "logistikforskere på Campus Helsingborg.",
        },
        "website": "",
    },
    {
        "slug": "pixelhamnen-ab",
        "name": {"sv": "Pixelhamnen AB", "en": "Pixelhamnen AB", "da": "Pixelhamnen AB"},
        "sector": "business",
        "kind": "company",
        "description": {
            "sv": "En spelstudio som gör utbildningsspel och VR-övningar, bland annat för personal i vård och "
                  "omsorg som tränar på att hantera hotfulla situationer. Studion har tagit fram flera övningar "
                  "tillsammans med stadens förvaltningar.",
            "en": "A games studio that makes learning games and VR exercises, among them training for health "
                  "and care staff in handling threatening situations. The studio has developed several "
                  "exercises together with the city's administrations.",
            "da": "Et spilstudie, der laver læringsspil og VR-øvelser, blandt andet til personale i sundhed og "
                  "omsorg, som træner håndtering af truende situationer. Studiet har udviklet flere øvelser "
                  "sammen med kommunens forvaltninger.",
        },
        "website": "",
    },
    {
        "slug": "sundsvik-foodtech-ab",
        "name": {"sv": "Sundsvik Foodtech AB", "en": "Sundsvik Foodtech AB", "da": "Sundsvik Foodtech AB"},
        "sector": "business",
        "kind": "company",
        "description": {
            "sv": "Tar fram växtbaserade livsmedelsingredienser ur restprodukter från bagerier och bryggerier i "
                  "regionen. Företaget utvecklar också förpackningar som förlänger hållbarheten utan plast.",
            "en": "Produces plant-based food ingredients from by-products of the region's bakeries and "
                  "breweries. The company also develops packaging that extends shelf life without plastic.",
            "da": "Fremstiller plantebaserede fødevareingredienser af restprodukter fra regionens bagerier og "
                  "bryggerier. Virksomheden udvikler også emballage, der forlænger holdbarheden uden plast.",
        },
        "website": "",
    },
    {
        "slug": "vagbrytaren-design-ab",
        "name": {"sv": "Vågbrytaren Design AB", "en": "Vågbrytaren Design AB", "da": "Vågbrytaren Design AB"},
        "sector": "business",
        "kind": "company",
        "description": {
            "sv": "En tjänstedesignbyrå som hjälper kommuner, regioner och företag att utforma digitala "
                  "tjänster tillsammans med dem som ska använda dem. Byrån leder ofta workshoppar i stadens "
                  "innovationsprojekt.",
            "en": "A service design agency that helps municipalities, regions and companies design digital "
                  "services together with the people who will use them. It often leads workshops in the city's "
                  "innovation projects.",
            "da": "Et servicedesignbureau, der hjælper kommuner, regioner og virksomheder med at udforme "
                  "digitale tjenester sammen med dem, der skal bruge dem. Bureauet leder ofte workshops i "
                  "kommunens innovationsprojekter.",
        },
        "website": "",
    },
    {
        "slug": "omtanke-teknik-ab",
        "name": {"sv": "Omtanke Teknik AB", "en": "Omtanke Teknik AB", "da": "Omtanke Teknik AB"},
        "sector": "business",
        "kind": "company",
        "description": {
            "sv": "Utvecklar välfärdsteknik för hemtjänst och särskilt boende, som digital tillsyn och "
                  "planering av besök. Företaget testar sina lösningar tillsammans med vård- och "
                  "omsorgsförvaltningen i Helsingborg.",
            "en": "Develops welfare technology for home care and care homes, such as remote supervision and visit "
                  "planning. The company tests its solutions together with Helsingborg's health and social care "
                  "administration.",
            "da": "Udvikler velfærdsteknologi til hjemmepleje og plejeboliger, for eksempel digitalt tilsyn og "
                  "planlægning af besøg. Virksomheden afprøver sine løsninger sammen med vård- och "
                  "omsorgsförvaltningen i Helsingborg.",
        },
        "website": "",
    },
    {
        "slug": "aterbrukade-byggdelar-ab",
        "name": {
            "sv": "Återbrukade Byggdelar AB",
            "en": "Återbrukade Byggdelar AB",
            "da": "Återbrukade Byggdelar AB",
        },
        "sector": "business",
        "kind": "company",
        "description": {
            "sv": "Tar tillvara dörrar, fönster, stålbalkar och tegel från rivningar och säljer dem vidare med "
                  "dokumenterad kvalitet. Företaget samarbetar med byggherrar i Oceanhamnen om att bygga med "
                  "återbrukat material.",
            "en": "Salvages doors, windows, steel beams and bricks from demolitions and resells them with "
                  "documented quality. The company works with developers in Oceanhamnen on building with "
                  "reused materials.",
            "da": "Tager døre, vinduer, stålbjælker og mursten fra nedrivninger til genbrug og sælger dem videre "
                  "med dokumenteret kvalitet. Virksomheden samarbejder med bygherrer i Oceanhamnen om at bygge "
                  "med genbrugte materialer.",
        },
        "website": "",
    },
    {
        "slug": "kristallsund-materialanalys-ab",
        "name": {
            "sv": "Kristallsund Materialanalys AB",
            "en": "Kristallsund Materialanalys AB",
            "da": "Kristallsund Materialanalys AB",
        },
        "sector": "business",
        "kind": "company",
        "description": {
            "sv": "Hjälper industriföretag att analysera material vid forskningsanläggningarna MAX IV och ESS i "
                  "Lund, från att formulera frågan till att tolka mätdata. Kunderna är främst tillverkande "
                  "företag i nordvästra Skåne.",
            "en": "Helps manufacturers analyse materials at the MAX IV and ESS research facilities in Lund, from "
                  "framing the question to interpreting the data. Its customers are mainly manufacturing "
                  "companies in north-west Skåne.",
            "da": "Hjælper industrivirksomheder med at analysere materialer på forskningsanlæggene MAX IV og ESS "
                  "i Lund, fra at formulere spørgsmålet til at tolke måledata. Kunderne er primært "
                  "fremstillingsvirksomheder i det nordvestlige Skåne.",
        },
        "website": "",
    },
    # --- Civil society (fictional) ---
    {
        "slug": "makerspace-helsingborg",
        "name": {
            "sv": "Föreningen Makerspace Helsingborg",
            "en": "Föreningen Makerspace Helsingborg",
            "da": "Föreningen Makerspace Helsingborg",
        },
        "sector": "civil_society",
        "kind": "association",
        "description": {
            "sv": "En ideell förening med en öppen verkstad för elektronik, 3D-skrivare och laserskärare. "
                  "Medlemmarna håller kurser för nybörjare och bygger prototyper tillsammans med start-ups i "
                  "distriktet.",
            "en": "A non-profit association with an open workshop for electronics, 3D printers and laser "
                  "cutters. Its members teach beginners' courses and build prototypes together with the "
                  "district's start-ups.",
            "da": "En frivillig forening med et åbent værksted med elektronik, 3D-printere og laserskærere. "
                  "Medlemmerne holder kurser for begyndere og bygger prototyper sammen med distriktets "
                  "startups.",
        },
        "website": "",
    },
    {
        "slug": "campus-entreprenorerna",
        "name": {
            "sv": "Studentföreningen Campus Entreprenörerna",
            "en": "Studentföreningen Campus Entreprenörerna",
            "da": "Studentföreningen Campus Entreprenörerna",
        },
        "sector": "civil_society",
        "kind": "association",
        "description": {
            "sv": "En studentförening på Campus Helsingborg för studenter som vill starta företag eller arbeta "
                  "med innovation. Föreningen ordnar idétävlingar, företagsbesök och mentorsträffar med "
                  "entreprenörer i distriktet.",
            "en": "A student association at Campus Helsingborg for students who want to start a company or work "
                  "with innovation. It organises idea competitions, company visits and mentoring meetings with "
                  "entrepreneurs in the district.",
            "da": "En studenterforening på Campus Helsingborg for studerende, der vil starte virksomhed eller "
                  "arbejde med innovation. Foreningen arrangerer idékonkurrencer, virksomhedsbesøg og "
                  "mentormøder med iværksættere i distriktet.",
        },
        "website": "",
    },
    {
        "slug": "levande-oceanhamnen",
        "name": {
            "sv": "Föreningen Levande Oceanhamnen",
            "en": "Föreningen Levande Oceanhamnen",
            "da": "Föreningen Levande Oceanhamnen",
        },
        "sector": "civil_society",
        "kind": "association",
        "description": {
            "sv": "En förening för boende och verksamma i Oceanhamnen som vill göra stadsdelen levande och "
                  "hållbar. Föreningen deltar i stadens tester av källsortering, delade cyklar och nya "
                  "mötesplatser vid kajen.",
            "en": "An association for people who live and work in Oceanhamnen and want to make the "
                  "neighbourhood lively and sustainable. It takes part in the city's tests of source "
                  "separation, shared bikes and new meeting places on the quay.",
            "da": "En forening for beboere og erhvervsdrivende i Oceanhamnen, som vil gøre bydelen levende og "
                  "bæredygtig. Foreningen deltager i kommunens forsøg med kildesortering, delecykler og nye "
                  "mødesteder ved kajen.",
        },
        "website": "",
    },
]

# Where each actor is, what it offers and its figures in the district. Organisations of
# the portfolio's demo are matched by slug; only these fields of theirs are set.
HETCH = "Norra Kyrkogatan 1, Helsingborg"
MINDPARK = "Bredgatan 11, Helsingborg"
CAMPUS = "Universitetsplatsen 2, Helsingborg"
RECOLAB = "Öresundsverket, Sydhamnen, Helsingborg"
PARKEN = "Oceanpiren 2, Oceanhamnen, Helsingborg"

PLACES = {
    # --- The five hubs ---
    "hetch": {
        "address": HETCH,
        "location": (56.04672, 12.69478),
        "employees": 35,
        "services": {
            "sv": "Arbetsplatser och kontor för start-ups och scaleups, inkubator- och accelerationsprogram, "
                  "programmet Techship för unga entreprenörer, frukostmöten varje vecka, mentorer från "
                  "näringslivet och kontakt med investerare.",
            "en": "Desks and offices for start-ups and scale-ups, incubation and acceleration programmes, the "
                  "Techship programme for young entrepreneurs, weekly breakfast meetings, mentors from business "
                  "and introductions to investors.",
            "da": "Arbejdspladser og kontorer til startups og scaleups, inkubator- og accelerationsprogrammer, "
                  "programmet Techship for unge iværksættere, morgenmøder hver uge, mentorer fra erhvervslivet "
                  "og kontakt til investorer.",
        },
    },
    "mindpark": {
        "address": MINDPARK,
        "location": (56.04745, 12.69305),
        "employees": 60,
        "services": {
            "sv": "Coworking, flexplatser och egna kontorsrum, mötesrum och konferenslokaler med scen, ett kafé "
                  "och ett aktivt community med kunskapsluncher, after work och investerarluncher.",
            "en": "Coworking, hot desks and private offices, meeting rooms and conference spaces with a stage, a "
                  "café and an active community with lunch talks, after-work events and investor lunches.",
            "da": "Coworking, flekspladser og egne kontorer, mødelokaler og konferencelokaler med scene, en café "
                  "og et aktivt fællesskab med frokostforedrag, afterwork og investorfrokoster.",
        },
    },
    "campus-helsingborg": {
        "address": CAMPUS,
        "location": (56.03968, 12.69628),
        "students": 4000,
        "employees": 300,
        "services": {
            "sv": "Utbildningar och forskning inom bland annat tjänstevetenskap, strategisk kommunikation, "
                  "logistik, socialt arbete och teknik; examensarbeten och praktik tillsammans med företag och "
                  "staden; öppna föreläsningar; ett samverkanskontor som hjälper företag och organisationer att "
                  "hitta rätt forskare.",
            "en": "Degree programmes and research in fields such as service studies, strategic communication, "
                  "logistics, social work and engineering; degree projects and internships with companies and "
                  "the city; open lectures; a collaboration office that helps companies and organisations find "
                  "the right researchers.",
            "da": "Uddannelser og forskning inden for blandt andet servicestudier, strategisk kommunikation, "
                  "logistik, socialt arbejde og teknik; specialer og praktik sammen med virksomheder og "
                  "kommunen; åbne forelæsninger; et samarbejdskontor, der hjælper virksomheder og "
                  "organisationer med at finde de rette forskere.",
        },
    },
    "recolab": {
        "address": RECOLAB,
        "location": (56.03005, 12.69395),
        "services": {
            "sv": "En testbädd i full skala för teknik som återvinner vatten, näring och energi ur avloppsvatten "
                  "och matavfall; pilothall och provtagning för företag och forskare; stöd av NSVA:s "
                  "drifttekniker; visningar för grupper.",
            "en": "A full-scale test bed for technology that recovers water, nutrients and energy from "
                  "wastewater and food waste; a pilot hall and sampling for companies and researchers; support "
                  "from NSVA's operators; guided tours for groups.",
            "da": "Et testmiljø i fuld skala for teknologi, der genvinder vand, næringsstoffer og energi fra "
                  "spildevand og madaffald; pilothal og prøvetagning for virksomheder og forskere; støtte fra "
                  "NSVA's driftsteknikere; rundvisninger for grupper.",
        },
    },
    "parken": {
        "address": PARKEN,
        "location": (56.04235, 12.68885),
        "employees": 40,
        "services": {
            "sv": "Stadens avdelning för innovation och transformation; en öppen mötesplats och verkstad för "
                  "workshoppar; stöd med stadens innovationsmodell, innovationsfonden och nationell och "
                  "europeisk finansiering; stadens verksamheter som testbädd för nya lösningar.",
            "en": "The city's department for innovation and transformation; an open meeting place and workshop "
                  "space; support with the city's innovation model, the innovation fund and national and "
                  "European funding; the city's services as a test bed for new solutions.",
            "da": "Kommunens afdeling for innovation og transformation; et åbent mødested og værksted til "
                  "workshops; støtte til kommunens innovationsmodel, innovationsfonden og national og europæisk "
                  "finansiering; kommunens institutioner som testmiljø for nye løsninger.",
        },
    },
    # --- The cluster organisations (outside the district, so no map point) ---
    "livsmedelsakademin": {
        "address": "Lund",
        "services": {
            "sv": "Nätverk för företag i livsmedelskedjan, innovationsprojekt, matchning mellan företag och "
                  "forskare, kompetensinsatser och stöd att söka finansiering.",
            "en": "Networks for companies along the food chain, innovation projects, matchmaking between "
                  "companies and researchers, skills programmes and help with applying for funding.",
            "da": "Netværk for virksomheder i fødevarekæden, innovationsprojekter, matchmaking mellem "
                  "virksomheder og forskere, kompetenceudvikling og hjælp til at søge finansiering.",
        },
    },
    "medicon-valley-alliance": {
        "address": "Medicon Village, Lund",
        "services": {
            "sv": "Medlemsnätverk och temagrupper för life science, evenemang på båda sidor om Öresund, "
                  "omvärldsanalys och hjälp att hitta samarbetspartner i Greater Copenhagen.",
            "en": "A member network and theme groups for life science, events on both sides of the Öresund, "
                  "market intelligence and help finding partners in Greater Copenhagen.",
            "da": "Medlemsnetværk og temagrupper for life science, arrangementer på begge sider af Øresund, "
                  "omverdensanalyse og hjælp til at finde samarbejdspartnere i Greater Copenhagen.",
        },
    },
    "mobile-heights": {
        "address": "Ideon Science Park, Lund",
        "services": {
            "sv": "Innovationsprogram inom uppkoppling, AI och cybersäkerhet, matchning mellan företag och "
                  "offentliga beställare, testmiljöer och utvecklingsprogram för tillväxtföretag.",
            "en": "Innovation programmes on connectivity, AI and cyber security, matchmaking between companies "
                  "and public buyers, test environments and development programmes for growth companies.",
            "da": "Innovationsprogrammer inden for konnektivitet, AI og cybersikkerhed, matchmaking mellem "
                  "virksomheder og offentlige indkøbere, testmiljøer og udviklingsprogrammer for "
                  "vækstvirksomheder.",
        },
    },
    "sustainable-business-hub": {
        "address": "Malmö",
        "services": {
            "sv": "Projektutveckling inom miljöteknik och cirkulär ekonomi, affärsmatchning mellan företag och "
                  "kommuner, exportprogram och stöd att söka EU-finansiering.",
            "en": "Project development in clean technology and the circular economy, business matchmaking "
                  "between companies and municipalities, export programmes and help with applying for EU "
                  "funding.",
            "da": "Projektudvikling inden for miljøteknologi og cirkulær økonomi, forretningsmatchmaking mellem "
                  "virksomheder og kommuner, eksportprogrammer og hjælp til at søge EU-midler.",
        },
    },
    "media-evolution": {
        "address": "Media Evolution City, Stora Varvsgatan 6A, Malmö",
        "services": {
            "sv": "Medlemsnätverk för medie-, tech- och kreativa företag, konferenser och träffar, "
                  "innovationsprojekt och kontorsplatser i Media Evolution City i Malmö.",
            "en": "A member network for media, tech and creative companies, conferences and meet-ups, "
                  "innovation projects and office space at Media Evolution City in Malmö.",
            "da": "Medlemsnetværk for medie-, tech- og kreative virksomheder, konferencer og møder, "
                  "innovationsprojekter og kontorpladser i Media Evolution City i Malmö.",
        },
    },
    "packbridge": {
        "address": "Malmö",
        "services": {
            "sv": "Innovationsprojekt och nätverksträffar om hållbara förpackningar, stöd att ta fram och testa "
                  "prototyper och kontakter i hela värdekedjan från råvara till återvinning.",
            "en": "Innovation projects and network meetings on sustainable packaging, help with developing and "
                  "testing prototypes and contacts along the value chain from raw material to recycling.",
            "da": "Innovationsprojekter og netværksmøder om bæredygtig emballage, hjælp til at udvikle og teste "
                  "prototyper og kontakter i hele værdikæden fra råvare til genanvendelse.",
        },
    },
    "iuc-syd": {
        "address": "Malmö",
        "services": {
            "sv": "Utvecklingsprogram för små och medelstora tillverkande företag, produktionsanalyser, stöd med "
                  "digitalisering och automation samt kompetensutveckling för industrin.",
            "en": "Development programmes for small and medium-sized manufacturers, production analyses, help "
                  "with digitalisation and automation, and skills development for industry.",
            "da": "Udviklingsprogrammer for små og mellemstore fremstillingsvirksomheder, produktionsanalyser, "
                  "hjælp til digitalisering og automatisering samt kompetenceudvikling for industrien.",
        },
    },
    # --- Others of the portfolio's demo ---
    "hbg-works": {
        "address": PARKEN,
        "location": (56.04242, 12.68898),
        "services": {
            "sv": "Stöd för medarbetare och idébärare att ta en idé från test till uppskalning: coacher, "
                  "designers och utvecklare, snabba tester i stadens verksamheter och demodagar.",
            "en": "Support for staff and idea owners in taking an idea from test to scale-up: coaches, designers "
                  "and developers, quick tests in the city's services and demo days.",
            "da": "Støtte til medarbejdere og idéhavere, der vil føre en idé fra forsøg til opskalering: coaches, "
                  "designere og udviklere, hurtige forsøg i kommunens institutioner og demodage.",
        },
    },
    "nsva": {"address": RECOLAB, "location": (56.03020, 12.69370), "employees": 45},
    "kretsloppsteknik-ab": {"address": RECOLAB, "location": (56.02995, 12.69420), "employees": 9},
    "nordvast-ai-ab": {"address": MINDPARK, "location": (56.04750, 12.69320), "employees": 18},
    "oresund-sensor-ab": {"address": MINDPARK, "location": (56.04738, 12.69292), "employees": 12},
    # --- The organisations added above ---
    "oresundskraft": {
        "address": "Västra Sandgatan 4, Helsingborg",
        "location": (56.04255, 12.69565),
        "employees": 420,
    },
    "dunkers-kulturhus": {
        "address": "Kungsgatan 11, Helsingborg",
        "location": (56.04880, 12.69215),
        "employees": 70,
        "services": {
            "sv": "Utställningar, scenkonst och en konstskola; lokaler för publika samtal och workshoppar; en "
                  "öppen verkstad för barn och vuxna.",
            "en": "Exhibitions, performing arts and an art school; rooms for public talks and workshops; an open "
                  "workshop for children and adults.",
            "da": "Udstillinger, scenekunst og en kunstskole; lokaler til offentlige samtaler og workshops; et "
                  "åbent værksted for børn og voksne.",
        },
    },
    "service-management-lu": {"address": CAMPUS, "location": (56.03955, 12.69645)},
    "hamnljus-ab": {"address": HETCH, "location": (56.04680, 12.69490), "employees": 14},
    "kajplats-robotics-ab": {"address": HETCH, "location": (56.04665, 12.69465), "employees": 22},
    "pixelhamnen-ab": {"address": HETCH, "location": (56.04660, 12.69495), "employees": 26},
    "sundsvik-foodtech-ab": {"address": MINDPARK, "location": (56.04755, 12.69290), "employees": 11},
    "vagbrytaren-design-ab": {"address": MINDPARK, "location": (56.04735, 12.69318), "employees": 17},
    "omtanke-teknik-ab": {"address": PARKEN, "location": (56.04228, 12.68875), "employees": 9},
    "aterbrukade-byggdelar-ab": {
        "address": "Sydhamnsgatan 3, Helsingborg",
        "location": (56.03640, 12.69410),
        "employees": 12,
    },
    "kristallsund-materialanalys-ab": {"address": CAMPUS, "location": (56.03975, 12.69610), "employees": 7},
    "makerspace-helsingborg": {
        "address": HETCH,
        "location": (56.04685, 12.69460),
        "services": {
            "sv": "Öppen verkstad med 3D-skrivare, laserskärare och elektronikbänk, nybörjarkurser och hjälp "
                  "att bygga prototyper.",
            "en": "An open workshop with 3D printers, a laser cutter and an electronics bench, beginners' courses "
                  "and help with building prototypes.",
            "da": "Åbent værksted med 3D-printere, laserskærer og elektronikbænk, begynderkurser og hjælp til "
                  "at bygge prototyper.",
        },
    },
    "campus-entreprenorerna": {"address": CAMPUS, "location": (56.03980, 12.69640)},
    "levande-oceanhamnen": {"address": "Oceanhamnen, Helsingborg", "location": (56.04300, 12.68780)},
}

# Hub memberships (hub slug: member slugs).
HUBS = {
    "mindpark": [
        "nordvast-ai-ab",
        "oresund-sensor-ab",
        "sydsvenska-handelskammaren",
        "sundsvik-foodtech-ab",
        "vagbrytaren-design-ab",
    ],
    "hetch": [
        "ungdomsforeningen-spiran",
        "hamnljus-ab",
        "kajplats-robotics-ab",
        "pixelhamnen-ab",
        "makerspace-helsingborg",
    ],
    "campus-helsingborg": [
        "lunds-universitet",
        "service-management-lu",
        "kristallsund-materialanalys-ab",
        "campus-entreprenorerna",
    ],
    "recolab": ["nsva", "kretsloppsteknik-ab"],
    "parken": [
        "hbg-works",
        "foreningen-tryggare-drottninghog",
        "pro-helsingborg",
        "omtanke-teknik-ab",
        "levande-oceanhamnen",
    ],
}

# Cluster memberships (cluster slug: member slugs).
CLUSTERS = {
    "mobile-heights": ["nordvast-ai-ab", "oresund-sensor-ab", "mindpark", "hamnljus-ab", "kajplats-robotics-ab"],
    "sustainable-business-hub": [
        "kretsloppsteknik-ab",
        "nsva",
        "helsingborgshem",
        "oresundskraft",
        "aterbrukade-byggdelar-ab",
        "recolab",
    ],
    "medicon-valley-alliance": ["lunds-universitet", "region-skane", "omtanke-teknik-ab"],
    "livsmedelsakademin": ["lunds-universitet", "sundsvik-foodtech-ab"],
    "media-evolution": ["pixelhamnen-ab", "vagbrytaren-design-ab", "hetch"],
    "packbridge": ["sundsvik-foodtech-ab"],
    "iuc-syd": ["kajplats-robotics-ab", "kristallsund-materialanalys-ab"],
}

# Specialisation areas (organisation slug: area slugs).
AREAS = {
    "nordvast-ai-ab": ["tech"],
    "oresund-sensor-ab": ["tech", "smarta-hallbara-stader"],
    "kretsloppsteknik-ab": ["smarta-hallbara-stader", "avancerade-material"],
    "lunds-universitet": ["life-science-halsa", "tech", "ess-max-iv-science-village"],
    "nsva": ["smarta-hallbara-stader"],
    "mobile-heights": ["tech"],
    "sustainable-business-hub": ["smarta-hallbara-stader"],
    "medicon-valley-alliance": ["life-science-halsa"],
    "livsmedelsakademin": ["livsmedel"],
    "media-evolution": ["tech"],
    "packbridge": ["livsmedel", "avancerade-material"],
    "iuc-syd": ["avancerade-material"],
    "recolab": ["smarta-hallbara-stader"],
    "campus-helsingborg": ["tech", "life-science-halsa"],
    "hetch": ["tech"],
    "parken": ["smarta-hallbara-stader", "life-science-halsa"],
    "oresundskraft": ["smarta-hallbara-stader"],
    "service-management-lu": ["tech"],
    "hamnljus-ab": ["tech", "smarta-hallbara-stader"],
    "kajplats-robotics-ab": ["avancerade-material", "tech"],
    "pixelhamnen-ab": ["tech", "life-science-halsa"],
    "sundsvik-foodtech-ab": ["livsmedel"],
    "vagbrytaren-design-ab": ["tech"],
    "omtanke-teknik-ab": ["life-science-halsa", "tech"],
    "aterbrukade-byggdelar-ab": ["avancerade-material", "smarta-hallbara-stader"],
    "kristallsund-materialanalys-ab": ["avancerade-material", "ess-max-iv-science-village"],
    "makerspace-helsingborg": ["tech"],
    "levande-oceanhamnen": ["smarta-hallbara-stader"],
}

# ------------------------------------------------------------------ peer districts

THEMES = [
    {
        "slug": "start-ups",
        "name": {"sv": "Start-ups", "en": "Start-ups", "da": "Startups"},
        "description": {
            "sv": "Hur distrikten stödjer grundare och unga företag: inkubatorer, kapital, lokaler och de första "
                  "kunderna.",
            "en": "How districts support founders and young companies: incubators, capital, premises and the "
                  "first customers.",
            "da": "Hvordan distrikterne støtter stiftere og unge virksomheder: inkubatorer, kapital, lokaler og "
                  "de første kunder.",
        },
    },
    {
        "slug": "critical-mass",
        "name": {"sv": "Kritisk massa", "en": "Critical mass", "da": "Kritisk masse"},
        "description": {
            "sv": "Hur ett mindre distrikt samlar tillräckligt många aktörer, människor och aktiviteter på en "
                  "plats för att samarbetet ska bära sig självt.",
            "en": "How a smaller district gathers enough actors, people and activity in one place for "
                  "collaboration to sustain itself.",
            "da": "Hvordan et mindre distrikt samler tilstrækkeligt mange aktører, mennesker og aktiviteter ét "
                  "sted til, at samarbejdet kan bære sig selv.",
        },
    },
    {
        "slug": "talent",
        "name": {"sv": "Talang", "en": "Talent", "da": "Talent"},
        "description": {
            "sv": "Hur distrikten lockar till sig, utbildar och behåller studenter, forskare och specialister.",
            "en": "How districts attract, train and keep students, researchers and specialists.",
            "da": "Hvordan distrikterne tiltrækker, uddanner og fastholder studerende, forskere og "
                  "specialister.",
        },
    },
    {
        "slug": "social-inclusion",
        "name": {"sv": "Social inkludering", "en": "Social inclusion", "da": "Social inklusion"},
        "description": {
            "sv": "Hur distriktet kan gynna fler än dem som redan arbetar där: lokal rekrytering, öppna "
                  "mötesplatser och samarbete med stadsdelarna runt omkring.",
            "en": "How a district can benefit more people than those who already work there: local hiring, open "
                  "meeting places and work with the surrounding neighbourhoods.",
            "da": "Hvordan distriktet kan gavne flere end dem, der allerede arbejder der: lokal rekruttering, "
                  "åbne mødesteder og samarbejde med de omkringliggende bydele.",
        },
    },
]

PEER_DISTRICTS = [
    # --- Members of the Global Institute for Innovation Districts network ---
    {
        "slug": "cleveland-health-tech-corridor",
        "name": {
            "sv": "Cleveland Health-Tech Corridor",
            "en": "Cleveland Health-Tech Corridor",
            "da": "Cleveland Health-Tech Corridor",
        },
        "city": "Cleveland",
        "country": "USA",
        "relation": "member",
        "website": "https://www.healthtechcorridor.com",
        "location": (41.50300, -81.66200),
        "themes": ["social-inclusion", "start-ups"],
        "description": {
            "sv": "Ett stråk längs Euclid Avenue mellan centrala Cleveland och stadens sjukhus och universitet, "
                  "med företag inom medicinteknik, hälsa och IT. Distriktet arbetar med att grannskapen längs "
                  "stråket ska få del av jobben.",
            "en": "A corridor along Euclid Avenue between downtown Cleveland and the city's hospitals and "
                  "universities, with companies in medical technology, health and IT. The district works to "
                  "bring jobs to the neighbourhoods along the corridor.",
            "da": "Et strøg langs Euclid Avenue mellem det centrale Cleveland og byens hospitaler og "
                  "universiteter med virksomheder inden for medicoteknik, sundhed og IT. Distriktet arbejder "
                  "for, at kvartererne langs strøget får del i jobbene.",
        },
    },
    {
        "slug": "galway-city-innovation-district",
        "name": {
            "sv": "Galway City Innovation District",
            "en": "Galway City Innovation District",
            "da": "Galway City Innovation District",
        },
        "city": "Galway",
        "country": "Ireland",
        "relation": "member",
        "website": "",
        "location": (53.27240, -9.05050),
        "themes": ["start-ups", "critical-mass"],
        "description": {
            "sv": "Ett innovationsdistrikt i centrala Galway med en gemensam hubb för start-ups och en stark "
                  "medicinteknisk industri i regionen. Distriktet visar hur en mindre stad kan samla grundare, "
                  "universitet och företag kring en plats.",
            "en": "An innovation district in central Galway with a shared hub for start-ups and a strong medical "
                  "technology industry in the region. It shows how a smaller city can gather founders, "
                  "universities and companies around one place.",
            "da": "Et innovationsdistrikt i det centrale Galway med en fælles hub for startups og en stærk "
                  "medicoteknisk industri i regionen. Distriktet viser, hvordan en mindre by kan samle "
                  "stiftere, universiteter og virksomheder om ét sted.",
        },
    },
    {
        "slug": "grand-canal-innovation-district",
        "name": {
            "sv": "Grand Canal Innovation District",
            "en": "Grand Canal Innovation District",
            "da": "Grand Canal Innovation District",
        },
        "city": "Dublin",
        "country": "Ireland",
        "relation": "member",
        "website": "",
        "location": (53.33960, -6.23880),
        "themes": ["talent", "critical-mass"],
        "description": {
            "sv": "Ett distrikt kring Grand Canal Dock i Dublin, där internationella techföretag, universitet "
                  "och start-ups finns på gångavstånd från varandra. Arbetet handlar mycket om att knyta "
                  "universitetens forskning till företagen.",
            "en": "A district around Grand Canal Dock in Dublin, where international tech companies, universities "
                  "and start-ups are within walking distance of each other. Much of its work is about linking "
                  "university research with the companies.",
            "da": "Et distrikt omkring Grand Canal Dock i Dublin, hvor internationale techvirksomheder, "
                  "universiteter og startups ligger inden for gåafstand af hinanden. Arbejdet handler meget om "
                  "at knytte universiteternes forskning til virksomhederne.",
        },
    },
    {
        "slug": "halifax-innovation-district",
        "name": {
            "sv": "Halifax Innovation District",
            "en": "Halifax Innovation District",
            "da": "Halifax Innovation District",
        },
        "city": "Halifax",
        "country": "Canada",
        "relation": "member",
        "website": "",
        "location": (44.64300, -63.58500),
        "themes": ["critical-mass", "social-inclusion"],
        "description": {
            "sv": "Ett distrikt på Halifaxhalvön där universitet, sjukhus och havsnära forskning möter företag "
                  "och stadens invånare. Distriktet har samlat aktörer kring gemensamma mötesplatser trots att de "
                  "ligger utspridda.",
            "en": "A district on the Halifax peninsula where universities, hospitals and ocean research meet "
                  "companies and residents. It has gathered actors around shared meeting places even though "
                  "they are spread out.",
            "da": "Et distrikt på Halifax-halvøen, hvor universiteter, hospitaler og havforskning møder "
                  "virksomheder og byens borgere. Distriktet har samlet aktører om fælles mødesteder, selv om "
                  "de ligger spredt.",
        },
    },
    {
        "slug": "liverpool-innovation-precinct",
        "name": {
            "sv": "Liverpool Innovation Precinct",
            "en": "Liverpool Innovation Precinct",
            "da": "Liverpool Innovation Precinct",
        },
        "city": "Liverpool, New South Wales",
        "country": "Australia",
        "relation": "member",
        "website": "",
        "location": (-33.92050, 150.92400),
        "themes": ["talent", "social-inclusion"],
        "description": {
            "sv": "Ett distrikt i sydvästra Sydney byggt kring ett stort sjukhus, universitet och forskning om "
                  "hälsa. Det arbetar med att unga i en snabbt växande och mångkulturell del av staden ska hitta "
                  "utbildning och jobb i distriktet.",
            "en": "A district in south-western Sydney built around a large hospital, universities and health "
                  "research. It works to help young people in a fast-growing, multicultural part of the city "
                  "find education and jobs in the district.",
            "da": "Et distrikt i det sydvestlige Sydney bygget op om et stort hospital, universiteter og "
                  "sundhedsforskning. Det arbejder for, at unge i en hurtigt voksende og multikulturel del af "
                  "byen finder uddannelse og job i distriktet.",
        },
    },
    {
        "slug": "mars-discovery-district",
        "name": {
            "sv": "MaRS Discovery District",
            "en": "MaRS Discovery District",
            "da": "MaRS Discovery District",
        },
        "city": "Toronto",
        "country": "Canada",
        "relation": "member",
        "website": "https://www.marsdd.com",
        "location": (43.65960, -79.38830),
        "themes": ["start-ups", "talent"],
        "description": {
            "sv": "Ett av Nordamerikas största innovationscentrum, i centrala Toronto nära universitet och "
                  "sjukhus. MaRS stödjer hundratals start-ups inom hälsa, klimat och finansteknik med rådgivning, "
                  "lokaler och kontakter med investerare.",
            "en": "One of North America's largest innovation hubs, in downtown Toronto near universities and "
                  "hospitals. MaRS supports hundreds of start-ups in health, climate and fintech with advice, "
                  "premises and introductions to investors.",
            "da": "Et af Nordamerikas største innovationscentre i det centrale Toronto tæt på universiteter og "
                  "hospitaler. MaRS støtter hundredvis af startups inden for sundhed, klima og fintech med "
                  "rådgivning, lokaler og kontakt til investorer.",
        },
    },
    {
        "slug": "mind-milano-innovation-district",
        "name": {
            "sv": "MIND – Milano Innovation District",
            "en": "MIND – Milano Innovation District",
            "da": "MIND – Milano Innovation District",
        },
        "city": "Milan",
        "country": "Italy",
        "relation": "member",
        "website": "https://www.mindmilano.it",
        "location": (45.51900, 9.10500),
        "themes": ["critical-mass", "social-inclusion"],
        "description": {
            "sv": "Ett nytt stadsdistrikt på det tidigare världsutställningsområdet Expo 2015 i Milano, med "
                  "sjukhus, universitet, forskningsinstitut och företag inom life science. Distriktet byggs med "
                  "bostäder och öppna platser för invånarna.",
            "en": "A new urban district on the former Expo 2015 site in Milan, with a hospital, a university, "
                  "research institutes and life science companies. It is being built with homes and open spaces "
                  "for residents.",
            "da": "Et nyt bydistrikt på det tidligere Expo 2015-område i Milano med hospital, universitet, "
                  "forskningsinstitutter og life science-virksomheder. Distriktet bygges med boliger og åbne "
                  "pladser for borgerne.",
        },
    },
    {
        "slug": "monash-technology-precinct",
        "name": {
            "sv": "Monash Technology Precinct",
            "en": "Monash Technology Precinct",
            "da": "Monash Technology Precinct",
        },
        "city": "Melbourne",
        "country": "Australia",
        "relation": "member",
        "website": "",
        "location": (-37.91100, 145.13300),
        "themes": ["talent", "critical-mass"],
        "description": {
            "sv": "Ett område i sydöstra Melbourne kring Monash University, med forskningsanläggningar, "
                  "tillverkningsindustri och teknikföretag. Distriktet har program för praktik och för att "
                  "studenter ska stanna i området efter examen.",
            "en": "An area in south-east Melbourne around Monash University, with research facilities, "
                  "manufacturing and technology companies. It runs programmes for internships and for keeping "
                  "graduates in the area.",
            "da": "Et område i det sydøstlige Melbourne omkring Monash University med forskningsfaciliteter, "
                  "fremstillingsindustri og teknologivirksomheder. Distriktet har programmer for praktik og for "
                  "at få dimittender til at blive i området.",
        },
    },
    {
        "slug": "distritotec",
        "name": {"sv": "DistritoTec", "en": "DistritoTec", "da": "DistritoTec"},
        "city": "Monterrey",
        "country": "Mexico",
        "relation": "member",
        "website": "https://distritotec.tec.mx",
        "location": (25.65100, -100.29000),
        "themes": ["social-inclusion", "start-ups"],
        "description": {
            "sv": "Ett stadsförnyelseprojekt kring Tecnológico de Monterreys campus, där universitetet och "
                  "grannskapen tillsammans gör området tryggare, grönare och bättre för nya företag.",
            "en": "An urban regeneration project around the Tecnológico de Monterrey campus, where the university "
                  "and the neighbourhoods work together to make the area safer, greener and better for new "
                  "companies.",
            "da": "Et byfornyelsesprojekt omkring Tecnológico de Monterreys campus, hvor universitetet og "
                  "kvartererne sammen gør området tryggere, grønnere og bedre for nye virksomheder.",
        },
    },
    {
        "slug": "technology-square-atlanta",
        "name": {"sv": "Technology Square", "en": "Technology Square", "da": "Technology Square"},
        "city": "Atlanta",
        "country": "USA",
        "relation": "member",
        "website": "",
        "location": (33.77700, -84.38900),
        "themes": ["start-ups", "talent"],
        "description": {
            "sv": "Ett kvarter i Midtown Atlanta intill Georgia Tech, där universitetets inkubator, företagens "
                  "innovationscentra och start-ups samsas på några få kvarter.",
            "en": "A neighbourhood in Midtown Atlanta next to Georgia Tech, where the university's incubator, "
                  "corporate innovation centres and start-ups share a few blocks.",
            "da": "Et kvarter i Midtown Atlanta ved siden af Georgia Tech, hvor universitetets inkubator, "
                  "virksomhedernes innovationscentre og startups deler nogle få karreer.",
        },
    },
    {
        "slug": "tonsley-innovation-district",
        "name": {
            "sv": "Tonsley Innovation District",
            "en": "Tonsley Innovation District",
            "da": "Tonsley Innovation District",
        },
        "city": "Adelaide",
        "country": "Australia",
        "relation": "member",
        "website": "https://tonsley.com.au",
        "location": (-35.00900, 138.56800),
        "themes": ["start-ups", "critical-mass"],
        "description": {
            "sv": "En tidigare bilfabrik i södra Adelaide som har blivit ett distrikt för avancerad tillverkning, "
                  "universitetsutbildning och start-ups under samma tak.",
            "en": "A former car factory in southern Adelaide that has become a district for advanced "
                  "manufacturing, university education and start-ups under one roof.",
            "da": "En tidligere bilfabrik i det sydlige Adelaide, der er blevet et distrikt for avanceret "
                  "fremstilling, universitetsuddannelse og startups under samme tag.",
        },
    },
    {
        "slug": "ucity-square",
        "name": {"sv": "uCity Square", "en": "uCity Square", "da": "uCity Square"},
        "city": "Philadelphia",
        "country": "USA",
        "relation": "member",
        "website": "https://www.ucitysquare.com",
        "location": (39.95800, -75.19600),
        "themes": ["critical-mass", "social-inclusion"],
        "description": {
            "sv": "Ett distrikt i University City i Philadelphia med laboratorier, kontor, bostäder och en "
                  "skola, byggt för att forskare, företag och grannar ska mötas på samma torg.",
            "en": "A district in Philadelphia's University City with laboratories, offices, homes and a school, "
                  "built so that researchers, companies and neighbours meet on the same square.",
            "da": "Et distrikt i University City i Philadelphia med laboratorier, kontorer, boliger og en skole, "
                  "bygget så forskere, virksomheder og naboer mødes på samme plads.",
        },
    },
    # --- Partners ---
    {
        "slug": "science-city-lyngby",
        "name": {"sv": "Science City Lyngby", "en": "Science City Lyngby", "da": "Science City Lyngby"},
        "city": "Kongens Lyngby",
        "country": "Denmark",
        "relation": "partner",
        "website": "https://sciencecitylyngby.dk",
        "location": (55.78580, 12.52150),
        "themes": ["start-ups", "critical-mass", "talent", "social-inclusion"],
        "description": {
            "sv": "Ett innovationsdistrikt norr om Köpenhamn kring DTU, Danmarks tekniska universitet, där "
                  "Lyngby-Taarbæk kommun, universitetet och företag samarbetar. Science City Lyngby ingick 2019 "
                  "ett partnerskap med GIID och delar sina erfarenheter med Lund och Helsingborg.",
            "en": "An innovation district north of Copenhagen around DTU, the Technical University of Denmark, "
                  "where Lyngby-Taarbæk municipality, the university and companies work together. Science City "
                  "Lyngby joined GIID as a partner in 2019 and shares its experience with Lund and Helsingborg.",
            "da": "Et innovationsdistrikt nord for København omkring DTU, Danmarks Tekniske Universitet, hvor "
                  "Lyngby-Taarbæk Kommune, universitetet og virksomheder arbejder sammen. Science City Lyngby "
                  "indgik i 2019 et partnerskab med GIID og deler sine erfaringer med Lund og Helsingborg.",
        },
    },
    {
        "slug": "lund-brunnshog",
        "name": {
            "sv": "Lund – Brunnshög och Ideon",
            "en": "Lund – Brunnshög and Ideon",
            "da": "Lund – Brunnshög og Ideon",
        },
        "city": "Lund",
        "country": "Sweden",
        "relation": "partner",
        "website": "https://futurebylund.se",
        "location": (55.72050, 13.23500),
        "themes": ["critical-mass", "talent"],
        "description": {
            "sv": "Lunds nordöstra innovationsområde, från Ideon Science Park och universitetet till "
                  "forskningsanläggningarna MAX IV och ESS i den nya stadsdelen Brunnshög. Lunds kommun arbetar "
                  "med det genom sin innovationsavdelning Future by Lund.",
            "en": "Lund's north-eastern innovation area, from Ideon Science Park and the university to the MAX IV "
                  "and ESS research facilities in the new Brunnshög neighbourhood. Lund municipality works on it "
                  "through its innovation unit Future by Lund.",
            "da": "Lunds nordøstlige innovationsområde fra Ideon Science Park og universitetet til "
                  "forskningsanlæggene MAX IV og ESS i den nye bydel Brunnshög. Lunds kommune arbejder med "
                  "området gennem sin innovationsafdeling Future by Lund.",
        },
    },
]

# Peer sessions. "event" is None where the session is an event of the calendar's own demo
# (gnista/events/demo/data.py, matched by key); otherwise the event is given here in the
# same format and created by the district's loader.
PEER_SESSIONS = [
    {
        "key": "giid-peer-session-inclusive-innovation",
        "theme": "social-inclusion",
        "districts": [
            "science-city-lyngby",
            "ucity-square",
            "cleveland-health-tech-corridor",
            "grand-canal-innovation-district",
            "lund-brunnshog",
        ],
        "event": {
            "title": {
                "sv": "GIID Peer Session: Inkluderande innovation",
                "en": "GIID Peer Session: Inclusive innovation",
                "da": "GIID Peer Session: Inkluderende innovation",
            },
            "description": {
                "sv": "Månadens digitala peer session i GIID-nätverket handlar om hur innovationsdistrikt kan skapa "
                      "jobb och möjligheter för dem som bor runt omkring. uCity Square och Cleveland Health-Tech "
                      "Corridor berättar om lokal rekrytering, och Science City Lyngby om sitt samarbete med "
                      "kommunens skolor. Sessionen hålls på engelska.",
                "en": "This month's online peer session in the GIID network is about how innovation districts can "
                      "create jobs and opportunities for the people who live around them. uCity Square and "
                      "Cleveland Health-Tech Corridor talk about local hiring, and Science City Lyngby about its "
                      "work with the municipality's schools. The session is held in English.",
                "da": "Månedens online peer session i GIID-netværket handler om, hvordan innovationsdistrikter kan "
                      "skabe job og muligheder for dem, der bor omkring dem. uCity Square og Cleveland Health-Tech "
                      "Corridor fortæller om lokal rekruttering, og Science City Lyngby om sit samarbejde med "
                      "kommunens skoler. Sessionen foregår på engelsk.",
            },
            "start": "2026-03-18T15:00",
            "end": "2026-03-18T16:30",
            "organiser": "stadsledningsforvaltningen",
            "online_url": "https://meet.example/giid-inclusive-innovation",
            "areas": ["smarta-hallbara-stader"],
            "language": "en",
        },
        "lessons": {
            "sv": "Inkludering måste planeras in från början: distrikten som lyckats har avtal om lokal "
                  "rekrytering och praktikplatser redan när företagen flyttar in. Öppna bottenvåningar och "
                  "evenemang för grannarna gör distriktet till en plats även för dem som inte arbetar där. Vi tar "
                  "med oss idén om en gemensam praktikportal för distriktets aktörer och Drottninghögs unga.",
            "en": "Inclusion has to be planned from the start: the districts that succeeded agree on local hiring "
                  "and internships when companies move in. Open ground floors and events for the neighbours make "
                  "the district a place for those who do not work there too. We are taking home the idea of a "
                  "shared internship portal for the district's actors and the young people of Drottninghög.",
            "da": "Inklusion skal planlægges fra begyndelsen: de distrikter, der er lykkedes, aftaler lokal "
                  "rekruttering og praktikpladser allerede, når virksomhederne flytter ind. Åbne stueetager og "
                  "arrangementer for naboerne gør distriktet til et sted også for dem, der ikke arbejder der. Vi "
                  "tager idéen om en fælles praktikportal for distriktets aktører og de unge på Drottninghög med "
                  "hjem.",
        },
    },
    {
        "key": "giid-peer-session-investing-in-startups",
        "theme": "start-ups",
        "districts": [
            "mars-discovery-district",
            "tonsley-innovation-district",
            "technology-square-atlanta",
            "distritotec",
            "science-city-lyngby",
        ],
        "event": {
            "title": {
                "sv": "GIID Peer Session: Att investera i start-ups",
                "en": "GIID Peer Session: Investing in start-ups",
                "da": "GIID Peer Session: At investere i startups",
            },
            "description": {
                "sv": "Hur får unga företag i ett innovationsdistrikt tillgång till kapital? MaRS Discovery District "
                      "och Technology Square berättar om sina investerarnätverk, och Tonsley om hur offentliga "
                      "aktörer kan vara första kund. Sessionen hålls digitalt och på engelska.",
                "en": "How do young companies in an innovation district get access to capital? MaRS Discovery "
                      "District and Technology Square talk about their investor networks, and Tonsley about how "
                      "public bodies can be the first customer. The session is held online and in English.",
                "da": "Hvordan får unge virksomheder i et innovationsdistrikt adgang til kapital? MaRS Discovery "
                      "District og Technology Square fortæller om deres investornetværk, og Tonsley om hvordan "
                      "offentlige aktører kan være første kunde. Sessionen foregår online og på engelsk.",
            },
            "start": "2026-06-17T15:00",
            "end": "2026-06-17T16:30",
            "organiser": "stadsledningsforvaltningen",
            "online_url": "https://meet.example/giid-investing-in-startups",
            "areas": ["tech"],
            "language": "en",
        },
        "lessons": {
            "sv": "Kapital räcker inte: de start-ups som växer har också fått en första kund, ofta en offentlig "
                  "aktör som vågat upphandla en innovation. Investerare kommer till distrikt där de regelbundet "
                  "kan träffa flera bolag på samma dag. Mindpark och HETCH prövar därför gemensamma "
                  "investerarluncher, och staden ser över hur innovationsupphandling kan göra staden till första "
                  "kund.",
            "en": "Capital is not enough: the start-ups that grow have also won a first customer, often a public "
                  "body that dared to procure an innovation. Investors come to districts where they can regularly "
                  "meet several companies on the same day. Mindpark and HETCH are therefore trying joint investor "
                  "lunches, and the city is looking at how innovation procurement can make it the first customer.",
            "da": "Kapital er ikke nok: de startups, der vokser, har også fået en første kunde, ofte en offentlig "
                  "aktør, der turde indkøbe en innovation. Investorer kommer til distrikter, hvor de jævnligt kan "
                  "møde flere virksomheder på samme dag. Mindpark og HETCH afprøver derfor fælles "
                  "investorfrokoster, og kommunen undersøger, hvordan innovationsindkøb kan gøre kommunen til "
                  "første kunde.",
        },
    },
    {
        "key": "giid-peer-session-startups",
        "theme": "start-ups",
        "districts": ["galway-city-innovation-district", "tonsley-innovation-district"],
        "event": None,
        "lessons": {
            "sv": "Galway och Tonsley håller sina start-ups kvar genom att erbjuda nästa steg i samma distrikt: "
                  "större lokaler, testmiljöer och kontakt med industrin när bolagen växer ur inkubatorn. Hbg "
                  "Works fick frågor om hur staden mäter effekterna av sina tester, och vi lovade att dela våra "
                  "indikatorer med nätverket.",
            "en": "Galway and Tonsley keep their start-ups by offering the next step within the same district: "
                  "larger premises, test environments and contact with industry when companies outgrow the "
                  "incubator. Hbg Works was asked how the city measures the effects of its tests, and we "
                  "promised to share our indicators with the network.",
            "da": "Galway og Tonsley fastholder deres startups ved at tilbyde næste skridt i samme distrikt: "
                  "større lokaler, testmiljøer og kontakt til industrien, når virksomhederne vokser ud af "
                  "inkubatoren. Hbg Works blev spurgt, hvordan kommunen måler virkningerne af sine forsøg, og vi "
                  "lovede at dele vores indikatorer med netværket.",
        },
    },
    {
        "key": "giid-peer-session-critical-mass",
        "theme": "critical-mass",
        "districts": ["halifax-innovation-district", "ucity-square", "science-city-lyngby", "lund-brunnshog"],
        "event": None,
        "lessons": None,
    },
    {
        "key": "giid-peer-session-talent",
        "theme": "talent",
        "districts": ["monash-technology-precinct", "liverpool-innovation-precinct", "mars-discovery-district"],
        "event": None,
        "lessons": None,
    },
    {
        "key": "giid-peer-session-social-inclusion",
        "theme": "social-inclusion",
        "districts": ["cleveland-health-tech-corridor", "mind-milano-innovation-district", "distritotec"],
        "event": None,
        "lessons": None,
    },
]
