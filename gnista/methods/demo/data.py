"""Demo methods and tools for the methods library.

Plain data, no imports. Written in Swedish by the city's innovation team, with English
and Danish translations. Bodies are Markdown; headings start at ##, because the page
title is the page's only h1. Each method is matched by its slug when loaded again.
Stage 1, 2 or 3 of the innovation model, or None for methods useful at every stage.
"""

METHODS = [
    # ------------------------------------------------------------------
    # Stage 1: understand the need
    # ------------------------------------------------------------------
    {
        "slug": "intervjua-dem-som-berors",
        "stage": 1,
        "position": 10,
        "title": {
            "sv": "Behovsanalys: intervjua dem som berörs",
            "en": "Needs analysis: interview the people affected",
            "da": "Behovsanalyse: interview dem, det handler om",
        },
        "summary": {
            "sv": "Innan ni bestämmer en lösning behöver ni förstå behovet. Korta, öppna intervjuer med invånare, medarbetare och andra som berörs visar vad som verkligen är problemet, och ofta något ni inte hade gissat.",
            "en": "Before you decide on a solution you need to understand the need. Short, open interviews with residents, staff and others affected show what the problem really is, and often something you had not guessed.",
            "da": "Før I vælger en løsning, skal I forstå behovet. Korte, åbne interview med borgere, medarbejdere og andre, det vedrører, viser, hvad problemet i virkeligheden er, og ofte noget, I ikke havde gættet.",
        },
        "body": {
            "sv": """\
## Varför intervjua?

Många initiativ misslyckas för att de löser fel problem. Vi som arbetar i staden har ofta en bild av vad invånarna behöver, men bilden bygger på antaganden. Intervjuer är det snabbaste sättet att pröva antagandena innan ni lägger tid och pengar på en lösning.

## Så gör ni

1. **Bestäm vad ni vill förstå.** Skriv ner tre till fem frågor som ni inte kan svara på i dag. Det handlar om behov och vardag, inte om er idé.
2. **Välj vilka ni pratar med.** Sikta på fem till åtta personer med olika erfarenheter. Ta med någon som sällan hörs, till exempel en person som inte använder tjänsten alls.
3. **Ställ öppna frågor.** Fråga "Berätta om senast du …" i stället för "Skulle du vilja ha …?". Be om exempel. Låt tystnader vara.
4. **Var två.** En ställer frågor, en antecknar. Skriv ner citat ordagrant.
5. **Sammanfatta samma dag.** Vad överraskade er? Vilka behov återkommer? Vad motsäger det ni trodde?

## Tänk på

- Berätta varför ni intervjuar och vad som händer med svaren. Spara inte fler personuppgifter än ni behöver, och ta bort namn när ni sammanställer.
- Erbjud tolk eller lättläst information när det behövs, så att fler kan vara med.
- Intervjua inte bara för att bekräfta en lösning ni redan har valt. Om ingen känner igen problemet är det ett viktigt resultat.

## Resultat

Efter intervjuerna ska ni kunna beskriva behovet med invånarnas egna ord och ge några konkreta exempel. Den beskrivningen är underlaget för nästa steg: att formulera problemet som en fråga att arbeta med. Spara sammanfattningen i initiativet, så att andra kan se vad beslutet bygger på.
""",
            "en": """\
## Why interview?

Many initiatives fail because they solve the wrong problem. Those of us who work for the city often have a picture of what residents need, but the picture rests on assumptions. Interviews are the quickest way to test those assumptions before you spend time and money on a solution.

## How to do it

1. **Decide what you want to understand.** Write down three to five questions you cannot answer today. They are about needs and everyday life, not about your idea.
2. **Choose who to talk to.** Aim for five to eight people with different experiences. Include someone who is rarely heard, for example a person who does not use the service at all.
3. **Ask open questions.** Ask "Tell me about the last time you …" rather than "Would you like …?". Ask for examples. Let silences be.
4. **Work in pairs.** One asks, one takes notes. Write quotes down word for word.
5. **Sum up the same day.** What surprised you? Which needs come back? What contradicts what you believed?

## Keep in mind

- Say why you are interviewing and what will happen to the answers. Keep no more personal data than you need, and remove names when you compile the results.
- Offer an interpreter or easy-to-read information when needed, so that more people can take part.
- Do not interview just to confirm a solution you have already chosen. If nobody recognises the problem, that is an important result.

## Result

After the interviews you should be able to describe the need in the residents' own words and give a few concrete examples. That description is the basis for the next step: framing the problem as a question to work on. Save the summary in the initiative, so that others can see what the decision rests on.
""",
            "da": """\
## Hvorfor interview?

Mange initiativer slår fejl, fordi de løser det forkerte problem. Vi, der arbejder i kommunen, har ofte et billede af, hvad borgerne har brug for, men billedet bygger på antagelser. Interview er den hurtigste måde at afprøve antagelserne på, før I bruger tid og penge på en løsning.

## Sådan gør I

1. **Beslut, hvad I vil forstå.** Skriv tre til fem spørgsmål ned, som I ikke kan svare på i dag. De handler om behov og hverdag, ikke om jeres idé.
2. **Vælg, hvem I taler med.** Sigt efter fem til otte personer med forskellige erfaringer. Tag en med, som sjældent bliver hørt, for eksempel en person, der slet ikke bruger tilbuddet.
3. **Stil åbne spørgsmål.** Spørg "Fortæl om sidste gang, du …" i stedet for "Kunne du tænke dig …?". Bed om eksempler. Lad pauserne være.
4. **Vær to.** Den ene spørger, den anden tager noter. Skriv citater ned ordret.
5. **Opsummér samme dag.** Hvad overraskede jer? Hvilke behov går igen? Hvad modsiger det, I troede?

## Husk

- Fortæl, hvorfor I interviewer, og hvad der sker med svarene. Gem ikke flere personoplysninger, end I har brug for, og fjern navne, når I samler resultaterne.
- Tilbyd tolk eller letlæst information, når der er brug for det, så flere kan være med.
- Interview ikke kun for at bekræfte en løsning, I allerede har valgt. Hvis ingen genkender problemet, er det et vigtigt resultat.

## Resultat

Efter interviewene skal I kunne beskrive behovet med borgernes egne ord og give nogle konkrete eksempler. Den beskrivelse er grundlaget for næste skridt: at formulere problemet som et spørgsmål at arbejde med. Gem opsummeringen i initiativet, så andre kan se, hvad beslutningen bygger på.
""",
        },
    },
    {
        "slug": "kartlagg-brukarresan",
        "stage": 1,
        "position": 20,
        "title": {
            "sv": "Tjänstedesign: kartlägg brukarresan",
            "en": "Service design: map the user journey",
            "da": "Servicedesign: kortlæg brugerrejsen",
        },
        "summary": {
            "sv": "En brukarresa visar steg för steg hur en person möter en tjänst, från det första behovet till den sista kontakten med staden. Kartan gör det lätt att se var det skaver och var en ny lösning gör mest nytta.",
            "en": "A user journey shows step by step how a person meets a service, from the first need to the last contact with the city. The map makes it easy to see where things chafe and where a new solution helps most.",
            "da": "En brugerrejse viser trin for trin, hvordan en person møder en ydelse, fra det første behov til den sidste kontakt med kommunen. Kortet gør det let at se, hvor det gnider, og hvor en ny løsning gør mest gavn.",
        },
        "body": {
            "sv": """\
## Vad är en brukarresa?

En brukarresa är en tidslinje över vad en person gör, tänker och känner när hen använder en tjänst. Den utgår från personens perspektiv, inte från hur staden är organiserad. Därför syns de glapp som uppstår mellan förvaltningar, system och blanketter.

## Så gör ni

1. **Välj en person och ett mål.** Till exempel "en förälder som söker förskoleplats" eller "en förening som vill låna en lokal". Bygg på det ni har lärt er i intervjuer, inte på gissningar.
2. **Lista stegen.** Från att behovet uppstår till att det är löst. Ta med det som händer utanför staden, som att fråga en granne eller söka på nätet.
3. **Lägg till känslor och kontaktytor.** Vid varje steg: var sker kontakten (webb, telefon, besök, brev), vad tänker personen och hur känns det?
4. **Markera smärtpunkterna.** Var blir det väntan, osäkerhet eller dubbelarbete? Var faller personen ur resan?
5. **Välj var ni ska börja.** En eller två smärtpunkter som påverkar många, och som ni kan göra något åt.

## Gör det tillsammans

Kartlägg resan i en workshop med medarbetare från de verksamheter som möter personen, gärna också med invånare. Häng upp kartan på väggen eller använd en digital tavla. Ingen enskild förvaltning ser hela resan, och det är det som gör övningen värdefull.

## Tips

- Rita hellre en enkel resa i dag än en perfekt om en månad.
- Gör en karta för hur det är nu, inte för hur det borde vara. Framtidsresan kommer senare.
- Använd kartan igen när ni testar en lösning: blev steget kortare, tydligare eller tryggare?

Mer om tjänstedesign i offentlig sektor finns hos [Sveriges Kommuner och Regioner](https://skr.se/).
""",
            "en": """\
## What is a user journey?

A user journey is a timeline of what a person does, thinks and feels while using a service. It starts from the person's point of view, not from how the city is organised. That is why it shows the gaps between administrations, systems and forms.

## How to do it

1. **Choose a person and a goal.** For example "a parent applying for a pre-school place" or "an association that wants to borrow a room". Build on what you learned in interviews, not on guesses.
2. **List the steps.** From the moment the need arises until it is met. Include what happens outside the city, such as asking a neighbour or searching online.
3. **Add feelings and touchpoints.** At each step: where does the contact happen (web, phone, visit, letter), what does the person think and how does it feel?
4. **Mark the pain points.** Where is there waiting, uncertainty or duplicated work? Where does the person drop out of the journey?
5. **Choose where to start.** One or two pain points that affect many people and that you can do something about.

## Do it together

Map the journey in a workshop with staff from the services that meet the person, and preferably with residents too. Put the map on the wall or use a digital whiteboard. No single administration sees the whole journey, and that is what makes the exercise worthwhile.

## Tips

- Draw a simple journey today rather than a perfect one in a month.
- Map how things are now, not how they ought to be. The future journey comes later.
- Use the map again when you test a solution: did the step become shorter, clearer or safer?

More about service design in the public sector is available from [Sveriges Kommuner och Regioner](https://skr.se/) (the Swedish Association of Local Authorities and Regions).
""",
            "da": """\
## Hvad er en brugerrejse?

En brugerrejse er en tidslinje over, hvad en person gør, tænker og føler, når vedkommende bruger en ydelse. Den tager udgangspunkt i personens perspektiv, ikke i hvordan kommunen er organiseret. Derfor bliver de huller synlige, der opstår mellem forvaltninger, systemer og blanketter.

## Sådan gør I

1. **Vælg en person og et mål.** For eksempel "en forælder, der søger en børnehaveplads" eller "en forening, der vil låne et lokale". Byg på det, I har lært i interview, ikke på gæt.
2. **Skriv trinene ned.** Fra behovet opstår, til det er løst. Tag det med, der sker uden for kommunen, som at spørge en nabo eller søge på nettet.
3. **Tilføj følelser og kontaktpunkter.** Ved hvert trin: hvor sker kontakten (web, telefon, besøg, brev), hvad tænker personen, og hvordan føles det?
4. **Markér smertepunkterne.** Hvor opstår der ventetid, usikkerhed eller dobbeltarbejde? Hvor falder personen ud af rejsen?
5. **Vælg, hvor I begynder.** Et eller to smertepunkter, som berører mange, og som I kan gøre noget ved.

## Gør det sammen

Kortlæg rejsen i en workshop med medarbejdere fra de områder, der møder personen, og gerne også med borgere. Hæng kortet op på væggen, eller brug en digital tavle. Ingen enkelt forvaltning ser hele rejsen, og det er det, der gør øvelsen værdifuld.

## Tips

- Tegn hellere en enkel rejse i dag end en perfekt om en måned.
- Kortlæg, hvordan det er nu, ikke hvordan det burde være. Den fremtidige rejse kommer senere.
- Brug kortet igen, når I afprøver en løsning: blev trinnet kortere, tydeligere eller tryggere?

Mere om servicedesign i den offentlige sektor finder du hos den svenske kommuneorganisation [Sveriges Kommuner och Regioner](https://skr.se/).
""",
        },
    },
    {
        "slug": "hur-skulle-vi-kunna",
        "stage": 1,
        "position": 30,
        "title": {
            "sv": "Formulera problemet: ”Hur skulle vi kunna …?”",
            "en": "Frame the problem: “How might we …?”",
            "da": "Formulér problemet: ”Hvordan kunne vi …?”",
        },
        "summary": {
            "sv": "En bra problemformulering är varken för bred eller för smal och pekar inte ut en lösning i förväg. Frågan ”Hur skulle vi kunna …?” gör ett behov till en öppen uppgift som många kan bidra till.",
            "en": "A good problem statement is neither too broad nor too narrow and does not point to a solution in advance. The question “How might we …?” turns a need into an open task that many people can contribute to.",
            "da": "En god problemformulering er hverken for bred eller for snæver og peger ikke på en løsning på forhånd. Spørgsmålet ”Hvordan kunne vi …?” gør et behov til en åben opgave, som mange kan bidrage til.",
        },
        "body": {
            "sv": """\
## Från behov till fråga

När ni har förstått behovet är det lätt att hoppa direkt till en lösning: "Vi bygger en app." Men då stänger ni dörren för andra idéer, och för andra som kunde ha hjälpt till. Formulera i stället behovet som en fråga som börjar med **Hur skulle vi kunna …?**

- *Hur* visar att svaret inte är givet.
- *skulle* visar att det är tillåtet att pröva och misslyckas.
- *vi* visar att ni gör det tillsammans, gärna med andra än staden.

## Exempel

| För bred | Lagom | För smal |
| --- | --- | --- |
| Hur skulle vi kunna förbättra förskolan? | Hur skulle vi kunna ge förskollärare mer tid med barnen och mindre tid med dokumentation? | Hur skulle vi kunna bygga en app för dokumentation i förskolan? |

Den lagom breda frågan pekar ut vem det gäller och vad som ska bli bättre, men lämnar lösningen öppen. Kanske blir svaret en app, kanske ett nytt arbetssätt.

## Så gör ni

1. Utgå från sammanfattningen av intervjuerna och brukarresan.
2. Skriv så många frågor ni kan på tio minuter, en per lapp.
3. Sortera bort frågor som redan innehåller en lösning.
4. Välj en eller två frågor. Pröva dem på någon som inte var med: förstår hen vad ni menar?
5. Skriv ner vad som skulle visa att ni har lyckats.

## En utmaning till omvärlden

En bra fråga kan bli en **utmaning** som staden publicerar, så att invånare, företag, forskare och föreningar kan bidra med idéer, kunskap och testplatser. Titta på [stadens utmaningar](/sv/challenges/) för exempel på hur en fråga kan beskrivas för andra.

## Vanliga misstag

- Frågan är en förklädd lösning.
- Frågan är så stor att ingen vet var man ska börja.
- Frågan utgår från stadens organisation i stället för från invånarens behov.
""",
            "en": """\
## From need to question

Once you understand the need, it is tempting to jump straight to a solution: "We will build an app." But that closes the door on other ideas, and on other people who could have helped. Instead, frame the need as a question that starts with **How might we …?**

- *How* shows that the answer is not given.
- *might* shows that it is fine to try and fail.
- *we* shows that you do it together, preferably with others besides the city.

## Examples

| Too broad | About right | Too narrow |
| --- | --- | --- |
| How might we improve pre-school? | How might we give pre-school teachers more time with the children and less time on paperwork? | How might we build an app for pre-school paperwork? |

The question that is about right says who it concerns and what should get better, but leaves the solution open. The answer may be an app, or perhaps a new way of working.

## How to do it

1. Start from the summary of the interviews and the user journey.
2. Write as many questions as you can in ten minutes, one per sticky note.
3. Remove the questions that already contain a solution.
4. Choose one or two questions. Try them on someone who was not there: do they understand what you mean?
5. Write down what would show that you have succeeded.

## A challenge for the outside world

A good question can become a **challenge** that the city publishes, so that residents, companies, researchers and associations can contribute ideas, knowledge and test sites. See [the city's challenges](/en/challenges/) for examples of how to describe a question for others.

## Common mistakes

- The question is a solution in disguise.
- The question is so big that nobody knows where to start.
- The question starts from how the city is organised rather than from the resident's need.
""",
            "da": """\
## Fra behov til spørgsmål

Når I har forstået behovet, er det fristende at springe direkte til en løsning: "Vi bygger en app." Men så lukker I døren for andre idéer og for andre, der kunne have hjulpet. Formulér i stedet behovet som et spørgsmål, der begynder med **Hvordan kunne vi …?**

- *Hvordan* viser, at svaret ikke er givet.
- *kunne* viser, at det er tilladt at prøve og fejle.
- *vi* viser, at I gør det sammen, gerne med andre end kommunen.

## Eksempler

| For bredt | Passende | For snævert |
| --- | --- | --- |
| Hvordan kunne vi forbedre børnehaven? | Hvordan kunne vi give pædagoger mere tid med børnene og mindre tid med dokumentation? | Hvordan kunne vi bygge en app til dokumentation i børnehaven? |

Det passende spørgsmål siger, hvem det handler om, og hvad der skal blive bedre, men lader løsningen være åben. Måske bliver svaret en app, måske en ny måde at arbejde på.

## Sådan gør I

1. Tag udgangspunkt i opsummeringen af interviewene og brugerrejsen.
2. Skriv så mange spørgsmål, I kan, på ti minutter, et pr. seddel.
3. Sortér de spørgsmål fra, der allerede indeholder en løsning.
4. Vælg et eller to spørgsmål. Afprøv dem på en, der ikke var med: forstår vedkommende, hvad I mener?
5. Skriv ned, hvad der ville vise, at I er lykkedes.

## En udfordring til omverdenen

Et godt spørgsmål kan blive en **udfordring**, som kommunen offentliggør, så borgere, virksomheder, forskere og foreninger kan bidrage med idéer, viden og testmiljøer. Se [kommunens udfordringer](/da/challenges/) for eksempler på, hvordan et spørgsmål kan beskrives for andre.

## Almindelige fejl

- Spørgsmålet er en forklædt løsning.
- Spørgsmålet er så stort, at ingen ved, hvor de skal begynde.
- Spørgsmålet tager udgangspunkt i kommunens organisation i stedet for i borgerens behov.
""",
        },
    },
    {
        "slug": "omvarldsbevakning",
        "stage": 1,
        "position": 40,
        "title": {
            "sv": "Omvärldsbevakning: lär av andra först",
            "en": "Horizon scanning: learn from others first",
            "da": "Omverdensanalyse: lær af andre først",
        },
        "summary": {
            "sv": "Någon annan har ofta redan försökt lösa samma problem. En kort och strukturerad omvärldsbevakning sparar tid och pengar, visar vad som fungerade och vad som inte gjorde det, och ger er kontakter att lära av.",
            "en": "Someone else has often already tried to solve the same problem. A short, structured scan saves time and money, shows what worked and what did not, and gives you contacts to learn from.",
            "da": "Nogen andre har ofte allerede prøvet at løse det samme problem. En kort og struktureret omverdensanalyse sparer tid og penge, viser, hvad der virkede, og hvad der ikke gjorde, og giver jer kontakter at lære af.",
        },
        "body": {
            "sv": """\
## Varför?

Sveriges 290 kommuner har i stort sett samma uppdrag. Det betyder att en fråga som är ny för oss ofta är gammal för någon annan. Innan ni utvecklar något eget: ta reda på vad andra har gjort, och vad de lärde sig.

## Var letar ni?

- **Andra kommuner och regioner.** Ring och fråga. De flesta delar gärna, även det som gick dåligt.
- **Forskning.** Lunds universitet på Campus Helsingborg och andra lärosäten kan ofta peka på studier som redan finns.
- **Innovationsdistriktet.** Företag, hubbar och klusterorganisationer i distriktet vet vad som rör sig på marknaden.
- **Nationella aktörer.** [Vinnova](https://www.vinnova.se/) publicerar projekt som fått stöd, och [Sveriges Kommuner och Regioner](https://skr.se/) samlar goda exempel från kommunerna.
- **Stadens egna lärdomar.** Sök bland [avslutade initiativ och deras lärdomar](/sv/lessons/). Kanske har en annan förvaltning redan prövat något liknande.

## Så gör ni

1. Bestäm en tidsgräns, till exempel två veckor.
2. Formulera vad ni letar efter med er fråga "Hur skulle vi kunna …?".
3. Leta brett de första dagarna och smalt resten av tiden.
4. Skriv för varje exempel: vad gjorde de, för vem, vad blev resultatet och vem kan ni kontakta?
5. Välj två eller tre exempel och ta kontakt.

## Vad ni får ut

En kort sammanställning, högst två sidor, som visar:

- vad som redan finns och kan återanvändas,
- vad andra har misslyckats med, och varför,
- vilka som kan bli samarbetspartner.

Ibland visar omvärldsbevakningen att det redan finns en färdig lösning att köpa eller låna. Då har ni sparat mycket arbete. Ibland visar den att ingen har löst problemet. Då vet ni att ni gör något nytt, och det är ett bra argument när ni söker pengar från innovationsfonden.
""",
            "en": """\
## Why?

Sweden's 290 municipalities have largely the same remit. That means a question that is new to us is often old to someone else. Before you develop something of your own, find out what others have done and what they learned.

## Where to look

- **Other municipalities and regions.** Call and ask. Most are happy to share, even what went badly.
- **Research.** Lund University at Campus Helsingborg and other universities can often point to studies that already exist.
- **The innovation district.** Companies, hubs and cluster organisations in the district know what is happening in the market.
- **National bodies.** [Vinnova](https://www.vinnova.se/en/), Sweden's innovation agency, publishes the projects it has funded, and [Sveriges Kommuner och Regioner](https://skr.se/) collects good examples from the municipalities.
- **The city's own lessons.** Search among [finished initiatives and their lessons](/en/lessons/). Perhaps another administration has already tried something similar.

## How to do it

1. Set a time limit, for example two weeks.
2. Describe what you are looking for with your "How might we …?" question.
3. Search broadly for the first few days and narrowly for the rest of the time.
4. For each example, write down: what did they do, for whom, what was the result and whom can you contact?
5. Choose two or three examples and get in touch.

## What you get

A short summary, two pages at most, that shows:

- what already exists and can be reused,
- what others have failed at, and why,
- who could become a partner.

Sometimes the scan shows that a ready-made solution already exists to buy or borrow. Then you have saved a lot of work. Sometimes it shows that nobody has solved the problem. Then you know you are doing something new, and that is a good argument when you apply for money from the innovation fund.
""",
            "da": """\
## Hvorfor?

Sveriges 290 kommuner har stort set den samme opgave. Det betyder, at et spørgsmål, der er nyt for os, ofte er gammelt for andre. Før I udvikler noget selv, så find ud af, hvad andre har gjort, og hvad de lærte.

## Hvor leder I?

- **Andre kommuner og regioner.** Ring og spørg. De fleste deler gerne, også det, der gik dårligt.
- **Forskning.** Lunds universitet på Campus Helsingborg og andre universiteter kan ofte pege på undersøgelser, der allerede findes.
- **Innovationsdistriktet.** Virksomheder, hubs og klyngeorganisationer i distriktet ved, hvad der rører sig på markedet.
- **Nationale aktører.** Det svenske innovationsagentur [Vinnova](https://www.vinnova.se/en/) offentliggør projekter, der har fået støtte, og [Sveriges Kommuner och Regioner](https://skr.se/) samler gode eksempler fra kommunerne.
- **Kommunens egne erfaringer.** Søg blandt [afsluttede initiativer og deres erfaringer](/da/lessons/). Måske har en anden forvaltning allerede prøvet noget lignende.

## Sådan gør I

1. Sæt en tidsgrænse, for eksempel to uger.
2. Beskriv, hvad I leder efter, med jeres spørgsmål "Hvordan kunne vi …?".
3. Led bredt de første dage og smalt resten af tiden.
4. Skriv for hvert eksempel: hvad gjorde de, for hvem, hvad blev resultatet, og hvem kan I kontakte?
5. Vælg to eller tre eksempler, og tag kontakt.

## Hvad I får ud af det

En kort opsummering, højst to sider, der viser:

- hvad der allerede findes og kan genbruges,
- hvad andre er mislykkedes med, og hvorfor,
- hvem der kan blive samarbejdspartnere.

Nogle gange viser omverdensanalysen, at der allerede findes en færdig løsning, som kan købes eller lånes. Så har I sparet meget arbejde. Andre gange viser den, at ingen har løst problemet. Så ved I, at I laver noget nyt, og det er et godt argument, når I søger penge fra innovationsfonden.
""",
        },
    },
    # ------------------------------------------------------------------
    # Stage 2: develop and test
    # ------------------------------------------------------------------
    {
        "slug": "minsta-anvandbara-losning",
        "stage": 2,
        "position": 10,
        "title": {
            "sv": "Minsta användbara lösning (MVP)",
            "en": "Minimum viable solution (MVP)",
            "da": "Mindste brugbare løsning (MVP)",
        },
        "summary": {
            "sv": "Bygg det minsta som går att testa på riktigt med dem som ska använda lösningen. Då lär ni er snabbt och billigt om idén håller, innan ni bygger vidare.",
            "en": "Build the smallest thing that can be tested for real with the people who will use the solution. You learn quickly and cheaply whether the idea holds before you build further.",
            "da": "Byg det mindste, der kan afprøves for alvor med dem, der skal bruge løsningen. Så lærer I hurtigt og billigt, om idéen holder, før I bygger videre.",
        },
        "body": {
            "sv": """\
## Vad betyder minsta användbara?

En minsta användbara lösning (på engelska *minimum viable product*, MVP) är den enklaste versionen av en idé som någon faktiskt kan använda och som ger er svar på den viktigaste frågan. Den är inte en halvfärdig slutprodukt. Den är ett verktyg för att lära.

Exempel från staden:

- I stället för ett nytt bokningssystem: ett delat kalkylark och en telefon under fyra veckor.
- I stället för en app: ett sms-flöde som en medarbetare sköter för hand.
- I stället för en ny byggnad: en tillfällig paviljong ett sommarlov.

## Så gör ni

1. **Skriv ner er viktigaste osäkerhet.** Vad måste vara sant för att idén ska fungera? Till exempel: "Föräldrar vill boka tid digitalt på kvällen."
2. **Bestäm vad som visar svaret.** Vilket beteende eller mått ska ni titta på? Bestäm det innan ni testar.
3. **Bygg bara det som behövs för att få svaret.** Allt annat kan vänta. Gör manuellt det som senare kan automatiseras.
4. **Testa med riktiga användare**, i verklig miljö, under en bestämd tid.
5. **Bestäm nästa steg.** Bygga vidare, ändra riktning eller sluta. Alla tre är bra beslut om de bygger på det ni har lärt er.

## Tänk på

- En MVP får vara enkel, men den måste vara trygg och tillgänglig. Personuppgifter och tillgänglighet är inte något ni lägger till senare.
- Berätta för dem som testar att det är ett test och vad som händer när testet är slut.
- Planera för att testa flera gånger. Innovationsmodellens steg 2 handlar om att testa, lära, bygga en ny version och testa igen.

## När är ni klara?

När ni vet om lösningen skapar värde för dem den är till för, och har underlag för att ta beslut om steg 3: utvärdera och skala upp.
""",
            "en": """\
## What does minimum viable mean?

A minimum viable solution (often called a *minimum viable product*, MVP) is the simplest version of an idea that someone can actually use and that answers your most important question. It is not a half-finished final product. It is a tool for learning.

Examples from the city:

- Instead of a new booking system: a shared spreadsheet and a phone for four weeks.
- Instead of an app: a text-message service that a member of staff runs by hand.
- Instead of a new building: a temporary pavilion for one summer holiday.

## How to do it

1. **Write down your biggest uncertainty.** What must be true for the idea to work? For example: "Parents want to book appointments online in the evening."
2. **Decide what will show the answer.** Which behaviour or measure will you look at? Decide before you test.
3. **Build only what you need to get the answer.** Everything else can wait. Do by hand what can be automated later.
4. **Test with real users**, in a real setting, for a set period.
5. **Decide the next step.** Build further, change direction or stop. All three are good decisions if they rest on what you have learned.

## Keep in mind

- An MVP may be simple, but it must be safe and accessible. Personal data and accessibility are not things you add later.
- Tell the people testing that it is a test and what happens when the test ends.
- Plan to test several times. Stage 2 of the innovation model is about testing, learning, building a new version and testing again.

## When are you done?

When you know whether the solution creates value for the people it is meant for, and you have what you need to decide on stage 3: evaluate and scale.
""",
            "da": """\
## Hvad betyder mindste brugbare?

En mindste brugbare løsning (på engelsk *minimum viable product*, MVP) er den enkleste version af en idé, som nogen faktisk kan bruge, og som giver jer svar på det vigtigste spørgsmål. Den er ikke et halvfærdigt slutprodukt. Den er et værktøj til at lære.

Eksempler fra kommunen:

- I stedet for et nyt bookingsystem: et delt regneark og en telefon i fire uger.
- I stedet for en app: en sms-tjeneste, som en medarbejder passer i hånden.
- I stedet for en ny bygning: en midlertidig pavillon i en sommerferie.

## Sådan gør I

1. **Skriv jeres største usikkerhed ned.** Hvad skal være sandt, for at idéen virker? For eksempel: "Forældre vil booke tid digitalt om aftenen."
2. **Beslut, hvad der viser svaret.** Hvilken adfærd eller hvilket mål vil I se på? Beslut det, før I tester.
3. **Byg kun det, der skal til for at få svaret.** Alt andet kan vente. Gør det i hånden, som senere kan automatiseres.
4. **Test med rigtige brugere**, i et virkeligt miljø, i en bestemt periode.
5. **Beslut næste skridt.** Byg videre, skift retning eller stop. Alle tre er gode beslutninger, hvis de bygger på det, I har lært.

## Husk

- En MVP må gerne være enkel, men den skal være sikker og tilgængelig. Personoplysninger og tilgængelighed er ikke noget, I tilføjer senere.
- Fortæl dem, der tester, at det er et forsøg, og hvad der sker, når forsøget slutter.
- Planlæg at teste flere gange. Innovationsmodellens trin 2 handler om at teste, lære, bygge en ny version og teste igen.

## Hvornår er I færdige?

Når I ved, om løsningen skaber værdi for dem, den er til for, og har grundlag for at beslutte trin 3: evaluere og skalere.
""",
        },
    },
    {
        "slug": "testa-i-verklig-miljo",
        "stage": 2,
        "position": 20,
        "title": {
            "sv": "Prototyper och tester i verklig miljö",
            "en": "Prototypes and tests in a real setting",
            "da": "Prototyper og forsøg i et virkeligt miljø",
        },
        "summary": {
            "sv": "En idé som fungerar på ett möte fungerar inte alltid på en förskola en regnig måndag. Testa i den miljö där lösningen ska användas, gärna i en testbädd som RecoLab, där det finns utrustning, kunskap och tillstånd på plats.",
            "en": "An idea that works in a meeting does not always work in a pre-school on a rainy Monday. Test in the setting where the solution will be used, preferably in a test bed such as RecoLab, where equipment, know-how and permits are already in place.",
            "da": "En idé, der virker på et møde, virker ikke altid i en børnehave en regnfuld mandag. Afprøv den i det miljø, hvor løsningen skal bruges, gerne i et testmiljø som RecoLab, hvor udstyr, viden og tilladelser allerede er på plads.",
        },
        "body": {
            "sv": """\
## Från prototyp till verkligheten

En prototyp är en enkel modell av lösningen: en pappersskiss, en klickbar bild, en ombyggd lokal för en dag. Börja där. Men förr eller senare behöver lösningen mötas av verkligheten, med riktiga användare, riktigt väder och riktiga rutiner.

## Testa i steg

1. **Skrivbordstest.** Gå igenom prototypen med några användare. Be dem tänka högt.
2. **Begränsat test.** En enhet, en skola eller ett kvarter under några veckor.
3. **Utökat test.** Fler platser och fler användare, för att se om resultatet håller.

Gå bara vidare till nästa steg när ni har lärt er det ni behövde av det förra.

## Testbäddar

En testbädd är en miljö som är byggd för att testa nya lösningar. I innovationsdistriktet finns bland annat [RecoLab](/sv/hubs/recolab/) i Oceanhamnen, där NSVA och Helsingborgs stad testar källsorterande avloppssystem och återvinning av näring och energi. Där finns utrustning, mätningar och personal som vet hur man genomför ett test på ett säkert sätt.

Fördelar med en testbädd:

- tillstånd och säkerhet är redan ordnade,
- mätdata finns, så att ni kan jämföra före och efter,
- forskare och företag är vana att samarbeta där.

Staden kan också själv vara testbädd: en gata, en skolgård eller ett äldreboende kan upplåtas för test efter överenskommelse med verksamheten.

## Planera testet

- **Syfte:** vilken fråga ska testet besvara?
- **Mått:** vad mäter ni, och vad var läget innan?
- **Tid:** när börjar och slutar testet?
- **Ansvar:** vem gör vad, och vem kontaktar användarna vid problem?
- **Avslut:** vad händer med utrustning, data och användarna när testet är slut?

Skriv in planen i initiativet. Då kan andra följa testet och lära av det, även om det inte går som ni hoppades.
""",
            "en": """\
## From prototype to reality

A prototype is a simple model of the solution: a paper sketch, a clickable image, a room rearranged for a day. Start there. But sooner or later the solution has to meet reality, with real users, real weather and real routines.

## Test in steps

1. **Desk test.** Walk a few users through the prototype. Ask them to think aloud.
2. **Limited test.** One unit, one school or one neighbourhood for a few weeks.
3. **Extended test.** More places and more users, to see whether the result holds.

Only move on to the next step when you have learned what you needed from the previous one.

## Test beds

A test bed is a setting built for testing new solutions. The innovation district has, among others, [RecoLab](/en/hubs/recolab/) in Oceanhamnen, where NSVA and the City of Helsingborg test source-separating sewage systems and the recovery of nutrients and energy. It has the equipment, the measurements and the people who know how to run a test safely.

Advantages of a test bed:

- permits and safety are already arranged,
- measurement data exists, so you can compare before and after,
- researchers and companies are used to working together there.

The city can also be a test bed itself: a street, a schoolyard or a care home can be made available for testing by agreement with the service.

## Plan the test

- **Purpose:** which question should the test answer?
- **Measures:** what do you measure, and what was the situation before?
- **Time:** when does the test start and end?
- **Responsibility:** who does what, and who contacts the users if something goes wrong?
- **Ending:** what happens to equipment, data and users when the test ends?

Write the plan into the initiative. Then others can follow the test and learn from it, even if it does not go as you hoped.
""",
            "da": """\
## Fra prototype til virkelighed

En prototype er en enkel model af løsningen: en papirskitse, et klikbart billede, et lokale, der er indrettet om for en dag. Begynd der. Men før eller siden skal løsningen møde virkeligheden, med rigtige brugere, rigtigt vejr og rigtige rutiner.

## Test i trin

1. **Skrivebordstest.** Gennemgå prototypen med nogle brugere. Bed dem tænke højt.
2. **Begrænset forsøg.** En enhed, en skole eller et kvarter i nogle uger.
3. **Udvidet forsøg.** Flere steder og flere brugere, for at se om resultatet holder.

Gå først videre til næste trin, når I har lært det, I havde brug for, af det forrige.

## Testmiljøer

Et testmiljø er et miljø, der er bygget til at afprøve nye løsninger. I innovationsdistriktet ligger blandt andet [RecoLab](/da/hubs/recolab/) i Oceanhamnen, hvor NSVA og Helsingborg Kommune afprøver kildesorterende spildevandssystemer og genanvendelse af næringsstoffer og energi. Her findes udstyr, målinger og medarbejdere, der ved, hvordan man gennemfører et forsøg sikkert.

Fordele ved et testmiljø:

- tilladelser og sikkerhed er allerede på plads,
- der findes måledata, så I kan sammenligne før og efter,
- forskere og virksomheder er vant til at samarbejde der.

Kommunen kan også selv være testmiljø: en gade, en skolegård eller et plejehjem kan stilles til rådighed for forsøg efter aftale med stedet.

## Planlæg forsøget

- **Formål:** hvilket spørgsmål skal forsøget besvare?
- **Mål:** hvad måler I, og hvordan var det før?
- **Tid:** hvornår begynder og slutter forsøget?
- **Ansvar:** hvem gør hvad, og hvem kontakter brugerne, hvis der opstår problemer?
- **Afslutning:** hvad sker der med udstyr, data og brugere, når forsøget er slut?

Skriv planen ind i initiativet. Så kan andre følge forsøget og lære af det, også hvis det ikke går, som I håbede.
""",
        },
    },
    {
        "slug": "larande-utvardering",
        "stage": 2,
        "position": 30,
        "title": {
            "sv": "Lärande utvärdering",
            "en": "Learning evaluation",
            "da": "Lærende evaluering",
        },
        "summary": {
            "sv": "En lärande utvärdering följer initiativet medan det pågår i stället för att bara döma det i efterhand. Den ger återkoppling i tid för att ni ska kunna ändra kurs, och den gör det tydligt vad ni har lärt er.",
            "en": "A learning evaluation follows the initiative while it runs rather than judging it only afterwards. It gives feedback in time for you to change course, and it makes clear what you have learned.",
            "da": "En lærende evaluering følger initiativet, mens det står på, i stedet for kun at bedømme det bagefter. Den giver tilbagemelding i tide til, at I kan skifte kurs, og gør det tydeligt, hvad I har lært.",
        },
        "body": {
            "sv": """\
## Varför lärande?

En vanlig utvärdering kommer när projektet är slut. Då är det för sent att använda resultatet i projektet. I ett innovationsarbete vet ni inte från början vad som kommer att fungera, och då behöver ni återkoppling medan ni arbetar. Det är vad en lärande utvärdering, ibland kallad följeforskning, ger.

## Hur går det till?

En utvärderare, intern eller extern, följer initiativet från start. Hen:

- hjälper er att formulera vad ni vill uppnå och hur ni tror att det ska gå till (en förändringsteori),
- samlar in underlag under arbetets gång: intervjuer, observationer och mätningar,
- återkopplar regelbundet, till exempel varje kvartal, i ett lärseminarium,
- skriver en slutrapport som också beskriver vad som inte blev som tänkt.

## Frågor att återkomma till

1. Gör vi det vi sa att vi skulle göra? Om inte, varför?
2. Märker användarna någon skillnad?
3. Vad har överraskat oss?
4. Vad behöver vi ändra inför nästa test?
5. Vad skulle vi göra annorlunda om vi började om i dag?

## Tips

- Bestäm tidigt vem som äger utvärderingen. Den som utvärderar ska kunna säga obekväma saker utan att det blir ett problem.
- Lunds universitet och andra lärosäten kan ofta vara med, särskilt om initiativet har ett intresse för forskningen.
- Planera lärseminarierna i kalendern från början. Annars blir de inte av.
- Dela det ni lär er, även under arbetets gång. Andra förvaltningar kan ha nytta av det redan nu.

## Koppling till innovationsmodellen

Underlaget från den lärande utvärderingen är det ni visar när initiativet ska passera en grind i modellen, till exempel från steg 2 till steg 3. Beslutet om att gå vidare, pausa eller avsluta blir bättre när det bygger på det ni faktiskt har sett, inte på vad ni hoppades.
""",
            "en": """\
## Why learning?

An ordinary evaluation arrives when the project is over. By then it is too late to use the result in the project. In innovation work you do not know from the start what will work, so you need feedback while you work. That is what a learning evaluation, sometimes called developmental evaluation or accompanying research, provides.

## How does it work?

An evaluator, internal or external, follows the initiative from the start. They:

- help you put into words what you want to achieve and how you think it will happen (a theory of change),
- gather evidence as the work goes on: interviews, observations and measurements,
- give feedback regularly, for example every quarter, in a learning seminar,
- write a final report that also describes what did not turn out as planned.

## Questions to come back to

1. Are we doing what we said we would do? If not, why not?
2. Do the users notice any difference?
3. What has surprised us?
4. What do we need to change before the next test?
5. What would we do differently if we started again today?

## Tips

- Decide early who owns the evaluation. The evaluator must be able to say uncomfortable things without it becoming a problem.
- Lund University and other universities can often take part, especially if the initiative is of interest to research.
- Put the learning seminars in the calendar from the start. Otherwise they will not happen.
- Share what you learn, even while the work is going on. Other administrations may benefit from it right away.

## Link to the innovation model

The evidence from the learning evaluation is what you show when the initiative is to pass a gate in the model, for example from stage 2 to stage 3. The decision to go on, pause or stop is better when it rests on what you have actually seen, not on what you hoped for.
""",
            "da": """\
## Hvorfor lærende?

En almindelig evaluering kommer, når projektet er slut. Så er det for sent at bruge resultatet i projektet. I innovationsarbejde ved I ikke fra begyndelsen, hvad der vil virke, og derfor har I brug for tilbagemelding, mens I arbejder. Det er det, en lærende evaluering, også kaldet følgeforskning, giver.

## Hvordan foregår det?

En evaluator, intern eller ekstern, følger initiativet fra starten. Evaluatoren:

- hjælper jer med at formulere, hvad I vil opnå, og hvordan I tror, det skal ske (en forandringsteori),
- indsamler materiale undervejs: interview, observationer og målinger,
- giver jævnligt tilbagemelding, for eksempel hvert kvartal, på et læringsseminar,
- skriver en slutrapport, der også beskriver, hvad der ikke gik som planlagt.

## Spørgsmål at vende tilbage til

1. Gør vi det, vi sagde, vi ville gøre? Hvis ikke, hvorfor?
2. Mærker brugerne nogen forskel?
3. Hvad har overrasket os?
4. Hvad skal vi ændre før næste forsøg?
5. Hvad ville vi gøre anderledes, hvis vi begyndte forfra i dag?

## Tips

- Beslut tidligt, hvem der ejer evalueringen. Den, der evaluerer, skal kunne sige ubehagelige ting, uden at det bliver et problem.
- Lunds universitet og andre universiteter kan ofte være med, især hvis initiativet er interessant for forskningen.
- Sæt læringsseminarerne i kalenderen fra starten. Ellers bliver de ikke til noget.
- Del det, I lærer, også undervejs. Andre forvaltninger kan have gavn af det allerede nu.

## Sammenhæng med innovationsmodellen

Materialet fra den lærende evaluering er det, I viser, når initiativet skal passere en beslutningsport i modellen, for eksempel fra trin 2 til trin 3. Beslutningen om at gå videre, holde pause eller stoppe bliver bedre, når den bygger på det, I faktisk har set, og ikke på det, I håbede.
""",
        },
    },
    {
        "slug": "innovationsupphandling",
        "stage": 2,
        "position": 40,
        "title": {
            "sv": "Innovationsupphandling och förkommersiell upphandling",
            "en": "Innovation procurement and pre-commercial procurement",
            "da": "Innovationsindkøb og førkommercielt indkøb",
        },
        "summary": {
            "sv": "Staden köper varor och tjänster för miljarder varje år. Genom att beskriva behovet i stället för lösningen, och ibland köpa utveckling innan en produkt finns, kan upphandlingen driva fram nya lösningar.",
            "en": "The city buys goods and services worth billions every year. By describing the need instead of the solution, and sometimes buying development before a product exists, procurement can bring new solutions about.",
            "da": "Kommunen køber varer og tjenester for milliarder hvert år. Ved at beskrive behovet i stedet for løsningen, og nogle gange købe udvikling, før et produkt findes, kan indkøbet drive nye løsninger frem.",
        },
        "body": {
            "sv": """\
## Två sätt att köpa det nya

**Innovationsupphandling** betyder att ni upphandlar så att leverantörerna får utrymme att erbjuda nya lösningar. Ni beskriver behovet och vilka resultat ni vill ha, så kallade funktionskrav, i stället för en bestämd produkt.

**Förkommersiell upphandling** används när det som behövs inte finns på marknaden. Staden köper då forsknings- och utvecklingstjänster, ofta från flera leverantörer parallellt, i faser: idé, prototyp och test. Staden behåller ingen ensamrätt till resultatet, och köpet omfattas inte av LOU på samma sätt som vanliga köp. Tänk på att en förkommersiell upphandling inte leder direkt till ett avtal om leverans. Om lösningen ska köpas in efteråt krävs en ny upphandling.

## När passar det?

- Ni vet vilket behov som ska lösas men inte hur.
- Omvärldsbevakningen visar att det inte finns någon färdig lösning.
- Flera förvaltningar, eller flera kommuner, har samma behov och kan köpa tillsammans.

## Så gör ni

1. **Börja med en dialog med marknaden.** Bjud in företag till ett informationsmöte eller en workshop innan ni skriver förfrågningsunderlaget. Berätta om behovet och lyssna.
2. **Skriv funktionskrav.** "Avloppsvattnet ska renas till den här nivån" i stället för "en reningsanläggning av typ X".
3. **Tillåt alternativa lösningar** och bedöm dem efter nytta, inte bara pris.
4. **Planera för test.** Avtalet kan innehålla en testperiod med tydliga mått och möjlighet att avsluta.
5. **Ta hjälp tidigt.** Prata med stadens upphandlare innan arbetet börjar, inte när underlaget är klart.

## Tänk på

- Innovationsupphandling tar längre tid att förbereda, men ger ofta bättre lösningar och fler anbud.
- Små företag och startups har ofta svårt att delta. Dela upp uppdraget och ställ rimliga krav på omsättning och referenser.

[Upphandlingsmyndigheten](https://www.upphandlingsmyndigheten.se/) har vägledningar och mallar för både innovationsupphandling och förkommersiell upphandling, och [Vinnova](https://www.vinnova.se/) har ibland stöd för att förbereda dem.
""",
            "en": """\
## Two ways to buy the new

**Innovation procurement** means you procure in a way that gives suppliers room to offer new solutions. You describe the need and the results you want, known as functional requirements, instead of a particular product.

**Pre-commercial procurement** is used when what is needed does not exist on the market. The city then buys research and development services, often from several suppliers in parallel, in phases: idea, prototype and test. The city keeps no exclusive rights to the result, and the purchase is not covered by the Public Procurement Act in the same way as ordinary purchases. Note that a pre-commercial procurement does not lead directly to a supply contract. If the solution is to be bought afterwards, a new procurement is needed.

## When does it fit?

- You know which need to meet but not how.
- The horizon scan shows that no ready-made solution exists.
- Several administrations, or several municipalities, have the same need and can buy together.

## How to do it

1. **Start with a dialogue with the market.** Invite companies to an information meeting or a workshop before you write the tender documents. Tell them about the need, and listen.
2. **Write functional requirements.** "Wastewater shall be treated to this level" instead of "a treatment plant of type X".
3. **Allow alternative solutions** and assess them on their value, not only on price.
4. **Plan for testing.** The contract can include a test period with clear measures and the option to end it.
5. **Get help early.** Talk to the city's procurement officers before the work starts, not when the documents are finished.

## Keep in mind

- Innovation procurement takes longer to prepare, but often gives better solutions and more tenders.
- Small companies and start-ups often find it hard to take part. Split the assignment and set reasonable requirements for turnover and references.

The [National Agency for Public Procurement](https://www.upphandlingsmyndigheten.se/en/) has guidance and templates for both innovation procurement and pre-commercial procurement, and [Vinnova](https://www.vinnova.se/en/) sometimes funds their preparation.
""",
            "da": """\
## To måder at købe det nye på

**Innovationsindkøb** betyder, at I gennemfører udbuddet, så leverandørerne får plads til at tilbyde nye løsninger. I beskriver behovet og de resultater, I ønsker, såkaldte funktionskrav, i stedet for et bestemt produkt.

**Førkommercielt indkøb** bruges, når det, der er brug for, ikke findes på markedet. Kommunen køber så forsknings- og udviklingsydelser, ofte fra flere leverandører på samme tid, i faser: idé, prototype og afprøvning. Kommunen beholder ingen eneret til resultatet, og købet er ikke omfattet af udbudsreglerne på samme måde som almindelige køb. Bemærk, at et førkommercielt indkøb ikke fører direkte til en leveringsaftale. Hvis løsningen skal købes bagefter, kræver det et nyt udbud.

## Hvornår passer det?

- I ved, hvilket behov der skal løses, men ikke hvordan.
- Omverdensanalysen viser, at der ikke findes en færdig løsning.
- Flere forvaltninger, eller flere kommuner, har det samme behov og kan købe sammen.

## Sådan gør I

1. **Begynd med en dialog med markedet.** Invitér virksomheder til et informationsmøde eller en workshop, før I skriver udbudsmaterialet. Fortæl om behovet, og lyt.
2. **Skriv funktionskrav.** "Spildevandet skal renses til dette niveau" i stedet for "et renseanlæg af type X".
3. **Tillad alternative løsninger**, og bedøm dem efter gavn, ikke kun efter pris.
4. **Planlæg afprøvning.** Kontrakten kan indeholde en testperiode med klare mål og mulighed for at stoppe.
5. **Få hjælp tidligt.** Tal med kommunens indkøbere, før arbejdet begynder, ikke når materialet er færdigt.

## Husk

- Innovationsindkøb tager længere tid at forberede, men giver ofte bedre løsninger og flere tilbud.
- Små virksomheder og startups har ofte svært ved at deltage. Del opgaven op, og stil rimelige krav til omsætning og referencer.

Den svenske [Upphandlingsmyndigheten](https://www.upphandlingsmyndigheten.se/en/) har vejledninger og skabeloner til både innovationsindkøb og førkommercielt indkøb, og [Vinnova](https://www.vinnova.se/en/) har nogle gange støtte til at forberede dem.
""",
        },
    },
    # ------------------------------------------------------------------
    # Stage 3: evaluate and scale
    # ------------------------------------------------------------------
    {
        "slug": "effektmatning-med-indikatorer",
        "stage": 3,
        "position": 10,
        "title": {
            "sv": "Effektmätning med indikatorer",
            "en": "Measuring effects with indicators",
            "da": "Effektmåling med indikatorer",
        },
        "summary": {
            "sv": "För att veta om en lösning skapar värde behöver ni mäta. Välj några få indikatorer, mät läget innan ni börjar, sätt ett mål och följ upp regelbundet. Då kan ni visa effekten, eller se i tid att den uteblir.",
            "en": "To know whether a solution creates value you need to measure. Choose a few indicators, measure the situation before you start, set a target and follow up regularly. Then you can show the effect, or see in time that it is missing.",
            "da": "For at vide, om en løsning skaber værdi, skal I måle. Vælg nogle få indikatorer, mål udgangspunktet, før I begynder, sæt et mål, og følg op jævnligt. Så kan I vise effekten, eller se i tide, at den udebliver.",
        },
        "body": {
            "sv": """\
## Resultat eller effekt?

Det är lätt att mäta det ni gör: antal workshoppar, antal användare, antal installerade sensorer. Det är *resultat*. Men det staden vill veta är vilken skillnad det gör för invånarna, miljön eller ekonomin. Det är *effekt*. Mät båda, men glöm inte effekten.

## Välj indikatorer

En bra indikator är:

- **relevant**: den hänger ihop med behovet ni ville lösa,
- **mätbar**: det finns data, eller ni kan samla in den utan orimligt arbete,
- **påverkbar**: initiativet kan rimligen ändra den,
- **begriplig**: någon utanför projektet förstår vad den betyder.

Välj tre till fem. Fler blir sällan uppföljda.

## Exempel

| Indikator | Utgångsvärde | Mål | Källa |
| --- | --- | --- | --- |
| Andel av fosforn i avloppet som återvinns | 0 % | 50 % | mätningar i RecoLab |
| Tid förskollärare lägger på dokumentation per vecka | 6 timmar | 4 timmar | enkät varje termin |
| Andel unga som besöker aktivitetshuset minst en gång i månaden | 12 % | 20 % | besöksräkning |

## Så gör ni

1. **Mät utgångsvärdet innan ni börjar.** Utan ett utgångsvärde kan ni inte visa någon förändring.
2. **Sätt ett mål** och skriv varför just det målet är rimligt.
3. **Bestäm hur ofta ni mäter** och vem som ansvarar.
4. **För in mätvärdena i initiativet**, så att de syns i diagrammet och kan användas när initiativet ska passera en grind.
5. **Tolka tillsammans.** Vad förklarar förändringen? Kan något annat än initiativet ligga bakom?

## Tänk på

- Ett initiativ kan inte skalas upp i innovationsmodellen utan minst ett uppmätt värde.
- En utebliven effekt är också ett resultat. Skriv ner det som en lärdom.
- Använd gärna data som staden redan samlar in. Fråga stadens statistiker och dataansvariga innan ni bygger något nytt.
""",
            "en": """\
## Output or effect?

It is easy to measure what you do: number of workshops, number of users, number of sensors installed. That is *output*. But what the city wants to know is what difference it makes to residents, the environment or the economy. That is *effect*. Measure both, but do not forget the effect.

## Choose indicators

A good indicator is:

- **relevant**: it is connected to the need you set out to meet,
- **measurable**: the data exists, or you can collect it without unreasonable effort,
- **within reach**: the initiative can reasonably change it,
- **understandable**: someone outside the project understands what it means.

Choose three to five. More are seldom followed up.

## Examples

| Indicator | Baseline | Target | Source |
| --- | --- | --- | --- |
| Share of the phosphorus in wastewater that is recovered | 0% | 50% | measurements at RecoLab |
| Time pre-school teachers spend on paperwork per week | 6 hours | 4 hours | survey every term |
| Share of young people who visit the activity house at least once a month | 12% | 20% | visitor count |

## How to do it

1. **Measure the baseline before you start.** Without a baseline you cannot show any change.
2. **Set a target** and write down why that target is reasonable.
3. **Decide how often you measure** and who is responsible.
4. **Enter the measured values in the initiative**, so that they show in the chart and can be used when the initiative is to pass a gate.
5. **Interpret together.** What explains the change? Could something other than the initiative be behind it?

## Keep in mind

- An initiative cannot be scaled in the innovation model without at least one measured value.
- A missing effect is also a result. Write it down as a lesson.
- Use data the city already collects where you can. Ask the city's statisticians and data stewards before you build something new.
""",
            "da": """\
## Resultat eller effekt?

Det er let at måle det, I gør: antal workshops, antal brugere, antal installerede sensorer. Det er *resultater*. Men det, kommunen vil vide, er, hvilken forskel det gør for borgerne, miljøet eller økonomien. Det er *effekt*. Mål begge dele, men glem ikke effekten.

## Vælg indikatorer

En god indikator er:

- **relevant**: den hænger sammen med det behov, I ville løse,
- **målbar**: der findes data, eller I kan indsamle dem uden urimeligt arbejde,
- **påvirkelig**: initiativet kan med rimelighed ændre den,
- **forståelig**: en person uden for projektet forstår, hvad den betyder.

Vælg tre til fem. Flere bliver sjældent fulgt op.

## Eksempler

| Indikator | Udgangspunkt | Mål | Kilde |
| --- | --- | --- | --- |
| Andel af fosforen i spildevandet, der genanvendes | 0 % | 50 % | målinger på RecoLab |
| Tid, pædagoger bruger på dokumentation pr. uge | 6 timer | 4 timer | spørgeskema hvert halvår |
| Andel unge, der besøger aktivitetshuset mindst én gang om måneden | 12 % | 20 % | besøgstælling |

## Sådan gør I

1. **Mål udgangspunktet, før I begynder.** Uden et udgangspunkt kan I ikke vise nogen forandring.
2. **Sæt et mål**, og skriv, hvorfor netop det mål er rimeligt.
3. **Beslut, hvor ofte I måler**, og hvem der har ansvaret.
4. **Indtast måleværdierne i initiativet**, så de vises i diagrammet og kan bruges, når initiativet skal passere en beslutningsport.
5. **Fortolk sammen.** Hvad forklarer forandringen? Kan noget andet end initiativet ligge bag?

## Husk

- Et initiativ kan ikke skaleres i innovationsmodellen uden mindst én målt værdi.
- En udebleven effekt er også et resultat. Skriv det ned som en erfaring.
- Brug gerne data, som kommunen allerede indsamler. Spørg kommunens statistikere og dataansvarlige, før I bygger noget nyt.
""",
        },
    },
    {
        "slug": "skala-upp-och-overlamna",
        "stage": 3,
        "position": 20,
        "title": {
            "sv": "Skala upp och lämna över till ordinarie verksamhet",
            "en": "Scale up and hand over to everyday operations",
            "da": "Skalér op, og overdrag til den daglige drift",
        },
        "summary": {
            "sv": "En lösning som har visat effekt gör mest nytta när alla som behöver den kan använda den. Att skala upp kräver en mottagare, pengar i ordinarie budget och en plan för överlämningen, och det arbetet behöver börja innan testet är slut.",
            "en": "A solution that has shown an effect does most good when everyone who needs it can use it. Scaling up takes a receiving organisation, money in the ordinary budget and a handover plan, and that work must start before the test is over.",
            "da": "En løsning, der har vist effekt, gør mest gavn, når alle, der har brug for den, kan bruge den. Opskalering kræver en modtager, penge i det almindelige budget og en plan for overdragelsen, og det arbejde skal begynde, før forsøget er slut.",
        },
        "body": {
            "sv": """\
## Varför fastnar så många piloter?

Många lyckade tester tar slut när projektpengarna gör det. Lösningen fungerade, men ingen hade ansvar för att den skulle finnas kvar. Det kallas ibland för "pilotträsket". För att undvika det behöver ni planera för skalning redan i steg 2.

## Tre frågor att besvara tidigt

1. **Vem tar emot?** Vilken förvaltning eller enhet ska äga lösningen när den är en del av vardagen? Involvera dem från början, inte i slutet.
2. **Vem betalar?** Vad kostar lösningen per år i drift, och var i den ordinarie budgeten ska pengarna finnas? Innovationsfonden betalar för att pröva, inte för att driva.
3. **Vad behöver ändras?** Rutiner, avtal, system, utbildning och ibland lokala regler.

## Olika sätt att skala

- **Skala ut:** samma lösning på fler platser, till exempel alla förskolor i stället för tre.
- **Skala upp:** ändra regler, riktlinjer eller budget så att lösningen blir standard.
- **Skala djupt:** ändra arbetssätt och kultur, så att lösningen faktiskt används som det var tänkt.

De flesta lyckade uppskalningar behöver alla tre.

## En överlämningsplan

Skriv en kort plan tillsammans med mottagaren. Den ska innehålla:

- vad som lämnas över: lösning, dokumentation, avtal och data,
- när ansvaret flyttas, med ett datum,
- vem som stöttar under en övergångsperiod,
- vilka indikatorer mottagaren fortsätter att följa.

## Beslut i innovationsmodellen

När initiativet har visat effekt, med minst ett uppmätt värde, kan det passera den sista grinden och markeras som *uppskalat*. Beskriv också i initiativet vad ni lärde er av uppskalningen. Det hjälper nästa initiativ som ska gå samma väg, i Helsingborg och i andra städer.
""",
            "en": """\
## Why do so many pilots get stuck?

Many successful tests end when the project money does. The solution worked, but nobody was responsible for keeping it going. This is sometimes called "pilot purgatory". To avoid it you need to plan for scaling as early as stage 2.

## Three questions to answer early

1. **Who receives it?** Which administration or unit will own the solution once it is part of everyday work? Involve them from the start, not at the end.
2. **Who pays?** What does the solution cost per year to run, and where in the ordinary budget will the money be? The innovation fund pays for trying things out, not for running them.
3. **What needs to change?** Routines, contracts, systems, training and sometimes local rules.

## Different ways to scale

- **Scale out:** the same solution in more places, for example every pre-school instead of three.
- **Scale up:** change rules, guidelines or budgets so that the solution becomes the standard.
- **Scale deep:** change ways of working and culture, so that the solution is actually used as intended.

Most successful scale-ups need all three.

## A handover plan

Write a short plan together with the receiving unit. It should contain:

- what is handed over: the solution, documentation, contracts and data,
- when responsibility moves, with a date,
- who gives support during a transition period,
- which indicators the receiving unit keeps following.

## Decisions in the innovation model

Once the initiative has shown an effect, with at least one measured value, it can pass the last gate and be marked as *scaled*. Describe in the initiative what you learned from scaling up as well. It helps the next initiative that takes the same road, in Helsingborg and in other cities.
""",
            "da": """\
## Hvorfor går så mange pilotprojekter i stå?

Mange vellykkede forsøg slutter, når projektpengene gør. Løsningen virkede, men ingen havde ansvaret for, at den blev ved med at findes. Det kaldes nogle gange "pilotsumpen". For at undgå den skal I planlægge opskaleringen allerede på trin 2.

## Tre spørgsmål at besvare tidligt

1. **Hvem modtager?** Hvilken forvaltning eller enhed skal eje løsningen, når den er en del af hverdagen? Inddrag dem fra begyndelsen, ikke til sidst.
2. **Hvem betaler?** Hvad koster løsningen om året i drift, og hvor i det almindelige budget skal pengene findes? Innovationsfonden betaler for at afprøve, ikke for at drive.
3. **Hvad skal ændres?** Rutiner, aftaler, systemer, uddannelse og nogle gange lokale regler.

## Forskellige måder at skalere på

- **Skalér ud:** den samme løsning flere steder, for eksempel alle børnehaver i stedet for tre.
- **Skalér op:** ændr regler, retningslinjer eller budget, så løsningen bliver standard.
- **Skalér i dybden:** ændr arbejdsgange og kultur, så løsningen faktisk bliver brugt som tænkt.

De fleste vellykkede opskaleringer kræver alle tre.

## En overdragelsesplan

Skriv en kort plan sammen med modtageren. Den skal indeholde:

- hvad der overdrages: løsning, dokumentation, aftaler og data,
- hvornår ansvaret flyttes, med en dato,
- hvem der støtter i en overgangsperiode,
- hvilke indikatorer modtageren fortsat følger.

## Beslutninger i innovationsmodellen

Når initiativet har vist effekt, med mindst én målt værdi, kan det passere den sidste beslutningsport og markeres som *skaleret*. Beskriv også i initiativet, hvad I lærte af opskaleringen. Det hjælper det næste initiativ, der skal gå samme vej, i Helsingborg og i andre byer.
""",
        },
    },
    {
        "slug": "avsluta-och-ta-tillvara-lardomar",
        "stage": 3,
        "position": 30,
        "title": {
            "sv": "Avsluta och ta tillvara lärdomarna",
            "en": "Close down and keep the lessons",
            "da": "Afslut, og tag vare på erfaringerne",
        },
        "summary": {
            "sv": "Att avsluta ett initiativ som inte ger det ni hoppades är ett bra beslut, inte ett misslyckande. Det som räknas är att ni skriver ner vad ni lärde er, så att staden och andra inte gör om samma misstag.",
            "en": "Stopping an initiative that does not deliver what you hoped is a good decision, not a failure. What counts is that you write down what you learned, so that the city and others do not repeat the same mistakes.",
            "da": "At stoppe et initiativ, der ikke giver det, I håbede, er en god beslutning, ikke en fiasko. Det, der tæller, er, at I skriver ned, hvad I lærte, så kommunen og andre ikke gentager de samme fejl.",
        },
        "body": {
            "sv": """\
## Ett avslut är också ett resultat

I innovationsarbete vet ni inte i förväg om en idé håller. Därför kommer många initiativ att avslutas utan att skalas upp. Det är så det ska vara. Det vore tvärtom ett tecken på att ni inte tar några risker om allt lyckades. Det som kostar pengar är att fortsätta för länge, eller att avsluta utan att någon lär sig något.

## När är det dags att avsluta?

- Testerna visar att lösningen inte skapar den effekt ni behövde.
- Behovet har förändrats eller försvunnit.
- Någon annan har tagit fram en bättre lösning.
- Det finns ingen mottagare eller finansiering för att skala upp, och det går inte att ordna.

## Skriv lärdomarna

I innovationsmodellen kan ett initiativ inte avslutas utan lärdomar. Skriv dem så att någon som inte var med förstår. Svara på:

1. **Vad försökte vi göra, och varför?**
2. **Vad hände?** Beskriv både det som fungerade och det som inte gjorde det.
3. **Varför blev det så?** Skilj på det ni vet och det ni tror.
4. **Vad skulle vi göra annorlunda?**
5. **Vad kan andra återanvända?** Kod, avtal, mätdata, kontakter eller en bra fråga.

Skriv sakligt och utan att peka ut personer. Lärdomarna publiceras öppet på [sidan med lärdomar](/sv/lessons/), tillsammans med initiativets historik.

## Avsluta ordentligt

- Tala med dem som har deltagit i testerna. Berätta varför initiativet avslutas och vad som händer nu.
- Avsluta avtal och ta bort eller lämna tillbaka utrustning.
- Radera personuppgifter som inte längre behövs, och publicera gärna annan data som öppna data.
- Tacka partnerna och berätta vad ni lärde er tillsammans.

## En öppen lärande kultur

Helsingborgs stad visar öppet även de initiativ som inte blev som tänkt. Det gör det lättare för andra förvaltningar, kommuner och innovationsdistrikt att lära av oss, och för oss att lära av dem.
""",
            "en": """\
## Closing down is a result too

In innovation work you do not know in advance whether an idea will hold. That is why many initiatives will end without being scaled. That is how it should be. On the contrary, if everything succeeded it would be a sign that you are not taking any risks. What costs money is carrying on too long, or stopping without anybody learning anything.

## When is it time to stop?

- The tests show that the solution does not create the effect you needed.
- The need has changed or gone away.
- Someone else has come up with a better solution.
- There is no receiving unit or funding to scale up, and none can be found.

## Write the lessons

In the innovation model, an initiative cannot be stopped without lessons learned. Write them so that someone who was not there understands. Answer these questions:

1. **What did we try to do, and why?**
2. **What happened?** Describe both what worked and what did not.
3. **Why did it turn out that way?** Tell what you know apart from what you believe.
4. **What would we do differently?**
5. **What can others reuse?** Code, contracts, measurements, contacts or a good question.

Write factually and without pointing at individuals. The lessons are published openly on [the lessons learned page](/en/lessons/), together with the initiative's history.

## Close down properly

- Talk to the people who took part in the tests. Tell them why the initiative is ending and what happens now.
- End contracts and remove or return equipment.
- Delete personal data that is no longer needed, and consider publishing other data as open data.
- Thank the partners and tell them what you learned together.

## An open, learning culture

The City of Helsingborg openly shows the initiatives that did not turn out as planned as well. That makes it easier for other administrations, municipalities and innovation districts to learn from us, and for us to learn from them.
""",
            "da": """\
## En afslutning er også et resultat

I innovationsarbejde ved I ikke på forhånd, om en idé holder. Derfor vil mange initiativer slutte uden at blive skaleret. Sådan skal det være. Tværtimod ville det være et tegn på, at I ikke tager nogen risici, hvis alt lykkedes. Det, der koster penge, er at fortsætte for længe eller at stoppe, uden at nogen lærer noget.

## Hvornår er det tid til at stoppe?

- Forsøgene viser, at løsningen ikke skaber den effekt, I havde brug for.
- Behovet har ændret sig eller er forsvundet.
- En anden har udviklet en bedre løsning.
- Der er ingen modtager eller finansiering til at skalere op, og det kan ikke skaffes.

## Skriv erfaringerne ned

I innovationsmodellen kan et initiativ ikke stoppes uden erfaringer. Skriv dem, så en person, der ikke var med, forstår dem. Svar på:

1. **Hvad prøvede vi at gøre, og hvorfor?**
2. **Hvad skete der?** Beskriv både det, der virkede, og det, der ikke gjorde.
3. **Hvorfor gik det sådan?** Skeln mellem det, I ved, og det, I tror.
4. **Hvad ville vi gøre anderledes?**
5. **Hvad kan andre genbruge?** Kode, aftaler, måledata, kontakter eller et godt spørgsmål.

Skriv sagligt og uden at udpege personer. Erfaringerne offentliggøres åbent på [siden med erfaringer](/da/lessons/) sammen med initiativets historik.

## Afslut ordentligt

- Tal med dem, der har deltaget i forsøgene. Fortæl, hvorfor initiativet slutter, og hvad der sker nu.
- Afslut aftaler, og fjern eller aflevér udstyr.
- Slet personoplysninger, der ikke længere er brug for, og offentliggør gerne andre data som åbne data.
- Tak partnerne, og fortæl, hvad I lærte sammen.

## En åben, lærende kultur

Helsingborg Kommune viser åbent også de initiativer, der ikke gik som tænkt. Det gør det lettere for andre forvaltninger, kommuner og innovationsdistrikter at lære af os, og for os at lære af dem.
""",
        },
    },
    # ------------------------------------------------------------------
    # Useful at every stage
    # ------------------------------------------------------------------
    {
        "slug": "riskvillig-finansiering",
        "stage": None,
        "position": 10,
        "title": {
            "sv": "Riskvillig finansiering: innovationsfonden",
            "en": "Risk-tolerant funding: the innovation fund",
            "da": "Risikovillig finansiering: innovationsfonden",
        },
        "summary": {
            "sv": "Nya idéer ryms sällan i en ordinarie budget, eftersom ingen vet i förväg om de fungerar. Stadens innovationsfond finansierar initiativ med osäkert utfall, i alla steg av innovationsmodellen, och bedömer ansökningarna mot gemensamma kriterier.",
            "en": "New ideas rarely fit into an ordinary budget, because nobody knows in advance whether they will work. The city's innovation fund finances initiatives with an uncertain outcome, at every stage of the innovation model, and assesses applications against shared criteria.",
            "da": "Nye idéer passer sjældent ind i et almindeligt budget, fordi ingen på forhånd ved, om de virker. Kommunens innovationsfond finansierer initiativer med usikkert udfald på alle trin i innovationsmodellen og bedømmer ansøgningerne efter fælles kriterier.",
        },
        "body": {
            "sv": """\
## Varför en särskild fond?

En förvaltnings budget är till för att leverera det som redan är beslutat. Att lägga pengar på något som kanske inte fungerar är svårt att motivera där. Därför har staden avsatt pengar i en innovationsfond. Fonden tar risken, så att förvaltningarna vågar pröva.

## Vem kan söka?

Stadens förvaltningar och bolag söker, gärna tillsammans med partner utanför staden. Ni kan söka i alla steg: för att förstå ett behov, för att utveckla och testa en lösning, eller för att utvärdera och förbereda en uppskalning. Fonden betalar inte för drift av sådant som redan fungerar.

## Bedömningskriterier

Ansökningarna bedöms mot kriterierna nedan. Ju fler ett initiativ uppfyller, desto troligare är det en verklig innovation:

- löser ett behov inom ett strategiskt område,
- stor värdehävstång: kan skalas upp och komma många till nytta,
- möjlig nytta nationellt eller globalt,
- teknisk höjd, om teknik ingår,
- datadrivet: effekterna går att mäta,
- ingår inte i den ordinarie utvecklingsplanen,
- görs i samverkan med andra: invånare, förvaltningar, akademi, föreningar och näringsliv,
- det finns en engagerad idéägare,
- osäkert utfall: resultatet kan bli nyskapande.

## Så söker ni

1. **Prata med en innovationscoach** innan ni skriver. Coachen hjälper er att se vilket steg ni är i och vad ni bör söka för.
2. **Skriv ansökan** i stadens innovationsplattform. Beskriv behovet, vad ni vill testa, hur ni mäter och vilka ni samarbetar med.
3. **Bedömning.** Bedömare poängsätter ansökan mot kriterierna. Den som bedömer får inte tillhöra den sökande förvaltningen.
4. **Beslut.** Fondförvaltaren beslutar. Pengarna beviljas per initiativ, och fonden kan aldrig överskridas.
5. **Redovisning.** Redovisa vad pengarna har använts till och vad ni har lärt er.

## Andra pengar

Räcker inte fonden finns nationella och europeiska utlysningar, till exempel hos [Vinnova](https://www.vinnova.se/). Ett beslut från innovationsfonden kan vara en bra grund för medfinansiering.
""",
            "en": """\
## Why a special fund?

An administration's budget exists to deliver what has already been decided. Spending money there on something that might not work is hard to justify. That is why the city has set money aside in an innovation fund. The fund takes the risk, so that the administrations dare to try.

## Who can apply?

The city's administrations and companies apply, preferably together with partners outside the city. You can apply at every stage: to understand a need, to develop and test a solution, or to evaluate and prepare a scale-up. The fund does not pay for running things that already work.

## Assessment criteria

Applications are assessed against the criteria below. The more of them an initiative meets, the likelier it is to be a real innovation:

- it meets a need in a strategic area,
- large value leverage: it can be scaled and benefit many,
- possible national or global benefit,
- technical height, if technology is involved,
- data-driven: the effects can be measured,
- it is not part of the ordinary development plan,
- it is done in collaboration with others: residents, administrations, academia, associations and business,
- there is an engaged idea owner,
- uncertain outcome: the result may break new ground.

## How to apply

1. **Talk to an innovation coach** before you write. The coach helps you see which stage you are at and what to apply for.
2. **Write the application** on the city's innovation platform. Describe the need, what you want to test, how you will measure and whom you work with.
3. **Assessment.** Assessors score the application against the criteria. An assessor may not belong to the applying administration.
4. **Decision.** The fund manager decides. Money is granted per initiative, and the fund can never be overspent.
5. **Reporting.** Report what the money was spent on and what you learned.

## Other money

If the fund is not enough, there are national and European calls, for example from [Vinnova](https://www.vinnova.se/en/). A decision from the innovation fund can be a good basis for co-financing.
""",
            "da": """\
## Hvorfor en særlig fond?

En forvaltnings budget er til for at levere det, der allerede er besluttet. Det er svært at begrunde at bruge penge der på noget, der måske ikke virker. Derfor har kommunen sat penge af i en innovationsfond. Fonden tager risikoen, så forvaltningerne tør prøve.

## Hvem kan søge?

Kommunens forvaltninger og selskaber søger, gerne sammen med partnere uden for kommunen. I kan søge på alle trin: for at forstå et behov, for at udvikle og afprøve en løsning eller for at evaluere og forberede en opskalering. Fonden betaler ikke for drift af det, der allerede virker.

## Bedømmelseskriterier

Ansøgningerne bedømmes efter kriterierne nedenfor. Jo flere et initiativ opfylder, jo mere sandsynligt er det en reel innovation:

- løser et behov inden for et strategisk område,
- stor værdigearing: kan skaleres og komme mange til gavn,
- mulig gavn nationalt eller globalt,
- teknisk højde, hvis der indgår teknologi,
- datadrevet: effekterne kan måles,
- indgår ikke i den almindelige udviklingsplan,
- sker i samarbejde med andre: borgere, forvaltninger, forskning, foreninger og erhvervsliv,
- der er en engageret idéejer,
- usikkert udfald: resultatet kan blive banebrydende.

## Sådan søger I

1. **Tal med en innovationscoach**, før I skriver. Coachen hjælper jer med at se, hvilket trin I er på, og hvad I skal søge til.
2. **Skriv ansøgningen** på kommunens innovationsplatform. Beskriv behovet, hvad I vil afprøve, hvordan I måler, og hvem I samarbejder med.
3. **Bedømmelse.** Bedømmere giver ansøgningen point efter kriterierne. En bedømmer må ikke høre til den forvaltning, der søger.
4. **Beslutning.** Fondsforvalteren beslutter. Pengene bevilges pr. initiativ, og fonden kan aldrig overskrides.
5. **Afrapportering.** Gør rede for, hvad pengene er brugt til, og hvad I har lært.

## Andre penge

Hvis fonden ikke rækker, findes der nationale og europæiske puljer, for eksempel hos [Vinnova](https://www.vinnova.se/en/). En bevilling fra innovationsfonden kan være et godt grundlag for medfinansiering.
""",
        },
    },
    {
        "slug": "samverkan-i-fyrfaldig-helix",
        "stage": None,
        "position": 20,
        "title": {
            "sv": "Samverkan i fyrfaldig helix",
            "en": "Collaboration in the quadruple helix",
            "da": "Samarbejde i den firdobbelte helix",
        },
        "summary": {
            "sv": "De svåraste utmaningarna kan staden inte lösa ensam. I en fyrfaldig helix arbetar offentlig sektor, näringsliv, akademi och civilsamhälle tillsammans, och var och en bidrar med det de är bäst på.",
            "en": "The city cannot solve the hardest challenges on its own. In a quadruple helix the public sector, business, academia and civil society work together, each contributing what they do best.",
            "da": "De sværeste udfordringer kan kommunen ikke løse alene. I en firdobbelt helix arbejder den offentlige sektor, erhvervslivet, forskningen og civilsamfundet sammen, og hver part bidrager med det, de er bedst til.",
        },
        "body": {
            "sv": """\
## Fyra parter, fyra roller

| Part | Bidrar ofta med |
| --- | --- |
| Offentlig sektor | behov, testmiljöer, data, upphandling och långsiktighet |
| Näringsliv | teknik, snabbhet, affärsmodeller och förmåga att skala |
| Akademi | kunskap, metoder, oberoende utvärdering och studenter |
| Civilsamhälle | kontakt med invånare, lokalkännedom och engagemang |

Ordet *helix* kommer från bilden av trådar som vrids ihop till ett rep. Var och en för sig är trådarna svaga, tillsammans blir de starka.

## Så kommer ni igång

1. **Börja i behovet.** Samverkan kring en konkret fråga fungerar bättre än samverkan för sakens skull.
2. **Kartlägg vilka som berörs** och vilka som kan bidra. Använd [aktörerna i innovationsdistriktet](/sv/actors/) och klusterorganisationerna som ingång.
3. **Bjud in tidigt**, innan lösningen är bestämd. Den som får vara med och formulera problemet engagerar sig mer.
4. **Gör en enkel överenskommelse.** Vem bidrar med vad? Vem äger resultatet? Hur delar ni data? Vad händer om någon vill kliva av?
5. **Träffas regelbundet och på olika platser**, till exempel i distriktets hubbar. Det bygger förtroende.

## Vanliga fallgropar

- **Olika tidsuppfattning.** Ett företag vill ha svar på veckor, staden behöver ibland månader. Säg det högt från början.
- **Oklara förväntningar.** Ett företag som hjälper till i ett test får inte automatiskt en beställning efteråt. Lagen om offentlig upphandling gäller fortfarande.
- **Civilsamhället glöms bort.** Föreningar har ofta minst tid och pengar. Ersätt dem för deras tid när det är möjligt.

## Mät samverkan

Samverkan är ett av stadens effektmål. Registrera partnerna i initiativet, så syns det hur många externa parter som är med och hur många förvaltningar som delar på initiativ. Det visar om vi blir bättre på att arbeta tillsammans med omvärlden.
""",
            "en": """\
## Four parties, four roles

| Party | Often contributes |
| --- | --- |
| Public sector | needs, test settings, data, procurement and a long-term view |
| Business | technology, speed, business models and the ability to scale |
| Academia | knowledge, methods, independent evaluation and students |
| Civil society | contact with residents, local knowledge and commitment |

The word *helix* comes from the image of strands twisted together into a rope. Each strand alone is weak; together they are strong.

## Getting started

1. **Start from the need.** Collaboration on a concrete question works better than collaboration for its own sake.
2. **Map who is affected** and who can contribute. Use [the actors in the innovation district](/en/actors/) and the cluster organisations as a way in.
3. **Invite people early**, before the solution is settled. Those who help frame the problem get more involved.
4. **Make a simple agreement.** Who contributes what? Who owns the result? How do you share data? What happens if someone wants to leave?
5. **Meet regularly and in different places**, for example in the district's hubs. It builds trust.

## Common pitfalls

- **Different sense of time.** A company wants answers in weeks, the city sometimes needs months. Say so out loud from the start.
- **Unclear expectations.** A company that helps with a test does not automatically get an order afterwards. Public procurement law still applies.
- **Civil society is forgotten.** Associations often have the least time and money. Pay them for their time where possible.

## Measure collaboration

Collaboration is one of the city's impact targets. Record the partners in the initiative, so that it shows how many external parties take part and how many administrations share initiatives. It shows whether we are getting better at working together with the outside world.
""",
            "da": """\
## Fire parter, fire roller

| Part | Bidrager ofte med |
| --- | --- |
| Offentlig sektor | behov, testmiljøer, data, indkøb og langsigtethed |
| Erhvervsliv | teknologi, hastighed, forretningsmodeller og evne til at skalere |
| Forskning og uddannelse | viden, metoder, uafhængig evaluering og studerende |
| Civilsamfund | kontakt med borgerne, lokalkendskab og engagement |

Ordet *helix* kommer fra billedet af tråde, der snos sammen til et reb. Hver for sig er trådene svage, sammen bliver de stærke.

## Sådan kommer I i gang

1. **Begynd med behovet.** Samarbejde om et konkret spørgsmål virker bedre end samarbejde for samarbejdets skyld.
2. **Kortlæg, hvem det berører**, og hvem der kan bidrage. Brug [aktørerne i innovationsdistriktet](/da/actors/) og klyngeorganisationerne som indgang.
3. **Invitér tidligt**, før løsningen er fastlagt. Den, der er med til at formulere problemet, engagerer sig mere.
4. **Lav en enkel aftale.** Hvem bidrager med hvad? Hvem ejer resultatet? Hvordan deler I data? Hvad sker der, hvis nogen vil trække sig?
5. **Mødes jævnligt og forskellige steder**, for eksempel i distriktets hubs. Det skaber tillid.

## Almindelige faldgruber

- **Forskellig tidsopfattelse.** En virksomhed vil have svar på uger, kommunen har nogle gange brug for måneder. Sig det højt fra begyndelsen.
- **Uklare forventninger.** En virksomhed, der hjælper med et forsøg, får ikke automatisk en ordre bagefter. Udbudsreglerne gælder stadig.
- **Civilsamfundet bliver glemt.** Foreninger har ofte mindst tid og færrest penge. Betal dem for deres tid, når det er muligt.

## Mål samarbejdet

Samarbejde er et af kommunens effektmål. Registrér partnerne i initiativet, så det fremgår, hvor mange eksterne parter der er med, og hvor mange forvaltninger der deler initiativer. Det viser, om vi bliver bedre til at arbejde sammen med omverdenen.
""",
        },
    },
    {
        "slug": "dataskydd-och-oppna-data",
        "stage": None,
        "position": 30,
        "title": {
            "sv": "Dataskydd och öppna data",
            "en": "Data protection and open data",
            "da": "Databeskyttelse og åbne data",
        },
        "summary": {
            "sv": "Nästan alla innovationer i staden hanterar data. Skydda personuppgifterna från första dagen och dela det som går att dela som öppna data, så bygger ni förtroende och låter andra skapa nytta med det staden redan har.",
            "en": "Almost every innovation in the city handles data. Protect personal data from day one and share what can be shared as open data. That builds trust and lets others create value from what the city already has.",
            "da": "Næsten alle innovationer i kommunen håndterer data. Beskyt personoplysningerne fra første dag, og del det, der kan deles, som åbne data. Så skaber I tillid og lader andre skabe værdi med det, kommunen allerede har.",
        },
        "body": {
            "sv": """\
## Två sidor av samma sak

Data är både en risk och en möjlighet. Personuppgifter kan skada människor om de hamnar fel. Annan data, som mätvärden, scheman och kartor, kan skapa nytta för många om den delas. Ett bra innovationsarbete tar hand om båda.

## Skydda personuppgifter

Dataskyddsförordningen (GDPR) gäller även i ett test. Tänk på det här från början:

- **Samla bara in det ni behöver.** Behöver ni namn, eller räcker ålder och stadsdel?
- **Ha en rättslig grund** för behandlingen och skriv ner den. Fråga stadens dataskyddsombud om ni är osäkra.
- **Berätta för de registrerade** vad ni samlar in, varför och hur länge ni sparar det.
- **Gör en konsekvensbedömning** om ni behandlar känsliga uppgifter, följer personer över tid eller använder ny teknik som kameror och AI.
- **Kontrollera var data lagras.** Molntjänster och leverantörer utanför EU kräver särskild bedömning.
- **Radera** när testet är slut, om ni inte har skäl att spara.

Vägledning finns hos [Integritetsskyddsmyndigheten (IMY)](https://www.imy.se/).

## Dela öppna data

Öppna data är data som vem som helst får använda, utan kostnad och i ett maskinläsbart format. Exempel: luftkvalitet, trafikflöden, lediga lokaler och resultat från tester.

1. **Inventera** vilken data initiativet skapar.
2. **Sortera bort** det som är personuppgifter eller av andra skäl inte får delas.
3. **Välj ett öppet format**, som CSV eller JSON, och beskriv vad kolumnerna betyder.
4. **Välj en öppen licens**, till exempel CC0 eller CC BY 4.0.
5. **Publicera** och anmäl datamängden till [Sveriges dataportal](https://www.dataportal.se/).

## Tänk på

- Att något är allmän handling betyder inte automatiskt att det är lämpligt som öppna data, men det mesta som inte är sekretessbelagt kan ofta delas.
- En datamängd som uppdateras regelbundet är mer användbar än en engångsfil.
- Öppna data om initiativet självt, som budget, status och effekter, gör det lättare för andra att granska och lära av stadens arbete.
""",
            "en": """\
## Two sides of the same thing

Data is both a risk and an opportunity. Personal data can harm people if it ends up in the wrong place. Other data, such as measurements, timetables and maps, can benefit many if it is shared. Good innovation work takes care of both.

## Protect personal data

The General Data Protection Regulation (GDPR) applies during a test too. Think about the following from the start:

- **Collect only what you need.** Do you need names, or is age and district enough?
- **Have a legal basis** for the processing and write it down. Ask the city's data protection officer if you are unsure.
- **Tell the people concerned** what you collect, why, and how long you keep it.
- **Carry out an impact assessment** if you process sensitive data, follow people over time or use new technology such as cameras and AI.
- **Check where data is stored.** Cloud services and suppliers outside the EU need a separate assessment.
- **Delete** when the test is over, unless you have a reason to keep it.

Guidance is available from the [Swedish Authority for Privacy Protection (IMY)](https://www.imy.se/en/).

## Share open data

Open data is data that anyone may use, free of charge and in a machine-readable format. Examples: air quality, traffic flows, available premises and test results.

1. **Take stock** of the data the initiative creates.
2. **Set aside** what is personal data or may not be shared for other reasons.
3. **Choose an open format**, such as CSV or JSON, and describe what the columns mean.
4. **Choose an open licence**, for example CC0 or CC BY 4.0.
5. **Publish** and register the dataset with [Sweden's data portal](https://www.dataportal.se/).

## Keep in mind

- That something is an official document does not automatically make it suitable as open data, but most of what is not confidential can often be shared.
- A dataset that is updated regularly is more useful than a one-off file.
- Open data about the initiative itself, such as its budget, status and effects, makes it easier for others to scrutinise and learn from the city's work.
""",
            "da": """\
## To sider af samme sag

Data er både en risiko og en mulighed. Personoplysninger kan skade mennesker, hvis de havner forkert. Andre data, som målinger, køreplaner og kort, kan gavne mange, hvis de deles. Godt innovationsarbejde tager sig af begge dele.

## Beskyt personoplysninger

Databeskyttelsesforordningen (GDPR) gælder også i et forsøg. Tænk på følgende fra begyndelsen:

- **Indsaml kun det, I har brug for.** Har I brug for navne, eller er alder og bydel nok?
- **Hav et retsgrundlag** for behandlingen, og skriv det ned. Spørg kommunens databeskyttelsesrådgiver, hvis I er i tvivl.
- **Fortæl de registrerede**, hvad I indsamler, hvorfor, og hvor længe I gemmer det.
- **Lav en konsekvensanalyse**, hvis I behandler følsomme oplysninger, følger personer over tid eller bruger ny teknologi som kameraer og AI.
- **Kontrollér, hvor data opbevares.** Cloudtjenester og leverandører uden for EU kræver en særlig vurdering.
- **Slet**, når forsøget er slut, medmindre I har grund til at gemme.

Vejledning findes hos den svenske tilsynsmyndighed [Integritetsskyddsmyndigheten (IMY)](https://www.imy.se/en/).

## Del åbne data

Åbne data er data, som alle må bruge, gratis og i et maskinlæsbart format. Eksempler: luftkvalitet, trafikstrømme, ledige lokaler og resultater fra forsøg.

1. **Kortlæg**, hvilke data initiativet skaber.
2. **Sortér fra**, hvad der er personoplysninger eller af andre grunde ikke må deles.
3. **Vælg et åbent format**, som CSV eller JSON, og beskriv, hvad kolonnerne betyder.
4. **Vælg en åben licens**, for eksempel CC0 eller CC BY 4.0.
5. **Offentliggør**, og anmeld datasættet til den svenske dataportal [Sveriges dataportal](https://www.dataportal.se/).

## Husk

- At noget er offentligt tilgængeligt, betyder ikke automatisk, at det egner sig som åbne data, men det meste, der ikke er fortroligt, kan ofte deles.
- Et datasæt, der opdateres jævnligt, er mere brugbart end en engangsfil.
- Åbne data om selve initiativet, som budget, status og effekter, gør det lettere for andre at granske og lære af kommunens arbejde.
""",
        },
    },
]
