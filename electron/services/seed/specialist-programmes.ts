import {
  cite,
  course,
  investopediaCopy,
  NOT_CONFIRMED_SINCE_2014,
  SOURCE,
  text,
  type SeedEntry,
} from './define';

const ETHICS_NOTE = text(
  'Since January 2011, every designation programme has included an ethics requirement.',
  'Siden januar 2011 har alle sertifiseringsprogrammer hatt et etikkrav.',
);

/** For designations the sources name without any course or exam details. */
const NAME_ONLY_NOTES = text(
  `The sources give no course or exam details. ${ETHICS_NOTE.en}`,
  `Kildene gir ingen opplysninger om kurs eller eksamener. ${ETHICS_NOTE.nb}`,
);

/** Specialist and management designations; most are known only by name and focus. */
export const SPECIALIST_PROGRAMMES: SeedEntry[] = [
  {
    code: 'AIC-M',
    officialName: 'Associate in Claims—Management',
    explanatoryName: text('', 'Ledelse av skadebehandling'),
    summary: text('Claims management.', 'Ledelse av skadebehandling.'),
    focusArea: 'claims',
    status: 'unconfirmed',
    lastVerified: '2014-09',
    caution: NOT_CONFIRMED_SINCE_2014,
    deliveryNotes: NAME_ONLY_NOTES,
    sources: cite(SOURCE.catalog2014, SOURCE.institutesIns),
  },
  {
    code: 'ARM-P',
    officialName: 'Associate in Risk Management for Public Entities',
    explanatoryName: text('', 'Risikostyring i offentlige virksomheter'),
    summary: text(
      'Risk management for public entities.',
      'Risikostyring i offentlige virksomheter.',
    ),
    focusArea: 'risk-management',
    status: 'unconfirmed',
    lastVerified: '2014-09',
    caution: NOT_CONFIRMED_SINCE_2014,
    deliveryNotes: NAME_ONLY_NOTES,
    sources: cite(SOURCE.catalog2014, SOURCE.institutesIns),
  },
  {
    code: 'ARM-E',
    officialName: 'Associate in Risk Management–ERM',
    explanatoryName: text('Enterprise risk management (ERM)', 'Helhetlig risikostyring (ERM)'),
    summary: text(
      'Enterprise risk management.',
      'Helhetlig risikostyring i virksomheter (enterprise risk management).',
    ),
    focusArea: 'risk-management',
    status: 'unconfirmed',
    lastVerified: '2014-09',
    caution: text(
      'It is unclear whether ARM-E can still be earned: the 2014 registration booklet gives June 15, 2014 as the final test date for its essay exam (ERM 57), while The Institutes’ Fall 2014–Spring 2015 catalog still lists the designation. No later source mentions it. Check with The Institutes before recommending it.',
      'Det er uklart om ARM-E fortsatt kan tas: påmeldingsheftet for 2014 oppgir 15. juni 2014 som siste prøvedato for essayeksamenen (ERM 57), mens katalogen fra The Institutes for høsten 2014–våren 2015 fortsatt nevner sertifiseringen. Ingen senere kilde omtaler den. Forhør deg med The Institutes før du anbefaler den.',
    ),
    deliveryNotes: text(
      `The 2014 registration booklet lists an essay exam, ERM 57, and gives June 15, 2014 as its final essay test date. ${ETHICS_NOTE.en}`,
      `Påmeldingsheftet for 2014 oppgir en eksamen med essayoppgaver, ERM 57, med 15. juni 2014 som siste prøvedato. ${ETHICS_NOTE.nb}`,
    ),
    sources: cite(SOURCE.catalog2014, SOURCE.booklet2014, SOURCE.institutesIns),
  },
  {
    code: 'AIDA',
    officialName: 'Associate in Insurance Data Analytics',
    explanatoryName: text('', 'Dataanalyse i forsikring'),
    summary: text('Data analytics in insurance.', 'Dataanalyse i forsikring.'),
    focusArea: 'data-technology',
    status: 'offered',
    lastVerified: '2020-07',
    deliveryNotes: text(
      `The 2020 registration booklet lists exam AIDA 181. ${ETHICS_NOTE.en}`,
      `Påmeldingsheftet for 2020 oppgir eksamen AIDA 181. ${ETHICS_NOTE.nb}`,
    ),
    sources: cite(
      SOURCE.booklet2020,
      SOURCE.investopediaAiaf,
      SOURCE.investopediaCpcu,
      SOURCE.institutesIns,
    ),
  },
  {
    code: 'AAI',
    officialName: 'Accredited Adviser in Insurance',
    explanatoryName: text('', 'Forsikringsformidling og rådgivning'),
    summary: text(
      'Education for insurance agents and producers (advisers).',
      'Utdanning for forsikringsagenter og -formidlere (rådgivere).',
    ),
    focusArea: 'distribution-service',
    status: 'offered',
    lastVerified: '2020-07',
    deliveryNotes: text(
      `The 2020 registration booklet lists exams AAI 81, 82 and 83, taken in segments through classes run by state associations, and AAI 87. ${ETHICS_NOTE.en}`,
      `Påmeldingsheftet for 2020 oppgir eksamenene AAI 81, 82 og 83, som tas i deler gjennom kurs i regi av delstatsforeninger, og AAI 87. ${ETHICS_NOTE.nb}`,
    ),
    sources: cite(
      SOURCE.booklet2020,
      SOURCE.catalog2014,
      text(
        'The Institutes, undated web pages (theinstitutes.org/comet, including theinstitutes.org/comet/programs/ins/ins.htm)',
        'The Institutes, udaterte nettsider (theinstitutes.org/comet, blant annet theinstitutes.org/comet/programs/ins/ins.htm)',
      ),
    ),
  },
  {
    code: 'AAI-M',
    officialName: 'Accredited Adviser in Insurance—Management',
    explanatoryName: text('', 'Ledelse av forsikringsagenturer'),
    summary: text('Management of insurance agencies.', 'Ledelse av forsikringsagenturer.'),
    focusArea: 'distribution-service',
    status: 'unconfirmed',
    lastVerified: '2014-09',
    caution: NOT_CONFIRMED_SINCE_2014,
    deliveryNotes: NAME_ONLY_NOTES,
    sources: cite(SOURCE.catalog2014, SOURCE.institutesIns),
  },
  {
    code: 'ACSR',
    officialName: 'Accredited Customer Service Representative',
    explanatoryName: text('', 'Kundeservice i forsikring'),
    summary: text('Customer service in insurance.', 'Kundeservice i forsikring.'),
    focusArea: 'distribution-service',
    status: 'offered',
    lastVerified: '2020-07',
    deliveryNotes: text(
      `The 2020 registration booklet lists exams ACSR 1 to 12, each with 25 to 30 questions in 45 minutes; ACSR 8 and 9 have 30 questions in one hour. ${ETHICS_NOTE.en}`,
      `Påmeldingsheftet for 2020 oppgir eksamenene ACSR 1–12, hver med 25–30 spørsmål på 45 minutter; ACSR 8 og 9 har 30 spørsmål på én time. ${ETHICS_NOTE.nb}`,
    ),
    sources: cite(SOURCE.booklet2020, SOURCE.catalog2014, SOURCE.institutesIns),
  },
  {
    code: 'AMIM',
    officialName: 'Associate in Marine Insurance Management',
    explanatoryName: text('', 'Sjø- og transportforsikring'),
    summary: text(
      'Ocean and inland marine insurance.',
      'Sjøforsikring og transportforsikring (ocean og inland marine).',
    ),
    focusArea: 'specialty-lines',
    status: 'unconfirmed',
    lastVerified: '2014-09',
    caution: text(
      'The newest source that lists this designation is The Institutes’ Fall 2014–Spring 2015 catalog; no later source confirms that it is still offered. The course details come from a third-party article from about 2011. Check with The Institutes before recommending it.',
      'Den nyeste kilden som nevner denne sertifiseringen, er katalogen fra The Institutes for høsten 2014–våren 2015; ingen senere kilde bekrefter at den fortsatt tilbys. Opplysningene om kursene kommer fra en artikkel fra rundt 2011 som ikke er skrevet av The Institutes. Forhør deg med The Institutes før du anbefaler den.',
    ),
    deliveryNotes: text(
      'Around 2011: six exams, four of them required and two electives, plus a 50-question ethics exam; each exam took two hours and had 85 questions. No education or experience requirement, and no continuing-education requirement (as of July 2011).',
      'Rundt 2011: seks eksamener, fire obligatoriske og to valgfrie, pluss en etikkeksamen med 50 spørsmål; hver eksamen varte i to timer og hadde 85 spørsmål. Ingen krav om utdanning eller erfaring, og ingen krav om etterutdanning (per juli 2011).',
    ),
    courses: [
      course('core', 'Ocean Marine Insurance', 'Sjøforsikring'),
      course('core', 'Inland Marine Insurance', 'Transportforsikring (inland marine)'),
      course(
        'core',
        'Foundations of Risk Management, Insurance and Professionalism',
        'Grunnlaget for risikostyring, forsikring og profesjonalitet',
      ),
      course('core', 'Legal Environment of Insurance', 'Forsikringens juridiske rammer'),
      course('elective', 'Two electives', 'To valgfrie kurs'),
      course('ethics', 'Ethics exam', 'Etikkeksamen'),
    ],
    sources: cite(
      SOURCE.catalog2014,
      text(
        'verypages.com, article on the AMIM designation, about 2011 (verypages.com/articles_n2xcha.html)',
        'verypages.com, artikkel om AMIM-sertifiseringen, fra rundt 2011 (verypages.com/articles_n2xcha.html)',
      ),
    ),
  },
  {
    code: 'APA',
    officialName: 'Associate in Premium Auditing',
    explanatoryName: text('', 'Premierevisjon'),
    summary: text('Premium auditing.', 'Revisjon av forsikringspremier (premium auditing).'),
    focusArea: 'accounting-finance',
    status: 'unconfirmed',
    lastVerified: '2014-09',
    caution: text(
      'The newest source that lists this designation is The Institutes’ Fall 2014–Spring 2015 catalog; no later source confirms that it is still offered. The course structure comes from an undated IRMI glossary entry. Check with The Institutes before recommending it.',
      'Den nyeste kilden som nevner denne sertifiseringen, er katalogen fra The Institutes for høsten 2014–våren 2015; ingen senere kilde bekrefter at den fortsatt tilbys. Kursoppbyggingen er hentet fra et udatert ordlisteoppslag hos IRMI. Forhør deg med The Institutes før du anbefaler den.',
    ),
    deliveryNotes: text(
      `Six national exams: two specific to APA and four CPCU courses, so APA shares four courses with CPCU. Developed with the National Society of Insurance Premium Auditors (NSIPA). ${ETHICS_NOTE.en}`,
      `Seks nasjonale eksamener: to egne APA-eksamener og fire CPCU-kurs, slik at APA har fire kurs felles med CPCU. Utviklet i samarbeid med National Society of Insurance Premium Auditors (NSIPA). ${ETHICS_NOTE.nb}`,
    ),
    sources: cite(
      SOURCE.catalog2014,
      text(
        'IRMI, glossary entry "Associate in Premium Auditing", undated (irmi.com/term/insurance-definitions/associate-in-premium-auditing)',
        'IRMI, ordlisteoppslag «Associate in Premium Auditing», udatert (irmi.com/term/insurance-definitions/associate-in-premium-auditing)',
      ),
      SOURCE.institutesIns,
    ),
  },
  {
    code: 'ANFI',
    officialName: 'Associate in National Flood Insurance',
    explanatoryName: text('', 'Flomforsikring (NFIP)'),
    summary: text('Flood insurance (NFIP).', 'Flomforsikring (NFIP).'),
    focusArea: 'specialty-lines',
    status: 'unconfirmed',
    lastVerified: '2014-09',
    caution: NOT_CONFIRMED_SINCE_2014,
    deliveryNotes: text(
      `The 2014 registration booklet lists exam ANFI 205. ${ETHICS_NOTE.en}`,
      `Påmeldingsheftet for 2014 oppgir eksamen ANFI 205. ${ETHICS_NOTE.nb}`,
    ),
    sources: cite(SOURCE.catalog2014, SOURCE.booklet2014, SOURCE.institutesIns),
  },
  {
    code: 'ARC',
    officialName: 'Associate in Regulation and Compliance',
    explanatoryName: text('', 'Forsikringsregulering og etterlevelse'),
    summary: text('Insurance regulation and compliance.', 'Forsikringsregulering og etterlevelse.'),
    focusArea: 'regulation-compliance',
    status: 'unconfirmed',
    lastVerified: '2014-09',
    caution: NOT_CONFIRMED_SINCE_2014,
    deliveryNotes: text(
      `The 2014 registration booklet lists exam IR 201. ${ETHICS_NOTE.en}`,
      `Påmeldingsheftet for 2014 oppgir eksamen IR 201. ${ETHICS_NOTE.nb}`,
    ),
    sources: cite(SOURCE.catalog2014, SOURCE.booklet2014, SOURCE.institutesIns),
  },
  {
    code: 'AIT',
    officialName: 'Associate in Information Technology',
    explanatoryName: text('', 'Informasjonsteknologi i forsikring'),
    summary: text('Information technology in insurance.', 'Informasjonsteknologi i forsikring.'),
    focusArea: 'data-technology',
    status: 'unconfirmed',
    lastVerified: '2014-09',
    caution: NOT_CONFIRMED_SINCE_2014,
    deliveryNotes: text(
      `The 2014 registration booklet lists exam AIT 134: 75 questions in two hours. ${ETHICS_NOTE.en}`,
      `Påmeldingsheftet for 2014 oppgir eksamen AIT 134: 75 spørsmål på to timer. ${ETHICS_NOTE.nb}`,
    ),
    sources: cite(SOURCE.catalog2014, SOURCE.booklet2014, SOURCE.institutesIns),
  },
  {
    code: 'SPPA',
    officialName: 'Senior Professional Public Adjuster',
    explanatoryName: text('Designation in public adjusting', 'Sertifisering i public adjusting'),
    summary: text('Public adjusting.', 'Public adjusting (skadeoppgjør).'),
    focusArea: 'claims',
    status: 'offered',
    lastVerified: '2020-07',
    deliveryNotes: text(
      `The 2020 registration booklet lists exam SPPA 30. ${ETHICS_NOTE.en}`,
      `Påmeldingsheftet for 2020 oppgir eksamen SPPA 30. ${ETHICS_NOTE.nb}`,
    ),
    sources: cite(SOURCE.booklet2020, SOURCE.catalog2014, SOURCE.institutesIns),
  },
  {
    code: 'WCCP',
    officialName: 'California Workers’ Compensation Claims Professional',
    explanatoryName: text(
      'Designation in California workers’ compensation claims',
      'Sertifisering i yrkesskadeoppgjør i California',
    ),
    summary: text(
      'Workers’ compensation claims in California.',
      'Skadebehandling i yrkesskadeforsikring (workers’ compensation) i California.',
    ),
    focusArea: 'claims',
    status: 'unconfirmed',
    lastVerified: '2014-09',
    caution: NOT_CONFIRMED_SINCE_2014,
    deliveryNotes: NAME_ONLY_NOTES,
    sources: cite(SOURCE.catalog2014, SOURCE.institutesIns),
  },
  {
    code: 'ALCM',
    officialName: 'Associate in Loss Control Management',
    explanatoryName: text('', 'Ledelse av skadeforebyggende arbeid'),
    summary: text(
      'Loss control: accident prevention, property protection and industrial hygiene.',
      'Skadeforebygging: ulykkesforebygging, sikring av eiendom og yrkeshygiene.',
    ),
    focusArea: 'risk-management',
    // Neither side of the conflict is confirmed by a dated source, so neither is chosen.
    status: 'unconfirmed',
    lastVerified: null,
    caution: text(
      'The sources conflict on whether ALCM is still offered. Investopedia’s CPCU and AU articles list it among The Institutes’ current designations, but Investopedia’s own ALCM article says The Institutes no longer offers it. It is not in The Institutes’ Fall 2014–Spring 2015 catalog, and no dated source mentions it. Check with The Institutes before recommending it.',
      'Kildene er uenige om ALCM fortsatt tilbys. Investopedias artikler om CPCU og AU regner den blant sertifiseringene The Institutes tilbyr i dag, men Investopedias egen artikkel om ALCM sier at The Institutes ikke lenger tilbyr den. Den står ikke i katalogen fra The Institutes for høsten 2014–våren 2015, og ingen datert kilde nevner den. Forhør deg med The Institutes før du anbefaler den.',
    ),
    deliveryNotes: text(
      'Self-study and five national exams given by the Insurance Institute of America (IIA).',
      'Selvstudium og fem nasjonale eksamener i regi av Insurance Institute of America (IIA).',
    ),
    sources: cite(
      investopediaCopy('Associate in Loss Control Management (ALCM)'),
      SOURCE.investopediaCpcu,
      text(
        'Investopedia, "Associate in Commercial Underwriting (AU)" (investopedia.com/terms/a/associate-in-underwriting.asp; facts taken from a copy of this article)',
        'Investopedia, «Associate in Commercial Underwriting (AU)» (investopedia.com/terms/a/associate-in-underwriting.asp; opplysningene er hentet fra en kopi av artikkelen)',
      ),
      text(
        'The Institutes, "Professional Development Solutions", Fall 2014–Spring 2015 catalog, which does not list ALCM (studylib.net/doc/8391789/designations---the-institutes)',
        'The Institutes, «Professional Development Solutions», katalog for høsten 2014–våren 2015, som ikke nevner ALCM (studylib.net/doc/8391789/designations---the-institutes)',
      ),
    ),
  },
];
