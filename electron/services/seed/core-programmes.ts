import {
  cite,
  course,
  ETHICS_REQUIREMENT,
  investopediaCopy,
  SOURCE,
  text,
  type SeedEntry,
} from './define';

const ETHICS_EXAM = course('ethics', 'Ethics exam', 'Etikkeksamen');

/** Said where the programme's newest dated source is the 2014–15 catalog (status 'offered'). */
const offeredOnUndatedArticle = (code: string) =>
  text(
    `The newest dated source that lists ${code} is The Institutes’ Fall 2014–Spring 2015 catalog; that it is still offered rests on an undated Investopedia article.`,
    `Den nyeste daterte kilden som nevner ${code}, er katalogen fra The Institutes for høsten 2014–våren 2015; at sertifiseringen fortsatt tilbys, bygger på en udatert artikkel fra Investopedia.`,
  );

/**
 * Designations the sources describe in some depth (courses, durations, relations).
 * Facts: ../shared/reference/designations-sources.md; text written from them.
 */
export const CORE_PROGRAMMES: SeedEntry[] = [
  {
    code: 'AIS',
    officialName: 'Associate in Insurance Services',
    explanatoryName: text('', 'Grunnleggende forsikringsfag'),
    summary: text(
      'General knowledge of the insurance industry, its products and its regulation. Many candidates see it as a stepping stone to more advanced designations.',
      'Generell kunnskap om forsikringsbransjen, produktene og reguleringen. Mange kandidater ser på AIS som et springbrett til mer avanserte sertifiseringer.',
    ),
    focusArea: 'general-insurance',
    status: 'offered',
    lastVerified: '2014-09',
    caution: offeredOnUndatedArticle('AIS'),
    durationMonths: { min: 10, max: 25 },
    certificateOfCompletion: true,
    deliveryNotes: text(
      'Candidates first earn one of The Institutes’ prerequisite designation programmes; the article does not say which programmes count. These are taken by self-study, though in-person training may be available in some regions. Holders of a more advanced credential (the article names ARe, AIC and ARM, “among others”) may be able to bypass these course requirements. Then comes one core course, “Delivering Insurance Services”: an overview of the insurance industry and of customers’ needs, common management techniques, leadership, teamwork and organisational structures. Completing this course alone earns a certificate of completion. Since January 2011, every designation programme has included an ethics requirement.',
      'Kandidaten må først fullføre ett av sertifiseringsprogrammene fra The Institutes som gjelder som forkurs; artikkelen sier ikke hvilke programmer det gjelder. Disse programmene tas som selvstudium, men i noen regioner kan det også finnes undervisning med fysisk oppmøte. Den som allerede har en mer avansert sertifisering (artikkelen nevner ARe, AIC og ARM, «blant andre»), kan få fritak for disse kurskravene. Deretter følger ett kjernekurs, «Levere forsikringstjenester»: en oversikt over forsikringsbransjen og kundenes behov, vanlige ledelsesteknikker, lederskap, teamarbeid og organisasjonsstrukturer. Dette kurset alene gir kursbevis. Siden januar 2011 har alle sertifiseringsprogrammer hatt et etikkrav.',
    ),
    courses: [
      course(
        'prerequisite-programme',
        'One of The Institutes’ prerequisite designation programmes',
        'Ett av sertifiseringsprogrammene fra The Institutes som gjelder som forkurs',
      ),
      course('core', 'Delivering Insurance Services', 'Levere forsikringstjenester'),
      ETHICS_REQUIREMENT,
    ],
    relations: [
      { kind: 'waiver', target: 'ARe' },
      { kind: 'waiver', target: 'AIC' },
      { kind: 'waiver', target: 'ARM' },
      { kind: 'credit', target: 'ASLI' },
    ],
    sources: cite(
      SOURCE.catalog2014,
      investopediaCopy('Associate in Insurance Services (AIS)'),
      SOURCE.institutesIns,
    ),
  },
  {
    code: 'ARe',
    officialName: 'Associate in Reinsurance',
    explanatoryName: text('', 'Reassuranse'),
    summary: text(
      'Reinsurance: treaties, pricing, contract terms, placement and regulation.',
      'Reassuranse: traktater, prising, kontraktsvilkår, plassering og regulering.',
    ),
    focusArea: 'reinsurance',
    status: 'offered',
    lastVerified: '2014-09',
    caution: text(
      'The course structure has changed over time. Older Insurance Institute of America versions combined ARe 141 and 142 with two CPCU courses; in 2008 it was ARe 143, 144 and 145 plus one elective; the Investopedia article describes the structure given here. Check the current structure with The Institutes. The newest dated source that lists ARe is The Institutes’ Fall 2014–Spring 2015 catalog; that it is still offered rests on the undated article.',
      'Kursoppbyggingen har endret seg over tid. Eldre versjoner fra Insurance Institute of America besto av ARe 141 og 142 pluss to CPCU-kurs; i 2008 var det ARe 143, 144 og 145 pluss ett valgfritt kurs; Investopedia-artikkelen beskriver oppbyggingen som er gjengitt her. Forhør deg med The Institutes om dagens oppbygging. Den nyeste daterte kilden som nevner ARe, er katalogen fra The Institutes for høsten 2014–våren 2015; at sertifiseringen fortsatt tilbys, bygger på den udaterte artikkelen.',
    ),
    durationMonths: { min: 12, max: 18 },
    deliveryNotes: text(
      'Four foundation courses, one elective (finance and accounting, risk financing, or insurance regulation) and an ethics exam. Self-study with course materials from The Institutes; instructor-led courses may be available in some regions.',
      'Fire grunnkurs, ett valgfritt kurs (finans og regnskap, risikofinansiering eller forsikringsregulering) og en etikkeksamen. Kursene tas som selvstudium med kursmateriell fra The Institutes; i noen regioner kan det også finnes lærerledede kurs.',
    ),
    courses: [
      course(
        'core',
        'Personal and commercial insurance fundamentals',
        'Grunnleggende privat- og næringslivsforsikring',
      ),
      course(
        'core',
        'Reinsurance principles and practices',
        'Prinsipper og praksis for reassuranse',
      ),
      course('core', 'Contemporary reinsurance issues', 'Aktuelle problemstillinger i reassuranse'),
      course('core', 'Insurance company operations', 'Drift av forsikringsselskaper'),
      course(
        'elective',
        'One elective: finance and accounting, risk financing, or insurance regulation',
        'Ett valgfritt kurs: finans og regnskap, risikofinansiering eller forsikringsregulering',
      ),
      ETHICS_EXAM,
    ],
    relations: [
      { kind: 'credit', target: 'CPCU' },
      { kind: 'credit', target: 'ARM' },
      { kind: 'credit', target: 'AIAF' },
      { kind: 'credit', target: 'AIS' },
      { kind: 'credit', target: 'AINS' },
    ],
    sources: cite(
      SOURCE.catalog2014,
      text(
        'Investopedia, "Associate in Reinsurance (ARe): How It Works, Examples" (facts taken from copies of this article, one at jme1.com/article/associate-in-reinsurance-are-how-it-works-examples/1871)',
        'Investopedia, «Associate in Reinsurance (ARe): How It Works, Examples» (opplysningene er hentet fra kopier av artikkelen, blant annet jme1.com/article/associate-in-reinsurance-are-how-it-works-examples/1871)',
      ),
      text(
        'AICPCU, ARe programme flyer, 2008 (aicpcu.org/flyers/are.htm, archived at webarchive.library.unt.edu)',
        'AICPCU, brosjyre om ARe-programmet, 2008 (aicpcu.org/flyers/are.htm, arkivert på webarchive.library.unt.edu)',
      ),
      text(
        'beek.info and thebusinessprofessor, descriptions of the older Insurance Institute of America structure (undated)',
        'beek.info og thebusinessprofessor, beskrivelser av den eldre oppbyggingen fra Insurance Institute of America (udatert)',
      ),
    ),
  },
  {
    code: 'AFSB',
    officialName: 'Associate in Fidelity and Surety Bonding',
    explanatoryName: text('', 'Utroskapsforsikring og garantier (kausjon)'),
    summary: text(
      'Fidelity and surety bonds, an area of insurance concerned with counterparty risk. For bond producers, bond underwriters and claims adjusters.',
      'Utroskapsforsikring og garantier (kausjon), et forsikringsområde som handler om motpartsrisiko. For dem som formidler eller risikovurderer slike forsikringer og garantier, og for skadebehandlere.',
    ),
    focusArea: 'specialty-lines',
    status: 'offered',
    lastVerified: '2020-07',
    durationMonths: { min: 15, max: 21 },
    deliveryNotes: text(
      'Five courses and a 50-question ethics exam. Each exam takes about two to three hours and may mix multiple-choice and essay questions. No higher education or experience is required. Holders can go on to AINS or AIS. The 2020 registration booklet lists exam AFSB 151.',
      'Fem kurs og en etikkeksamen med 50 spørsmål. Hver eksamen tar omtrent to til tre timer og kan ha både flervalgsoppgaver og essayoppgaver. Det kreves verken høyere utdanning eller arbeidserfaring. De som har AFSB, kan gå videre til AINS eller AIS. Påmeldingsheftet for 2020 oppgir eksamen AFSB 151.',
    ),
    courses: [
      course('core', 'Principles of suretyship', 'Prinsipper for kausjon'),
      course('core', 'Contract surety', 'Kontraktsgarantier'),
      course(
        'core',
        'Commercial surety and crime insurance',
        'Garantier for næringslivet og kriminalitetsforsikring',
      ),
      course(
        'core',
        'Business law for insurance professionals',
        'Forretningsjus for forsikringsfagfolk',
      ),
      course(
        'core',
        'Finance and accounting for insurance professionals',
        'Finans og regnskap for forsikringsfagfolk',
      ),
      course(
        'ethics',
        'Ethical Guidelines for Insurance Professionals, or Ethics and the CPCU Code of Professional Conduct',
        'Etiske retningslinjer for forsikringsfagfolk, eller Etikk og CPCUs yrkesetiske regler',
      ),
    ],
    sources: cite(
      SOURCE.booklet2020,
      SOURCE.catalog2014,
      text(
        'Investopedia, "Associate in Fidelity and Surety Bonding (AFSB)" (facts taken from copies of this article, among them German and Polish translations at icotokenfund.com/associate-fidelity and pl.icotokenfund.com/associate-fidelity)',
        'Investopedia, «Associate in Fidelity and Surety Bonding (AFSB)» (opplysningene er hentet fra kopier av artikkelen, blant annet tyske og polske oversettelser på icotokenfund.com/associate-fidelity og pl.icotokenfund.com/associate-fidelity)',
      ),
    ),
  },
  {
    code: 'AIC',
    officialName: 'Associate in Claims',
    explanatoryName: text('', 'Skadebehandling'),
    summary: text(
      'Property and liability claims handling, for adjusters, claims supervisors and examiners.',
      'Behandling av skader i ting- og ansvarsforsikring, for skadebehandlere og ledere i skadeavdelinger.',
    ),
    focusArea: 'claims',
    status: 'offered',
    lastVerified: '2020-07',
    caution: text(
      'The number of exams is uncertain: the Investopedia article speaks of four national exams, while the 2020 registration booklet lists eight AIC exam codes. Treat “four” as the article’s claim, not a current rule.',
      'Antallet eksamener er usikkert: Investopedia-artikkelen nevner fire nasjonale eksamener, mens påmeldingsheftet for 2020 oppgir åtte eksamenskoder for AIC. Se på «fire» som artikkelens påstand, ikke som en gjeldende regel.',
    ),
    deliveryNotes: text(
      'According to the Investopedia article, the AIC was developed in part by NAIIA, and its examination is administered by the Insurance Institute of America (IIA), one of the two organisations that became The Institutes in 2009. The article describes a series of 13-week courses with four national exams; the courses are taken by self-study with recommended textbooks and online resources, and its sample exam has 85 questions in two hours. The 2020 registration booklet lists exams AIC 30, 31, 32, 37, 39, 41, 44 and 47. Since January 2011, every designation programme has included an ethics requirement.',
      'Ifølge Investopedia-artikkelen ble AIC delvis utviklet av NAIIA, og eksamenen avholdes av Insurance Institute of America (IIA), en av de to organisasjonene som i 2009 tok navnet The Institutes. Artikkelen beskriver en serie kurs på 13 uker med fire nasjonale eksamener; kursene tas som selvstudium med anbefalte lærebøker og nettressurser, og eksempeleksamenen har 85 spørsmål på to timer. Påmeldingsheftet for 2020 oppgir eksamenene AIC 30, 31, 32, 37, 39, 41, 44 og 47. Siden januar 2011 har alle sertifiseringsprogrammer hatt et etikkrav.',
    ),
    sources: cite(
      SOURCE.booklet2020,
      SOURCE.catalog2014,
      investopediaCopy('Associate in Claims (AIC)'),
      text(
        'insurancebusinessmag.com, guide to the AIC designation (undated)',
        'insurancebusinessmag.com, veiledning om AIC-sertifiseringen (udatert)',
      ),
      text(
        'davislibraryarchives.wordpress.com, blog post on the records of the Insurance Institute of America, 9 March 2017 (davislibraryarchives.wordpress.com/2017/03/09/records-of-the-insurance-institute-of-america-…)',
        'davislibraryarchives.wordpress.com, blogginnlegg om arkivet etter Insurance Institute of America, 9. mars 2017 (davislibraryarchives.wordpress.com/2017/03/09/records-of-the-insurance-institute-of-america-…)',
      ),
      SOURCE.institutesIns,
    ),
  },
  {
    code: 'ARM',
    officialName: 'Associate in Risk Management',
    explanatoryName: text('', 'Risikostyring'),
    summary: text(
      'Risk management: identifying, assessing, controlling and financing risk.',
      'Risikostyring: identifisering, vurdering, kontroll og finansiering av risiko.',
    ),
    focusArea: 'risk-management',
    status: 'offered',
    lastVerified: '2020-07',
    deliveryNotes: text(
      'Three courses, ARM 400, 401 and 402, and an ethics exam. Earlier versions of the courses were ARM 54 (Risk Management Principles and Practices), ARM 55 (Risk Assessment and Treatment) and ARM 56 (Risk Financing). ARM meets one of the requirements for the RIMS Fellow designation, and RIMS’ CRM builds on The Institutes’ texts for ARM 54, 55 and 56.',
      'Tre kurs, ARM 400, 401 og 402, og en etikkeksamen. Tidligere versjoner av kursene var ARM 54 (prinsipper og praksis for risikostyring), ARM 55 (vurdering og håndtering av risiko) og ARM 56 (risikofinansiering). ARM oppfyller ett av kravene til sertifiseringen RIMS Fellow, og CRM fra RIMS bygger på kurstekstene fra The Institutes til ARM 54, 55 og 56.',
    ),
    courses: [
      course(
        'core',
        'Risk management principles and practices',
        'Prinsipper og praksis for risikostyring',
        'ARM 400',
      ),
      course(
        'core',
        'Assessing and treating risk: property, crime, management and human-resources risks',
        'Vurdering og håndtering av risiko knyttet til fysiske eiendeler, kriminalitet, ledelse og personal',
        'ARM 401',
      ),
      course('core', 'Risk financing', 'Risikofinansiering', 'ARM 402'),
      ETHICS_EXAM,
    ],
    sources: cite(
      SOURCE.booklet2020,
      SOURCE.catalog2014,
      investopediaCopy('Associate in Risk Management (ARM)'),
      text(
        'RIMS, eligibility page (rims.org/grmi/Pages/Eligibility.aspx), undated',
        'RIMS, side om opptakskrav (rims.org/grmi/Pages/Eligibility.aspx), udatert',
      ),
    ),
  },
  {
    code: 'ASLI',
    officialName: 'Associate in Surplus Lines Insurance',
    explanatoryName: text('', 'Forsikring av uvanlige risikoer (surplus lines)'),
    summary: text(
      'Surplus lines insurance: unusual risks, and risks that only insurers from outside the state will write.',
      'Surplus lines: forsikring av uvanlige risikoer og av risikoer som bare forsikringsselskaper fra andre delstater vil tegne.',
    ),
    focusArea: 'specialty-lines',
    status: 'offered',
    lastVerified: '2014-09',
    caution: text(
      'The two versions of the Investopedia article disagree: the older describes two foundation courses, two electives and an ethics exam; the newer describes four courses in all (core courses, electives and ethics). The newest dated source that lists ASLI is The Institutes’ Fall 2014–Spring 2015 catalog; that it is still offered rests on the undated article.',
      'De to versjonene av Investopedia-artikkelen er uenige: den eldre beskriver to grunnkurs, to valgfrie kurs og en etikkeksamen; den nyere beskriver fire kurs i alt (kjernekurs, valgfrie kurs og etikk). Den nyeste daterte kilden som nevner ASLI, er katalogen fra The Institutes for høsten 2014–våren 2015; at sertifiseringen fortsatt tilbys, bygger på den udaterte artikkelen.',
    ),
    durationMonths: { min: 9, max: 15 },
    deliveryNotes: text(
      'Core courses, electives and an ethics exam. In the older version, the foundation courses cover surplus lines and intermediary operations, fundamentals, regulation and types of risk, and the electives cover types of risk, risk management principles and practices, and insurance operations and technology. Some of the courses also count toward other designations; the sources do not say which. No continuing-education requirement.',
      'Kjernekurs, valgfrie kurs og en etikkeksamen. I den eldre versjonen tar grunnkursene for seg surplus lines og formidlervirksomhet, grunnleggende emner, regulering og risikotyper, mens de valgfrie kursene dekker risikotyper, prinsipper og praksis for risikostyring samt forsikringsdrift og teknologi. Noen av kursene kan også godskrives i andre sertifiseringer; kildene sier ikke hvilke. Det er ikke krav om etterutdanning.',
    ),
    sources: cite(
      SOURCE.catalog2014,
      text(
        'Investopedia, "Associate in Surplus Lines Insurance (ASLI)", an older and a newer version (investopedia.com/terms/a/associate-surplus-lines-insurance-asli.asp)',
        'Investopedia, «Associate in Surplus Lines Insurance (ASLI)», en eldre og en nyere versjon (investopedia.com/terms/a/associate-surplus-lines-insurance-asli.asp)',
      ),
    ),
  },
];
