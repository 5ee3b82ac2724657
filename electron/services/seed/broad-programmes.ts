import { course, text, type SeedEntry } from './define';

const ETHICS_311 = course(
  'ethics',
  'Ethical Decision Making in Risk and Insurance',
  'Etiske beslutninger innen risiko og forsikring',
  'Ethics 311',
);

/** CPCU, the general programmes and the underwriting, accounting and management tracks. */
export const BROAD_PROGRAMMES: SeedEntry[] = [
  {
    code: 'CPCU',
    name: text(
      'Chartered Property Casualty Underwriter',
      'Chartered Property Casualty Underwriter',
    ),
    summary: text(
      'The Institutes’ flagship designation: broad property-casualty insurance and risk management.',
      'The Institutes’ flaggskip: bred kunnskap om skadeforsikring og risikostyring.',
    ),
    focusArea: 'general-insurance',
    deliveryNotes: text(
      'Eight courses: four core courses, three in a personal or commercial lines concentration and one elective, plus an ethics exam. Exams are two-hour multiple-choice tests. Education and experience requirements apply, and designees follow a professional code of conduct. Earning it can take a few years.',
      'Åtte kurs: fire kjernekurs, tre i en fordypning i privat- eller næringslivsforsikring og ett valgfag, pluss en etikkeksamen. Eksamenene er flervalgsprøver på to timer. Det stilles krav til utdanning og erfaring, og innehavere følger yrkesetiske regler. Det kan ta noen år å fullføre.',
    ),
    courses: [
      course(
        'core',
        'Foundations of risk management and insurance',
        'Grunnlaget for risikostyring og forsikring',
      ),
      course('core', 'Insurance operations', 'Forsikringsvirksomhet'),
      course(
        'core',
        'Business law for insurance professionals',
        'Forretningsjus for forsikringsfolk',
      ),
      course(
        'core',
        'Finance and accounting for insurance professionals',
        'Finans og regnskap for forsikringsfolk',
      ),
      course(
        'elective',
        'Three courses in a personal or commercial lines concentration',
        'Tre kurs i en fordypning i privat- eller næringslivsforsikring',
      ),
      course('elective', 'One elective', 'Ett valgfag'),
      course('ethics', 'Ethics exam', 'Etikkeksamen'),
    ],
    relations: [{ kind: 'credit', target: 'APA' }],
    sourceNotes:
      'investorswiki chartered-property-casualty-underwriter-cpcu.md; Wikipedia CPCU (2012 and 2018 mirrors); 2020 registration booklet (CPCU 500). The years of experience required differ between sources (2 or 3, or unspecified); left out.',
  },
  {
    code: 'AINS',
    name: text('Associate in General Insurance', 'Associate i generell forsikring'),
    summary: text(
      'General property-casualty insurance: principles, practices, policies and coverages.',
      'Generell skadeforsikring: prinsipper, praksis, vilkår og dekninger.',
    ),
    focusArea: 'general-insurance',
    deliveryNotes: text(
      'Core courses with optional electives. Replaced the Program in General Insurance; holders of its certificate were pre-qualified. The 2020 registration booklet lists exams AINS 21–24.',
      'Kjernekurs med valgfrie tilleggskurs. Erstattet Program in General Insurance; innehavere av dets kursbevis var forhåndskvalifisert. Eksamenskatalogen for 2020 oppgir eksamenene AINS 21–24.',
    ),
    relations: ['CPCU', 'AIC', 'AU', 'API', 'AAI', 'AIS'].map((target) => ({
      kind: 'credit' as const,
      target,
    })),
    sourceNotes: 'theinstitutes.org/comet/programs/ins/ins.htm; 2020 registration booklet.',
  },
  {
    code: 'AU',
    name: text(
      'Associate in Commercial Underwriting',
      'Associate i risikovurdering for næringsliv',
    ),
    summary: text(
      'Commercial property and liability underwriting, for agents and brokers, underwriters, line managers and reinsurance professionals.',
      'Risikovurdering av ting- og ansvarsforsikring for næringsliv, for agenter og meglere, risikovurderere, linjeledere og reassuransefolk.',
    ),
    focusArea: 'underwriting',
    durationMonths: { min: 9, max: 15 },
    deliveryNotes: text(
      'Four core courses and a free ethics course. A working knowledge of insurance principles and coverages is expected. The 2020 registration booklet lists exams AU 60, 61, 62 and 67.',
      'Fire kjernekurs og et gratis etikkurs. Det forventes praktisk kjennskap til forsikringsprinsipper og dekninger. Eksamenskatalogen for 2020 oppgir eksamenene AU 60, 61, 62 og 67.',
    ),
    courses: [
      course('core', 'Commercial insurance', 'Næringslivsforsikring'),
      course(
        'core',
        'Commercial underwriting principles',
        'Prinsipper for risikovurdering i næringslivsforsikring',
      ),
      course('core', 'Underwriting commercial property', 'Risikovurdering av næringseiendom'),
      course('core', 'Underwriting commercial liability', 'Risikovurdering av næringslivsansvar'),
      ETHICS_311,
    ],
    relations: [{ kind: 'credit', target: 'AU-M' }],
    sourceNotes:
      'investopedia.com/terms/a/associate-in-underwriting.asp (three versions; older ones describe three national exams); investorswiki associate-in-underwriting.md.',
  },
  {
    code: 'AU-M',
    name: text(
      'Associate in Commercial Underwriting—Management',
      'Associate i risikovurdering for næringsliv – ledelse',
    ),
    summary: text('Underwriting management.', 'Ledelse av risikovurdering.'),
    focusArea: 'underwriting',
    deliveryNotes: text(
      'The four AU courses plus Strategic Underwriting Techniques; AU holders add that one course.',
      'De fire AU-kursene pluss Strategic Underwriting Techniques; innehavere av AU tar bare dette kurset i tillegg.',
    ),
    courses: [
      course(
        'prerequisite-programme',
        'The four AU foundation courses',
        'De fire grunnkursene i AU',
      ),
      course(
        'core',
        'Strategic Underwriting Techniques',
        'Strategiske teknikker for risikovurdering',
        'AU 67',
      ),
    ],
    relations: [{ kind: 'prerequisite', target: 'AU' }],
    sourceNotes:
      'Investopedia AU article (quoting The Institutes); The Institutes’ catalog Fall 2014–Spring 2015.',
  },
  {
    code: 'API',
    name: text('Associate in Personal Insurance', 'Associate i privatforsikring'),
    summary: text(
      'Personal lines insurance: underwriting, pricing, marketing and portfolio management.',
      'Privatforsikring: risikovurdering, prising, markedsføring og porteføljestyring.',
    ),
    focusArea: 'underwriting',
    durationMonths: { min: 12, max: 18 },
    deliveryNotes: text(
      'Two paths are described: one covering personal-insurance underwriting and marketing, portfolio management, property and liability insurance and personal insurance; the other three courses (underwriting and marketing, risk management and property-liability, personal financial planning). Two of the three API exams count toward CPCU. No continuing-education requirement. The 2020 registration booklet lists exams API 28 and 29.',
      'Kildene beskriver to løp: ett om risikovurdering og markedsføring i privatforsikring, porteføljestyring, ting- og ansvarsforsikring og privatforsikring; det andre med tre kurs (risikovurdering og markedsføring, risikostyring og ting- og ansvarsforsikring, personlig økonomiplanlegging). To av de tre API-eksamenene teller mot CPCU. Ingen krav om etterutdanning. Eksamenskatalogen for 2020 oppgir eksamenene API 28 og 29.',
    ),
    relations: [{ kind: 'credit', target: 'CPCU' }],
    sourceNotes:
      'Investopedia “Associate in Personal Insurance” (archived copy); investorswiki associate-personal-insurance-api.md; 2020 registration booklet.',
  },
  {
    code: 'AIAF',
    name: text(
      'Associate in Insurance Accounting and Finance',
      'Associate i forsikringsregnskap og finans',
    ),
    summary: text(
      'Insurer accounting, statutory (NAIC) financial statements and finance.',
      'Regnskap for forsikringsselskaper, lovpålagte (NAIC) regnskapsrapporter og finans.',
    ),
    focusArea: 'accounting-finance',
    durationMonths: { min: 12, max: 18 },
    deliveryNotes: text(
      'Five courses, one of them on ethics. Materials cost USD 235–425 per course and exams USD 250–400. The 2020 registration booklet lists exams AIAF 114 and 115.',
      'Fem kurs, hvorav ett i etikk. Kursmateriell koster 235–425 USD per kurs og eksamener 250–400 USD. Eksamenskatalogen for 2020 oppgir eksamenene AIAF 114 og 115.',
    ),
    courses: [
      course('core', 'Insurer Accounting Management', 'Regnskapsstyring i forsikringsselskaper'),
      course(
        'core',
        'Insurer Risk and Capital Management',
        'Risiko- og kapitalstyring i forsikringsselskaper',
      ),
      ETHICS_311,
    ],
    sourceNotes:
      'investorswiki aiaf.md (EN and NO); 2020 registration booklet. Two course titles are garbled in the source and are left out.',
  },
  {
    code: 'AIM',
    name: text('Associate in Management', 'Associate i ledelse'),
    summary: text(
      'Supervision and management in insurance.',
      'Arbeidsledelse og ledelse i forsikring.',
    ),
    focusArea: 'management',
    durationMonths: { min: 9, max: 15 },
    deliveryNotes: text(
      'Four courses plus ethics; total cost USD 1,800–2,500.',
      'Fire kurs pluss etikk; samlet kostnad 1 800–2 500 USD.',
    ),
    courses: [
      course('core', 'Management', 'Ledelse'),
      course('core', 'Human Resources Management', 'Personalledelse'),
      course('core', 'Managing Business Organizations Today', 'Ledelse av dagens virksomheter'),
      course('ethics', 'Ethics exam', 'Etikkeksamen'),
    ],
    sourceNotes: 'investorswiki aim.md (the course list in the source is partly garbled).',
  },
];
