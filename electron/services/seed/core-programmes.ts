import { course, text, type SeedEntry } from './define';

const ETHICS_EXAM = course('ethics', 'Ethics exam', 'Etikkeksamen');

/**
 * Designations the sources describe in some depth (courses, durations, relations).
 * Facts: ../shared/reference/designations-sources.md; text written from them.
 */
export const CORE_PROGRAMMES: SeedEntry[] = [
  {
    code: 'AIS',
    name: text('Associate in Insurance Services', 'Associate i forsikringstjenester'),
    summary: text(
      'General knowledge of the insurance industry, its products and its regulation; often a platform for more advanced designations.',
      'Generell kunnskap om forsikringsbransjen, produktene og reguleringen; ofte et springbrett til mer avanserte betegnelser.',
    ),
    focusArea: 'general-insurance',
    durationMonths: { min: 10, max: 25 },
    certificateOfCompletion: true,
    deliveryNotes: text(
      'First earn one of The Institutes’ prerequisite designation programmes (self-study; instructor-led teaching in some regions). Holders of more advanced credentials such as ARe, AIC or ARM may bypass that requirement. The core course covers the industry, customer needs, management techniques, leadership, teamwork and organisational structures; completing it alone earns a certificate of completion.',
      'Først må kandidaten fullføre et av The Institutes’ forutsetningsprogrammer (selvstudium; i noen regioner også lærerstyrt undervisning). Innehavere av mer avanserte betegnelser som ARe, AIC eller ARM kan få fritak fra dette kravet. Kjernekurset tar for seg bransjen, kundenes behov, ledelsesteknikker, lederskap, teamarbeid og organisasjonsstrukturer; kurset alene gir kursbevis.',
    ),
    courses: [
      course(
        'prerequisite-programme',
        'One of The Institutes’ prerequisite designation programmes',
        'Et av The Institutes’ forutsetningsprogrammer',
      ),
      course('core', 'Delivering Insurance Services', 'Levere forsikringstjenester'),
    ],
    relations: [
      { kind: 'waiver', target: 'ARe' },
      { kind: 'waiver', target: 'AIC' },
      { kind: 'waiver', target: 'ARM' },
      { kind: 'credit', target: 'ASLI' },
    ],
    sourceNotes:
      'investorswiki associate-insurance-services-ais.md (EN and NO); theinstitutes.org/comet/programs/ins/ins.htm. AFSB holders can go on to AIS (AFSB article).',
  },
  {
    code: 'ARe',
    name: text('Associate in Reinsurance', 'Associate i reassuranse'),
    summary: text(
      'Reinsurance: treaties, pricing, contract terms, placement and regulation.',
      'Reassuranse: avtaler, prising, avtalevilkår, plassering og regulering.',
    ),
    focusArea: 'reinsurance',
    durationMonths: { min: 12, max: 18 },
    deliveryNotes: text(
      'Four foundation courses, one elective (finance and accounting, risk financing, or insurance regulation) and an ethics exam. Self-study with The Institutes’ materials; instructor-led in some regions. The course structure has changed over time.',
      'Fire grunnkurs, ett valgfag (finans og regnskap, risikofinansiering eller forsikringsregulering) og en etikkeksamen. Selvstudium med The Institutes’ materiell; lærerstyrt i noen regioner. Kursoppbyggingen har endret seg over tid.',
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
      course('core', 'Contemporary reinsurance issues', 'Aktuelle spørsmål i reassuranse'),
      course('core', 'Insurance company operations', 'Forsikringsselskapets virksomhet'),
      course(
        'elective',
        'Finance and accounting, risk financing, or insurance regulation',
        'Finans og regnskap, risikofinansiering eller forsikringsregulering',
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
    sourceNotes:
      'investorswiki associate-reinsurance-are.md; copy of Investopedia “Associate in Reinsurance (ARe)”. Earlier structures: ARe 141/142 plus two CPCU courses; 2008: ARe 143/144/145 plus one elective.',
  },
  {
    code: 'AFSB',
    name: text(
      'Associate in Fidelity and Surety Bonding',
      'Associate i garanti- og kausjonsforsikring',
    ),
    summary: text(
      'Fidelity and surety bonds and their counterparty risk, for bond producers, bond underwriters and claims adjusters.',
      'Garanti- og kausjonsforsikring og motpartsrisikoen i den, for formidlere, risikovurderere og skadebehandlere.',
    ),
    focusArea: 'specialty-lines',
    durationMonths: { min: 15, max: 21 },
    deliveryNotes: text(
      'Five courses and a 50-question ethics exam. Each exam takes about two to three hours and may mix multiple-choice and essay questions. No higher education or experience is required. Holders can go on to AINS or AIS.',
      'Fem kurs og en etikkeksamen med 50 spørsmål. Hver eksamen tar omtrent to til tre timer og kan blande flervalgs- og essayspørsmål. Det kreves verken høyere utdanning eller erfaring. Innehavere kan gå videre til AINS eller AIS.',
    ),
    courses: [
      course('core', 'Principles of suretyship', 'Prinsipper for kausjon'),
      course('core', 'Contract surety', 'Kontraktsgaranti'),
      course(
        'core',
        'Commercial surety and crime insurance',
        'Næringslivsgarantier og kriminalitetsforsikring',
      ),
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
        'ethics',
        'Ethical Guidelines for Insurance Professionals, or Ethics and the CPCU Code of Professional Conduct',
        'Etiske retningslinjer for forsikringsfolk, eller Etikk og CPCUs yrkesetiske regler',
      ),
    ],
    sourceNotes:
      'investorswiki associate-fidelity-and-surety-bonding-afsb.md; German and Polish translations of Investopedia (five core courses, 15–21 months); 2020 registration booklet (AFSB 151).',
  },
  {
    code: 'AIC',
    name: text('Associate in Claims', 'Associate i skadebehandling'),
    summary: text(
      'Property and liability claims handling, for adjusters, claims supervisors and examiners.',
      'Behandling av ting- og ansvarsskader, for skadebehandlere, skadeledere og kontrollører.',
    ),
    focusArea: 'claims',
    deliveryNotes: text(
      'Investopedia-derived sources describe a series of 13-week courses ending in four national exams (sample exam: two hours, 85 questions), by self-study with recommended textbooks and online resources. The 2020 registration booklet lists exams AIC 30, 31, 32, 37, 39, 41, 44 and 47.',
      'Kilder basert på Investopedia beskriver en rekke kurs på 13 uker som avsluttes med fire nasjonale eksamener (eksempeleksamen: to timer, 85 spørsmål), som selvstudium med anbefalte lærebøker og nettressurser. Eksamenskatalogen for 2020 oppgir eksamenene AIC 30, 31, 32, 37, 39, 41, 44 og 47.',
    ),
    sourceNotes:
      'investorswiki aic.md; insurancebusinessmag.com AIC guide; 2020 registration booklet. The number of exams is the Investopedia claim, not a confirmed current rule.',
  },
  {
    code: 'ARM',
    name: text('Associate in Risk Management', 'Associate i risikostyring'),
    summary: text(
      'Risk management: identifying, assessing, controlling and financing risk.',
      'Risikostyring: å identifisere, vurdere, kontrollere og finansiere risiko.',
    ),
    focusArea: 'risk-management',
    deliveryNotes: text(
      'Three courses and an ethics exam. ARM meets one of the requirements for the RIMS Fellow designation. Earlier versions of the courses were ARM 54, 55 and 56.',
      'Tre kurs og en etikkeksamen. ARM oppfyller ett av kravene til RIMS Fellow-betegnelsen. Tidligere utgaver av kursene var ARM 54, 55 og 56.',
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
        'Vurdering og håndtering av risiko: ting-, kriminalitets-, ledelses- og personalrisiko',
        'ARM 401',
      ),
      course('core', 'Risk financing', 'Risikofinansiering', 'ARM 402'),
      ETHICS_EXAM,
    ],
    sourceNotes:
      'investorswiki associate-risk-management.md; rims.org/grmi/Pages/Eligibility.aspx; 2020 registration booklet (ARM 400, 401, 402).',
  },
  {
    code: 'ASLI',
    name: text(
      'Associate in Surplus Lines Insurance',
      'Associate i forsikring av spesialrisikoer (surplus lines)',
    ),
    summary: text(
      'Surplus lines (excess and surplus) insurance: unusual risks and risks that only out-of-state insurers will write.',
      'Surplus lines-forsikring: uvanlige risikoer og risikoer som bare forsikringsselskaper utenfor delstaten vil tegne.',
    ),
    focusArea: 'specialty-lines',
    durationMonths: { min: 9, max: 15 },
    deliveryNotes: text(
      'Core courses, electives and an ethics exam; the sources disagree on the number of courses. Some courses also count toward other designations. No continuing-education requirement.',
      'Kjernekurs, valgfag og en etikkeksamen; kildene er uenige om antallet kurs. Noen av kursene teller også mot andre betegnelser. Ingen krav om etterutdanning.',
    ),
    sourceNotes:
      'investopedia.com/terms/a/associate-surplus-lines-insurance-asli.asp (two versions: 2 foundation + 2 electives + ethics, later 4 courses); investorswiki associate-surplus-lines-insurance-asli.md.',
  },
];
