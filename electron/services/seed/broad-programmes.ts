import {
  cite,
  course,
  ETHICS_REQUIREMENT,
  investopediaCopy,
  SOURCE,
  text,
  type SeedEntry,
} from './define';

/** Named in the AU article; the AIAF article gives the same title without a code. */
const ETHICAL_DECISION_MAKING = {
  en: 'Ethical Decision Making in Risk and Insurance',
  nb: 'Etisk beslutningstaking innen risiko og forsikring',
};

/** CPCU, the general programmes and the underwriting, accounting and management tracks. */
export const BROAD_PROGRAMMES: SeedEntry[] = [
  {
    code: 'CPCU',
    officialName: 'Chartered Property Casualty Underwriter',
    explanatoryName: text('', 'Bred sertifisering i skadeforsikring og risikostyring'),
    summary: text(
      'The flagship among The Institutes’ designations: broad property-casualty insurance and risk management.',
      'Flaggskipet blant sertifiseringene fra The Institutes: bred kunnskap om skadeforsikring og risikostyring.',
    ),
    focusArea: 'general-insurance',
    status: 'offered',
    lastVerified: '2020-07',
    caution: text(
      'The sources disagree on the experience requirement: at least two years (Wikipedia, 2012), three years (older glossaries, from when the programme had ten exams) or no figure at all (Wikipedia, 2018). No figure for recent years was found; check with The Institutes.',
      'Kildene er uenige om kravet til erfaring: minst to år (Wikipedia, 2012), tre år (eldre ordlister, fra den gang programmet hadde ti eksamener) eller ikke noe tall i det hele tatt (Wikipedia, 2018). Det er ikke funnet noe tall for de senere årene; forhør deg med The Institutes.',
    ),
    deliveryNotes: text(
      'Eight courses: four core courses, three courses in a personal or commercial lines concentration and one elective, plus an ethics exam. Exams are two-hour multiple-choice tests. Education and experience requirements apply, and designees must follow a professional code of conduct. Earning it can take a few years. Around 2012 the core courses were numbered CPCU 500, 520, 530 and 540, and the commercial concentration courses CPCU 551, 552 and 553; the 2020 registration booklet lists CPCU 500.',
      'Åtte kurs: fire kjernekurs, tre kurs i en fordypning i privat- eller næringslivsforsikring og ett valgfritt kurs, pluss en etikkeksamen. Eksamenene er flervalgsprøver på to timer. Det stilles krav til utdanning og erfaring, og innehavere må følge yrkesetiske regler. Det kan ta noen år å fullføre. Rundt 2012 hadde kjernekursene kodene CPCU 500, 520, 530 og 540, og fordypningskursene i næringslivsforsikring CPCU 551, 552 og 553; påmeldingsheftet for 2020 oppgir CPCU 500.',
    ),
    courses: [
      course(
        'core',
        'Foundations of risk management and insurance',
        'Grunnlaget for risikostyring og forsikring',
      ),
      course('core', 'Insurance operations', 'Forsikringsdrift'),
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
      // Required once a concentration is chosen, so 'core'; only the one elective is free.
      course(
        'core',
        'Concentration: three courses in personal or commercial lines',
        'Fordypning: tre kurs i privat- eller næringslivsforsikring',
      ),
      course('elective', 'One elective', 'Ett valgfritt kurs'),
      course('ethics', 'Ethics exam', 'Etikkeksamen'),
    ],
    relations: [{ kind: 'credit', target: 'APA' }],
    sources: cite(
      SOURCE.booklet2020,
      SOURCE.catalog2014,
      SOURCE.investopediaCpcu,
      text(
        'Wikipedia, article on the CPCU, October 2018 copy (kiwix.casplantje.nl/wikipedia_en_all_maxi_2018-10/A/CPCU.html)',
        'Wikipedia, artikkel om CPCU, kopi fra oktober 2018 (kiwix.casplantje.nl/wikipedia_en_all_maxi_2018-10/A/CPCU.html)',
      ),
      text(
        'Wikipedia, article on the CPCU, 2012 copy (the-uncensored-wiki.com)',
        'Wikipedia, artikkel om CPCU, kopi fra 2012 (the-uncensored-wiki.com)',
      ),
    ),
  },
  {
    code: 'AINS',
    officialName: 'Associate in General Insurance',
    explanatoryName: text('', 'Generell skadeforsikring'),
    summary: text(
      'General property-casualty insurance: principles, practices, policies and coverages.',
      'Generell skadeforsikring: prinsipper, praksis, forsikringsvilkår og dekninger.',
    ),
    focusArea: 'general-insurance',
    status: 'offered',
    lastVerified: '2020-07',
    deliveryNotes: text(
      'Core courses plus optional electives. AINS replaced the Program in General Insurance (INS); holders of its Certificate in General Insurance were “pre-qualified” for AINS. The 2020 registration booklet lists exams AINS 21, 22, 23 and 24 (in segments). Since January 2011, every designation programme has included an ethics requirement.',
      'Kjernekurs og valgfrie tilleggskurs. AINS erstattet Program in General Insurance (INS), og de som hadde kursbeviset Certificate in General Insurance, var «forhåndskvalifisert» for AINS. Påmeldingsheftet for 2020 oppgir eksamenene AINS 21, 22, 23 og 24 (delt i segmenter). Siden januar 2011 har alle sertifiseringsprogrammer hatt et etikkrav.',
    ),
    relations: ['CPCU', 'AIC', 'AU', 'API', 'AAI', 'AIS'].map((target) => ({
      kind: 'credit' as const,
      target,
    })),
    sources: cite(SOURCE.booklet2020, SOURCE.catalog2014, SOURCE.institutesIns),
  },
  {
    code: 'AU',
    officialName: 'Associate in Commercial Underwriting',
    explanatoryName: text('', 'Risikovurdering i næringslivsforsikring'),
    summary: text(
      'Commercial property and liability underwriting, for agents and brokers, underwriters and supervisors, line managers and reinsurance professionals.',
      'Risikovurdering i ting- og ansvarsforsikring for næringslivet, rettet mot agenter og meglere, risikovurderere og ledere i risikovurdering, ledere («line managers») og fagfolk innen reassuranse.',
    ),
    focusArea: 'underwriting',
    status: 'offered',
    lastVerified: '2020-07',
    caution: text(
      'Older versions of the Investopedia article call it “Associate in Underwriting” and describe three national exams, with the designation awarded by the Insurance Institute of America; the later version, quoting The Institutes, describes the four core courses listed here.',
      'Eldre versjoner av Investopedia-artikkelen kaller den «Associate in Underwriting» og beskriver tre nasjonale eksamener, med Insurance Institute of America som utsteder; den nyere versjonen, som siterer The Institutes, beskriver de fire kjernekursene som er oppført her.',
    ),
    durationMonths: { min: 9, max: 15 },
    deliveryNotes: text(
      'Four core courses and the free ethics course Ethics 311. A working knowledge of insurance principles and coverages is expected. The 2020 registration booklet lists exams AU 60, 61, 62 and 67. Completing AU may earn credit toward other Institutes designations; AU holders who add AU 67 earn AU-M.',
      'Fire kjernekurs og det gratis etikkurset Ethics 311. Det forventes praktisk kjennskap til forsikringsprinsipper og dekninger. Påmeldingsheftet for 2020 oppgir eksamenene AU 60, 61, 62 og 67. AU kan også godskrives i andre sertifiseringer fra The Institutes; de som har AU og tar AU 67 i tillegg, får AU-M.',
    ),
    courses: [
      course('core', 'Commercial insurance', 'Næringslivsforsikring'),
      course(
        'core',
        'Commercial underwriting principles',
        'Prinsipper for risikovurdering i næringslivsforsikring',
      ),
      course(
        'core',
        'Underwriting commercial property',
        'Risikovurdering i tingforsikring for næringslivet',
      ),
      course(
        'core',
        'Underwriting commercial liability',
        'Risikovurdering i ansvarsforsikring for næringslivet',
      ),
      course('ethics', ETHICAL_DECISION_MAKING.en, ETHICAL_DECISION_MAKING.nb, 'Ethics 311'),
    ],
    relations: [{ kind: 'credit', target: 'AU-M' }],
    sources: cite(SOURCE.booklet2020, SOURCE.catalog2014, SOURCE.investopediaAu),
  },
  {
    code: 'AU-M',
    officialName: 'Associate in Commercial Underwriting—Management',
    explanatoryName: text('', 'Ledelse av risikovurdering i næringslivsforsikring'),
    summary: text(
      'Underwriting management, building on the AU courses.',
      'Ledelse av risikovurdering, som bygger videre på AU-kursene.',
    ),
    focusArea: 'underwriting',
    status: 'unconfirmed',
    lastVerified: '2014-09',
    caution: text(
      'The 2020 registration booklet still lists exam AU 67, but no source from 2018 or later names AU-M itself; the newest dated source that lists it is The Institutes’ Fall 2014–Spring 2015 catalog. Check with The Institutes before recommending it.',
      'Påmeldingsheftet for 2020 oppgir fortsatt eksamen AU 67, men ingen kilde fra 2018 eller senere nevner selve AU-M; den nyeste daterte kilden som nevner den, er katalogen fra The Institutes for høsten 2014–våren 2015. Forhør deg med The Institutes før du anbefaler den.',
    ),
    deliveryNotes: text(
      'The four AU core courses plus AU 67, Strategic Underwriting Techniques: AU holders earn AU-M by adding that one course. Since January 2011, every designation programme has included an ethics requirement.',
      'De fire kjernekursene i AU pluss AU 67, «Strategiske teknikker for risikovurdering»: de som har AU, får AU-M ved å ta dette ene kurset i tillegg. Siden januar 2011 har alle sertifiseringsprogrammer hatt et etikkrav.',
    ),
    courses: [
      course('prerequisite-programme', 'The AU courses', 'AU-kursene'),
      course(
        'core',
        'Strategic Underwriting Techniques',
        'Strategiske teknikker for risikovurdering',
        'AU 67',
      ),
      ETHICS_REQUIREMENT,
    ],
    sources: cite(
      SOURCE.catalog2014,
      SOURCE.investopediaAu,
      SOURCE.booklet2020,
      SOURCE.institutesIns,
    ),
  },
  {
    code: 'API',
    officialName: 'Associate in Personal Insurance',
    explanatoryName: text('', 'Privatforsikring'),
    summary: text(
      'Personal lines insurance: underwriting, pricing, marketing and portfolio management.',
      'Privatforsikring: risikovurdering, prising, markedsføring og porteføljestyring.',
    ),
    focusArea: 'underwriting',
    status: 'offered',
    lastVerified: '2020-07',
    durationMonths: { min: 12, max: 18 },
    deliveryNotes: text(
      'Candidates can take one of two paths. One covers underwriting and marketing in personal insurance, portfolio management, property and liability insurance, and personal insurance; the other has three courses: underwriting and marketing; risk management and property-liability; and personal financial planning. Two of the three API exams count toward CPCU. No continuing-education requirement. The 2020 registration booklet lists exams API 28 and 29. Since January 2011, every designation programme has included an ethics requirement.',
      'Kandidatene kan velge mellom to løp. Det ene tar for seg risikovurdering og markedsføring i privatforsikring, porteføljestyring, ting- og ansvarsforsikring og privatforsikring; det andre består av tre kurs: risikovurdering og markedsføring, risikostyring og ting- og ansvarsforsikring, og personlig økonomiplanlegging. To av de tre API-eksamenene kan godskrives i CPCU. Det er ikke krav om etterutdanning. Påmeldingsheftet for 2020 oppgir eksamenene API 28 og 29. Siden januar 2011 har alle sertifiseringsprogrammer hatt et etikkrav.',
    ),
    relations: [{ kind: 'credit', target: 'CPCU' }],
    sources: cite(
      SOURCE.booklet2020,
      SOURCE.catalog2014,
      text(
        'Investopedia, "Associate in Personal Insurance (API)" (facts taken from copies of this article, one at investopedia.com.cach3.com/terms/a/associate-personal-insurance-api.asp.html)',
        'Investopedia, «Associate in Personal Insurance (API)» (opplysningene er hentet fra kopier av artikkelen, blant annet investopedia.com.cach3.com/terms/a/associate-personal-insurance-api.asp.html)',
      ),
      SOURCE.institutesIns,
    ),
  },
  {
    code: 'AIAF',
    officialName: 'Associate in Insurance Accounting and Finance',
    explanatoryName: text('', 'Regnskap og finans i forsikringsselskaper'),
    summary: text(
      'Insurer accounting, statutory (NAIC) financial statements and finance.',
      'Regnskap og finans i forsikringsselskaper, med lovpålagte regnskapsrapporter etter NAIC-reglene.',
    ),
    focusArea: 'accounting-finance',
    status: 'offered',
    lastVerified: '2020-07',
    caution: text(
      'Only three of the five courses are listed: the only source that names them garbles the other two titles.',
      'Bare tre av de fem kursene er oppført: den eneste kilden som navngir dem, gjengir de to andre titlene forvansket.',
    ),
    durationMonths: { min: 12, max: 18 },
    deliveryNotes: text(
      'Five courses, one of them on ethics. Materials cost USD 235–425 per course, and exams USD 250–400. The 2020 registration booklet lists exams AIAF 114 and 115.',
      'Fem kurs, hvorav ett i etikk. Kursmateriellet koster 235–425 USD per kurs, og eksamenene 250–400 USD. Påmeldingsheftet for 2020 oppgir eksamenene AIAF 114 og 115.',
    ),
    courses: [
      course('core', 'Insurer Accounting Management', 'Regnskapsstyring i forsikringsselskaper'),
      course(
        'core',
        'Insurer Risk and Capital Management',
        'Risiko- og kapitalstyring i forsikringsselskaper',
      ),
      course('ethics', ETHICAL_DECISION_MAKING.en, ETHICAL_DECISION_MAKING.nb),
    ],
    sources: cite(SOURCE.booklet2020, SOURCE.catalog2014, SOURCE.investopediaAiaf),
  },
  {
    code: 'AIM',
    officialName: 'Associate in Management',
    explanatoryName: text('', 'Ledelse i forsikring'),
    summary: text(
      'Supervision and management in insurance.',
      'Arbeidsledelse og ledelse i forsikringsbransjen.',
    ),
    focusArea: 'management',
    status: 'offered',
    lastVerified: '2014-09',
    caution: text(
      'The only source garbles the course list, so one of the four courses is not named. The newest dated source that lists AIM is The Institutes’ Fall 2014–Spring 2015 catalog; that it is still offered rests on the undated article.',
      'Den eneste kilden gjengir kurslisten forvansket, så ett av de fire kursene er ikke navngitt. Den nyeste daterte kilden som nevner AIM, er katalogen fra The Institutes for høsten 2014–våren 2015; at sertifiseringen fortsatt tilbys, bygger på den udaterte artikkelen.',
    ),
    durationMonths: { min: 9, max: 15 },
    deliveryNotes: text(
      'Four courses plus ethics; three of the courses are named. Total cost USD 1,800–2,500.',
      'Fire kurs pluss etikk; tre av kursene er navngitt. Samlet kostnad 1\u00a0800–2\u00a0500 USD.',
    ),
    courses: [
      course('core', 'Management', 'Ledelse'),
      course('core', 'Human Resources Management', 'Personalledelse'),
      course('core', 'Managing Business Organizations Today', 'Ledelse av dagens virksomheter'),
      ETHICS_REQUIREMENT,
    ],
    sources: cite(SOURCE.catalog2014, investopediaCopy('Associate in Management (AIM)')),
  },
];
