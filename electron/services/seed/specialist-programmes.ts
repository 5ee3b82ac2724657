import { course, text, type SeedEntry } from './define';

const CATALOG_2014 =
  'The Institutes’ catalog “Professional Development Solutions”, Fall 2014–Spring 2015';
const BOOKLET_2020 = '2020 registration booklet';

/** Specialist and management designations; most are known only by name and focus. */
export const SPECIALIST_PROGRAMMES: SeedEntry[] = [
  {
    code: 'AIC-M',
    name: text('Associate in Claims—Management', 'Associate i skadebehandling – ledelse'),
    summary: text('Claims management.', 'Ledelse av skadebehandling.'),
    focusArea: 'claims',
    sourceNotes: CATALOG_2014,
  },
  {
    code: 'ARM-P',
    name: text(
      'Associate in Risk Management for Public Entities',
      'Associate i risikostyring for offentlig sektor',
    ),
    summary: text('Risk management for public entities.', 'Risikostyring i offentlig sektor.'),
    focusArea: 'risk-management',
    sourceNotes: CATALOG_2014,
  },
  {
    code: 'ARM-E',
    name: text('Associate in Risk Management–ERM', 'Associate i risikostyring – helhetlig (ERM)'),
    summary: text('Enterprise risk management.', 'Helhetlig risikostyring i virksomheten (ERM).'),
    focusArea: 'risk-management',
    deliveryNotes: text(
      'The 2014 registration booklet lists an essay exam, ERM 57.',
      'Eksamenskatalogen for 2014 oppgir en essayeksamen, ERM 57.',
    ),
    sourceNotes: `${CATALOG_2014}; 2014 registration booklet.`,
  },
  {
    code: 'AIDA',
    name: text('Associate in Insurance Data Analytics', 'Associate i dataanalyse for forsikring'),
    summary: text('Data analytics in insurance.', 'Dataanalyse i forsikring.'),
    focusArea: 'data-technology',
    deliveryNotes: text(
      'The 2020 registration booklet lists exam AIDA 181.',
      'Eksamenskatalogen for 2020 oppgir eksamen AIDA 181.',
    ),
    sourceNotes: `investorswiki aiaf.md and chartered-property-casualty-underwriter-cpcu.md; ${BOOKLET_2020}.`,
  },
  {
    code: 'AAI',
    name: text('Accredited Adviser in Insurance', 'Akkreditert forsikringsrådgiver'),
    summary: text(
      'Education for insurance agents, producers and advisers.',
      'Utdanning for forsikringsagenter, formidlere og rådgivere.',
    ),
    focusArea: 'distribution-service',
    deliveryNotes: text(
      'The 2020 registration booklet lists exams AAI 81, 82 and 83 (in segments, through state-association classes) and AAI 87.',
      'Eksamenskatalogen for 2020 oppgir eksamenene AAI 81, 82 og 83 (delt opp, gjennom kurs i delstatsforeninger) og AAI 87.',
    ),
    sourceNotes: `${CATALOG_2014}; ${BOOKLET_2020}; theinstitutes.org/comet.`,
  },
  {
    code: 'AAI-M',
    name: text(
      'Accredited Adviser in Insurance—Management',
      'Akkreditert forsikringsrådgiver – ledelse',
    ),
    summary: text('Management of insurance agencies.', 'Ledelse av forsikringsbyråer.'),
    focusArea: 'distribution-service',
    sourceNotes: CATALOG_2014,
  },
  {
    code: 'ACSR',
    name: text('Accredited Customer Service Representative', 'Akkreditert kundeservicemedarbeider'),
    summary: text('Customer service in insurance.', 'Kundeservice i forsikring.'),
    focusArea: 'distribution-service',
    deliveryNotes: text(
      'The 2020 registration booklet lists exams ACSR 1–12: 25 to 30 questions in 45 minutes; ACSR 8 and 9 have 30 questions in one hour.',
      'Eksamenskatalogen for 2020 oppgir eksamenene ACSR 1–12: 25 til 30 spørsmål på 45 minutter; ACSR 8 og 9 har 30 spørsmål på én time.',
    ),
    sourceNotes: `${CATALOG_2014}; ${BOOKLET_2020}.`,
  },
  {
    code: 'AMIM',
    name: text(
      'Associate in Marine Insurance Management',
      'Associate i ledelse av sjø- og transportforsikring',
    ),
    summary: text('Ocean and inland marine insurance.', 'Sjøforsikring og transportforsikring.'),
    focusArea: 'specialty-lines',
    deliveryNotes: text(
      'Around 2011: six exams, four of them required, plus a 50-question ethics exam; each exam two hours with 85 questions. No education or experience requirement and no continuing-education requirement (as of July 2011).',
      'Rundt 2011: seks eksamener, hvorav fire obligatoriske, pluss en etikkeksamen med 50 spørsmål; hver eksamen to timer med 85 spørsmål. Ingen krav om utdanning eller erfaring og ingen krav om etterutdanning (per juli 2011).',
    ),
    courses: [
      course('core', 'Ocean Marine Insurance', 'Sjøforsikring'),
      course('core', 'Inland Marine Insurance', 'Transportforsikring'),
      course(
        'core',
        'Foundations of Risk Management, Insurance and Professionalism',
        'Grunnlaget for risikostyring, forsikring og profesjonalitet',
      ),
      course('core', 'Legal Environment of Insurance', 'Forsikringens juridiske rammer'),
      course('elective', 'Two electives', 'To valgfag'),
      course('ethics', 'Ethics exam', 'Etikkeksamen'),
    ],
    sourceNotes: `verypages.com/articles_n2xcha.html; ${CATALOG_2014}.`,
  },
  {
    code: 'APA',
    name: text('Associate in Premium Auditing', 'Associate i premierevisjon'),
    summary: text('Premium auditing.', 'Revisjon av forsikringspremier.'),
    focusArea: 'accounting-finance',
    deliveryNotes: text(
      'Six national exams: two specific to APA and four CPCU courses. Developed with the National Society of Insurance Premium Auditors (NSIPA).',
      'Seks nasjonale eksamener: to egne for APA og fire CPCU-kurs. Utviklet sammen med National Society of Insurance Premium Auditors (NSIPA).',
    ),
    sourceNotes: `irmi.com/term/insurance-definitions/associate-in-premium-auditing; ${CATALOG_2014}.`,
  },
  {
    code: 'ANFI',
    name: text('Associate in National Flood Insurance', 'Associate i nasjonal flomforsikring'),
    summary: text(
      'Flood insurance under the US National Flood Insurance Program (NFIP).',
      'Flomforsikring under det amerikanske nasjonale flomforsikringsprogrammet (NFIP).',
    ),
    focusArea: 'specialty-lines',
    deliveryNotes: text(
      'The 2014 registration booklet lists exam ANFI 205.',
      'Eksamenskatalogen for 2014 oppgir eksamen ANFI 205.',
    ),
    sourceNotes: `${CATALOG_2014}; 2014 registration booklet.`,
  },
  {
    code: 'ARC',
    name: text('Associate in Regulation and Compliance', 'Associate i regulering og etterlevelse'),
    summary: text('Insurance regulation and compliance.', 'Forsikringsregulering og etterlevelse.'),
    focusArea: 'regulation-compliance',
    deliveryNotes: text(
      'The 2014 registration booklet lists exam IR 201.',
      'Eksamenskatalogen for 2014 oppgir eksamen IR 201.',
    ),
    sourceNotes: CATALOG_2014,
  },
  {
    code: 'AIT',
    name: text('Associate in Information Technology', 'Associate i informasjonsteknologi'),
    summary: text('Information technology in insurance.', 'Informasjonsteknologi i forsikring.'),
    focusArea: 'data-technology',
    deliveryNotes: text(
      'In 2014: exam AIT 134, 75 questions in two hours.',
      'I 2014: eksamen AIT 134, 75 spørsmål på to timer.',
    ),
    sourceNotes: `${CATALOG_2014}; 2014 registration booklet.`,
  },
  {
    code: 'SPPA',
    name: text(
      'Senior Professional Public Adjuster',
      'Senior profesjonell skadeoppgjørsrådgiver for forsikringstakere',
    ),
    summary: text(
      'Public adjusting: handling claims on behalf of policyholders.',
      'Skadeoppgjør på vegne av forsikringstakere (public adjusting).',
    ),
    focusArea: 'claims',
    deliveryNotes: text(
      'The 2020 registration booklet lists exam SPPA 30.',
      'Eksamenskatalogen for 2020 oppgir eksamen SPPA 30.',
    ),
    sourceNotes: `${CATALOG_2014}; ${BOOKLET_2020}.`,
  },
  {
    code: 'WCCP',
    name: text(
      'California Workers’ Compensation Claims Professional',
      'Skadebehandler for yrkesskadeforsikring i California',
    ),
    summary: text(
      'Workers’ compensation claims in California.',
      'Skadebehandling i yrkesskadeforsikring i California.',
    ),
    focusArea: 'claims',
    sourceNotes: CATALOG_2014,
  },
  {
    code: 'ALCM',
    name: text('Associate in Loss Control Management', 'Associate i skadeforebygging'),
    summary: text(
      'Loss control: accident prevention, property protection and industrial hygiene.',
      'Skadeforebygging: ulykkesforebygging, sikring av eiendom og yrkeshygiene.',
    ),
    focusArea: 'risk-management',
    status: 'retired',
    deliveryNotes: text(
      'Self-study and five national exams.',
      'Selvstudium og fem nasjonale eksamener.',
    ),
    sourceNotes:
      'investorswiki chartered-property-casualty-underwriter-cpcu.md and associate-in-underwriting.md name it as current; investorswiki associate-loss-control-management-aclm.md says The Institutes no longer offers it. Marked retired after the more specific article.',
  },
];
