// The text the corpus generator (corpus_gen.cpp) builds its documents from: Swedish–Finnish
// parallel paragraphs, headings and phrases, names and places. Data only; how it is put together
// is in corpus_gen.cpp.
//
// Sources: the decision's objectives and paragraphs are those of Statsrådets beslut 272/2025
// (corpus/decisions, with the line-end hyphens resolved), one pair per paragraph as in
// tests/align/gold/vnp-272-2025.tsv; the publication's are STM 2024:6 (corpus/publications;
// the ministry's notice applies: personal use permitted, commercial use prohibited); the Swedish
// protocol paragraphs are the corpus protocols' (corpus/protocols) with the county's own name and
// one-off details taken out, their Finnish counterparts translations made for the generator. The
// people are made up: given names and surnames are combined at random.
//
// Placeholders, replaced per document: {C} the county (Swedish name, Finnish nominative), {Cg}
// its Finnish genitive, {Ca} its Finnish allative, {R} its regional state administrative agency's
// region, {T} and {E} the meeting's start and end time, {Y} the meeting's year, {Y1} the year
// before, {Y2} the year after, {Y3} three years after, {G} the year the Ministry of the Interior
// gave its earlier list and {G3} the last year it is valid, {N1} and {N2} figures, {W} and {D} the
// meeting's weekday and date, {K} the case number, {Chair} the chair's name. "~" is a space where
// a line must not break ("kl.~12.00", "30~dygn"). A newline separates the paragraphs of one
// decision or item.
#pragma once

#include <string_view>

namespace tolk::bench::text {

// One text in Swedish and in Finnish; the two say the same thing.
struct Parallel {
  std::string_view sv, fi;
};

// Two texts that go together in one language: a title and an organisation, a heading and its text.
struct TextPair {
  std::string_view first, second;
};

// ---- Government decision -----------------------------------------------------------------------

// The objectives of the decision, without their numbers.
inline constexpr Parallel kObjectiveStatements[] = {
    {"Välfärdsområdet ska främja och säkerställa befolkningens välfärd, hälsa och säkerhet i "
     "alla situationer i sitt område.",
     "Hyvinvointialueen on edistettävä ja varmistettava alueensa väestön hyvinvointia, "
     "terveyttä ja turvallisuutta kaikissa tilanteissa."},
    {"Välfärdsområdet ska säkerställa att social- och hälsovården och räddningsväsendet har "
     "förmåga att ordna tjänsterna på ett jämlikt, högklassigt och kostnadsnyttoeffektivt sätt "
     "samt på ett sätt som svarar mot risker och hot i verksamhetsmiljön.",
     "Hyvinvointialueen on varmistettava sosiaali- ja terveydenhuollon ja pelastustoimen kyky "
     "järjestää palvelut yhdenvertaisesti, laadukkaasti ja kustannusvaikuttavasti sekä "
     "toimintaympäristön riskejä ja uhkia vastaavasti."},
    {"De social- och hälsovårdstjänster samt räddningsväsendets tjänster som välfärdsområdet "
     "ansvarar för att ordna ska vara ekonomiskt hållbara, högklassiga och "
     "kostnadsnyttoeffektiva.",
     "Hyvinvointialueen järjestämisvastuulla olevien sosiaali- ja terveydenhuollon sekä "
     "pelastustoimen palvelujen tulee olla taloudellisesti kestäviä, laadukkaita ja "
     "kustannusvaikuttavia."},
    {"Investeringarna ska förbättra verksamhetens kostnadsnyttoeffektivitet och främja det "
     "regionala samarbetet.",
     "Investointien tulee parantaa toiminnan kustannusvaikuttavuutta ja edistää alueellista "
     "yhteistyötä."},
    {"I verksamheten, styrningen och ledningen ska verkningsfullheten betonas.",
     "Toiminnassa, ohjauksessa ja johtamisessa tulee painottaa vaikuttavuusperustaisuutta."},
    {"Reformen av välfärdsområdets verksamhet och ekonomi ska fortsätta ambitiöst.",
     "Hyvinvointialueen toiminnan ja talouden uudistamista on jatkettava kunnianhimoisesti."},
    {"I välfärdsområdena ska det finnas kompetent personal som är tillräcklig med tanke på "
     "välfärdsområdenas uppgifter. Personalens välbefinnande ska tryggas.",
     "Hyvinvointialueiden henkilöstön tulee olla osaavaa ja hyvinvointialueiden tehtäviin "
     "riittävää. Henkilöstön hyvinvoinnista on huolehdittava."},
    {"Sektorernas dragnings- och hållkraft ska tryggas.",
     "Toimialojen veto- ja pitovoimaisuudesta on huolehdittava."},
    {"Ledningen, planeringen, genomförandet och utvecklingen av välfärdsområdenas verksamhet på "
     "lokal, regional och riksomfattande nivå ska grunda sig på information.",
     "Hyvinvointialueiden toiminnan paikallisen, alueellisen ja valtakunnallisen johtamisen, "
     "suunnittelun, toteutuksen ja kehittämisen tulee perustua tietoon."},
    {"Digitaliseringen främjas inom välfärdsområdenas alla verksamhetsområden.",
     "Digitalisaatiota edistetään hyvinvointialueiden kaikilla toimialoilla."},
    {"Välfärdsområdet samarbetar för att uppfylla de lagstadgade skyldigheterna och målen.",
     "Hyvinvointialue toimii yhteistyössä lakisääteisten velvoitteiden toteuttamiseksi ja "
     "tavoitteiden saavuttamiseksi."},
    {"Välfärdsområdets uppgifter ska skötas lokalt, regionalt och nationellt genom gott "
     "samarbete mellan människor.",
     "Hyvinvointialueen tehtäviä tulee hoitaa paikallisesti, alueellisesti ja "
     "valtakunnallisesti ihmisten välisellä hyvällä yhteistyöllä."},
};

// The paragraphs that explain the objectives.
inline constexpr Parallel kObjectiveParagraphs[] = {
    {"En förutsättning för att stärka befolkningens arbets- och funktionsförmåga och "
     "servicesystemets hållbarhet är att välfärd, hälsa och säkerhet främjas och säkerställs. "
     "Åtgärder som främjar befolkningens välfärd, hälsa och säkerhet ökar jämlikheten och "
     "befolkningens egen beredskap och resiliens. Genom åtgärderna kan man minska skillnaderna "
     "i hälsa och välfärd mellan befolkningsgrupper och regioner samt dämpa ökningen av "
     "välfärdsområdenas kostnader och på så sätt trygga en ekonomisk hållbarhet.",
     "Hyvinvoinnin, terveyden ja turvallisuuden edistäminen ja varmistaminen on edellytys "
     "väestön työ- ja toimintakyvyn vahvistamiselle sekä palvelujärjestelmän kestävyydelle. "
     "Väestön hyvinvointia, terveyttä ja turvallisuutta edistävät toimet vahvistavat ihmisten "
     "yhdenvertaisuutta, väestön omatoimista varautumista ja resilienssiä. Toimilla voidaan "
     "vähentää väestöryhmien ja alueiden välisiä eroja terveydessä ja hyvinvoinnissa sekä "
     "hillitä hyvinvointialueiden kustannusten kasvua ja siten turvata taloudellista "
     "kestävyyttä."},
    {"Främjandet av välfärd, hälsa och säkerhet förutsätter strategisk ledning. För att "
     "genomföra målet behövs omfattande och multiprofessionellt samarbete mellan olika aktörer, "
     "regionala samarbetsstrukturer och gemensamt överenskomna förfaranden. Åtgärderna riktar "
     "sig till individer och grupper samt arbets- och livsmiljön.",
     "Hyvinvoinnin, terveyden ja turvallisuuden edistäminen edellyttää strategista johtamista. "
     "Tavoitteen toteuttamiseen tarvitaan eri toimijoiden laajaa ja monialaista yhteistyötä, "
     "alueellisia yhteistyörakenteita ja yhteisesti sovittuja toimintakäytänteitä. Toiminta "
     "kohdentuu yksilöihin, yhteisöihin sekä työ- ja elinympäristöön."},
    {"Vid genomförandet av målet ska man beakta bakgrundsfaktorer och särdrag i anslutning till "
     "den regionala befolkningen och verksamhetsmiljön samt möjligheterna att tillhandahålla "
     "tjänster sektorsövergripande, bland annat tillsammans med kommunernas sysselsättnings- "
     "och utbildningstjänster samt säkerhetsmyndigheterna.",
     "Tavoitteen toteuttamisessa on otettava huomioon aluekohtaisia väestöön ja "
     "toimintaympäristöön liittyviä taustatekijöitä ja erityispiirteitä sekä mahdollisuudet "
     "palvelujen toteuttamiseen monialaisesti, muun muassa kuntien työllisyys- ja "
     "koulutuspalvelujen sekä turvallisuusviranomaisten kanssa."},
    {"Effekterna av att främja hälsa och välfärd ska stärkas för att svara mot befolkningens "
     "behov. Åtgärderna, de metoder som väljs och uppföljningen ska grunda sig på information "
     "om verkningsfullheten. Med hjälp av informationen om verkningsfullheten ska "
     "välfärdsområdena även stödja kommunernas arbete för att främja välfärd, hälsa och "
     "säkerhet. Välfärdsområdenas egen tillsyn, styrning och rådgivning samt "
     "säkerhetskommunikation ska genomföras så att verksamhetens verkningsfullhet förbättras.",
     "Hyvinvoinnin ja terveyden edistämisen vaikuttavuutta on vahvistettava väestön tarpeisiin "
     "vastaamiseksi. Toimenpiteiden, valittavien menetelmien ja seurannan tulee perustua "
     "vaikuttavuudesta saatuun tietoon. Lisäksi hyvinvointialueen tulee tukea "
     "vaikuttavuustiedolla kuntien hyvinvoinnin, terveyden ja turvallisuuden edistämisen työtä. "
     "Hyvinvointialueella omaa valvontaa, ohjausta ja neuvontaa sekä turvallisuusviestintää on "
     "toteutettava toiminnan vaikuttavuutta parantaen."},
    {"Målet med beredskapen och förberedelserna på regional och nationell nivå är att så bra "
     "som möjligt bemöta regionala och nationella hot samt att säkerställa ordnandet av "
     "tjänsterna i alla situationer. Social- och hälsovården och räddningsväsendet ska förmå "
     "att omedelbart leda och reagera på ett planenligt sätt i alla säkerhetssituationer, såväl "
     "i störningssituationer som vid storolyckor och undantagsförhållanden. Varje "
     "välfärdsområde ska göra upp en beredskapsplan som grundar sig på sektorspecifika "
     "nationellt enhetliga grunder. Välfärdsområdet ska ha avtalat om vem som ansvarar för att "
     "uppdatera planen. Välfärdsområdena sörjer under alla förhållanden också för "
     "funktionssäkerheten och säkerheten i kritiska informationssystem.",
     "Alueellisen ja valtakunnallisen valmiuden ja varautumisen tavoitteena on vastata "
     "alueellisiin ja valtakunnallisiin uhkiin mahdollisimman hyvin sekä varmistaa palveluiden "
     "järjestäminen kaikissa tilanteissa. Sosiaali- ja terveydenhuollossa sekä pelastustoimessa "
     "on oltava välitön kyky johtaa ja toimia suunnitellusti kaikissa turvallisuustilanteissa "
     "kuten myös häiriötilanteissa, suuronnettomuuksissa ja poikkeusoloissa. Jokaisen "
     "hyvinvointialueen on tehtävä valmiussuunnitelma, jonka päivitysvastuut ovat sovitut ja "
     "joka pohjautuu toimialakohtaisiin kansallisesti yhtenäisiin perusteisiin. "
     "Hyvinvointialueet huolehtivat kaikissa oloissa myös kriittisten tietojärjestelmien "
     "toimintavarmuudesta ja turvallisuudesta."},
    {"Inom social- och hälsovården är syftet att stärka verksamheten inom de fem "
     "samarbetsområdena och skapa nationellt enhetliga verksamhetssätt som möjliggör ledning "
     "och resursanvändning över välfärdsområdesgränserna i störningssituationer. Den nationella "
     "beredskapsgruppens verksamhet etableras som en del av social- och hälsovårdsministeriets "
     "beslutsfattande i den nationella ledningen i störningssituationer.",
     "Sosiaali- ja terveydenhuollossa tarkoituksena on vahvistaa viiden yhteistyöalueen "
     "toimintaa ja luoda kansallisesti yhtenäiset toimintatavat, jotka mahdollistavat "
     "häiriötilanteissa johtamisen ja resurssien käytön yli hyvinvointialuerajojen. Kansallisen "
     "valmiusryhmän toiminta vakiinnutetaan osana sosiaali- ja terveysministeriön "
     "päätöksentekoa häiriötilanteiden kansallisessa johtamisessa."},
    {"Målet är att etablera verksamheten vid beredskapscentren för social- och hälsovården. I "
     "samarbetsområdena etableras också strukturer för styrningen av beredskapsplaneringen och "
     "av förberedelserna inom social- och hälsovården i samarbete med beredskapscentren. "
     "Social- och hälsovårdens beredskapsplanering samordnas med räddningsmyndigheternas "
     "verksamhet så att ledningsansvaret är så tydligt som möjligt i alla situationer.",
     "Tavoitteena on vakiinnuttaa sosiaali- ja terveydenhuollon valmiuskeskusten toiminta. "
     "Yhteistyöalueille vakiinnutetaan myös rakenteet sosiaali- ja terveydenhuollon "
     "valmiussuunnittelun ja varautumisen ohjaukselle yhteistyössä valmiuskeskusten kanssa. "
     "Sosiaali- ja terveydenhuollon valmiussuunnittelu sovitetaan yhteen pelastusviranomaisten "
     "toiminnan kanssa niin, että johtovastuut ovat kaikissa tilanteissa mahdollisimman "
     "selkeitä."},
    {"Räddningsverksamhetens ledningssystem har tre nivåer och fungerar som ett nätverksbaserat "
     "system som flexibelt kan skalas i olika olycks- och säkerhetssituationer. Verksamheten "
     "inom räddningsväsendets samarbetsområden ska etableras genom gemensamma planer och "
     "resursallokeringar. Samarbetsområdenas läges- och ledningscentraler ska ha en stark roll "
     "i räddningsväsendets lägesbildsverksamhet samt i stödet för ledningen av "
     "räddningsverksamheten inom samarbetsområdet. Dessutom ska man med stöd av verksamheten "
     "vid läges- och ledningscentralerna säkerställa beredskapen för omfattande och långvarig "
     "räddningsverksamhet vid olyckor samt för uppgifter som hänför sig till befolkningsskyddet.",
     "Pelastustoiminnan kolmiportainen johtamisjärjestelmä toimii verkottuneena järjestelmänä, "
     "joka skaalautuu joustavasti eri onnettomuus- ja turvallisuustilanteisiin. "
     "Pelastustoiminnan yhteistyöalueiden toiminta tulee vakiinnuttaa yhteisin suunnitelmin ja "
     "voimavarakohdennuksin. Yhteistyöalueiden tilanne- ja johtokeskuksilla on oltava vahva "
     "rooli pelastustoimen tilannekuvatoiminnassa sekä pelastustoiminnan johtamisen tukemisessa "
     "yhteistyöalueella. Lisäksi tilanne- ja johtokeskustoiminnan tukemana tulee varmistaa "
     "varautuminen laajamittaisiin ja pitkäkestoisiin onnettomuuksien pelastustoimintaan sekä "
     "väestönsuojelun tehtäviin."},
    {"Samarbetsområdena inom räddningsväsendet ska kunna samla resurser och särskild "
     "prestationsförmåga för nationellt och vid behov även internationellt bruk. Behovet "
     "framhävs särskilt vid omfattande olyckor som kräver riksomfattande resurser, vilket "
     "förutsätter förhandsplanering och samarbete mellan välfärdsområdena, samarbetsområdena "
     "och inrikesministeriet.",
     "Pelastustoiminnan yhteistyöalueilta on pystyttävä kokoamaan pelastustoiminnan resursseja "
     "ja erikoissuorituskykyjä valtakunnalliseen ja tarvittaessa myös kansainväliseen käyttöön. "
     "Tarve korostuu erityisesti valtakunnallisia voimavaroja vaativissa laajamittaisissa "
     "onnettomuuksissa, mikä edellyttää etukäteissuunnittelua ja yhteistyötä "
     "hyvinvointialueiden, yhteistyöalueiden ja sisäministeriön välillä."},
    {"Räddningsväsendet ska ha förmåga att omedelbart agera planmässigt i alla "
     "säkerhetssituationer och det ska vara en närservice på säkerhetsområdet även framöver. "
     "Räddningsväsendets tjänster ska under alla förhållanden och oberoende av tidpunkt fungera "
     "som en lokal, regional och riksomfattande helhet.",
     "Pelastustoimella on oltava välitön kyky toimia suunnitellusti kaikissa "
     "turvallisuustilanteissa ja sen on säilyttävä turvallisuuden lähipalveluna. Pelastustoimen "
     "palvelujen tulee toimia kaikissa olosuhteissa ja ajankohdasta riippumatta paikallisena, "
     "alueellisena ja valtakunnallisena kokonaisuutena."},
    {"Inom räddningsväsendet ska förebyggandet av olyckor ordnas utifrån riskerna och på ett "
     "enhetligt och verkningsfullt sätt med utgångspunkt i områden med liknande förhållanden "
     "samt med beaktande av olika målgruppers och objekts krav. Ett datasystem för förebyggande "
     "av olyckor samt e-tjänster ska tas i bruk. Vid inriktningen av verksamheten ska också "
     "observationer från uppföljningen av olycksutvecklingen och från brandutredningar beaktas.",
     "Pelastustoimen onnettomuuksien ehkäisy tulee järjestää riskiperusteisesti, "
     "toimintaympäristöltään vastaavan kaltaisten alueiden näkökulmasta yhdenmukaisesti ja "
     "vaikuttavasti ottaen huomioon erilaisten kohderyhmien ja kohteiden vaatimukset. "
     "Onnettomuuksien ehkäisyn tietojärjestelmä ja sähköinen asiointi tulee ottaa käyttöön. "
     "Toiminnan suuntaamisessa tulee ottaa huomioon onnettomuuskehityksen seurannasta ja "
     "palontutkinnasta saadut havainnot."},
    {"Välfärdsområdena ska förbereda sig på de skyddsarrangemang för befolkningen som "
     "hotmodellerna för undantagsförhållanden förutsätter genom arrangemang som är realistiska "
     "att genomföra. De ska också sörja för den materiella beredskapen. Försörjningsberedskapen "
     "och de logistiska arrangemangen ska tryggas även under exceptionella förhållanden.",
     "Hyvinvointialueilla on varauduttava poikkeusolojen uhkamallien edellyttämiin väestön "
     "suojaamisjärjestelyihin realistisesti toteutettavissa olevin järjestelyin. Myös "
     "materiaalisesta varautumisesta on huolehdittava. Huoltovarmuus ja logistiset järjestelyt "
     "tulee turvata myös poikkeuksellisissa olosuhteissa."},
    {"Välfärdsområdena ska se till att förutsättningarna för likabehandling och jämlikhet "
     "uppnås, i synnerhet när det gäller personer i utsatt ställning.",
     "Hyvinvointialueilla on pidettävä huolta ihmisten yhdenvertaisuuden ja tasa-arvon "
     "edellytysten saavuttamisesta, erityisesti haavoittuvassa asemassa olevien ihmisten osalta."},
    {"Målet är att stärka tillgodoseendet av de språkliga rättigheterna i välfärdsområdenas "
     "tjänster. Åtgärder ska i synnerhet riktas till att göra alla välfärdsområdets tjänster "
     "tillgängliga på svenska i tvåspråkiga välfärdsområden och på samiska i samernas "
     "hembygdsområde. Tillgodoseendet av de språkliga rättigheterna ska stärkas även när det "
     "gäller teckenspråk, samtidigt som även andra språkgrupper och regionala särdrag beaktas.",
     "Tavoitteena on vahvistaa hyvinvointialueiden palveluissa kielellisten oikeuksien "
     "toteutumista. Toimenpiteitä on kohdistettava erityisesti kaikkien hyvinvointialueen "
     "palvelujen saamiseksi ruotsin kielellä kaksikielisillä hyvinvointialueilla ja saamen "
     "kielellä saamelaisten kotiseutualueella. Kielellisten oikeuksien toteutumista myös "
     "viittomakielellä on vahvistettava huomioiden lisäksi muut kieliryhmät ja alueelliset "
     "erityispiirteet."},
    {"Social- och hälsovårdens servicesystem ska trygga jämlika, högklassiga, effektiva och "
     "kostnadseffektiva tjänster för hela befolkningen. Målet är att alla kundgrupper ska få "
     "tjänster i rätt tid och på rätt plats oberoende av bostadsort. Detta förutsätter en "
     "tydligare struktur än i nuläget, så att främjandet av välfärd och hälsa samt social- och "
     "hälsovårdstjänsterna på basnivå och specialiserad nivå i sin helhet är effektiva och "
     "kostnadsnyttoeffektiva.",
     "Sosiaali- ja terveydenhuollon palvelujärjestelmän on turvattava yhdenvertaiset, "
     "laadukkaat, vaikuttavat ja kustannustehokkaat palvelut koko väestölle. Tavoitteena on, "
     "että kaikki asiakasryhmät saavat palveluja oikea-aikaisesti ja oikeassa paikassa "
     "asuinpaikasta riippumatta. Tämä edellyttää nykyistä selkeämpää rakennetta, jossa "
     "hyvinvoinnin ja terveyden edistäminen sekä perustason ja erityistason sosiaali- ja "
     "terveydenhuollon palvelut ovat kokonaisuutena vaikuttavia ja kustannusvaikuttavia."},
    {"För att kunna svara på utmaningarna inom social- och hälsovården är målet att flytta "
     "tyngdpunkten i tjänsterna till att stärka basservicen.",
     "Sosiaali- ja terveydenhuollon haasteisiin vastaamiseksi tavoitteena on siirtää "
     "palveluiden painopistettä kohti peruspalveluiden vahvistamista."},
    {"Målet är att göra välfärdsområdets tjänster ännu mer kundorienterade så att de bättre "
     "motsvarar kundens servicebehov. Detta innebär bland annat att man vidareutvecklar "
     "graderingen av servicesystemet. Servicestrukturen och personalens arbetsfördelning ska "
     "också förnyas så att tjänsterna kan ordnas med den personal som de facto finns "
     "tillgänglig. Integrationen av social- och hälsovården i helheter av serviceinnehåll och "
     "servicestruktur ska fortsätta i välfärdsområdena.",
     "Tavoitteena on edelleen kehittää hyvinvointialueen palvelujen asiakaslähtöisyyttä yhä "
     "paremmin vastaamaan asiakkaan palvelutarpeeseen. Tämä tarkoittaa muun muassa "
     "palvelujärjestelmän porrastuksen edelleen kehittämistä. Palvelurakennetta ja henkilöstön "
     "työnjakoja on myös uudistettava niin, että palvelut kyetään järjestämään tosiasiallisesti "
     "saatavilla olevalla henkilöstöllä. Sosiaali- ja terveydenhuollon integroimista "
     "palvelusisältöjen ja palvelurakenteen kokonaisuuksiksi on hyvinvointialueilla jatkettava."},
    {"Genom en ändamålsenlig samordning av social- och hälsovårdstjänsterna strävar man också "
     "efter att göra tjänsterna smidigare och kontinuerligare samt att öka samarbetet mellan "
     "yrkesutbildade personer inom social- och hälsovården. Ett mål är också att stärka "
     "befolkningens eget aktörskap samt medvetenhet och delaktighet i frågor som gäller "
     "välfärd, hälsa samt arbets- och funktionsförmåga som en del av ett tydligare social- och "
     "hälsovårdssystem i välfärdsområdena. Genom samarbete mellan räddningsväsendet och social- "
     "och hälsovården säkerställs högklassiga prehospitala akutsjukvårdstjänster.",
     "Sosiaali- ja terveyspalvelujen tarkoituksenmukaisella yhteensovittamisella tavoitellaan "
     "myös palvelujen sujuvuuden, jatkuvuuden ja sosiaali- ja terveydenhuollon ammattilaisten "
     "yhteistyön lisäämistä. Tavoitteena on myös vahvistaa väestön omaa toimijuutta, "
     "tietoisuutta ja osallisuutta hyvinvointiin, terveyteen sekä työ- ja toimintakykyyn "
     "liittyvissä asioissa osana selkeämpää hyvinvointialueen sosiaali- ja "
     "terveyspalvelujärjestelmää. Pelastustoimen ja sosiaali- ja terveydenhuollon yhteistyöllä "
     "varmistetaan laadukkaat ensihoitopalvelut."},
    {"Välfärdsområdena ska tillhandahålla tjänster digitalt när det är möjligt och "
     "ändamålsenligt och säkert för kunden. Tillgång till information i rätt tid och användbar "
     "information stöder möjligheterna att genomföra social- och hälsovårdstjänsterna på ett "
     "smidigt sätt som utgår från kunden. Ett ändamålsenligt samarbete och en ändamålsenlig "
     "arbetsfördelning mellan tjänsterna och serviceprocesserna samt ett fungerande servicenät, "
     "utveckling av digitala servicevägar och inriktning av tjänsterna utifrån användaren och "
     "dennes livssituation stöder en verkningsfull och kostnadsnyttoeffektiv verksamhet. När "
     "tjänster tillhandahålls digitalt ska välfärdsområdet säkerställa att individer bemöts "
     "jämställt och på lika villkor, har rättvisa möjligheter att använda tjänsterna samt att "
     "olika kundgrupper får tillräckligt med stöd.",
     "Hyvinvointialueiden tulee tarjota palveluja digitaalisesti silloin, kun se on mahdollista "
     "ja asiakkaan kannalta tarkoituksenmukaista ja turvallista. Tiedon oikea-aikaisella "
     "saatavuudella ja käytettävyydellä tuetaan sosiaali- ja terveyspalvelujen saumatonta ja "
     "asiakaslähtöistä toteuttamista. Palvelujen ja palveluprosessien tarkoituksenmukainen "
     "yhteistyö ja työnjako sekä toimiva palveluverkko, digitaalisten palvelupolkujen "
     "kehittäminen ja palvelujen käyttäjä- ja elämäntilannelähtöinen kohdentuminen tukevat "
     "toiminnan vaikuttavuutta ja kustannusvaikuttavuutta. Kun palveluja tarjotaan "
     "digitaalisesti, hyvinvointialueen on varmistettava yksilöiden tasa-arvoinen ja "
     "yhdenvertainen kohtelu, oikeudenmukaiset mahdollisuudet käyttää palveluja sekä riittävä "
     "tuki eri asiakasryhmille."},
    {"Räddningsväsendets riksomfattande system ska ha förmåga att producera jämlika och "
     "kostnadsnyttoeffektiva räddningstjänster som svarar mot riskerna och hoten i hela landet. "
     "Med jämlikhet avses att områden med liknande risker har tjänster på samma nivå och som är "
     "nationellt enhetliga. När servicenivån bestäms ska också verksamheten under "
     "undantagsförhållanden enligt beredskapslagen samt räddningsväsendets centrala roll i "
     "befolkningsskyddet och samordningen av det beaktas. Förutsättningarna för "
     "avtalsbrandkårsverksamhet ska tryggas och verksamheten utvecklas långsiktigt och "
     "målinriktat.",
     "Pelastustoimen valtakunnallisella järjestelmällä tulee olla kyky tuottaa riskejä ja uhkia "
     "vastaavat, yhdenvertaiset ja kustannusvaikuttavat pelastustoiminnan palvelut koko maassa. "
     "Yhdenvertaisuudella tarkoitetaan, että riskeiltään samankaltaisilla alueilla on saman "
     "tasoiset ja valtakunnallisesti yhdenmukaiset palvelut. Palvelutasoa määriteltäessä on "
     "otettava huomioon myös toiminta valmiuslain mukaisissa poikkeusoloissa sekä "
     "pelastustoimen keskeinen rooli väestönsuojelussa ja sen yhteensovittamisessa. "
     "Sopimuspalokuntatoiminnan edellytykset on turvattava ja toimintaa on kehitettävä "
     "pitkäjänteisesti ja tavoitteellisesti."},
    {"Planeringen av räddningsväsendets aktionsberedskap ska grunda sig på de nationellt "
     "fastställda kraven på prestanda och de förmågor som behövs för att producera dem. Detta "
     "förutsätter ett uppdaterat och enhetligt informationsunderlag, strategisk styrning samt "
     "kontinuerlig växelverkan och ett fungerande informationsutbyte mellan välfärdsområdenas "
     "räddningsväsenden, de myndigheter som övervakar verksamheten och inrikesministeriet.",
     "Pelastustoimen toimintavalmiuden suunnittelun on perustuttava valtakunnallisesti "
     "määriteltyihin suorituskykyvaatimuksiin ja niiden tuottamiseksi tarvittaviin "
     "kyvykkyyksiin. Tämä edellyttää ajantasaista ja yhdenmukaista tietopohjaa, strategista "
     "ohjausta sekä jatkuvaa vuorovaikutusta ja toimivaa tiedonvaihtoa hyvinvointialueiden "
     "pelastustoimien, toimintaa valvovan viranomaisen ja sisäministeriön välillä."},
    {"Räddningsväsendet ska utifrån en kontinuerlig analys ha en helhetsbild av riskerna i "
     "samhället och andra faktorer som påverkar uppkomsten av räddningsväsendets servicebehov. "
     "Omvärldsanalyser ska göras på enhetliga grunder på olika förvaltningsnivåer, varvid de "
     "kompletterar varandra. Skapandet av en helhetsbild ska stödjas genom åtgärder som "
     "anknyter till forskning, kunskapsbaserad ledning, informationshantering och utveckling. "
     "För att svara på servicebehoven i välfärdsområdena förutsätts att räddningsväsendets "
     "prestationsförmåga bedöms, att kraven på prestanda följs upp och utvärderas regelbundet "
     "samt att resurserna allokeras på ett ändamålsenligt, kostnadseffektivt och effektivt sätt "
     "som en del av målet att stävja kostnaderna.",
     "Pelastustoimella on oltava jatkuvaan analyysiin perustuva kokonaiskuva yhteiskunnan "
     "riskeistä ja muista pelastustoimen palvelutarpeen muodostumiseen vaikuttavista "
     "tekijöistä. Toimintaympäristöanalyysit tulee tehdä yhdenmukaisin perustein hallinnon eri "
     "tasoilla, jolloin ne täydentävät toisiaan. Kokonaiskuvan muodostumista on tuettava "
     "tutkimuksen, tietojohtamisen, tiedonhallinnan ja kehittämisen toimenpitein. "
     "Palvelutarpeisiin vastaaminen hyvinvointialueilla edellyttää pelastustoimen suorituskyvyn "
     "arvioimista, suorituskykyvaatimusten säännöllistä seurantaa ja arvioimista sekä "
     "resurssien tarkoituksenmukaista, kustannustehokasta ja vaikuttavaa kohdentamista osana "
     "kustannusten hillinnän tavoitetta."},
    {"Staten förnyar lagstiftningen om tjänster inom social- och hälsovården så att den bättre "
     "svarar mot den nuvarande strukturen för välfärdsområdena och samarbetsområdena för "
     "social- och hälsovården. Syftet är således att möjliggöra ett operativt och ekonomiskt "
     "handlingsutrymme för välfärdsområdena att besluta om och välja de bästa metoderna för att "
     "genomföra organiseringsuppgifterna.",
     "Valtio uudistaa sosiaali- ja terveydenhuollon palvelulainsäädäntöä, jotta se vastaa "
     "paremmin nykyistä hyvinvointialueiden ja sosiaali- ja terveydenhuollon yhteistyöalueiden "
     "rakennetta. Tarkoituksena on siten mahdollistaa hyvinvointialueille toiminnallista ja "
     "taloudellista liikkumavaraa päättää ja valita parhaita keinoja järjestämistehtävien "
     "toteuttamiseen."},
    {"Välfärdsområdena ska identifiera befolkningens behov, olycksrisker och andra hot samt "
     "bedöma och utveckla metoder med vilka tjänsterna kan genomföras på det mest "
     "kostnadseffektiva sättet, med den personal som finns att tillgå och inom ramen för "
     "statens finansiering. Välfärdsområdenas tillgängliga resurser ska utnyttjas och riktas "
     "till att producera de bästa möjliga hälsofördelarna, samt bästa möjliga välfärd och "
     "säkerhet för befolkningen. Tjänsternas omfattning kan också ökas med hjälp av teknik.",
     "Hyvinvointialueilla on tunnistettava väestön tarpeet, onnettomuusuhat ja muut uhat sekä "
     "arvioitava ja kehitettävä keinot, joilla palvelut voidaan toteuttaa kaikkein "
     "kustannustehokkaimmin, käytettävissä olevalla henkilöstöllä ja valtion kohdentaman "
     "rahoituksen puitteissa. Hyvinvointialueilla käytettävissä olevat resurssit on "
     "hyödynnettävä ja kohdennettava tuottamaan väestölle parasta mahdollista terveyshyötyä, "
     "hyvinvointia ja turvallisuutta. Palveluiden kattavuutta voidaan lisätä myös teknologiaa "
     "hyödyntäen."},
    {"Välfärdsområdena bör målmedvetet fortsätta med sina åtgärder för att förnya verksamheten "
     "och servicesystemet samt stävja kostnadsutvecklingen och balansera ekonomin. "
     "Välfärdsområdena ska också samarbeta allt närmare, i synnerhet inom samarbetsområdena. "
     "Samarbetsområdenas verksamhet och samarbetet över områdesgränserna ska utvecklas utifrån "
     "avtal. I välfärdsområdena ska reformer särskilt riktas till sådana funktioner som har "
     "betydelse för att balansera ekonomin och förnya tjänsterna på längre sikt.",
     "Hyvinvointialueilla tulee määrätietoisesti jatkaa toimia toiminnan ja palvelujärjestelmän "
     "uudistamiseksi sekä kustannuskehityksen hillitsemiseksi ja talouden tasapainottamiseksi. "
     "Hyvinvointialueiden tulee tehdä myös yhä tiiviimpää keskinäistä yhteistyötä, erityisesti "
     "yhteistyöalueittain. Yhteistyöalueiden toimintaa ja ylialueellista yhteistyötä tulee "
     "kehittää sopimuspohjaisesti. Uudistamista tulee hyvinvointialueilla kohdentaa erityisesti "
     "sellaisiin toimintoihin, joilla on merkitystä talouden tasapainottamiseksi ja palvelujen "
     "uudistamiseksi pidemmällä aikavälillä."},
    {"Genom att fortsätta förnya servicenätet och arbetsfördelningen tryggas en tillräcklig "
     "personal, säkerställs högklassiga tjänster och förbättras verksamhetens ekonomiska "
     "hållbarhet.",
     "Palveluverkon ja työnjaon uudistamista jatkamalla turvataan riittävä henkilöstö, "
     "varmistetaan laadukkaat palvelut ja parannetaan toiminnan taloudellista kestävyyttä."},
    {"Ekonomisk hållbarhet eftersträvas inom alla sektorer i välfärdsområdet. Varje område ska "
     "se till att de beslut som fattas är kostnadsnyttoeffektiva och leder till välfärd, hälsa "
     "och säkerhet, är rättvisa både på individ- och befolkningsnivå och inte ökar ojämlikheten "
     "mellan olika befolknings-, kund- eller patientgrupper. Produktiviteten ska förbättras och "
     "kostnadsnyttoeffektiviteten ska ökas så att en servicenivå som svarar mot de nationella, "
     "regionala och lokala behoven samt olycksrisker och andra hot genomförs. För att optimera "
     "kostnadsnyttoeffektiviteten förutsätts utveckling av verksamhetssätten och långsiktig, "
     "kompetent ledning.",
     "Taloudellista kestävyyttä tavoitellaan kaikilla hyvinvointialueen toimialoilla. Jokaisen "
     "alueen on huolehdittava, että tehdyt ratkaisut tuottavat kustannusvaikuttavasti "
     "hyvinvointia, terveyttä ja turvallisuutta, ovat oikeudenmukaisia niin yksilö- kuin "
     "väestötasolla, eivätkä lisää väestö-, asiakas- tai potilasryhmien välistä eriarvoisuutta. "
     "Tuottavuuden parantaminen ja kustannusvaikuttavuuden lisääminen on toteutettava siten, "
     "että valtakunnallisia, alueellisia ja paikallisia tarpeita sekä onnettomuusuhkia ja muita "
     "uhkia vastaava palvelutaso toteutuu. Kustannusvaikuttavuuden optimointi edellyttää "
     "toimintatapojen kehittämistä ja pitkäjänteistä, kyvykästä johtamista."},
    {"Välfärdsområdena ska trots problem med ekonomin och tillgången på personal sträva efter "
     "att undvika kortsiktiga åtgärder som har endast tillfällig verkan och eventuellt ökar "
     "kostnaderna i ett senare skede.",
     "Hyvinvointialueiden tulee talouden ja henkilöstön saatavuuden ongelmista huolimatta "
     "pyrkiä välttämään lyhytnäköisiä, vain hetkellisesti vaikuttavia ja mahdollisesti "
     "myöhemmin kustannuksia lisääviä toimenpiteitä."},
    {"Välfärdsområdenas investeringar ska stödja serviceproduktionens kostnadsnyttoeffektivitet "
     "och grunda sig på lokala, regionala och nationella behov samt på en bedömning av risker "
     "och hot. I investeringarna ska man beakta de möjligheter som samarbetet mellan "
     "välfärdsområdena medför samt se till att området bibehåller en tillräcklig förmåga att "
     "finansiera investeringar. Investeringar som möjliggör kostnadsfördelar tack vare nya "
     "verksamhetssätt, tryggar att tjänsterna genomförs på lagstadgad nivå, förbättrar en "
     "jämlik tillgång till tjänster och främjar samarbetet mellan välfärdsområdena prioriteras. "
     "Investeringarna ska också stödja anpassningen till klimatriskerna och hanteringen av dem.",
     "Hyvinvointialueiden investointien tulee tukea palvelutuotannon kustannusvaikuttavuutta ja "
     "niiden tulee perustua paikallisiin, alueellisiin ja valtakunnallisiin tarpeisiin sekä "
     "riskien ja uhkien arviointiin. Investoinneissa tulee ottaa huomioon hyvinvointialueiden "
     "keskinäisen yhteistyön tuomat mahdollisuudet sekä huolehtia, että alueen kyky rahoittaa "
     "investointeja pysyy riittävänä. Etusijalla ovat investoinnit, jotka mahdollistavat uusien "
     "toimintatapojen myötä kustannushyötyjä, turvaavat palveluiden lakisääteisen tason "
     "toteutumisen, parantavat palvelujen yhdenvertaista saatavuutta ja edistävät "
     "hyvinvointialueiden välistä yhteistyötä. Investointien tulee tukea osaltaan myös "
     "ilmastoriskeihin sopeutumista ja niiden hallintaa."},
    {"Dessutom ska välfärdsområdenas investeringar utveckla infrastrukturen på riksnivå på ett "
     "sätt som beaktar både riksomfattande och regionala perspektiv. Upphandlingar genomförs i "
     "mån av möjlighet centraliserat på nationell nivå och i enlighet med principerna för "
     "hållbar utveckling. Målet är också att utveckla gemensamma IKT-tjänster för "
     "välfärdsområdets olika verksamhetsområden.",
     "Hyvinvointialueiden investointien tulee kehittää lisäksi infrastruktuuria koko maan "
     "tasolla tavalla, joka ottaa huomioon sekä valtakunnalliset että alueelliset näkökulmat. "
     "Hankinnat toteutetaan mahdollisuuksien mukaan kansallisesti keskitetysti ja kestävän "
     "kehityksen periaatteiden mukaisesti. Tavoitteena on kehittää hyvinvointialueen "
     "toimialoille myös yhteisiä ICT-palveluita."},
    {"Kärnan i en verkningsfull verksamhet är kundorientering. Människors behov och "
     "livssituationer ska identifieras och beaktas när tjänster ordnas. Människornas "
     "individuella behov ska tillgodoses på ett övergripande, kostnadseffektivt och vid behov "
     "sektorsövergripande sätt. I välfärdsområdena ska befogenheterna, ansvaret och rollerna på "
     "olika nivåer och för olika aktörer inom servicesystemen klart definieras.",
     "Vaikuttavuusperustaisuuden ydin on asiakaslähtöinen toiminta. Ihmisten tarpeet ja "
     "elämäntilanteet on tunnistettava ja otettava huomioon palveluiden järjestämisessä. "
     "Ihmisen yksilöllisiin tarpeisiin tulee vastata kokonaisvaltaisesti, kustannustehokkaasti "
     "ja tarvittaessa monialaisesti. Hyvinvointialueella palvelujärjestelmien eri tasojen ja "
     "toimijoiden valta, vastuut ja roolit on määriteltävä selkeästi."},
    {"Genom den effektivitetsbaserade styrningen och ledningen säkerställs att välfärdsområdena "
     "har en servicestruktur, ett tjänsteutbud och verksamhetssätt som betjänar befolkningens "
     "välfärd, hälsa och säkerhet så bra som möjligt med beaktande av de resurser som finns "
     "tillgängliga. Med de tillgängliga resurserna ska så mycket välfärd, hälsa och säkerhet "
     "som möjligt uppnås.",
     "Vaikuttavuuteen perustuvalla ohjauksella ja johtamisella varmistetaan hyvinvointialueella "
     "palvelurakenne, palveluvalikoima ja toimintatavat, jotka palvelevat väestön hyvinvointia, "
     "terveyttä ja turvallisuutta mahdollisimman hyvin ottaen huomioon käytettävissä olevat "
     "resurssit. Käytettävissä olevilla resursseilla on aikaansaatava mahdollisimman paljon "
     "hyvinvointia, terveyttä ja turvallisuutta."},
    {"Inom social- och hälsovården består verkningsfullheten av de eftersträvade förändringar i "
     "människornas hälsotillstånd, funktionsförmåga eller välfärd som uppnåtts på individnivå. "
     "Välfärdsområdenas social- och hälsovårdstjänster ska ordnas så att tjänsterna både är "
     "verkningsfulla för individen och kostnadsnyttoeffektiva för samhället.",
     "Sosiaali- ja terveydenhuollossa vaikuttavuus muodostuu yksilötasolla aikaansaaduista "
     "tavoitelluista muutoksista ihmisen terveydentilassa, toimintakyvyssä tai hyvinvoinnissa. "
     "Sosiaali- ja terveyspalvelut tulee hyvinvointialueella järjestää siten, että palvelut "
     "ovat sekä yksilölle vaikuttavia että yhteiskunnan kannalta kustannusvaikuttavia."},
    {"Inom räddningsväsendet innebär verkningsfullhet att förbättra människors säkerhet och "
     "minska antalet olyckor. Den effektivitetsbaserade styrningen och ledningen samt "
     "utvecklingen av kunskapsunderlaget ska fortsätta inom branschen. Den gemensamma "
     "förståelsen för verkningsfullheten och bedömningen av den stärks genom att man som stöd "
     "för arbetet producerar en nationell utvärderingsram och indikatorer för att följa hur de "
     "viktigaste målen uppnås samt för att utveckla och rikta verksamheten.",
     "Pelastustoimessa vaikuttavuus on ihmisten turvallisuuden paranemista ja onnettomuuksien "
     "vähenemistä. Vaikuttavuusperustaista ohjausta ja johtamista sekä tietoperustan "
     "kehittämistä on toimialalla jatkettava. Yhteistä ymmärrystä vaikuttavuudesta ja sen "
     "arvioinnista vahvistetaan tuottamalla työn tueksi valtakunnallinen arviointikehikko ja "
     "mittaristo tärkeimpien tavoitteiden toteutumisen seuraamiseksi sekä toiminnan "
     "kehittämiseksi ja suuntaamiseksi."},
    {"Den kunskapsbaserade ledningen utvecklas nationellt och regionalt för att stödja "
     "välfärdsområdenas effektivitetsarbete. Målet är att god praxis inom effektivitetsarbetet "
     "ska delas och samordnas enligt verksamhetsområde i välfärdsområdena. Välfärdsområdena ska "
     "utnyttja sätten att producera tjänster när de väljer information och nationella "
     "rekommendationer om metodernas och verksamhetsmodellernas verkningsfullhet. För att öka "
     "servicesystemets kostnadsnyttoeffektivitet är det viktigt att använda evidensbaserade, "
     "effektiva metoder och verksamhetsmodeller samt att slopa metoder och verksamhetsmodeller "
     "som har liten nytta eller som inte har någon effekt.",
     "Tiedolla johtamista kehitetään valtakunnallisesti ja alueellisesti tukemaan "
     "hyvinvointialueiden vaikuttavuustyötä. Tavoite on, että vaikuttavuustyön hyviä käytäntöjä "
     "jaetaan ja yhteensovitetaan hyvinvointialueilla toimialakohtaisesti. Hyvinvointialueiden "
     "tulee hyödyntää palvelujen tuottamisen tapoja valitessaan tietoa ja kansallisia "
     "suosituksia menetelmien ja toimintamallien vaikuttavuudesta. Palvelujärjestelmän "
     "kustannusvaikuttavuuden lisäämiseksi on oleellista käyttää näyttöön perustuvia, "
     "vaikuttavia menetelmiä ja toimintamalleja sekä poistaa käytöstä vähähyötyisiä tai "
     "vaikuttamattomia menetelmiä ja toimintamalleja."},
    {"För att tjänsterna och andra åtgärder ska kunna riktas på ett ändamålsenligt sätt behövs "
     "en kontinuerlig utvärdering av funktionerna och metoderna samt ett uppdaterat "
     "informationsunderlag om effekterna av tjänsterna och de metoder som används och om de "
     "resurser som krävs för att åstadkomma dem – alltså om verkningsfullheten och "
     "kostnadsnyttoeffektiviteten. Vid bedömningen av verkningsfullheten behövs också "
     "information om kundernas upplevelser av tjänsternas kvalitet samt av den egna hälsan och "
     "funktionsförmågan.",
     "Jotta palvelut ja muut toimet on mahdollista suunnata tarkoituksenmukaisesti, tarvitaan "
     "jatkuvaa toimintojen ja menetelmien arviointia sekä päivittyvää tietopohjaa palveluiden "
     "ja käytettävien menetelmien vaikutuksista ja niiden aikaansaamiseksi vaadituista "
     "tarvittavista resursseista - siis vaikuttavuudesta ja kustannusvaikuttavuudesta. "
     "Vaikuttavuuden arvioinnissa tarvitaan tietoa myös asiakkaiden kokemuksista, jotka "
     "koskevat palvelujen laatua sekä omaa terveyttä ja toimintakykyä."},
    {"Utifrån de senaste utredningarna och bedömningarna framskrider välfärdsområdesreformen i "
     "hela landet. Välfärdsområdena ordnar social- och hälsovård på ett sätt som är mer jämlikt "
     "med tanke på befolkningen och bättre motsvarar lagstiftningen jämfört med när kommunerna "
     "ansvarade för ordnandet av social- och hälsovården. I en del områden framskrider reformen "
     "redan i enlighet med målen, men de regionala skillnaderna i hur reformen framskrider är "
     "stora. Skillnaderna mellan områdena hotar att öka särskilt när det gäller att uppnå de "
     "ekonomiska mål som uppställts för reformen.",
     "Hyvinvointialueuudistus etenee uusimpien selvitysten ja arviointien perusteella koko "
     "maassa. Hyvinvointialueet järjestävät sosiaali- ja terveydenhuollon väestön kannalta "
     "entistä yhdenvertaisemmin ja lainsäädäntöä paremmin vastaten, kuin aiemmin kuntien "
     "ollessa palveluiden järjestämisvastuussa. Osalla alueista uudistus etenee jo tavoitteiden "
     "mukaisesti, mutta alueelliset erot uudistuksen etenemisessä ovat suuria. Alueet uhkaavat "
     "eriytyä etenkin uudistukselle asetettujen taloudellisten tavoitteiden saavuttamisessa."},
    {"Målet är att påskynda reformen som en nationell helhet. I de olika områdena behöver "
     "särskild uppmärksamhet fästas vid att de lagstadgade tjänsterna kan tryggas med den "
     "finansiering som står till förfogande. Det ökade servicebehovet, utvecklingen av "
     "skillnaderna i välfärd och hälsa, förändringarna i den säkerhetsmiljön samt läget för de "
     "offentliga finanserna förutsätter att välfärdsområdena kontinuerligt förbättrar "
     "produktiviteten och verkningsfullheten samt vidtar åtgärder som stöder stävjandet av "
     "kostnadsökningen.",
     "Tavoitteena on uudistamisen vauhdittaminen kansallisena kokonaisuutena. Erityistä "
     "huomiota on tarpeen kohdentaa aluekohtaisesti siihen, että lakisääteiset palvelut kyetään "
     "turvaamaan käytettävissä olevalla rahoituksella. Palvelutarpeen kasvu, hyvinvointi- ja "
     "terveyserojen kehitys, turvallisuusympäristön muutos sekä julkisen talouden tilanne "
     "edellyttävät jatkuvaa tuottavuuden ja vaikuttavuuden parantamista sekä kustannusten "
     "kasvun hillintää tukevia toimenpiteitä hyvinvointialueilta."},
    {"Av välfärdsområdenas tjänstemannaledning förväntas omfattande och djärva beslutsförslag "
     "som bär långt in i framtiden och av de politiska beslutsfattarna förmåga att fatta beslut "
     "i rätt tid på välfärdsområdesnivå för att reformera tjänsterna och balansera verksamheten "
     "och ekonomin. Beslutsförslagen ska grunda sig på målinriktade och omfattande "
     "reformplaner. Varje område ska fortsätta att förnya verksamheten över valperioden för att "
     "trygga befolkningens tjänster och balansera ekonomin.",
     "Hyvinvointialueiden virkajohdolta odotetaan laaja-alaisia, rohkeita ja pitkälle "
     "tulevaisuuteen kantavia päätösesityksiä ja poliittisilta päättäjiltä "
     "hyvinvointialuetasoista oikea-aikaista päätöksentekokykyä palveluiden uudistamiseksi sekä "
     "toiminnan ja talouden tasapainottamiseksi. Päätösesitysten perusteena tulee olla "
     "tavoitteelliset ja laajat reformisuunnitelmat. Jokaisen alueen tulee jatkaa yli "
     "vaalikautisesti toiminnan uudistamista väestön palvelujen turvaamiseksi ja talouden "
     "tasapainottamiseksi."},
    {"En jämlik tillgång till tjänster och högklassiga tjänster förutsätter att det finns "
     "tillräckligt med yrkeskunnig personal. Välfärdsområdet ska sörja för personalens "
     "kompetens och möjligheter att utveckla den. Inom räddningsväsendet gäller målet utöver "
     "personalen även avtalspersonalen. Tjänster på nationalspråken tryggas i välfärdsområdena. "
     "De möjligheter som multiprofessionaliteten medför i fråga om att svara på behoven av "
     "arbetskrafts utnyttjas.",
     "Palveluiden yhdenvertainen saatavuus ja laatu edellyttävät riittävää määrää "
     "ammatillisesti pätevää henkilöstöä. Hyvinvointialueella on huolehdittava henkilöstön "
     "osaamisesta ja mahdollisuuksista sen kehittämiseen. Pelastustoimessa tavoite koskee "
     "henkilöstön lisäksi sopimushenkilöstöä. Kansalliskieliset palvelut hyvinvointialueilla "
     "turvataan. Moniammatillisuuden tuomat mahdollisuudet työvoimatarpeisiin vastaamiseksi "
     "hyödynnetään."},
    {"Organisations- och frivilligverksamheten har beaktats som en del av servicesystemet och "
     "produktionen av tjänsterna. Inom räddningsväsendet är en aktiv verksamhet inom "
     "avtalsbrandkårernas ungdomsavdelningar en betydande faktor för att säkerställa "
     "verksamheten vid framtida larmavdelningar.",
     "Järjestö- ja vapaaehtoistoiminta on huomioitu osana palvelujärjestelmää ja palveluiden "
     "tuottamista. Pelastustoimessa sopimuspalokuntien nuoriso-osastojen aktiivinen toiminta on "
     "merkittävä tekijä tulevaisuuden hälytysosastojen toiminnan varmistamisessa."},
    {"Kunskaperna om jämställdhet mellan könen och likabehandling av människor förbättras "
     "systematiskt i syfte att förbättra ledarskapet och arbetsförhållandena. Social-, "
     "hälsovårds- och räddningsbranschen är i välfärdsområdena fria från diskriminering och "
     "trakasserier senast 2029.",
     "Sukupuolten tasa-arvoa ja ihmisten yhdenvertaisuutta koskevaa osaamista parannetaan "
     "suunnitelmallisesti johtamisen ja työolojen parantamiseksi. Sosiaali-, terveys- ja "
     "pelastusalat ovat hyvinvointialueilla syrjintä- ja häirintävapaita viimeistään vuonna "
     "2029."},
    {"Rekryteringspraxisen utvecklas så att representanter för olika befolkningsgrupper väljs "
     "som arbetstagare i branschen. Målet kan främjas till exempel genom anonym rekrytering och "
     "positiv särbehandling. Uppmärksamhet fästs också vid möjligheten för partiellt arbetsföra "
     "och personer med funktionsnedsättning att få arbete inom social-, hälsovårds- och "
     "räddningsbranschen. På arbetsplatserna ska man säkerställa en jämlik karriärutveckling "
     "och fästa uppmärksamhet vid karriärfrämjande åtgärder.",
     "Rekrytointikäytäntöjä kehitetään, jotta alan työntekijöiksi valikoituu eri väestöryhmien "
     "edustajia. Tavoitetta voidaan edistää esimerkiksi anonyymillä rekrytoinnilla ja "
     "positiivisella erityiskohtelulla. Huomiota kohdennetaan myös osatyökykyisten ja "
     "vammaisten henkilöjen mahdollisuuteen päästä tekemään työtä sosiaali-, terveys- ja "
     "pelastusalalle. Työpaikoilla tulee varmistaa ihmisten tasavertainen urakehitys ja työuraa "
     "vahvistaviin toimiin kiinnitetään huomiota."},
    {"Både social- och hälsovården och räddningsväsendet ska vara uppskattade branscher med "
     "dragnings- och hållkraft där man har sörjt för personalens kompetens och utvecklingen av "
     "den, arbetshälsan och orken, jämlikhet och jämställdhet mellan könen genom en god "
     "personalpolitik. Särskild uppmärksamhet fästs vid att bevara arbetstagarnas "
     "funktionsförmåga under hela arbetskarriären. Ledarskapet är professionellt, interaktivt "
     "och följer verksamhetsområdets värderingar.",
     "Sekä sosiaali- ja terveydenhuollon että pelastustoimen tulee olla veto- ja pitovoimaisia "
     "ja arvostettuja toimialoja, joissa on huolehdittu henkilöstön osaamisesta ja sen "
     "kehittymisestä, työhyvinvoinnista ja jaksamisesta, yhdenvertaisuudesta ja sukupuolten "
     "tasa-arvosta hyvällä henkilöstöpolitiikalla. Työntekijöiden toimintakyvyn säilymiseen "
     "kiinnitetään erityistä huomiota koko työuran ajan. Johtaminen on ammattimaista, "
     "vuorovaikutteista ja toimialojen arvojen mukaista."},
    {"Forsknings- och utvecklingsverksamheten kring välfärdsområdenas organiseringsuppgifter "
     "och verksamhet stärker kunskapsunderlaget för beslutsfattande och gör det möjligt att "
     "systematiskt utnyttja informationen för att utveckla tjänsterna.",
     "Hyvinvointialueiden järjestämistehtäviä ja toimintaa koskeva tutkimus- ja "
     "kehittämistoiminta vahvistaa päätöksenteon tietopohjaa ja mahdollistaa tiedon "
     "järjestelmällisen hyödyntämisen palvelujen kehittämisessä."},
    {"Inom social- och hälsovården stöder särskilt stärkandet av forskningen och utvecklingen i "
     "anslutning till servicesystemet och tjänsterna på basnivå samordningen av tjänsterna, "
     "tjänsternas verkningsfullhet och sektorsövergripande karaktär samt kund- och "
     "patientsäkerheten. Verksamhet inom forskning, utbildning, utveckling, innovation och "
     "undervisning (så kallad FUUIK-verksamhet) (TKKIO) organiseras på olika nivåer i ett "
     "omfattande samarbete som stödstrukturer för kunskapsbaserad ledning, evidensbaserad "
     "verksamhet och kompetensledning. Samtidigt säkerställs formbundna förfaringssätt för "
     "samarbete med högskolor, läroanstalter, forskningsinstitut, kompetenscentrum inom det "
     "sociala området, tjänsteproducenter, organisationer och företag. FUUIK-verksamheten utgör "
     "grunden och kontaktytan för hela FUUIK-ekosystemet inom välfärds- och hälsobranschen på "
     "ett sätt som även kan involvera innovationsverksamhet och företagssamarbete. "
     "FUUIK-verksamheten och förankringen och spridningen av dess resultat är en bestående och "
     "stabil del av den koordinerade ekosystemverksamheten på samarbetsområdesnivå, som också "
     "har en betydande FUUIK-politisk och näringspolitisk roll i att garantera att Finland är "
     "ett attraktivt land för experter, investeringar och forskningsfinansiering.",
     "Sosiaali- ja terveydenhuollossa erityisesti palvelujärjestelmään ja perustason "
     "palveluihin liittyvän tutkimuksen ja kehittämisen vahvistaminen tukee palvelujen "
     "yhteensovittamista, vaikuttavuutta, monialaisuutta sekä asiakas- ja "
     "potilasturvallisuutta. Tutkimus-, koulutus-, kehittämis-, innovaatio- ja opetusta koskeva "
     "toiminta (nk. TKKIO-toiminta) organisoidaan eri tasoilla laaja-alaisena yhteistyönä "
     "tiedolla johtamisen sekä näyttöön perustuvan toiminnan ja osaamisen johtamisen "
     "tukirakenteina. Samalla varmistetaan määrämuotoiset menettelytavat yhteistyölle "
     "korkeakoulujen, oppilaitosten, tutkimuslaitosten, sosiaalialan osaamiskeskusten, "
     "palveluntuottajien, järjestöjen ja yritysten kanssa. TKKIO-toiminta on kivijalka ja "
     "yhdyspinta koko hyvinvointi- ja terveysalan TKKIO-ekosysteemille tavalla, johon myös "
     "innovaatiotoiminta ja yritysyhteistyö voi kiinnittyä. TKKIO-toiminta ja sen tulosten "
     "juurrutus sekä levittäminen on pysyvä ja vakaa osa yhteistyöalueiden tasolla koordinoitua "
     "ekosysteemistä toimintaa, jolla on myös merkittävä TKKIO-poliittinen ja "
     "elinkeinopoliittinen rooli takaamaan Suomen houkuttelevuutta osaajille, investoinneille "
     "ja tutkimusrahoitukselle."},
    {"Den snabbt föränderliga verksamhetsmiljön inom räddningsväsendet kräver analyserad "
     "information om räddningsväsendets tjänster och uppgifter och prognostisering av framtida "
     "förändringar som berör prestationsförmågan, kompetensbehoven, verksamhetsmodellerna, "
     "materiel och material samt verksamhetsmiljön. Med hjälp av FUUIK-verksamheten kan "
     "räddningsväsendet förutse och producera forskningsdata samt reagera på aktuella behov.",
     "Pelastustoimessa nopeasti muuttuva toimintaympäristö edellyttää pelastustoimen palveluja "
     "ja tehtäviä koskevaa analysoitua tietoa suorituskyvyn, osaamistarpeiden, toimintamallien, "
     "kaluston ja materiaalien sekä toimintaympäristön tulevien muutosten ennakointia. "
     "TKKIO-toiminnan avulla pelastustoimi kykenee ennakoimaan ja tuottamaan tutkimustietoa "
     "sekä reagoimaan ajankohtaisiin tarpeisiin."},
    {"Datasäkerheten ska beaktas i all utveckling.",
     "Kaikessa kehittämisessä tulee ottaa huomioon tietoturvallisuus."},
    {"Den nationella och regionala informationsproduktionen ska utvecklas så att den gör det "
     "möjligt att leda myndigheternas uppföljnings-, utvärderings-, styrnings- och "
     "tillsynsarbete samt välfärdsområdena på ett effektivitetsbaserat sätt. "
     "Informationshanteringen gör det möjligt att skapa lägesbilder och en kunskapsbaserad "
     "ledning på olika nivåer.",
     "Kansallista ja alueellista tietotuotantoa tulee kehittää siten, että se mahdollistaa "
     "viranomaisten seuranta-, arviointi-, ohjaus- ja valvontatyön sekä hyvinvointialueiden "
     "vaikuttavuusperustaisen johtamisen. Tiedonhallinta mahdollistaa tilannekuvien "
     "muodostamisen ja tietojohtamisen eri tasoilla."},
    {"För kunskapsbaserad ledning förutsätts att IKT-lösningarna utvecklas effektivt och att "
     "informationen utnyttjas i välfärdsområdena. Välfärdsområdena ska säkerställa att "
     "informationen utnyttjas och att det finns kompetens för detta.",
     "Tietojohtaminen edellyttää tehokasta ICT-ratkaisujen kehittämistä ja tiedon hyötykäyttöä "
     "hyvinvointialueilla. Tiedon hyötykäyttö ja siihen liittyvä osaaminen on "
     "hyvinvointialueilla varmistettava."},
    {"Inom social- och hälsovården strävar man efter ett så omfattande samarbete som möjligt i "
     "utvecklingen av IKT-lösningar i anslutning till den kunskapsbaserade ledningen. Den "
     "riksomfattande kunskapsbaserade ledningen inom räddningsväsendet är en central faktor för "
     "ett högklassigt och effektivt genomförande av tjänster och uppgifter samt prognostisering "
     "och analys av verksamheten.",
     "Sosiaali- ja terveydenhuollossa pyritään mahdollisimman laajaan yhteistyöhön "
     "tietojohtamiseen liittyvien ICT-ratkaisujen kehittämisessä. Pelastustoimen "
     "valtakunnallinen tietojohtaminen on keskeinen tekijä palveluiden ja tehtävien "
     "laadukkaassa ja tehokkaassa toteutuksessa sekä toiminnan ennakoinnissa ja analysoinnissa."},
    {"Utvecklingen av informationshanteringen och digitaliseringen stöder utvecklingen av "
     "tjänsterna och verksamheten och bidrar till att uppnå de strategiska målen. Aktuella "
     "patient- och kunduppgifter som registrerats i olika organisationer är lättillgängliga för "
     "yrkesutbildade personer i informationssystemen via Kanta-tjänsterna.",
     "Tiedonhallinnan kehittyminen ja digitalisaatio tukevat palvelujen ja toiminnan "
     "kehittämistä ja auttavat saavuttamaan strategiset tavoitteet. Ajantasaiset, eri "
     "organisaatioissa kirjatut potilas- ja asiakastiedot ovat Kanta-palveluiden kautta "
     "helposti ammattihenkilöjen saatavilla tietojärjestelmissä."},
    {"Serviceverksamheten effektiviseras med hjälp av ny teknik inom ramen för den lagstiftning "
     "som utvecklas. Utnyttjandet av teknik, inklusive artificiell intelligens, möjliggör en "
     "mer omfattande tillgång till tjänster och bättre möjligheter att rikta tjänsterna.",
     "Palvelutoimintaa tehostetaan uuden teknologian avulla kehittyvän lainsäädännön "
     "puitteissa. Teknologian hyödyntäminen, mukaan lukien tekoäly, mahdollistaa palveluiden "
     "laaja-alaisemman saatavuuden ja paremmat kohdentamismahdollisuudet."},
    {"En digital tjänst ska vara primär i situationer där den lämpar sig för kundens "
     "servicebehov. Användarorienterade digitala tjänster som är förenliga med kraven "
     "förbättrar produktiviteten och resultaten för branscherna, kunderna och personalen. "
     "Kunder och yrkesutbildade personer ska erbjudas tillräckligt stöd och tillräcklig "
     "handledning när det gäller att använda digitala tjänster.",
     "Digitaalisen palvelun tulee olla ensisijainen tilanteissa, jossa se soveltuu asiakkaan "
     "palvelutarpeeseen. Käyttäjälähtöiset, vaatimusten mukaiset digitaaliset palvelut "
     "parantavat tuottavuutta ja tuloksellisuutta toimialoille, asiakkaille ja henkilöstölle. "
     "Asiakkaille ja ammattilaisille tulee tarjota riittävä tuki ja ohjaus digitaalisten "
     "palvelujen käyttämiseen."},
    {"Utvecklingen av välfärdsområdenas IKT, informationshantering och digitalisering genomförs "
     "i samarbete med aktörer på nationell, regional och samarbetsområdesnivå. "
     "Välfärdsområdenas informationshantering har tilldelats resurser för att tillgodose "
     "behoven och trygga funktionsförmågan under alla förhållanden.",
     "Hyvinvointialueiden ICT:n, tiedonhallinnan ja digitalisaation kehittämistä toteutetaan "
     "yhteistyössä kansallisten, alueellisten ja yhteistyöaluetason toimijoiden kanssa. "
     "Hyvinvointialueiden tietohallinto on resursoitu vastaamaan tarpeita ja turvaamaan "
     "toimintakyky kaikissa olosuhteissa."},
    {"Som en del av samarbetsområdesavtalet utarbetar välfärdsområdena en plan för hur "
     "utvecklingen av informationssystemen inom social- och hälsovården, upphandlingar och "
     "ibruktaganden kan genomföras genom samarbete. I utvecklingen av informationssystemen "
     "beaktas systemens interoperabilitet, modularitet, informationssystemens utbytbarhet och "
     "minskning av leverantörsriskerna.",
     "Hyvinvointialueet laativat osana yhteistyöaluesopimustaan suunnitelman siitä, miten "
     "sosiaali- ja terveydenhuollon tietojärjestelmien kehittämistä, hankintoja ja "
     "käyttöönottoja voidaan toteuttaa yhteistyössä. Tietojärjestelmien kehittämisessä "
     "huomioidaan järjestelmien yhteentoimivuus, modulaarisuus, tietojärjestelmien "
     "vaihdettavuus ja toimittajariskien vähentäminen."},
    {"Det långsiktiga målet är att betydande investeringar och avtal, till exempel om social- "
     "och hälsovårdens informationssystem eller stödtjänster, i första hand genomförs på "
     "samarbetsområdesnivå eller av grundad anledning på annat sätt i omfattande samarbete "
     "mellan välfärdsområdena. Räddningsväsendets informationshantering genomförs effektivt på "
     "ett nationellt enhetligt sätt och den ska uppfylla säkerhetsmyndigheternas dataskydds- "
     "och informationssäkerhetskrav. Registerföringen gör det möjligt för myndigheterna att "
     "samarbeta effektivt och behandla uppgifter.",
     "Pitkän aikavälin tavoitteena on, että merkittävät investoinnit ja sopimukset, esimerkiksi "
     "sosiaali- ja terveydenhuollon tietojärjestelmistä tai tukipalveluista, toteutetaan "
     "ensisijaisesti yhteistyöaluetasoisesti tai perustellusta syystä muutoin laajassa "
     "yhteistyössä hyvinvointialueiden kesken. Pelastustoimen tiedonhallinta toteutetaan "
     "tehokkaasti valtakunnallisesti yhtenäisellä tavalla, ja sen tulee täyttää "
     "turvallisuusviranomaisten tietosuoja- ja tietoturvavaatimukset. Rekisterinpito "
     "mahdollistaa viranomaisten tehokkaan yhteistyön ja tietojen käsittelyn."},
    {"Räddningsväsendets IKT-tjänster håller på att ordnas så att de är nationellt "
     "centraliserade system som kan utnyttjas av områdena. Informationsarkitekturen "
     "säkerställer tillgången till information samt informationens integritet och "
     "konfidentialitet i alla förhållanden samt gör det möjligt att skapa en lägesbild och "
     "utbyta information mellan olika aktörer.",
     "Pelastustoimen ICT-palveluita ollaan järjestämässä alueiden hyödynnettävissä olevina, "
     "kansallisesti keskitettyinä järjestelminä. Tietoarkkitehtuuri varmistaa tiedon "
     "saatavuuden, eheyden ja luottamuksellisuuden kaikissa olosuhteissa sekä mahdollistaa "
     "tilannekuvan muodostamisen ja tiedonvaihdon eri toimijoiden välillä."},
    {"De tjänster som välfärdsområdet ansvarar för att ordna genomförs och samordnas genom "
     "samarbete på det sätt som befolkningen och skötseln av de lagstadgade uppgifterna "
     "förutsätter. Samarbete är nödvändigt också för att säkerställa att de språkliga "
     "rättigheterna tillgodoses.",
     "Hyvinvointialueen järjestämisvastuulla olevat palvelut toteutetaan ja sovitetaan yhteen "
     "väestön ja lakisääteisten tehtävien hoidon edellyttämällä tavalla yhteistyöllä. Yhteistyö "
     "on välttämätöntä myös kielellisten oikeuksien toteutumisen varmistamiseksi."},
    {"För samarbetet och samordningen av det ska välfärdsområdet ordna de samarbetsformer och "
     "samarbetsförfaranden för olika myndigheter som är de mest ändamålsenliga. Lagstiftningen "
     "om välfärdsområdenas uppgifter ger tydliga men samtidigt flexibla ramar för samarbetet "
     "och dessa kan utnyttjas regionalt på det sätt som bedöms vara bäst. Samarbetets "
     "kontaktytor har olika strukturer och verksamhetspraxis. Välfärdsområdets samarbete med "
     "företag och den tredje sektorn ska vara systematiskt och man ska komma överens om målen "
     "för utvecklingen av verksamheten med olika aktörer.",
     "Hyvinvointialueen on järjestettävä yhteistyötä ja sen koordinointia varten "
     "tarkoituksenmukaisimmat eri viranomaisten yhteistyötavat ja -menettelyt. "
     "Hyvinvointialueiden tehtäviä koskevassa lainsäädännössä säädetään yhteistyölle selkeät, "
     "mutta samalla joustavat puitteet, joita on mahdollista hyödyntää alueellisesti parhaaksi "
     "arvioidulla tavoin. Yhteistyön yhdyspinnoilla on erilaisia rakenteita ja "
     "toimintakäytäntöjä. Hyvinvointialueen yhteistyön yritysten ja kolmannen sektorin kanssa "
     "on oltava suunnitelmallista ja toiminnan kehittämisen tavoitteista on sovittava eri "
     "toimijoiden kanssa."},
    {"Fokus ligger på samarbete som svarar på olika kundgruppers behov, tryggar att tjänsterna "
     "fungerar och ökar befolkningens välfärd och säkerhet. De mest etablerade formerna är "
     "samarbetsstrukturer som fastställts mellan olika säkerhetsmyndigheter, kommuner, "
     "organisationer och den privata sektorn. Organisationerna är en central partner i "
     "främjandet av välfärd, hälsa och säkerhet samt i stärkandet av delaktigheten. Det är "
     "viktigt att komma överens med kommunerna i området om att trygga organisationernas "
     "verksamhetsförutsättningar. Inom räddningsväsendet spelar organisationssektorn och "
     "frivilligaktörerna en viktig roll i förebyggandet av olyckor, räddningsverksamheten, "
     "agerandet i undantagsförhållanden och det övriga säkerhetsarbetet. Säkerheten vid "
     "offentliga tillställningar främjas genom samarbete mellan myndigheter, kommuner, "
     "välfärdsområdena och den tredje sektorn. Avtalsbrandkårerna har en viktig roll i "
     "räddningsväsendets system. Kontinuiteten i avtalsbrandkårernas verksamhet ska tryggas och "
     "frivilligverksamheten utvecklas nationellt och regionalt.",
     "Keskiöön nousee yhteistyö, jolla vastataan erilaisten asiakasryhmien tarpeisiin, "
     "turvataan palvelujen toimivuutta ja lisätään väestön hyvinvointia ja turvallisuutta. "
     "Vakiintuneimpia muotoja ovat eri turvallisuusviranomaisten, kuntien, järjestöjen sekä "
     "yksityissektorin kesken asetetut yhteistoimintarakenteet. Järjestöt ovat keskeinen "
     "kumppani hyvinvoinnin, terveyden ja turvallisuuden edistämisessä sekä osallisuuden "
     "vahvistamisessa. Niiden toimintaedellytysten turvaamisesta on tärkeää sopia alueen "
     "kuntien kanssa. Pelastustoimessa järjestösektorin ja vapaaehtoistoimijoiden rooli on "
     "merkittävä onnettomuuksien ehkäisyssä, pelastustoiminnassa, poikkeusoloissa toimimisessa "
     "ja muussa turvallisuustyössä. Yleisötilaisuuksien turvallisuutta edistetään "
     "viranomaisten, kuntien, hyvinvointialueiden ja kolmannen sektorin yhteistyöllä. "
     "Sopimuspalokunnilla on tärkeä rooli pelastustoimen järjestelmässä. "
     "Sopimuspalokuntatoiminnan jatkuvuus tulee turvata ja vapaaehtoistoimintaa tulee kehittää "
     "valtakunnallisesti ja alueellisesti."},
    {"Bedömningen av hot samt planeringen och övriga arrangemang i anslutning till varning av "
     "befolkningen, planering av användningen av befolkningsskydd och förflyttningar av "
     "befolkningen genomförs i samarbete mellan myndigheternas olika förvaltningsområden och "
     "andra aktörer. Genom att samordna myndigheterna inom räddningsväsendet säkerställer man "
     "att fördelningen av uppgifter mellan aktörerna är tydlig. Den riksomfattande beredskapen "
     "och kompetensen inom räddningsväsendets första insats möjliggör mångsidiga synergier "
     "mellan räddningsväsendets tjänster och den prehospitala akutsjukvården. Det nära "
     "samarbetet och multiprofessionella kunnandet inom räddningsverksamheten och den "
     "prehospitala akutsjukvården kan utnyttjas effektivast när man med samma resurser, nätverk "
     "av stationer, lokaler och upphandlingar kan producera mer kostnadseffektiva och "
     "omfattande tjänster inom räddningsverksamheten och den prehospitala akutsjukvården än om "
     "de skulle produceras separat.",
     "Uhkien arviointi sekä väestön varoittamisen, väestönsuojien käytön ja väestön siirtojen "
     "suunnittelu ja muut järjestelyt toteutetaan eri hallinnonalojen viranomaisten ja muiden "
     "toimijoiden yhteistoimintana. Pelastustoimen viranomaisten koordinoimana varmistetaan, "
     "että toimijoiden välinen tehtäväjako on selkeä. Pelastustoimen valtakunnallinen "
     "ensivastetoiminnan valmius ja osaaminen mahdollistavat monipuolisen synergian "
     "pelastustoiminnan palvelun ja ensihoitopalvelun kesken. Pelastustoiminnan ja ensihoidon "
     "tiivis yhteistyö ja moniammatillinen osaaminen voidaan hyödyntää tehokkaimmin, kun "
     "samoilla voimavaroilla, asemaverkostolla, tiloissa ja hankinnoilla voidaan tuottaa "
     "kustannustehokkaammat ja laajemmat pelastustoiminnan palvelut ja ensihoidon palvelut kuin "
     "jos ne tuotettaisiin erikseen."},
    {"Samarbetet är också viktigt för att stärka demokratin i välfärdsområdena. Genom samarbete "
     "kan man lösa problem med framförhållning, när man i välfärdsområdet vid sidan av de "
     "lagstadgade strukturerna för delaktighet tar i bruk till exempel medborgar- eller "
     "kundråd. Välfärdsområdenas delaktighetskultur är fortfarande ung och har stor "
     "utvecklingspotential.",
     "Yhteistyö on tärkeää myös hyvinvointialueiden kansanvaltaisuuden vahvistamiseksi. "
     "Yhteistyöllä voidaan ratkaista ongelmia etupainotteisesti, kun hyvinvointialueella "
     "otetaan käyttöön lakisääteisten osallisuutta toteuttavien rakenteiden ohella esimerkiksi "
     "kansalais- tai asiakasraateja. Hyvinvointialueilla osallisuuskulttuuri on vielä nuorta, "
     "ja sen kehittämispotentiaali on suuri."},
};

// Sub-headings inside an objective: a short line without a full stop.
inline constexpr Parallel kObjectiveSubheadings[] = {
    {"Forsknings- och utvecklingsverksamhet", "Tutkimus- ja kehittämistoiminta"},
    {"Kunskapsbaserad ledning", "Tietojohtaminen"},
    {"Digitalisering och utnyttjande av teknik", "Digitalisaatio ja teknologian hyödyntäminen"},
    {"Informationshantering", "Tiedonhallinta"},
};

// {D}: the publication date.
inline constexpr Parallel kMasthead = {"Finlands författningssamling Utgiven i Helsingfors den {D}",
                                       "Suomen säädöskokoelma Julkaistu Helsingissä {D}"};

inline constexpr Parallel kDecisionType = {"Statsrådets beslut", "Valtioneuvoston päätös"};

inline constexpr Parallel kDecisionTitle = {
    "om riksomfattande mål för välfärdsområdenas uppgifter {Y}–{Y3}",
    "hyvinvointialueiden tehtäviä koskevista valtakunnallisista tavoitteista vuosille {Y}–{Y3}"};

inline constexpr Parallel kLegalBasis = {
    "Med stöd av 12 a § i lagen om välfärdsområden (611/2021), sådan paragrafen lyder i lag "
    "468/2024, fastställer statsrådet riksomfattande strategiska mål för skötseln av "
    "välfärdsområdenas uppgifter inom social- och hälsovården och räddningsväsendet enligt "
    "följande:",
    "Valtioneuvosto vahvistaa hyvinvointialueesta annetun lain (611/2021) 12 a §:n nojalla, "
    "sellaisena kuin se on laissa 468/2024, valtakunnalliset strategiset tavoitteet "
    "hyvinvointialueiden sosiaali- ja terveydenhuollon ja pelastustoimen tehtävien "
    "hoitamiseksi seuraavasti:"};

inline constexpr Parallel kDecisionIntro = {
    "Målen består av mål som gäller välfärdsområdenas verksamhet och mål som gäller "
    "verksamhetsförutsättningarna.",
    "Tavoitteet muodostuvat hyvinvointialueiden toimintaa koskevista tavoitteista ja "
    "toimintaedellytyksiä koskevista tavoitteista."};

// The two groups of objectives: the activity, and the conditions for it.
inline constexpr Parallel kObjectiveGroups[] = {
    {"Mål för verksamheten:", "Toimintaa koskevat tavoitteet:"},
    {"Mål som gäller verksamhetsförutsättningarna:", "Toimintaedellytyksiä koskevat tavoitteet:"},
};

// {D}: the date of entry into force.
inline constexpr Parallel kEntryIntoForce = {"Denna förordning träder i kraft den {D}.",
                                             "Tämä päätös tulee voimaan {D}."};

// {D}: the signing date.
inline constexpr Parallel kPlaceDate = {"Helsingfors den {D}", "Helsingissä {D}"};

// Who signs: a minister, then the official who countersigns.
inline constexpr Parallel kMinisters[] = {
    {"Kommun- och regionminister", "Kunta- ja alueministeri"},
    {"Social- och hälsovårdsminister", "Sosiaali- ja terveysministeri"},
    {"Inrikesminister", "Sisäministeri"},
    {"Finansminister", "Valtiovarainministeri"},
};

inline constexpr Parallel kCountersigners[] = {
    {"Regeringsråd", "Hallitusneuvos"},
    {"Finansråd", "Finanssineuvos"},
    {"Konsultativ tjänsteman", "Neuvotteleva virkamies"},
};

inline constexpr std::string_view kEndRule = "————";

// ---- Negotiation protocol ----------------------------------------------------------------------

inline constexpr Parallel kProtocolTitle = {"Förhandlingar med {C}", "Neuvottelut {Cg} kanssa"};

// {W}: the weekday, {D}: the date.
inline constexpr Parallel kTimeLine = {"Tid: {W} {D} kl. {T}–{E}", "Aika: {W} {D} klo {T}–{E}"};

// The place, after "Plats: " / "Paikka: ".
inline constexpr Parallel kPlaces[] = {
    {"Inrikesministeriets mötesrum Aleksanteri, Kyrkogatan 12, Helsingfors och Teams-förbindelse",
     "Sisäministeriön kokoushuone Aleksanteri, Kirkkokatu 12, Helsinki ja Teams-yhteys"},
    {"Finansministeriets mötesrum Pankkisali, Snellmansgatan 1 A, Helsingfors och "
     "Teams-förbindelse",
     "Valtiovarainministeriön kokoushuone Pankkisali, Snellmaninkatu 1 A, Helsinki ja "
     "Teams-yhteys"},
    {"Social- och hälsovårdsministeriets mötesrum Kaisaniemi, Sjötullsgatan 8, Helsingfors",
     "Sosiaali- ja terveysministeriön kokoushuone Kaisaniemi, Meritullinkatu 8, Helsinki"},
    {"Teams-förbindelse", "Teams-yhteys"},
};

inline constexpr Parallel kPlaceLabel = {"Plats: ", "Paikka: "};

// The attendee groups, in this order.
inline constexpr Parallel kAttendeeGroups[] = {
    {"Områdets representanter på plats:", "Alueen edustajat paikan päällä:"},
    {"Områdets representanter på distans:", "Alueen edustajat etänä:"},
    {"Presidiet på plats:", "Puheenjohtajisto paikan päällä:"},
    {"Representanter för ministerierna, THL & RFV på plats:",
     "Ministeriöiden, THL:n ja AVIn edustajat paikan päällä:"},
    {"Statsrådets representanter på distans:", "Valtioneuvoston edustajat etänä:"},
};

// The area's representatives' titles. The first one is the county's director, who signs.
inline constexpr Parallel kAreaTitles[] = {
    {"välfärdsområdesdirektör", "hyvinvointialuejohtaja"},
    {"ordförande för områdesstyrelsen", "aluehallituksen puheenjohtaja"},
    {"ordförande för områdesfullmäktige", "aluevaltuuston puheenjohtaja"},
    {"ekonomidirektör", "talousjohtaja"},
    {"chefsöverläkare, sektordirektör", "johtajaylilääkäri, toimialajohtaja"},
    {"socialservicedirektör, sektordirektör", "sosiaalipalvelujohtaja, toimialajohtaja"},
    {"räddningsdirektör, sektordirektör", "pelastusjohtaja, toimialajohtaja"},
    {"sektordirektör, koncerntjänster", "toimialajohtaja, konsernipalvelut"},
    {"sektordirektör, strategi- och integrationstjänster",
     "toimialajohtaja, strategia- ja integraatiopalvelut"},
    {"ledande överskötare", "johtava ylihoitaja"},
    {"personaldirektör", "henkilöstöjohtaja"},
    {"kommunikationsdirektör", "viestintäjohtaja"},
    {"förvaltningsdirektör", "hallintojohtaja"},
    {"digitaliseringsdirektör", "digitalisaatiojohtaja"},
    {"räddningskommendör", "pelastuskomentaja"},
    {"ekonomi- och strategichef", "talous- ja strategiapäällikkö"},
    {"direktör för sjukhus-, rehabiliterings- och omsorgstjänster",
     "sairaala-, kuntoutus- ja hoivapalvelujen johtaja"},
    {"direktör för familje- och socialtjänster", "perhe- ja sosiaalipalvelujen johtaja"},
    {"seniorkonsult", "seniorikonsultti"},
};

// The presidium: the chair and the two vice chairs, who sign with the county's director.
inline constexpr Parallel kPresidium[] = {
    {"avdelningschef, FM, ordförande", "osastopäällikkö, VM, puheenjohtaja"},
    {"avdelningschef, SHM, första vice ordförande",
     "osastopäällikkö, STM, ensimmäinen varapuheenjohtaja"},
    {"direktör för strategi- och styrningsenheten, IM, andra vice ordförande",
     "strategia- ja ohjausyksikön johtaja, SM, toinen varapuheenjohtaja"},
};

// The ministries', THL's and the agency's representatives.
inline constexpr Parallel kMinistryTitles[] = {
    {"specialsakkunnig, FM", "erityisasiantuntija, VM"},
    {"ledande specialsakkunnig, FM", "johtava erityisasiantuntija, VM"},
    {"sakkunnig, SHM", "asiantuntija, STM"},
    {"konsultativ tjänsteman, SHM", "neuvotteleva virkamies, STM"},
    {"utvärderingschef, THL", "arviointipäällikkö, THL"},
    {"ledande expert, THL", "johtava asiantuntija, THL"},
    {"räddningsöverinspektör, RFV i {R}", "pelastusylitarkastaja, {R} AVI"},
    {"överinspektör, IM", "ylitarkastaja, SM"},
    {"projektassistent, FM", "projektiavustaja, VM"},
};

// The government's representatives.
inline constexpr Parallel kGovernmentTitles[] = {
    {"avdelningschef, SHM", "osastopäällikkö, STM"},
    {"direktör, SHM", "johtaja, STM"},
    {"budgetråd, FM", "budjettineuvos, VM"},
    {"regeringsråd, IM", "hallitusneuvos, SM"},
};

// A presence interval after an attendee's title.
inline constexpr Parallel kPresent = {"närvarande kl. {T}–{E}", "läsnä klo {T}–{E}"};

// The signature block: title and organisation of the chair, the first and the second vice
// chair, then the county director's title (the organisation is the county).
inline constexpr Parallel kSignatureTitles[] = {
    {"Avdelningschef", "Osastopäällikkö"},
    {"Finansministeriet", "Valtiovarainministeriö"},
    {"Avdelningschef", "Osastopäällikkö"},
    {"Social- och hälsovårdsministeriet", "Sosiaali- ja terveysministeriö"},
    {"Direktör för strategi- och styrningsenheten", "Strategia- ja ohjausyksikön johtaja"},
    {"Inrikesministeriet", "Sisäministeriö"},
    {"Välfärdsområdesdirektör", "Hyvinvointialuejohtaja"},
};

// The page header dropped into the text: {K} the case number, {D} the protocol date.
inline constexpr Parallel kPageHeader = {"Protokoll\nÄrendenummer: {K}\nDatum: {D}",
                                         "Pöytäkirja\nAsianumero: {K}\nPäivämäärä: {D}"};

// The agenda. Items 1, 2 and the recommendations item have fixed texts; the items in between have
// sub-items, each a slot with its own paragraphs and decisions.
enum class Slot {
  thl,
  rfv,
  vk,
  area,
  follow_up,
  economy,
  investments,
  themes,
  own_theme,
  cooperation
};

// Headings of the top-level items: opening, participants, the three items with sub-items,
// recommendations, other matters (optional), closing.
inline constexpr Parallel kTopItems[] = {
    {"Mötet öppnas", "Kokouksen avaus"},
    {"Konstaterande av deltagarna, presentation och godkännande av ärendelistan",
     "Osallistujien toteaminen, esittäytyminen ja asialistan hyväksyminen"},
    {"Allmän översikt över läget i välfärdsområdet", "Yleiskatsaus hyvinvointialueen tilanteeseen"},
    {"Välfärdsområdets förändrings- och reformprogram samt det ekonomiska läget",
     "Hyvinvointialueen muutos- ja uudistusohjelma sekä taloudellinen tilanne"},
    {"Särskilda frågor inom social- och hälsovården och räddningsväsendet",
     "Sosiaali- ja terveydenhuollon sekä pelastustoimen erityiskysymykset"},
    {"Ministeriernas åtgärdsrekommendationer", "Ministeriöiden toimenpidesuositukset"},
    {"Övriga ärenden", "Muut asiat"},
    {"Mötet avslutas", "Kokouksen päättäminen"},
};

inline constexpr Parallel kOpening = {
    "Ordföranden öppnade mötet kl.~{T} och välkomnade deltagarna.",
    "Puheenjohtaja avasi kokouksen klo~{T} ja toivotti osallistujat tervetulleiksi."};

inline constexpr Parallel kParticipantsDecision = {
    "Beslut: Konstaterades deltagarna som presenterade sig, ärendelistan godkändes utan "
    "ändringar.",
    "Päätös: Todettiin osallistujat, jotka esittäytyivät, ja asialista hyväksyttiin ilman "
    "muutoksia."};

inline constexpr Parallel kOtherMatters = {"Inga övriga ärenden behandlades.",
                                           "Muita asioita ei käsitelty."};

inline constexpr Parallel kClosing = {
    "Ordföranden tackade deltagarna för mötet och avslutade mötet kl.~{E}.",
    "Puheenjohtaja kiitti osallistujia ja päätti kokouksen klo~{E}."};

struct SubItem {
  int parent;  // the top-level item, 3, 4 or 5
  Slot slot;
  bool optional;  // left out of some protocols
  Parallel heading;
};
inline constexpr SubItem kSubItems[] = {
    {3,
     Slot::thl,
     false,
     {"Överblick över nuläget, utvärderingschefen vid Institutet för hälsa och välfärd",
      "Tilannekatsaus, Terveyden ja hyvinvoinnin laitoksen arviointipäällikkö"}},
    {3,
     Slot::rfv,
     false,
     {"Överblick över nuläget, representanten för regionförvaltningsverkets ansvarsområde för "
      "räddningsväsendet",
      "Tilannekatsaus, aluehallintoviraston pelastustoimen vastuualueen edustaja"}},
    {3,
     Slot::vk,
     true,
     {"Överblick över nuläget, Statskontorets representant",
      "Tilannekatsaus, Valtiokonttorin edustaja"}},
    {4,
     Slot::area,
     false,
     {"Överblick över nuläget, välfärdsområdets representanter",
      "Tilannekatsaus, hyvinvointialueen edustajat"}},
    {4,
     Slot::follow_up,
     false,
     {"Uppföljning av tidigare åtgärdsrekommendationer",
      "Aiempien toimenpidesuositusten seuranta"}},
    {4,
     Slot::economy,
     false,
     {"Förändrings- och reformprogrammet och det ekonomiska läget",
      "Muutos- ja uudistusohjelma ja taloudellinen tilanne"}},
    {4, Slot::investments, true, {"Investeringsplanen", "Investointisuunnitelma"}},
    {5, Slot::themes, false, {"Ministeriernas egna teman", "Ministeriöiden omat teemat"}},
    {5, Slot::own_theme, false, {"Välfärdsområdets eget tema", "Hyvinvointialueen oma teema"}},
    {5, Slot::cooperation, true, {"Samarbetsområdets läge", "Yhteistyöalueen tilanne"}},
};

struct SlotText {
  Slot slot;
  Parallel text;
};
// The paragraphs of a sub-item, before its decision.
inline constexpr SlotText kItemParagraphs[] = {
    {Slot::thl,
     {"Institutet för hälsa och välfärd bedömer att nettodriftskostnaderna per invånare för "
      "social- och hälsovården i området var bland de största i landet {Y1}. Kostnaderna i "
      "förhållande till servicebehovet inom den specialiserade somatiska sjukvården låg klart "
      "över landets medelnivå. Tjänsterna ordnas allt oftare som köpta tjänster och genom att "
      "anlita hyrd arbetskraft. Tillgången till basservice har förbättrats något. Otillräckliga "
      "förebyggande tjänster och basservice för barn, unga och familjer prioriteras inom "
      "specialservicen. Utvecklingsåtgärderna inom äldreservicen har framskridit lovande och "
      "minskat kostnaderna.",
      "Terveyden ja hyvinvoinnin laitos arvioi, että sosiaali- ja terveydenhuollon "
      "nettokäyttökustannukset asukasta kohden olivat alueella maan suurimpia vuonna {Y1}. "
      "Erikoissairaanhoidon somaattisen hoidon kustannukset suhteessa palvelutarpeeseen olivat "
      "selvästi maan keskitason yläpuolella. Palveluja järjestetään yhä useammin ostopalveluina "
      "ja vuokratyövoiman avulla. Peruspalvelujen saatavuus on parantunut hieman. Lasten, "
      "nuorten ja perheiden riittämättömät ennaltaehkäisevät palvelut ja peruspalvelut "
      "painottuvat erityispalveluihin. Ikääntyneiden palvelujen kehittämistoimet ovat edenneet "
      "lupaavasti ja vähentäneet kustannuksia."}},
    {Slot::thl,
     {"Välfärdsområdet instämde till största delen i THL:s observationer. Resurserna inom "
      "tjänsterna för barn och unga har stärkts och modellen med digitala familjecenter och "
      "korta interventioner har vidareutvecklats. Området är en föregångare i utvecklingen och "
      "användningen av digitala tjänster. Det är en utmaning att minska användningen av köpta "
      "tjänster och anlitandet av hyrd arbetskraft. Inom socialservicen och omsorgsarbetet har "
      "den egna personalen utökats, vilket har minskat behovet av köpta tjänster. Det råder "
      "fortfarande brist på läkare och deltidsarbetet har ökat bland läkarna.",
      "Hyvinvointialue yhtyi pääosin THL:n havaintoihin. Lasten ja nuorten palvelujen "
      "resursseja on vahvistettu, ja digitaalisen perhekeskuksen ja lyhytinterventioiden mallia "
      "on kehitetty edelleen. Alue on edelläkävijä digitaalisten palvelujen kehittämisessä ja "
      "käytössä. Ostopalvelujen ja vuokratyövoiman käytön vähentäminen on haaste. "
      "Sosiaalipalveluissa ja hoivatyössä omaa henkilöstöä on lisätty, mikä on vähentänyt "
      "ostopalvelujen tarvetta. Lääkäreistä on edelleen pulaa, ja osa-aikatyö on lisääntynyt "
      "lääkärien keskuudessa."}},
    {Slot::thl,
     {"Diagnostiska tjänster och bilddiagnostiktjänster har utkontrakterats till "
      "HUS-sammanslutningen, där det har framkommit oklarheter i prissättningen. Området har "
      "stött på utmaningar när det gäller integriteten i olika patient- och klientdatasystem "
      "och uppgifter. År {Y2} strävar välfärdsområdet efter att förbättra anvisningarna och "
      "verksamheten i anslutning till ställandet av diagnoser och produktionen av andra "
      "uppgifter.",
      "Diagnostiikka- ja kuvantamispalvelut on ulkoistettu HUS-yhtymälle, jonka hinnoittelussa "
      "on ilmennyt epäselvyyksiä. Alue on kohdannut haasteita eri potilas- ja "
      "asiakastietojärjestelmien ja tietojen eheydessä. Vuonna {Y2} hyvinvointialue pyrkii "
      "parantamaan diagnoosien tekemiseen ja muun tiedon tuottamiseen liittyvää ohjeistusta ja "
      "toimintaa."}},
    {Slot::thl,
     {"Institutet för hälsa och välfärd bedömer att befolkningen i området är friskare och mer "
      "utbildad än i resten av landet med tanke på servicebehovet. De viktigaste faktorerna som "
      "påverkar servicebehovet är missbruksproblem, bostadslöshet och barnfamiljer med låga "
      "inkomster. Inom tjänsterna för barn, unga och familjer har området övergått till att "
      "prioritera lättare tjänster. Digitala och mobila tjänster har integrerats i "
      "servicehelheterna. Läkarbristen återspeglas som problem med tillgången på läkare och "
      "tandläkare inom den öppna vården.",
      "Terveyden ja hyvinvoinnin laitos arvioi, että alueen väestö on palvelutarpeeltaan muuta "
      "maata terveempää ja koulutetumpaa. Keskeisimmät palvelutarpeeseen vaikuttavat tekijät "
      "ovat päihdeongelmat, asunnottomuus ja pienituloiset lapsiperheet. Lasten, nuorten ja "
      "perheiden palveluissa alue on siirtynyt painottamaan kevyempiä palveluja. Digitaaliset "
      "ja liikkuvat palvelut on integroitu palvelukokonaisuuksiin. Lääkäripula näkyy "
      "lääkäreiden ja hammaslääkäreiden saatavuuden ongelmina avohoidossa."}},
    {Slot::thl,
     {"Området instämmer i THL:s bedömningar. Tillgången till vård har förbättrats. Målet för "
      "{Y2} inom primärvården är att få vård av läkare inom 30~dygn och av skötare inom "
      "14~dygn. Inom mun- och tandvården och skolhälsovården har köerna avvecklats. "
      "Användningen av marknadsanpassat hyrt arbete är liten.",
      "Alue yhtyy THL:n arvioihin. Hoitoon pääsy on parantunut. Perusterveydenhuollon "
      "tavoitteena vuodelle {Y2} on päästä lääkärin vastaanotolle 30~vuorokaudessa ja hoitajan "
      "vastaanotolle 14~vuorokaudessa. Suun terveydenhuollossa ja kouluterveydenhuollossa jonot "
      "on purettu. Markkinaehtoisen vuokratyön käyttö on vähäistä."}},
    {Slot::rfv,
     {"RFV i {R} uppskattar att målen för den periodiska tillsynen över förebyggandet av "
      "olyckor inte till alla delar uppnåtts i området. Efterhandstillsynen är aktiv. Området "
      "har främjat frivilligverksamheten avsevärt. Räddningsverksamhetens aktionsberedskap är i "
      "regel på en tillräcklig nivå. Servicenivån för beredskap och befolkningsskydd är god "
      "jämfört med andra områden. Motiveringarna till räddningsväsendets investeringar har "
      "delvis varit otillräckliga.",
      "{R} AVI arvioi, että onnettomuuksien ehkäisyn määräaikaisvalvonnan tavoitteet eivät ole "
      "kaikilta osin toteutuneet alueella. Jälkivalvonta on aktiivista. Alue on edistänyt "
      "vapaaehtoistoimintaa merkittävästi. Pelastustoiminnan toimintavalmius on pääosin "
      "riittävällä tasolla. Varautumisen ja väestönsuojelun palvelutaso on hyvä muihin "
      "alueisiin verrattuna. Pelastustoimen investointien perustelut ovat olleet osin "
      "riittämättömiä."}},
    {Slot::rfv,
     {"Välfärdsområdet instämde till största delen i RFV:s synpunkter, även om investeringarna "
      "har motiverats i räddningsväsendets beslut om servicenivån. Man bad om mer information "
      "om hur motiveringarna till räddningsväsendets investeringar har varit otillräckliga.",
      "Hyvinvointialue yhtyi pääosin AVIn näkemyksiin, vaikka investoinnit on perusteltu "
      "pelastustoimen palvelutasopäätöksessä. Alue pyysi lisätietoa siitä, miltä osin "
      "pelastustoimen investointien perustelut ovat olleet riittämättömiä."}},
    {Slot::rfv,
     {"Regionförvaltningsverkets representant bedömde allmänt läget i fråga om "
      "räddningsväsendets tjänster på nationell nivå. Tjänsterna förverkligas inte jämlikt och "
      "spar- och anpassningsåtgärderna äventyrar räddningsväsendets servicenivå. Behovet av "
      "kunskapsbaserad ledning är stort.",
      "Aluehallintoviraston edustaja arvioi yleisesti pelastustoimen palvelujen tilannetta "
      "valtakunnan tasolla. Palvelut eivät toteudu yhdenvertaisesti, ja säästö- ja "
      "sopeutustoimet vaarantavat pelastustoimen palvelutason. Tietojohtamisen tarve on suuri."}},
    {Slot::rfv,
     {"Området har aktivt börjat utveckla sin aktionsberedskap. Problemen med tillgången på "
      "personal utgör ett hot mot utvecklingen av aktionsberedskapen. Området har identifierat "
      "brister och utvecklat befolkningsskyddstjänsterna. Området har föreslagit nödvändiga "
      "investeringar för att uppfylla den lagstadgade servicenivån.",
      "Alue on ryhtynyt aktiivisesti kehittämään toimintavalmiuttaan. Henkilöstön saatavuuden "
      "ongelmat uhkaavat toimintavalmiuden kehittämistä. Alue on tunnistanut puutteita ja "
      "kehittänyt väestönsuojelun palveluja. Alue on esittänyt tarpeelliset investoinnit "
      "lakisääteisen palvelutason täyttämiseksi."}},
    {Slot::vk,
     {"Enligt Statskontorets bedömning har områdets ekonomiska läge försvagats och det "
      "ackumulerade underskottet har ökat till {N1}~miljoner euro. Årsbidraget räcker inte till "
      "för att täcka avskrivningarna. Områdets likviditet är för närvarande tillräcklig, men "
      "behovet av lån för investeringar ökar under de kommande åren.",
      "Valtiokonttorin arvion mukaan alueen taloudellinen tilanne on heikentynyt ja kertynyt "
      "alijäämä on kasvanut {N1}~miljoonaan euroon. Vuosikate ei riitä kattamaan poistoja. "
      "Alueen maksuvalmius on tällä hetkellä riittävä, mutta investointien lainatarve kasvaa "
      "tulevina vuosina."}},
    {Slot::vk,
     {"Välfärdsområdet instämde i Statskontorets bedömning och framhöll att "
      "balanseringsåtgärderna har inletts. Verkningarna av åtgärderna syns i ekonomin först med "
      "fördröjning.",
      "Hyvinvointialue yhtyi Valtiokonttorin arvioon ja korosti, että tasapainottamistoimet on "
      "käynnistetty. Toimenpiteiden vaikutukset näkyvät taloudessa vasta viiveellä."}},
    {Slot::area,
     {"Enligt välfärdsområdet är servicen i området i huvudsak på en god nivå. "
      "Tillfredsställelsen bland klienterna och personalen har förbättrats. År {Y} beviljades "
      "områdets kvalitetssystem kvalitetserkännandet SHQS, som första välfärdsområde där även "
      "räddningsväsendet ingår.",
      "Hyvinvointialueen mukaan alueen palvelut ovat pääosin hyvällä tasolla. Asiakkaiden ja "
      "henkilöstön tyytyväisyys on parantunut. Vuonna {Y} alueen laatujärjestelmälle "
      "myönnettiin SHQS-laatutunnustus ensimmäisenä hyvinvointialueena, johon kuuluu myös "
      "pelastustoimi."}},
    {Slot::area,
     {"Beslutsfattandet i området har varit långsamt särskilt i fråga om reformen av "
      "servicenätet på grund av självrättelseförfarandet i beslutsprocessen. Samarbetet mellan "
      "tjänsteinnehavarna och politikerna behöver utvecklas.",
      "Päätöksenteko alueella on ollut hidasta erityisesti palveluverkon uudistamisessa "
      "päätösprosessiin liittyneen itseoikaisumenettelyn vuoksi. Viranhaltijoiden ja "
      "poliitikkojen yhteistyötä on tarpeen kehittää."}},
    {Slot::area,
     {"Verksamheten och ekonomin inom området är för närvarande i balans. Den skärpta statliga "
      "finansieringen under de kommande åren försvårar balansen i ekonomin på längre sikt och "
      "förutsätter bland annat att arbetet med förändringsprogrammet fortsätter målmedvetet.",
      "Alueen toiminta ja talous ovat tällä hetkellä tasapainossa. Tiukentuva valtion rahoitus "
      "tulevina vuosina vaikeuttaa talouden tasapainoa pidemmällä aikavälillä ja edellyttää "
      "muun muassa muutosohjelman työn jatkamista määrätietoisesti."}},
    {Slot::area,
     {"Stödet för det politiska beslutsfattandet för åtgärderna i förändringsprogrammet har "
      "varit bra. I lokalfrågor har man uppnått ett bättre samarbete med kommunerna i området.",
      "Poliittisen päätöksenteon tuki muutosohjelman toimenpiteille on ollut hyvää. "
      "Tilakysymyksissä on saavutettu parempi yhteistyö alueen kuntien kanssa."}},
    {Slot::follow_up,
     {"Situationen för de åtgärdsrekommendationer för social- och hälsovården och "
      "räddningsväsendet som gavs till {C} under förhandlingarna hösten {Y1} behandlades.",
      "Käsiteltiin syksyllä {Y1} käydyissä neuvotteluissa {Ca} annettujen sosiaali- ja "
      "terveydenhuollon sekä pelastustoimen toimenpidesuositusten tilanne."}},
    {Slot::follow_up,
     {"Inom området har man utvecklat och verkställt flera olika åtgärder för att genomföra "
      "statsrådets åtgärdsrekommendationer. Utöver områdets egna åtgärder har man för att uppnå "
      "målen också samarbetat på bred front med andra välfärdsområden och flera andra "
      "samarbetspartner.",
      "Alueella on kehitetty ja toimeenpantu useita eri toimenpiteitä valtioneuvoston "
      "toimenpidesuositusten toteuttamiseksi. Alueen omien toimenpiteiden lisäksi tavoitteiden "
      "saavuttamiseksi on tehty laajaa yhteistyötä muiden hyvinvointialueiden ja useiden muiden "
      "yhteistyökumppaneiden kanssa."}},
    {Slot::economy,
     {"Budgetpropositionen för {Y2} uppvisar ett litet överskott. I den ekonomiska balansen har "
      "statens tilläggsfinansiering för {Y2} bokförts för att täcka det redan uppkomna "
      "underskottet. Tilläggsfinansiering söks endast om produktionen av lagstadgade tjänster "
      "äventyras.",
      "Vuoden {Y2} talousarvioesitys osoittaa pientä ylijäämää. Talouden tasapainossa on "
      "kirjattu valtion lisärahoitus vuodelle {Y2} jo syntyneen alijäämän kattamiseksi. "
      "Lisärahoitusta haetaan vain, jos lakisääteisten palvelujen tuottaminen vaarantuu."}},
    {Slot::economy,
     {"Enligt området är täckningen av underskotten som uppkommit {Y1} och {Y} dock inte "
      "realistisk inom den lagstadgade tidsramen. Med produktivitetsprogrammet eftersträvas "
      "bestående åtgärder som tillgodoser områdets servicebehov och vars kostnadseffekter "
      "delvis realiseras inom en tidsram som är längre än balanseringsperioden för ekonomin.",
      "Alueen mukaan vuosina {Y1} ja {Y} syntyneiden alijäämien kattaminen ei kuitenkaan ole "
      "realistista lakisääteisessä määräajassa. Tuottavuusohjelmalla tavoitellaan pysyviä "
      "toimenpiteitä, jotka vastaavat alueen palvelutarpeeseen ja joiden kustannusvaikutukset "
      "toteutuvat osin talouden tasapainottamiskautta pidemmällä aikavälillä."}},
    {Slot::economy,
     {"Metoder för att balansera ekonomin diskuterades. Styrningsförfaranden är möjliga för "
      "området. I något skede överförs uppmärksamheten från underskotten till granskning av "
      "kostnadsutvecklingen.",
      "Keskusteltiin keinoista talouden tasapainottamiseksi. Ohjausmenettelyt ovat mahdollisia "
      "alueen osalta. Jossain vaiheessa huomio siirtyy alijäämistä kustannuskehityksen "
      "tarkasteluun."}},
    {Slot::economy,
     {"För {Y} förutspår området ett underskott på cirka {N1}~miljoner euro, och budgeten för "
      "{Y2} har gjorts upp med ett överskott. För att balansera ekonomin eftersträvas med "
      "åtgärderna i förändringsprogrammet en anpassning på minst {N2}~miljoner euro. Åtgärderna "
      "har inte inneburit någon kraftig nedskärning bland tjänsterna.",
      "Alue ennustaa vuodelle {Y} noin {N1}~miljoonan euron alijäämää, ja vuoden {Y2} "
      "talousarvio on laadittu ylijäämäiseksi. Talouden tasapainottamiseksi muutosohjelman "
      "toimenpiteillä tavoitellaan vähintään {N2}~miljoonan euron sopeutusta. Toimenpiteet "
      "eivät ole merkinneet voimakkaita leikkauksia palveluihin."}},
    {Slot::investments,
     {"Området presenterade sin investeringsplan för {Y2}–{Y3}. De största investeringarna "
      "gäller sjukhusbyggnader och räddningsstationer. En del av investeringarna har "
      "senarelagts för att balansera ekonomin.",
      "Alue esitteli investointisuunnitelmansa vuosille {Y2}–{Y3}. Suurimmat investoinnit "
      "koskevat sairaalarakennuksia ja paloasemia. Osaa investoinneista on siirretty talouden "
      "tasapainottamiseksi."}},
    {Slot::investments,
     {"Ministerierna betonade att investeringarna ska grunda sig på en bedömning av "
      "servicenätet som helhet och på samarbetet inom samarbetsområdet.",
      "Ministeriöt korostivat, että investointien tulee perustua palveluverkon kokonaisarvioon "
      "ja yhteistyöalueen sisäiseen yhteistyöhön."}},
    {Slot::themes,
     {"En samarbetspromemoria bereds vid SHM före regeringens halvtidsöverläggning. Enligt "
      "området avgörs samarbetsområdets funktion av de bilaterala och multilaterala fördjupande "
      "avtalen, vars effekter blir synliga småningom under nästa år. Samarbetsavtalet ska "
      "förbli möjliggörande.",
      "STM:ssä valmistellaan yhteistyömuistiota ennen hallituksen puoliväliriiheä. Alueen "
      "mukaan yhteistyöalueen toimivuuden ratkaisevat kahden- ja monenväliset syventävät "
      "sopimukset, joiden vaikutukset näkyvät vähitellen ensi vuoden aikana. "
      "Yhteistyösopimuksen on säilyttävä mahdollistavana."}},
    {Slot::themes,
     {"Ett tema som SHM lyfte fram i förhandlingarna var stärkandet av förebyggande tjänster "
      "och tjänster för tidigt stöd, särskilt med tanke på barnskyddet. För att förbättra "
      "situationen behövs omfattande samarbete mellan välfärdsområdet, kommunerna och andra "
      "aktörer samt stärkande av det förebyggande stödet och basservicen för barn, unga och "
      "familjer.",
      "STM:n neuvotteluissa nostama teema oli ennaltaehkäisevien ja varhaisen tuen palvelujen "
      "vahvistaminen erityisesti lastensuojelun näkökulmasta. Tilanteen parantamiseksi "
      "tarvitaan laajaa yhteistyötä hyvinvointialueen, kuntien ja muiden toimijoiden kesken "
      "sekä lasten, nuorten ja perheiden ennaltaehkäisevän tuen ja peruspalvelujen "
      "vahvistamista."}},
    {Slot::themes,
     {"De teman som IM lyfte fram var räddningsverksamheten och befolkningsskyddsberedskapen. "
      "Det finns brister i räddningsverksamhetens kapacitet, till exempel varierar "
      "rökdykningskapaciteten mellan olika områden. Särskilt oroande är att "
      "avtalsbrandkåristerna blir allt färre och åldras.",
      "SM:n nostamat teemat olivat pelastustoiminta ja väestönsuojeluvalmius. Pelastustoiminnan "
      "suorituskyvyssä on puutteita, esimerkiksi savusukelluskyky vaihtelee eri alueiden "
      "välillä. Erityisen huolestuttavaa on, että sopimuspalokuntalaisten määrä vähenee ja he "
      "ikääntyvät."}},
    {Slot::themes,
     {"Ett tema som SHM lyfte fram i förhandlingarna var tillgången till basservice och dess "
      "kontinuitet samt kundnöjdheten. En kundupplevelseöversikt publiceras kvartalsvis på "
      "områdets webbplats. Dessutom har separata kundserviceenkäter gjorts och kundresponsen "
      "följs upp.",
      "STM:n neuvotteluissa nostama teema oli peruspalvelujen saatavuus ja jatkuvuus sekä "
      "asiakastyytyväisyys. Asiakaskokemuskatsaus julkaistaan neljännesvuosittain alueen "
      "verkkosivuilla. Lisäksi on tehty erillisiä asiakaspalvelukyselyjä, ja asiakaspalautetta "
      "seurataan."}},
    {Slot::themes,
     {"Angående IM:s oro för det minskade antalet avtalsbrandkårister berättade representanter "
      "för området att området har riktat ytterligare resurser till "
      "avtalsbrandkårsverksamheten. Dessutom lyfte de fram att räddningsväsendets "
      "finansieringskriterier inte motsvarar områdets behov.",
      "SM:n huoleen sopimuspalokuntalaisten vähenemisestä alueen edustajat kertoivat, että alue "
      "on kohdentanut lisäresursseja sopimuspalokuntatoimintaan. Lisäksi he nostivat esiin, "
      "etteivät pelastustoimen rahoituskriteerit vastaa alueen tarpeita."}},
    {Slot::own_theme,
     {"Ett tema som området lyfte fram i förhandlingarna var potentialen för gemenskapsboende "
      "inom äldreservicen. Det finns behov av att skapa mångsidiga boende- och servicehelheter. "
      "I och med dem kan äldre personer erbjudas flexibla, kollektiva lösningar som motsvarar "
      "deras servicebehov.",
      "Alueen neuvotteluissa nostama teema oli yhteisöllisen asumisen mahdollisuudet "
      "ikääntyneiden palveluissa. Monipuolisia asumis- ja palvelukokonaisuuksia on tarpeen "
      "luoda. Niiden avulla ikääntyneille voidaan tarjota joustavia, yhteisöllisiä ratkaisuja, "
      "jotka vastaavat heidän palvelutarpeitaan."}},
    {Slot::own_theme,
     {"Områdets eget tema behandlade den statliga finansieringen och tillgången på kompetent "
      "personal. Den behovsbaserade finansieringen behöver utvecklas, men för snabba och "
      "omfattande ändringar ska inte göras. Det behövs fler nybörjarplatser för hälsovårdare, "
      "talterapeuter och socialarbetare.",
      "Alueen oma teema käsitteli valtion rahoitusta ja osaavan henkilöstön saatavuutta. "
      "Tarveperusteista rahoitusta on kehitettävä, mutta liian nopeita ja laajoja muutoksia ei "
      "tule tehdä. Terveydenhoitajien, puheterapeuttien ja sosiaalityöntekijöiden "
      "aloituspaikkoja tarvitaan lisää."}},
    {Slot::own_theme,
     {"Området lyfte fram hur den digitala tjänstekanalen har minskat trycket på jourerna. "
      "Vårdbedömningen görs i allt större utsträckning på distans, vilket frigör resurser för "
      "den öppna vården.",
      "Alue nosti esiin, miten digitaalinen palvelukanava on keventänyt päivystysten "
      "kuormitusta. Hoidon tarpeen arviointi tehdään yhä useammin etänä, mikä vapauttaa "
      "resursseja avohoitoon."}},
    {Slot::cooperation,
     {"Samarbetsområdet har främst varit till nytta i planeringen och upprätthållandet av "
      "beredskapen. Inrättandet av en läges- och ledningscentral förorsakar mycket arbete och "
      "kräver ett nytt avtal.",
      "Yhteistyöalueesta on ollut hyötyä erityisesti valmiuden suunnittelussa ja ylläpidossa. "
      "Tilanne- ja johtokeskuksen perustaminen aiheuttaa paljon työtä ja edellyttää uutta "
      "sopimusta."}},
    {Slot::cooperation,
     {"I samarbetsavtalet har man byggt upp en möjlighet att ingå fördjupande samarbetsavtal. "
      "Ett bra alternativ till ett författningsbaserat samarbetsområde är nationell styrning.",
      "Yhteistyösopimukseen on rakennettu mahdollisuus solmia syventäviä yhteistyösopimuksia. "
      "Hyvä vaihtoehto säädöspohjaiselle yhteistyöalueelle on kansallinen ohjaus."}},
};

// The decision of a sub-item; a newline separates a decision's paragraphs.
inline constexpr SlotText kItemDecisions[] = {
    {Slot::thl,
     {"Beslut: THL:s observationer och diskussionen kring informationsunderlaget antecknades "
      "för kännedom.",
      "Päätös: THL:n havainnot ja tietopohjasta käyty keskustelu merkittiin tiedoksi."}},
    {Slot::thl,
     {"Beslut: THL:s observationer, områdets genmäle och diskussionen kring ämnet antecknades "
      "för kännedom.",
      "Päätös: THL:n havainnot, alueen vastine ja aiheesta käyty keskustelu merkittiin tiedoksi."}},
    {Slot::rfv,
     {"Beslut: RFV:s observationer antecknades för kännedom och det konstaterades att det är "
      "nödvändigt att gå igenom motiveringarna till investeringarna tillsammans med "
      "ministerierna och regionförvaltningsverket.",
      "Päätös: AVIn havainnot merkittiin tiedoksi, ja todettiin, että investointien perustelut "
      "on tarpeen käydä läpi yhdessä ministeriöiden ja aluehallintoviraston kanssa."}},
    {Slot::rfv,
     {"Beslut: Regionförvaltningsverkets observationer och diskussionen kring ämnet antecknades "
      "för kännedom.",
      "Päätös: Aluehallintoviraston havainnot ja aiheesta käyty keskustelu merkittiin tiedoksi."}},
    {Slot::vk,
     {"Beslut: Statskontorets bedömning och diskussionen kring den antecknades för kännedom.",
      "Päätös: Valtiokonttorin arvio ja siitä käyty keskustelu merkittiin tiedoksi."}},
    {Slot::area,
     {"Beslut: Den allmänna översikten över läget i området och diskussionen kring ämnet "
      "antecknades för kännedom.",
      "Päätös: Yleiskatsaus alueen tilanteeseen ja siitä käyty keskustelu merkittiin tiedoksi."}},
    {Slot::follow_up,
     {"Beslut: Genomförandet av åtgärdsrekommendationerna antecknades för kännedom.",
      "Päätös: Toimenpidesuositusten toimeenpano merkittiin tiedoksi."}},
    {Slot::economy,
     {"Beslut: Läget i fråga om områdets förändrings- och reformprogram samt de ekonomiska "
      "utsikterna antecknades för kännedom.",
      "Päätös: Alueen muutos- ja uudistusohjelman tilanne sekä talousnäkymät merkittiin "
      "tiedoksi."}},
    {Slot::economy,
     {"Beslut: Läget för områdets ekonomi och förändringsprogram samt diskussionen kring detta "
      "antecknades för kännedom.",
      "Päätös: Alueen talouden ja muutosohjelman tilanne sekä siitä käyty keskustelu merkittiin "
      "tiedoksi."}},
    {Slot::investments,
     {"Beslut: Investeringsplanen och diskussionen kring den antecknades för kännedom.",
      "Päätös: Investointisuunnitelma ja siitä käyty keskustelu merkittiin tiedoksi."}},
    {Slot::themes,
     {"Beslut: Diskussionen kring ministeriernas teman antecknades för kännedom. "
      "Välfärdsområdets räddningsväsen ska stärka den riskbaserade planeringen av "
      "aktionsberedskapen och slutföra riskanalysen av krigstida hot.",
      "Päätös: Keskustelu ministeriöiden teemoista merkittiin tiedoksi. Hyvinvointialueen "
      "pelastustoimen tulee vahvistaa toimintavalmiuden riskiperusteista suunnittelua ja "
      "saattaa sodan ajan uhkien riskianalyysi valmiiksi."}},
    {Slot::themes,
     {"Beslut: Diskussionen kring ministeriernas teman antecknades för kännedom.\nDen "
      "utvärdering av läget gällande ordnandet av social- och hälsovården i välfärdsområdet som "
      "nu bereds av SHM samt genomförandet av de riksomfattande målen för social- och "
      "hälsovården antecknades också för kännedom.",
      "Päätös: Keskustelu ministeriöiden teemoista merkittiin tiedoksi.\nSTM:ssä nyt "
      "valmisteltava arvio sosiaali- ja terveydenhuollon järjestämisen tilanteesta "
      "hyvinvointialueella sekä sosiaali- ja terveydenhuollon valtakunnallisten tavoitteiden "
      "toteutuminen merkittiin myös tiedoksi."}},
    {Slot::own_theme,
     {"Beslut: Diskussionen kring temat antecknades för kännedom.",
      "Päätös: Keskustelu teemasta merkittiin tiedoksi."}},
    {Slot::own_theme,
     {"Beslut: Diskussionen antecknades för kännedom. Det konstaterades att ärendet behandlas "
      "vidare i samarbetsområdet.",
      "Päätös: Keskustelu merkittiin tiedoksi. Todettiin, että asiaa käsitellään edelleen "
      "yhteistyöalueella."}},
    {Slot::cooperation,
     {"Beslut: Diskussionen kring samarbetsområdet antecknades för kännedom.",
      "Päätös: Keskustelu yhteistyöalueesta merkittiin tiedoksi."}},
};

inline constexpr Parallel kRecommendationsBody = {
    "Ministeriernas åtgärdsrekommendationer till {C} behandlades.",
    "Käsiteltiin ministeriöiden toimenpidesuositukset {Ca}."};

inline constexpr Parallel kNewListIntro[] = {
    {"Beslut: De nya åtgärdsrekommendationerna är följande:",
     "Päätös: Uudet toimenpidesuositukset ovat seuraavat:"},
    {"Beslut: De nya rekommendationerna är följande:", "Päätös: Uudet suositukset ovat seuraavat:"},
};

inline constexpr Parallel kFollowUpLabel = {"Uppföljning och utvärdering: ",
                                            "Seuranta ja arviointi: "};

struct RecommendationText {
  Parallel text, follow_up;
};
// New recommendations, each with its follow-up (after "Uppföljning och utvärdering: ").
inline constexpr RecommendationText kRecommendations[] = {
    {{"Området ska målmedvetet fortsätta med åtgärderna, särskilt reformen av de förebyggande "
      "tjänsterna och basservicen samt balanseringen av ekonomin. Man ska särskilt fokusera på "
      "att förbättra servicen för barn, unga och familjer.",
      "Alueen tulee määrätietoisesti jatkaa toimenpiteitä, erityisesti ennaltaehkäisevien "
      "palvelujen ja peruspalvelujen uudistamista sekä talouden tasapainottamista. Erityisesti "
      "on keskityttävä lasten, nuorten ja perheiden palvelujen parantamiseen."},
     {"Indikatorer för tjänsterna för barn och unga, tillgången till tjänster och vård samt "
      "kostnadsutvecklingen i ledningens strategiska lägesbild. Välfärdsområdets utredning av "
      "genomförandet av välfärdsplanen. Utfallet av produktivitetsprogrammets mål.",
      "Lasten ja nuorten palvelujen, palveluihin ja hoitoon pääsyn sekä kustannuskehityksen "
      "indikaattorit johdon strategisessa tilannekuvassa. Hyvinvointialueen selvitys "
      "hyvinvointisuunnitelman toteutumisesta. Tuottavuusohjelman tavoitteiden toteutuminen."}},
    {{"Området ska målmedvetet fortsätta att använda digitala tjänster i alla servicekedjor.",
      "Alueen tulee määrätietoisesti jatkaa digitaalisten palvelujen käyttöä kaikissa "
      "palveluketjuissa."},
     {"Indikator som beskriver digitaliseringen i ledningens strategiska lägesbild. "
      "Välfärdsområdets utredning av användningen av digitala tjänster i servicekedjorna.",
      "Digitalisaatiota kuvaava indikaattori johdon strategisessa tilannekuvassa. "
      "Hyvinvointialueen selvitys digitaalisten palvelujen käytöstä palveluketjuissa."}},
    {{"Området måste konkretisera personalprogrammet för att förbättra dragnings- och "
      "hållkraften samt öka den egna serviceproduktionen.",
      "Alueen on konkretisoitava henkilöstöohjelmaa veto- ja pitovoiman parantamiseksi sekä "
      "lisättävä omaa palvelutuotantoa."},
     {"Personalprogrammets mål och utfall. Bedömning av andelen egen produktion.",
      "Henkilöstöohjelman tavoitteet ja toteuma. Arvio oman tuotannon osuudesta."}},
    {{"Området ska fortsätta att luckra upp servicestrukturen och hålla kostnadsutvecklingen "
      "under kontroll.",
      "Alueen tulee jatkaa palvelurakenteen keventämistä ja pitää kustannuskehitys hallinnassa."},
     {"uppföljning av förändringsprogrammet, kostnadsutvecklingen (Källa: SK)",
      "muutosohjelman seuranta, kustannuskehitys (Lähde: VK)"}},
    {{"De organiseringsansvariga i samarbetsområdet ska stärka integrationen och planeringen av "
      "primärvården och den specialiserade sjukvården samt förbinda sig till ett samordnat "
      "genomförande av planen för balansering av ekonomin.",
      "Yhteistyöalueen järjestäjien tulee vahvistaa perusterveydenhuollon ja "
      "erikoissairaanhoidon integraatiota ja suunnittelua sekä sitoutua talouden "
      "tasapainottamissuunnitelman yhteensovitettuun toteuttamiseen."},
     {"uppföljning av förändringsprogrammet, kostnadsutvecklingen, hälso- och "
      "sjukvårdskostnadernas andel av de totala hälso- och sjukvårdskostnaderna på basnivå "
      "(Källa: SK/THL)",
      "muutosohjelman seuranta, kustannuskehitys, perustason terveydenhuollon kustannusten "
      "osuus kaikista terveydenhuollon kustannuksista (Lähde: VK/THL)"}},
    {{"Området ska stärka basservicen. Särskild uppmärksamhet ska fästas vid tjänsterna för "
      "barn, unga och familjer.",
      "Alueen tulee vahvistaa perustason palveluja. Erityistä huomiota on kiinnitettävä lasten, "
      "nuorten ja perheiden palveluihin."},
     {"Indikatorer för tillgången till vård i ledningens strategiska lägesbild. Andelen hälso- "
      "och sjukvårdskostnader på basnivå av de totala hälso- och sjukvårdskostnaderna. (Källa: "
      "SK/THL)",
      "Hoitoon pääsyn indikaattorit johdon strategisessa tilannekuvassa. Perustason "
      "terveydenhuollon kustannusten osuus kaikista terveydenhuollon kustannuksista. (Lähde: "
      "VK/THL)"}},
    {{"Området ska minska användningen av hyrd arbetskraft och öka den egna serviceproduktionen.",
      "Alueen tulee vähentää vuokratyövoiman käyttöä ja lisätä omaa palvelutuotantoa."},
     {"social-, hälsovårds- och räddningsväsendets personalantal, användningen av hyrd "
      "arbetskraft, andelen egen produktion (Källa: THL, SK)",
      "sosiaali-, terveys- ja pelastustoimen henkilöstömäärä, vuokratyövoiman käyttö, oman "
      "tuotannon osuus (Lähde: THL, VK)"}},
    {{"Området ska förnya servicenätet utifrån en helhetsbedömning och fatta de nödvändiga "
      "besluten i rätt tid.",
      "Alueen tulee uudistaa palveluverkkoa kokonaisarvion pohjalta ja tehdä tarvittavat "
      "päätökset oikea-aikaisesti."},
     {"Beslut om servicenätet och deras genomförande. Kostnadsutvecklingen per invånare. "
      "(Källa: SK)",
      "Palveluverkkoa koskevat päätökset ja niiden toimeenpano. Kustannuskehitys asukasta "
      "kohden. (Lähde: VK)"}},
};

// The Ministry of the Interior's list given in the autumn of {G}, valid until {G3}, repeated in
// every protocol; the generator writes its first three to five recommendations.
inline constexpr Parallel kEarlierListIntro = {
    "Det antecknades för kännedom att inrikesministeriets åtgärdsrekommendationer från hösten "
    "{G} gäller {G}–{G3}.",
    "Merkittiin tiedoksi, että sisäministeriön syksyllä {G} antamat toimenpidesuositukset ovat "
    "voimassa vuosina {G}–{G3}."};

inline constexpr Parallel kEarlierRecommendations[] = {
    {"Området ska fortsätta att reformera verksamheten.",
     "Alueen tulee jatkaa toiminnan uudistamista."},
    {"Antalet olyckor ska minskas effektivt och antalet eldsvådor ska halveras före 2030. I "
     "arbetet med att förebygga olyckor ska välfärdsområdena fästa uppmärksamhet vid att "
     "förbättra kvaliteten och verkningsfullheten.",
     "Onnettomuuksien määrää tulee vähentää tehokkaasti ja tulipalojen määrä puolittaa vuoteen "
     "2030 mennessä. Onnettomuuksien ehkäisytyössä hyvinvointialueiden tulee kiinnittää "
     "huomiota laadun ja vaikuttavuuden parantamiseen."},
    {"Välfärdsområdena ska förbättra aktionsberedskapen i regionen så att den motsvarar "
     "riskerna i verksamhetsmiljön.",
     "Hyvinvointialueiden tulee parantaa toimintavalmiutta niin, että se vastaa "
     "toimintaympäristön riskejä."},
    {"Välfärdsområdenas räddningsväsenden ska säkerställa att de resurser och det kunnande som "
     "anvisats beredskapen för befolkningsskydd är tillräckliga och inriktas på genomförandet "
     "av lagstadgade uppgifter.",
     "Hyvinvointialueiden pelastustoimien tulee varmistaa, että väestönsuojeluvalmiuteen "
     "osoitetut resurssit ja osaaminen ovat riittäviä ja kohdentuvat lakisääteisten tehtävien "
     "toteuttamiseen."},
    {"Välfärdsområdena ska fästa särskild uppmärksamhet vid välbefinnandet i arbetet och "
     "arbetssäkerheten vid räddningsverken.",
     "Hyvinvointialueiden tulee kiinnittää erityistä huomiota pelastuslaitosten "
     "työhyvinvointiin ja työturvallisuuteen."},
};

// The 2020 practice round's protocols (Finnish only): a record line first, title, place and time
// on one line, attendees run together title first, item headings running into their text.
// {Cn} is the county's Finnish name, {P} the place, {K} the case number, {D} a date.
inline constexpr std::string_view kOldRecordLine = "PÖYTÄKIRJA {K} {D}";
inline constexpr std::string_view kOldTitleLine =
    "{Cn}neuvottelu Paikka: {P} Aika: {D} klo {T}-{E}";
inline constexpr std::string_view kOldPlaces[] = {
    "Skype",
    "Teams",
    "etäyhteys",
};

// The attendee groups: the area, the presidium, the ministries.
inline constexpr std::string_view kOldGroups[] = {
    "Alueen edustajat:",
    "Puheenjohtajisto:",
    "Ministeriöiden, THL:n ja AVIn edustajat:",
};

inline constexpr std::string_view kOldAreaTitles[] = {
    "kunnanjohtaja",   "kaupunginjohtaja", "perusturvajohtaja",
    "sosiaalijohtaja", "johtava lääkäri",  "pelastusjohtaja",
    "talousjohtaja",   "hallintojohtaja",  "vanhuspalvelujohtaja",
};

inline constexpr std::string_view kOldMunicipalities[] = {
    "Porvoon kaupunki", "Loviisan kaupunki", "Sipoon kunta",     "Lapinjärvi",
    "Kotkan kaupunki",  "Kouvolan kaupunki", "Haminan kaupunki", "Pyhtään kunta",
    "Miehikkälä",       "Virolahden kunta",  "Askolan kunta",    "Myrskylä",
};

// The presidium as the old protocols write it: the title and what follows the name.
inline constexpr TextPair kOldPresidium[] = {
    {"osastopäällikkö", "VM, puheenjohtaja"},
    {"osastopäällikkö", "STM, ensimmäinen varapuheenjohtaja"},
    {"yksikön johtaja", "SM, toinen varapuheenjohtaja"},
};

// The ministries' representatives: title and organisation.
inline constexpr TextPair kOldMinistryTitles[] = {
    {"neuvotteleva virkamies", "sosiaali- ja terveysministeriö"},
    {"erityisasiantuntija", "VM"},
    {"johtava asiantuntija", "THL"},
    {"ylitarkastaja", "sisäministeriö"},
    {"finanssisihteeri", "valtiovarainministeriö"},
    {"kehittämispäällikkö", "THL"},
};

// Items: heading and text; the first two and the last two always, the others optional, before
// the recommendations.
inline constexpr TextPair kOldItems[] = {
    {"Tilaisuuden avaus ja osanottajien toteaminen",
     "Puheenjohtaja {Chair} avasi kokouksen klo {T} ja totesi osanottajat. Päätös: Merkittiin "
     "osanottajat tiedoksi."},
    {"Alueen tilannekatsaus",
     "Alueen edustajat esittelivät sosiaali- ja terveydenhuollon sekä pelastustoimen "
     "valmistelun tilanteen. Valmistelu on edennyt aikataulussa.\nPäätös: Tilannekatsaus "
     "merkittiin tiedoksi."},
    {"Talouden tilannekuva",
     "Alueen edustajat kertoivat kuntien talousarvioista ja sosiaali- ja terveydenhuollon "
     "kustannusten kehityksestä. Kustannusten kasvu on ollut maltillista.\nPäätös: Talouden "
     "tilannekuva merkittiin tiedoksi."},
    {"Tietojärjestelmien yhteentoimivuus",
     "Alueen edustajat kertoivat asiakas- ja potilastietojärjestelmien yhtenäistämisen "
     "suunnitelmista. Hankinta käynnistyy vuoden {Y2} aikana.\nPäätös: Asia merkittiin tiedoksi."},
    {"Ministeriöiden toimenpidesuositukset",
     "Käsiteltiin ministeriöiden toimenpidesuositukset alueelle.\nPäätös: Uudet "
     "toimenpidesuositukset ovat seuraavat:"},
    {"Kokouksen päättäminen", "Puheenjohtaja päätti kokouksen klo {E}."},
};

// Recommendations and their follow-ups.
inline constexpr TextPair kOldRecommendations[] = {
    {"Alueen tulee valmistella palvelustrategia vuoden {Y2} aikana.",
     "palvelustrategian valmistelun eteneminen (Lähde: STM)"},
    {"Alueen tulee varmistaa tietojärjestelmien yhteentoimivuus.",
     "tietojärjestelmien yhteentoimivuuden selvitys, kustannukset (Lähde: THL/VM)"},
    {"Alueen tulee laatia henkilöstön siirtoa koskeva suunnitelma.",
     "suunnitelman valmistuminen (Lähde: VM)"},
    {"Alueen tulee selvittää pelastustoimen ja ensihoidon yhteistyön mahdollisuudet.",
     "selvityksen valmistuminen (Lähde: SM)"},
};

// The signature block in lower case: title and ministry of the chair and the first vice chair.
inline constexpr TextPair kOldSignatures[] = {
    {"osastopäällikkö", "valtiovarainministeriö"},
    {"osastopäällikkö", "sosiaali- ja terveysministeriö"},
};

// ---- Calendar, places and people --------------------------------------------------------------

// Monday first.
inline constexpr Parallel kWeekdays[] = {
    {"måndag", "maanantai"}, {"tisdag", "tiistai"},   {"onsdag", "keskiviikko"},
    {"torsdag", "torstai"},  {"fredag", "perjantai"}, {"lördag", "lauantai"},
    {"söndag", "sunnuntai"},
};

// Month names as a full date writes them: "den 28 maj 2025", "28 päivänä toukokuuta 2025".
inline constexpr Parallel kMonths[] = {
    {"januari", "tammikuuta"}, {"februari", "helmikuuta"},  {"mars", "maaliskuuta"},
    {"april", "huhtikuuta"},   {"maj", "toukokuuta"},       {"juni", "kesäkuuta"},
    {"juli", "heinäkuuta"},    {"augusti", "elokuuta"},     {"september", "syyskuuta"},
    {"oktober", "lokakuuta"},  {"november", "marraskuuta"}, {"december", "joulukuuta"},
};

// The regions of the regional state administrative agencies (RFV / AVI) for rescue services.
inline constexpr Parallel kAgencyRegions[] = {
    {"Södra Finland", "Etelä-Suomen"},   {"Sydvästra Finland", "Lounais-Suomen"},
    {"Östra Finland", "Itä-Suomen"},     {"Västra och Inre Finland", "Länsi- ja Sisä-Suomen"},
    {"Norra Finland", "Pohjois-Suomen"}, {"Lappland", "Lapin"},
};

struct County {
  std::string_view code;  // rules/counties.tsv
  Parallel name;          // as rules/counties.tsv writes it
  std::string_view fi_genitive, fi_allative;
  Parallel in_title;  // what the protocol title names after "Förhandlingar med" / "Neuvottelut"
  int agency_region;  // index into kAgencyRegions
};
// The wellbeing services counties, the City of Helsinki and the HUS Group (rules/counties.tsv).
inline constexpr County kCounties[] = {
    {"IUU",
     {"Östra Nylands välfärdsområde", "Itä-Uudenmaan hyvinvointialue"},
     "Itä-Uudenmaan hyvinvointialueen",
     "Itä-Uudenmaan hyvinvointialueelle",
     {"Östra Nylands välfärdsområde", "Itä-Uudenmaan hyvinvointialueen"},
     0},
    {"KUU",
     {"Mellersta Nylands välfärdsområde", "Keski-Uudenmaan hyvinvointialue"},
     "Keski-Uudenmaan hyvinvointialueen",
     "Keski-Uudenmaan hyvinvointialueelle",
     {"Mellersta Nylands välfärdsområde", "Keski-Uudenmaan hyvinvointialueen"},
     0},
    {"LUU",
     {"Västra Nylands välfärdsområde", "Länsi-Uudenmaan hyvinvointialue"},
     "Länsi-Uudenmaan hyvinvointialueen",
     "Länsi-Uudenmaan hyvinvointialueelle",
     {"Västra Nylands välfärdsområde", "Länsi-Uudenmaan hyvinvointialueen"},
     0},
    {"VAK",
     {"Vanda och Kervo välfärdsområde", "Vantaan ja Keravan hyvinvointialue"},
     "Vantaan ja Keravan hyvinvointialueen",
     "Vantaan ja Keravan hyvinvointialueelle",
     {"Vanda och Kervo välfärdsområde", "Vantaan ja Keravan hyvinvointialueen"},
     0},
    {"VSU",
     {"Egentliga Finlands välfärdsområde", "Varsinais-Suomen hyvinvointialue"},
     "Varsinais-Suomen hyvinvointialueen",
     "Varsinais-Suomen hyvinvointialueelle",
     {"Egentliga Finlands välfärdsområde", "Varsinais-Suomen hyvinvointialueen"},
     1},
    {"SAT",
     {"Satakunta välfärdsområde", "Satakunnan hyvinvointialue"},
     "Satakunnan hyvinvointialueen",
     "Satakunnan hyvinvointialueelle",
     {"Satakunta välfärdsområde", "Satakunnan hyvinvointialueen"},
     1},
    {"KHA",
     {"Egentliga Tavastlands välfärdsområde", "Kanta-Hämeen hyvinvointialue"},
     "Kanta-Hämeen hyvinvointialueen",
     "Kanta-Hämeen hyvinvointialueelle",
     {"Egentliga Tavastlands välfärdsområde", "Kanta-Hämeen hyvinvointialueen"},
     0},
    {"PIR",
     {"Birkalands välfärdsområde", "Pirkanmaan hyvinvointialue"},
     "Pirkanmaan hyvinvointialueen",
     "Pirkanmaan hyvinvointialueelle",
     {"Birkalands välfärdsområde", "Pirkanmaan hyvinvointialueen"},
     3},
    {"PHA",
     {"Päijänne-Tavastlands välfärdsområde", "Päijät-Hämeen hyvinvointialue"},
     "Päijät-Hämeen hyvinvointialueen",
     "Päijät-Hämeen hyvinvointialueelle",
     {"Päijänne-Tavastlands välfärdsområde", "Päijät-Hämeen hyvinvointialueen"},
     0},
    {"KYM",
     {"Kymmenedalens välfärdsområde", "Kymenlaakson hyvinvointialue"},
     "Kymenlaakson hyvinvointialueen",
     "Kymenlaakson hyvinvointialueelle",
     {"Kymmenedalens välfärdsområde", "Kymenlaakson hyvinvointialueen"},
     0},
    {"EKA",
     {"Södra Karelens välfärdsområde", "Etelä-Karjalan hyvinvointialue"},
     "Etelä-Karjalan hyvinvointialueen",
     "Etelä-Karjalan hyvinvointialueelle",
     {"Södra Karelens välfärdsområde", "Etelä-Karjalan hyvinvointialueen"},
     0},
    {"ESA",
     {"Södra Savolax välfärdsområde", "Etelä-Savon hyvinvointialue"},
     "Etelä-Savon hyvinvointialueen",
     "Etelä-Savon hyvinvointialueelle",
     {"Södra Savolax välfärdsområde", "Etelä-Savon hyvinvointialueen"},
     2},
    {"PSA",
     {"Norra Savolax välfärdsområde", "Pohjois-Savon hyvinvointialue"},
     "Pohjois-Savon hyvinvointialueen",
     "Pohjois-Savon hyvinvointialueelle",
     {"Norra Savolax välfärdsområde", "Pohjois-Savon hyvinvointialueen"},
     2},
    {"PKA",
     {"Norra Karelens välfärdsområde", "Pohjois-Karjalan hyvinvointialue"},
     "Pohjois-Karjalan hyvinvointialueen",
     "Pohjois-Karjalan hyvinvointialueelle",
     {"Norra Karelens välfärdsområde", "Pohjois-Karjalan hyvinvointialueen"},
     2},
    {"KSU",
     {"Mellersta Finlands välfärdsområde", "Keski-Suomen hyvinvointialue"},
     "Keski-Suomen hyvinvointialueen",
     "Keski-Suomen hyvinvointialueelle",
     {"Mellersta Finlands välfärdsområde", "Keski-Suomen hyvinvointialueen"},
     3},
    {"EPO",
     {"Södra Österbottens välfärdsområde", "Etelä-Pohjanmaan hyvinvointialue"},
     "Etelä-Pohjanmaan hyvinvointialueen",
     "Etelä-Pohjanmaan hyvinvointialueelle",
     {"Södra Österbottens välfärdsområde", "Etelä-Pohjanmaan hyvinvointialueen"},
     3},
    {"POH",
     {"Österbottens välfärdsområde", "Pohjanmaan hyvinvointialue"},
     "Pohjanmaan hyvinvointialueen",
     "Pohjanmaan hyvinvointialueelle",
     {"Österbottens välfärdsområde", "Pohjanmaan hyvinvointialueen"},
     3},
    {"KPO",
     {"Mellersta Österbottens välfärdsområde", "Keski-Pohjanmaan hyvinvointialue"},
     "Keski-Pohjanmaan hyvinvointialueen",
     "Keski-Pohjanmaan hyvinvointialueelle",
     {"Mellersta Österbottens välfärdsområde", "Keski-Pohjanmaan hyvinvointialueen"},
     3},
    {"PPO",
     {"Norra Österbottens välfärdsområde", "Pohjois-Pohjanmaan hyvinvointialue"},
     "Pohjois-Pohjanmaan hyvinvointialueen",
     "Pohjois-Pohjanmaan hyvinvointialueelle",
     {"Norra Österbottens välfärdsområde", "Pohjois-Pohjanmaan hyvinvointialueen"},
     4},
    {"KAI",
     {"Kajanalands välfärdsområde", "Kainuun hyvinvointialue"},
     "Kainuun hyvinvointialueen",
     "Kainuun hyvinvointialueelle",
     {"Kajanalands välfärdsområde", "Kainuun hyvinvointialueen"},
     4},
    {"LAP",
     {"Lapplands välfärdsområde", "Lapin hyvinvointialue"},
     "Lapin hyvinvointialueen",
     "Lapin hyvinvointialueelle",
     {"Lapplands välfärdsområde", "Lapin hyvinvointialueen"},
     5},
    {"HEL",
     {"Helsingfors stad", "Helsingin kaupunki"},
     "Helsingin kaupungin",
     "Helsingin kaupungille",
     {"social-, hälsovårds- och räddningssektorn i Helsingfors stad",
      "Helsingin kaupungin sosiaali-, terveys- ja pelastustoimialan"},
     0},
    {"HUS",
     {"HUS-sammanslutningen", "HUS-yhtymä"},
     "HUS-yhtymän",
     "HUS-yhtymälle",
     {"HUS-sammanslutningen", "HUS-yhtymän"},
     0},
};

// People are made up from these: a given name and a surname.
inline constexpr std::string_view kGivenNames[] = {
    "Anna",     "Anna-Liisa",  "Anu",          "Harri",      "Heli",        "Ismo",  "Juhani",
    "Kari",     "Kati",        "Kirsi",        "Lauri",      "Marjut",      "Mari",  "Mira",
    "Nina",     "Pekka",       "Riikka",       "Sampo",      "Sari",        "Taru",  "Tiina",
    "Timo",     "Tuula",       "Ville-Veikko", "Essi",       "Hanna-Maija", "Eero",  "Jani",
    "Juha",     "Leena",       "Maarit",       "Daniel",     "Irmeli",      "Seija", "Andreas",
    "Petri",    "Liisa",       "Mikko",        "Jari",       "Olli",        "Minna", "Paula",
    "Antti",    "Jussi",       "Kaisa",        "Johanna",    "Mikael",      "Elina", "Henrik",
    "Katarina", "Sofia",       "Tapio",        "Markku",     "Pia",         "Ulla",  "Kristiina",
    "Matti",    "Jukka-Pekka", "Eeva-Liisa",   "Anna-Kaisa", "Veli-Matti",  "Hanna", "Outi",
    "Tuomas",
};

inline constexpr std::string_view kSurnames[] = {
    "Ahonen",         "Björklund",
    "Brask",          "Carlson",
    "Hagman",         "Hakari",
    "Korhonen",       "Kuusisto",
    "Kälviäinen",     "Lehto",
    "Nieminen",       "Nyman",
    "Parikka",        "Pasanen",
    "Perttola",       "Rajaniemi",
    "Salonen",        "Snellman",
    "Syrjänen",       "Ukkola",
    "Jolkkonen",      "Pitkänen",
    "Sulavuori",      "Turpeinen",
    "Meripaasi",      "Mäki",
    "Saxholm",        "Laine",
    "Suvanto",        "Pajari",
    "Knape",          "Leinonen",
    "Taavitsainen",   "Koivisto",
    "Mäkelä",         "Kananen",
    "Niskanen",       "Heikkinen",
    "Rautiainen",     "Toivanen",
    "Kärkkäinen",     "Tikka",
    "Hämäläinen",     "Ojala",
    "Kettunen",       "Korpela",
    "Saarinen",       "Huttunen",
    "Lindholm",       "Lindqvist",
    "Wikström",       "Grönroos",
    "Söderberg",      "Cantell-Forsbom",
    "Lindholm-Virta", "Blanco Sequeiros",
    "Ruuhonen",       "Ikonen",
    "Virtanen",       "Heinonen",
    "Granström",      "Ekholm",
    "Sundqvist",      "Lehtinen",
};

// ---- Ministry publication ----------------------------------------------------------------------

// The objectives of STM 2024:6 with their background paragraphs and indicators; `objective` is
// the index into kPublicationObjectives.
inline constexpr std::string_view kPublicationObjectives[] = {
    "Ökad tillgång, kontinuitet och samordning för basservicen genom ett tydligt servicesystem, "
    "servicenätverk och servicestyrning",
    "Förutsättningar har skapats för att säkerställa tillräcklighet, tillgång och varaktighet i "
    "fråga om social- och hälsovårdspersonalen",
    "Verksamheten är ekonomiskt hållbar och kostnadsökningen bromsas i förhållande till det "
    "ökade servicebehovet",
    "Ett effektivitetsbaserat grepp betonas i styrningen och ledningen av verksamheten",
    "Välfärdsområdena och kommunerna samt de övriga aktörerna har fungerande "
    "samarbetsstrukturer som fokuserar på förebyggande åtgärder",
    "Ett flexibelt och kriståligt servicesystem tryggar befolkningens hälsa, välfärd och "
    "tillräckliga utkomst i hela landet",
    "Forsknings- och utvecklingsverksamheten i anslutning till servicesystemet och primär- och "
    "socialvårdstjänsterna stärks",
    "Den informationshantering och digitalisering som planerats nationellt och i varje "
    "samarbetsområde stöder måluppfyllelsen och det kundorienterade förnyandet av verksamheten",
};
struct PublicationText {
  int objective;
  std::string_view group;  // indicators only: "Tillgång", "Kontinuitet", ...; may be empty
  std::string_view text;
};
inline constexpr PublicationText kPublicationBackground[] = {
    {0, "",
     "Genom social- och hälsovårdens servicesystem tryggas likvärdiga, högklassiga, "
     "verkningsfulla och kostnadseffektiva tjänster för hela befolkningen. Detta förutsätter en "
     "tydligare struktur där de förebyggande tjänsterna samt de tjänster som främjar hälsa och "
     "välfärd, tjänsterna på basnivå och tjänsterna på specialnivå skapar en verkningsfull och "
     "kostnadseffektiv helhet."},
    {0, "",
     "Alla kundgrupper får högklassiga och verkningsfulla social- och hälsovårdstjänster enligt "
     "sitt behov i rätt tid och på rätt plats oberoende av var man bor. Med hjälp av "
     "ändamålsenligt samarbete och arbetsfördelning samt ett fungerande servicenätverk och "
     "genom att inrikta tjänsterna på ett användarorienterat sätt och enligt livssituation "
     "stärks verkningsfullheten och kostnadseffektiviteten i verksamheten. Invånarnas "
     "aktivitet, medvetenhet och delaktighet i frågor som gäller deras välfärd och hälsa samt "
     "arbets- och funktionsförmåga stärks inom ramen för social- och hälsovårdens tydligare "
     "servicesystem."},
    {0, "",
     "Tillgången på tjänster och tillgången till vård varierar inom social- och "
     "hälsovårdstjänsterna i hela landet, och på grund av coronapandemin och utmaningarna när "
     "det gäller tillgången till social- och hälsovårdspersonal har vård-, rehabiliterings- och "
     "serviceskulden ökat ytterligare. För att svara mot utmaningarna inom social- och "
     "hälsovården måste fokus i tjänsterna flyttas från de tjänster som belastar "
     "servicesystemet mest till att stärka basservicen. Primärvården och socialtjänsterna ska "
     "vara tillgängliga för alla i rätt tid och med hög standard. Genom snabbare tillgång till "
     "vård kan man förhindra att problem hopar sig och blir långvariga samt minska behovet av "
     "tjänster på specialiserad nivå. Fördröjningar i vården kan försämra kundens situation och "
     "komplicera behandlingen av många hälsoproblem och på så sätt öka kostnaderna."},
    {0, "",
     "Genom att samordna social- och hälsovårdstjänsterna eftersträvas bättre smidighet och "
     "kontinuitet för tjänsterna samt ökat samarbete mellan social- och hälsovårdspersonalen. "
     "Genom samarbetet mellan räddningsväsendet och social- och hälsovården kan man säkerställa "
     "högklassiga prehospitala akutsjukvårdstjänster. Digitala tjänster utnyttjas då det är "
     "möjligt samt ändamålsenligt och tryggt med tanke på vården eller servicen. "
     "Informationshanteringen och informationssystemen stöder genomförandet av smidiga och "
     "kundorienterade social- och hälsovårdstjänster."},
    {0, "",
     "Finlands nationalspråk är finska och svenska. Därtill har samerna enligt grundlagen rätt "
     "att använda samiska hos myndigheterna. Tillgodoseendet av de språkliga rättigheterna "
     "stöds och stärks i synnerhet på svenska, samiska och teckenspråk, och därtill beaktas de "
     "övriga språkgrupperna och de regionala särdragen."},
    {1, "",
     "Bristen på yrkeskunnig personal inom social- och hälsovården äventyrar tillgången till "
     "social- och hälsovårdstjänster i hela landet i dag och i framtiden. Utan yrkeskunnig "
     "personal kan social- och hälsovårdstjänster inte ordnas på ett likvärdigt sätt och i "
     "tillräcklig grad. En välmående personal bidrar med välfärd för kunderna."},
    {1, "",
     "För att åtgärda bristen på personal och täcka behovet av arbetskraft inom social- och "
     "hälsovården behövs många olika regionala och nationella åtgärder som stakats ut inom "
     "programmet för ett gott arbete:"},
    {2, "",
     "Välfärdsområdenas finansiering utgör en dryg fjärdedel av statens budget så "
     "lönsamhetsåtgärder inom social- och hälsovårdssektorn har en viktig betydelse för den "
     "offentliga ekonomins hållbarhet. I takt med att befolkningen åldras och nativiteten "
     "förblir låg försämras försörjningskvoten, vilket skapar utmaningar för välfärdsstatens "
     "finansieringsunderlag."},
    {2, "",
     "De strukturella ändringar som syftar till att göra finansieringsmodellen mer sporrande "
     "och styrande ska göras på ett kontrollerat och förutsägbart sätt. även "
     "finansieringsmodellen för välfärdsområdena förblir oförändrad åren 2023–2025. Den "
     "kalkylerade finansieringsmodellen och de finanspolitiska målen för den offentliga "
     "ekonomin inkluderar ett mål om att bromsa kostnadsökningen."},
    {2, "",
     "Välfärdsområdena bör hålla sig inom de fastställda finansieringsramarna och bedriva "
     "verksamhet enligt den normala finansieringen. I välfärdsområdenas investeringar beaktas "
     "de möjligheter som samarbetet mellan välfärdsområdena medför och en tillräcklig förmåga "
     "att finansiera investeringarna säkerställs. De investeringar prioriteras som tack vare "
     "nya verksamhetsmetoder möjliggör kostnadsfördelar, förbättrar tillgången på tjänster och "
     "främjar samarbetet mellan välfärdsområdena."},
    {2, "",
     "I social- och hälsovårdens verksamhet och beslutsfattande beaktas balansen mellan den "
     "sociala, ekonomiska och ekologiska hållbarheten i enlighet med välfärdsområdenas ekonomi. "
     "Det är särskilt viktigt att uppnå en allt bättre balans i de beslut som ska fattas om "
     "kommande generationer."},
    {3, "",
     "Med effektivitet inom social- och hälsovården avses en positiv eller eftersträvd ändring "
     "som gäller människornas hälsotillstånd, funktionsförmåga eller välfärd och som "
     "åstadkommit inom verksamheten. Social- och hälsovårdstjänsterna ordnas och styrs så att "
     "tjänsterna är effektiva både ur individens och samhällets synpunkt."},
    {3, "",
     "Syftet med den effektivitetsbaserade styrningen och ledningen är att med beaktande av de "
     "tillgängliga resurserna säkerställa en servicestruktur som tjänar befolkningens välfärd, "
     "hälsa och funktionsförmåga så bra som möjligt."},
    {3, "",
     "För att det ska vara möjligt att rikta tjänsterna och de övriga åtgärderna på ett "
     "ändamålsenligt sätt måste åtgärderna och metoderna kontinuerligt utvärderas och "
     "kunskapsunderlaget om tjänsternas och de tillgängliga metodernas effekter och de resurser "
     "som krävs för att åstadkomma dem uppdateras – dvs. vad gäller deras effektivitet och "
     "kostnadseffektivitet. Genomförandet av de fastställda målen följs upp och utvärderas med "
     "utgångspunkt i effektivitetsinformationen både på nationell och regional nivå. Nya "
     "modeller tas fram för den effektivitetsbaserade styrningen och ledningen."},
    {3, "",
     "Förebyggande åtgärder är nödvändiga för att främja befolkningens välfärd, hälsa, "
     "jämlikhet och funktionsförmåga samt för att social- och hälsovårdens servicesystem ska "
     "vara hållbart och kostnadsökningen ska kunna bromsas."},
    {4, "",
     "Välfärdsområdena och kommunerna samt de övriga aktörerna har flera kontaktytor där "
     "samarbetsstrukturerna och de gemensamma förfarandena möjliggör ett effektivt samarbete "
     "vid främjandet av hälsan, arbets- och funktionsförmågan, säkerheten och välfärden samt "
     "vid ordnandet av tjänster. De lokala åtgärderna och upphandlingarna i kontaktytorna ska "
     "vara socialt, ekonomiskt och ekologiskt hållbara. Myndigheterna främjar jämställdhet och "
     "likabehandling bland annat med hjälp av funktionella jämställdhets- och "
     "likabehandlingsplaner."},
    {4, "",
     "Det förebyggande arbetet görs på ett kundorienterat sätt och i samarbete med andra "
     "aktörer, såsom kommuner, företag, företagshälsovården och tredje sektorn. Fokus flyttas "
     "från reparerande åtgärder till effektiva förebyggande åtgärder, stöd i ett tidigt skede "
     "och digitalisering."},
    {4, "",
     "I arbetet för att främja välfärden, hälsan och säkerheten behövs omfattande och "
     "sektorsövergripande samarbete mellan olika aktörer, regionala samarbetsstrukturer och "
     "gemensamt överenskomna förfaranden. Olika delområden främjas på ett övergripande sätt med "
     "beaktande av alla bakgrundsfaktorer, regionernas särdrag och sektorsövergripande "
     "tjänster, såsom sysselsättningstjänster."},
    {5, "",
     "Befolkningen garanteras de social- och hälsovårdstjänster som är väsentliga för hälsan "
     "och funktionsförmågan och en sund livsmiljö under alla omständigheter."},
    {5, "",
     "Modellen för fem samarbetsområden stärks och nationellt enhetliga verksamhetsätt skapas "
     "för att möjliggöra ledarskap och resurser över välfärdsområdenas gränser i "
     "störningssituationer. Verksamheten i social- och hälsovårdens beredskapscenter "
     "stabiliseras så att det finns en kontinuerlig förmåga att förutspå, analysera och agera "
     "på ett förtroendegivande och övergripande sätt i störningssituationer utifrån en samlad "
     "lägesbild."},
    {5, "",
     "I enlighet med de nationella principerna för social- och hälsovården skapas för "
     "samarbetsområdet strukturer för styrningen av beredskapsplaneringen och förberedelserna i "
     "samarbete med social- och hälsovårdens beredskapscenter."},
    {5, "",
     "Välfärdsområdena har en beredskapsplan som grundar sig på nationellt enhetliga kriterier "
     "och man har kommit överens om ansvaren för att uppdatera den. Välfärdsområdena sörjer för "
     "de kritiska informationssystemens funktions säkerhet och säkerhet på ett riskbaserat sätt "
     "genom att utnyttja bästa praxis i branschen och myndigheternas anvisningar."},
    {6, "",
     "Forsknings- och utvecklingsverksamheten i social- och hälsovården stärker "
     "informationsunderlaget för beslutsfattandet och gör det möjligt att utnyttja "
     "informationen systematiskt vid utvecklingen av social- och hälsovårdstjänsterna. "
     "Informationsunderlaget består av mångsidig information från olika källor. Målet med "
     "forsknings- och utvecklingsverksamheten är att främja välfärden, hälsan och säkerheten."},
    {6, "",
     "I synnerhet genom att stärka forskningen och utvecklingen i anslutning till "
     "servicesystemet och basservicen stöds samordningen av tjänster, effektiviteten, den "
     "sektorsövergripande verksamheten samt kund- och patientsäkerheten."},
    {6, "",
     "Utbildnings-, forsknings-, utvecklings- och innovationsverksamheten inom social- och "
     "hälsovården organiseras på olika nivåer och i brett samarbete i form av stödstrukturer "
     "för informationsledning, evidensbaserad verksamhet och kompetensledning. Samtidigt "
     "säkerställs forbundna förfaranden för samarbetet och samverkan med högskolorna, "
     "läroanstalterna, forskningsinstitutionerna, kompetenscentren inom socialvården och de "
     "organisationer som producerar social- och hälsovårdstjänster."},
    {7, "",
     "Utvecklingen av informationshanteringen och digitaliseringen stöder den utveckling av "
     "tjänster och verksamhet som social- och hälsovårdsaktörerna genomför nationellt och "
     "framför allt regionalt. De bidrar till att uppnå de övriga nationella innehålls- och "
     "utvecklingsmässiga målen inom social- och hälsovården och bildar en enhetlig helhet för "
     "kunderna. Vid det invånarorienterade utvecklandet ska man beakta att de invånare som har "
     "svårast att använda digitala lösningar får tillräckligt stöd."},
    {7, "",
     "Utvecklingen av informationshanteringen inom social- och hälsovården genomförs i "
     "samarbete med nationella och regionala aktörer samt aktörer i samarbetsområdet. "
     "Samarbetsområdena utarbetar som en del av samarbetsavtalet en gemensam plan för hur de "
     "anskaffningar och idrifttagningar som behövs för att förnya informationssystemen "
     "genomförs i samarbete."},
    {7, "",
     "Det långsiktiga målet är att genomföra viktiga informationssystem gemensamt inom "
     "samarbetsområdena. Samarbete behövs i synnerhet när kund- och patientdatasystem förnyas i "
     "bred skala. Den nationella och regionala produktionen av social- och "
     "hälsovårdsinformation utvecklas så att den möjliggör myndigheternas uppföljnings-, "
     "bedömnings-, styrnings- och övervakningsarbete samt välfärdsområdenas "
     "effektivitetsbaserade ledning. Vid utvecklingen av IKT-lösningar i anslutning till "
     "informationsledningen eftersträvas ett så brett samarbete som möjligt."},
};
// A second introduction some indicator lists have, naming where the indicators come from.
inline constexpr PublicationText kPublicationIndicatorSources[] = {
    {1, "",
     "Uppgifter från **programmet för ett gott arbete** och **personalberättelserna** i fråga "
     "om hela personalen och de största yrkesgrupperna, bl.a.:"},
};
inline constexpr PublicationText kPublicationIndicators[] = {
    {0, "Tillgång",
     "Tillgång till icke-brådskande vård inom den öppna sjukvården i primärvården, uppnående av "
     "maximitiden på 14 dygn för olika yrkesgrupper, % av genomförda besök (THL:s "
     "databasrapporter)"},
    {0, "Tillgång",
     "Antalet personer som väntat på specialiserad sjukvård i mer än 6 månader/10 000 invånare "
     "(ind. 3332 och 4771)"},
    {0, "Tillgång",
     "Mentalvårdstjänster för barn och unga, antal som väntat längre än 90 dygn %, psykiatrins "
     "specialområden sammanlagt (THL:s databasrapporter)"},
    {0, "Kontinuitet",
     "Kontinuiteten inom social- och hälsovården på basnivå utvecklas utifrån ett långvarigt "
     "och personligt vård- och serviceförhållande (THL:s bedömning)"},
    {0, "Samordning",
     "Andel hemvårdskunder som fyllt 75 år med sjukhusperioder som inletts via joutren, % av "
     "hemvårdskunder i motsvarande ålder (ind. 5028)"},
    {1, "", "Antalet årsverken"},
    {1, "", "Personalens åldersstruktur"},
    {1, "", "Den ordinarie personalens omsättning"},
    {1, "", "Sjukfrånvaro"},
    {1, "", "Utveckling av personalens kompetens/utbildningsdagar"},
    {1, "", "Största bristerna på personal"},
    {1, "", "Anlitande av hyrd arbetskraft"},
    {2, "",
     "Det nationella hälsoindexet (Institutet för hälsa och välfärd och FPA, inkl. det "
     "Sjuklighetsindex, delindexen för sjukdomsgrupperna och Invaliditetsindex)"},
    {2, "",
     "Kostnadsandel för basservicen inom social- och hälsovården av de totala kostnaderna "
     "(THL:s bedömning)"},
    {2, "", "Ackumulerat över-/underskott, euro/invånare"},
    {2, "", "årsbidrag, % av avskrivningar"},
    {2, "",
     "Den kalkylerade finansieringens förhållande till välfärdsområdets nettodriftskostnader "
     "(THL:s bedömning)"},
    {2, "", "Nettodriftskostnader för social- och hälsovård totalt i euro/invånare (ind. 5 956)"},
    {3, "",
     "Utnyttjandet av mätare av effektiviteten utvecklas i välfärdsområdenas interna styrning "
     "(THL:s bedömning, konsultationer med det nationella effektivitetscentrumet)"},
    {3, "",
     "Kund- och patientsäkerhetsmätare har tagits i bruk i tillräcklig grad i välfärdsområdet "
     "(THL:s bedömning, konsultationer med det nationella kund- och patientsäkerhetscentret)"},
    {3, "",
     "Verksamhetsmodellen för ansvarsfullt stöd för arbetsförmågan används i samarbetet mellan "
     "den specialiserade sjukvården och företagshälsovården i fråga om minst 10 olika "
     "sjukdomsgrupper (Arbetshälsoinstitutets uppskattning)"},
    {4, "",
     "Utvecklingen av samarbetsstrukturer och gemensamma verksamhetsmodellens effektivitet "
     "(THL:s bedömning)"},
    {4, "", "Upplevelse av mycket svag delaktighet, % (ind. 404)"},
    {4, "",
     "Utveckling av den funktionella jämställdheten och jämlikhetsplanerna (THL:s bedömning)"},
    {4, "",
     "Aktivitet för kommunernas arbete för att främja välfärden och hälsan inom ramen för "
     "TEA-viisari"},
    {5, "",
     "Välfärdsområdena har en uppdaterad beredskapsplan som grundar sig på nationellt enhetliga "
     "kriterier och som uppdateras regelbundet (THL:s bedömning)"},
    {5, "",
     "Beredskapscentren kan inom sina samarbetsområden skapa en tillförlitlig och heltäckande "
     "lägesbild som stöd för beslutsfattandet (THL:s bedömning)"},
    {6, "",
     "Verksamhetsmodeller för basservicen har skapats för forsknings-, utbildnings-, "
     "utvecklings- och innovationsverksamheten på a) nationell och b) regional nivå (THL:s "
     "bedömning)"},
    {6, "",
     "Regionala samarbetsstrukturer har skapats mellan intressentgrupperna för att stödja "
     "genomförandet av den strategiska planen på samarbetsnivå inom utbildnings-, forsknings-, "
     "utvecklings- och innovationsverksamheten (THL:s bedömning)"},
    {7, "",
     "Välfärdsområdet har vidtagit åtgärder för att samordna viktiga informationssystem och "
     "informationsledningen inom samarbetsområdet (THL:s bedömning)"},
    {7, "",
     "Digitala serviceprocesser utvecklas genom att utnyttja lösningar som tagits fram "
     "nationellt (THL:s bedömning)"},
};

// A bulleted list that a background paragraph ending in ":" may introduce.
inline constexpr std::string_view kPublicationBullets[] = {
    "Större utbildningsvolym och utveckling av utbildningsstrukturerna",
    "Stöd för att öka drag- och hållkraften",
    "Förtydligande av personalens arbetsfördelning",
    "Minskning av arbetsuppgifterna",
    "Utökning av rekryteringen (inklusive internationell rekrytering)",
    "Kunskapsunderlag och prognostisering",
};

// Numbers in words, for "Det finns sammanlagt åtta riksomfattande mål": Swedish, Finnish, English.
inline constexpr std::string_view kNumberWords[] = {
    "",        "ett",    "två",    "tre",     "fyra",  "fem",    "sex",
    "sju",     "åtta",   "nio",    "tio",     "elva",  "tolv",   "tretton",
    "fjorton", "femton", "sexton", "sjutton", "arton", "nitton", "tjugo",
};

inline constexpr std::string_view kNumberWordsFi[] = {
    "",
    "yksi",
    "kaksi",
    "kolme",
    "neljä",
    "viisi",
    "kuusi",
    "seitsemän",
    "kahdeksan",
    "yhdeksän",
    "kymmenen",
    "yksitoista",
    "kaksitoista",
    "kolmetoista",
    "neljätoista",
    "viisitoista",
    "kuusitoista",
    "seitsemäntoista",
    "kahdeksantoista",
    "yhdeksäntoista",
    "kaksikymmentä",
};

inline constexpr std::string_view kNumberWordsEn[] = {
    "",         "one",     "two",     "three",     "four",     "five",     "six",
    "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
};

inline constexpr std::string_view kMonthsEn[] = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December",
};

// The publication around its objectives, as the PDF conversion gives it (markdown and HTML debris
// included): the front matter with the three description sheets up to the contents heading, the
// preface and background from after the contents to the introduction of chapter 2, the back
// cover. {NUM} the series number ("2024:6"), {YEAR}, {DATE} and {DATE_EN} the date of the
// sheets, {ISBN}, {PAGES}, {COUNT}, {COUNT_FI} and {COUNT_EN} the number of objectives in words,
// {NAME} who signs the preface, {SIGNED} its month.
inline constexpr std::string_view kPublicationFront = R"pub(

# De riksomfattande målen för ordnandet av social- och hälsovården



Social- och  
hälsovårdsministeriet

Social- och hälsovårdministeriets  
PUBLIKATIONER | {NUM}

# De riksomfattande målen för ordnandet av social- och hälsovården

Social- och hälsovårdsministeriet Helsingfors {YEAR}

Social- och hälsovårdsministeriet

This publication is copyrighted. You may download, display and print it for Your own personal use. Commercial use is prohibited.

ISBN pdf: {ISBN}

ISSN pdf: 1797-9854

Layout: Statsrådets förvaltningsenhet, publikationsverksamheten

Helsingfors {YEAR} Finland

**Presentationsblad**

{DATE}

## De riksomfattande målen för ordnandet av social- och hälsovården

### Social- och hälsovårdsministeriets publikationer {NUM}

<b>Utgivare</b>	Social- och hälsovårdsministeriet		
<b>Utarbetad av</b>	Social- och hälsovårdsministeriet		
<b>Språk</b>	svenska	<b>Sidantal</b>	{PAGES}

### Referat

Ansvar för att ordna social- och hälsovården samt räddningsväsendet övergick till 21 välfärdsområden den 1 januari 2023. Vid sidan om välfärdsområdena kvarstod organiseringsansvaret hos Helsingfors stad och i fråga om den specialiserade sjukvården hos HUS-sammanslutningen. Bestämmelser om de riksomfattande målen för social- och hälsovården finns i 22 § i lagen om ordnande av social- och hälsovård (612/2021).

De första riksomfattande målen för social- och hälsovården 2023–2026 offentliggjordes i december 2022. Dessa mål har uppdaterats utifrån statsminister Petteri Orpos regeringsprogram och den nationella servicereformen. Det finns sammanlagt {COUNT} riksomfattande mål för social- och hälsovården. Kärnan i målen för social- och hälsovården är likabehandling, kostnadseffektivitet, samarbete och information.

Under den här regeringsperioden ska välfärdsområdenas styrningsstrukturer utvecklas och förtydligas. De riksomfattande målen ska framöver utarbetas under samordning av finansministeriet så att de gäller välfärdsområdenas samtliga uppgifter. Statsrådets gemensamma mål för välfärdsområdena ersätter vid ikraftträdandet de mål som träder i kraft nu.

**Nyckelord** strategisk styrning, välfärdsområden, hälso- och sjukvård, socialvård

**ISBN PDF** {ISBN} **ISSN PDF** 1797-9854

**URN-adress** <https://urn.fi/URN:ISBN:{ISBN}>

**Kuvailulehti**

{DATE}

## Valtakunnalliset tavoitteet sosiaali- ja terveydenhuollon järjestämiselle

### Sosiaali- ja terveysministeriön julkaisuja {NUM}

<b>Julkaisija</b>	Sosiaali- ja terveysministeriö		
<b>Yhteisötekijä</b>	Sosiaali- ja terveysministeriö		
<b>Kieli</b>	ruotsi	<b>Sivumäärä</b>	{PAGES}

---

## Tiivistelmä

Sosiaali- ja terveydenhuollon sekä pelastustoimen järjestämisvastuu siirtyi 1.1.2023 21 hyvinvointialueelle. Hyvinvointialueiden lisäksi järjestämisvastuu säilyi Helsingin kaupungilla ja erikoissairaanhoidon osalta HUS-yhtymällä. Valtakunnallisista sosiaali- ja terveydenhuollon tavoitteista säädetään sosiaali- ja terveydenhuollon järjestämisestä annetun lain (612/2021) 22 §:ssä.

Ensimmäiset sosiaali- ja terveydenhuollon valtakunnalliset tavoitteet vuosille 2023–2026 julkaistiin joulukuussa 2022. Nämä tavoitteet on päivitetty pääministeri Petteri Orpon hallitusohjelman ja kansallisen palvelureformin pohjalta. Sosiaali- ja terveydenhuollon valtakunnallisia tavoitteita on yhteensä {COUNT_FI}. Sosiaali- ja terveydenhuollon tavoitteiden ytimessä ovat yhdenvertaisuus, kustannusvaikuttavuus, yhteistyö ja tieto.

Tällä hallituskaudella hyvinvointialueiden ohjausrakenteita kehitetään ja selkiytetään. Valtakunnalliset tavoitteet laaditaan jatkossa valtiovarainministeriön koordinoimana koskemaan kaikkia hyvinvointialueiden tehtäviä. Tullessaan voimaan nämä valtioneuvoston yhteiset tavoitteet hyvinvointialueille korvaavat nyt voimaantulevat tavoitteet.

**Asiasanat** strateginen ohjaus, hyvinvointialueet, terveydenhuolto, sosiaalihuolto

---

<b>ISBN PDF</b>	{ISBN}	<b>ISSN PDF</b>	1797-9854
-----------------	-------------------	-----------------	-----------

---

**Julkaisun osoite** <https://urn.fi/URN:ISBN:{ISBN}>

---

**Description sheet**

{DATE_EN}

---

## National Objectives for the Organisation of Healthcare and Social Welfare

---

**Publications of the Ministry of Social Affairs and Health {NUM}**

**Publisher** Ministry of Social Affairs and Health

---

**Group author** Ministry of Social Affairs and Health

**Language** Swedish

**Pages** {PAGES}

---

---

**Abstract**

The responsibility for organising healthcare, social welfare and rescue services was transferred to 21 wellbeing services counties on 1 January 2023. In addition, the City of Helsinki retained its responsibility for organising healthcare, social welfare and rescue services, and HUS Group its responsibility for organising specialised healthcare. Provisions on the national objectives for healthcare and social welfare are laid down in section 22 of the Act on Organising Healthcare and Social Welfare Services (612/2021).

The first national objectives for healthcare and social welfare for 2023–2026 were published in December 2022. These objectives have been updated based on the Programme of Prime Minister Petteri Orpo’s Government and the national service reform. There are a total of {COUNT_EN} national objectives for healthcare and social welfare. At the heart of these objectives are equality, cost-effectiveness, cooperation and information.

The structures for guiding the wellbeing services counties will be developed and streamlined during this government term. In future, the national objectives will be drawn up under the coordination of the Ministry of Finance to apply to all duties of the wellbeing services counties. Upon their entry into force, these common government objectives for the wellbeing services counties will replace the objectives entering into force now.

**Keywords**

strategic guidance, wellbeing services counties, healthcare, social welfare

---

**ISBN PDF**

{ISBN}

**ISSN PDF**

1797-9854

---

**URN address**

<https://urn.fi/URN:ISBN:{ISBN}>

---

## Innehåll
)pub";

inline constexpr std::string_view kPublicationPreface = R"pub(




## TILL LÄSAREN

Statsminister Petteri Orpos regeringsprogram och den nationella servicereformen återspeglar sig på många sätt i den uppdaterade versionen av den här publikationen. Att säkerställa likabehandling, verkningsfullhet, tillgång till yrkeskunnig arbetskraft och stärka basservicen är primära åtgärder när man försöker svara på de utmaningar som förändringarna i samhället medfört. Social- och hälsovården bör vara socialt, ekonomiskt och ekologiskt hållbar. Kärnan i målen för social- och hälsovården är likabehandling, kostnadseffektivitet, samarbete och information.

Vid uppdateringen av de riksomfattande målen har välfärdsområdena och de övriga ministerierna hörts. Hur målen uppnås avgörs framöver av hur de genomförs, uppföljs och bedöms på både det nationella och det regionala planet. För att målen ska uppnås krävs samarbete på bred front mellan nationella och regionala aktörer men även regionalt samarbete med de andra välfärdsområdena samt med kommunerna och intressentgrupperna i regionen.

Kanslichef {NAME}

{SIGNED}

# 1 Bakgrund

Ansvar för att ordna social- och hälsovården samt räddningsväsendet övergick till 21 välfärdsområden den 1 januari 2023. Därtill ansvarar Helsingfors stad som kommun för ordnandet av social- och hälsovården samt räddningsväsendet och HUS-sammanslutningen för ordnandet av specialiserad sjukvård i Nyland. Bestämmelser om de riksomfattande målen för social- och hälsovården finns i 22 § i lagen om ordnande av social- och hälsovård (612/2021). De riksomfattande målen för social- och hälsovården är strategiska mål som gäller social- och hälsovårdens verksamhet i hela Finland.

Välfärdsområdenas styrningsstrukturer ska under den här regeringsperioden utvecklas och förtydligas för att säkerställa jämlika och högklassiga social- och hälsovårdstjänster, en tillräcklig personal, en minskad kostnadsökning och bättre

 
kostnadseffektivitet med beaktande av behovet i områdena att bibehålla välfärdsområdenas ägarskap i fråga om sin egen ekonomi. Enligt regeringsprogrammet ska det föreskrivas att finansministeriet har uppgiften att samordna styrningen av välfärdsområdena så att de olika ministeriernas överlappande lagstadgade verktyg för styrning av välfärdsområdenas verksamhet och ekonomi förenas och de lagstadgade förhandlingsförfarandena förtydligas och för förhandlingarna fastställs ännu tydligare mål än för närvarande.

Genomförandet av social- och hälsovårdens riksomfattande mål följs och bedöms årligen. För varje mål finns mätare som används för att följa hur målet framskrider. Välfärdsområdena ska beakta de riksomfattande målen för social- och hälsovården till exempel i sina servicestrategier och i sina program för ändring av verksamheten och ekonomin.

Statsrådet fastställde den 1 december 2022 de första riksomfattande målen för social- och hälsovården för 2023–2026. De riksomfattande målen för social- och hälsovården kan enligt 22 § i lagen om ordnande av social- och hälsovård vid behov ändras under fyraårsperioden. De senaste ändringarna i denna publikation grundar sig på social- och hälsovårdsministeriets initiativ. Man har i publikationen gjort

endast de ändringar som är obligatoriska med tanke på statsminister Petteri Orpos regeringsprogram och den nationella servicereformen, så att välfärdsområdena kan beakta de riksomfattande prioriteringarna i sina ändringsprogram och samarbetsavtal. I och med utvecklingen av styrningen ska de kommande riksomfattande målen utarbetas under samordning av finansministeriet så att de gäller välfärdsområdenas samtliga uppgifter. När statsrådets gemensamma mål för välfärdsområdena träder i kraft ersätter de målen enligt denna publikation och de riksomfattande målen för räddningsväsendet.

**Figur 1.** De riksomfattande målen för ordnandet av social- och hälsovården





## 2 De riksomfattande målen för ordnandet av social- och hälsovården

Det finns sammanlagt {COUNT} riksomfattande mål för social- och hälsovården. Bakgrunden till varje mål beskrivs närmare i separata kapitel som preciserar målets innehåll och de eventuella åtgärder som gör det möjligt att uppnå målet. För målen har även fastställts mätare av vilka en del härstammar från Statistik- och indikatorbanken Sotkanet som drivs av Institutet för hälsa och välfärd. Siffrorna för indikatorerna från Sotkanet har angetts inom parentes.
)pub";

inline constexpr std::string_view kPublicationBack = R"pub(ISSN pdf: 1797-9854  
ISBN pdf: {ISBN}



Social- och  
hälsovårdsministeriet

[stm.fi/sv/publikationer](http://stm.fi/sv/publikationer)  
[julkaisut.valtioneuvosto.fi](http://julkaisut.valtioneuvosto.fi))pub";

}  // namespace tolk::bench::text