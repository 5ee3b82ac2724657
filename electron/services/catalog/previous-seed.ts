import { createHash } from 'node:crypto';
import type { Course, LocalizedText } from '../../../shared/model';

/**
 * The seed that catalogs up to schema 3 were created with (one content version, from the
 * first commit to c50c4f7), kept as fingerprints: enough to tell whether a designation, or
 * its name or its sources, is still exactly what that seed wrote, and so whether the user
 * has changed it. Never edit; a later seed gets a table of its own.
 */
export const PREVIOUS_SEED: Readonly<
  Record<
    string,
    {
      /** Every field but the relations (`legacyContent`). */
      content: string;
      /** "kind:target" in order, space-separated. */
      relations: string;
      nameEn: string;
      nameNb: string;
      sourceNotes: string;
    }
  >
> = {
  AIS: {
    content: 'beff0111380e3f34',
    relations: 'waiver:ARe waiver:AIC waiver:ARM credit:ASLI',
    nameEn: '3c1a8ceceac227d3',
    nameNb: 'b01794c71d4cb485',
    sourceNotes: '215c9bb2830759bd',
  },
  ARe: {
    content: 'c270b1dd76db78c1',
    relations: 'credit:CPCU credit:ARM credit:AIAF credit:AIS credit:AINS',
    nameEn: 'ab59341b1357abb8',
    nameNb: 'b3bd7f31d98f698f',
    sourceNotes: '88c6009fdb30606e',
  },
  AFSB: {
    content: '7ca46d5d3e6bc15b',
    relations: '',
    nameEn: 'e426f2078711ed05',
    nameNb: '5f2a13a2cc4ef5e4',
    sourceNotes: '42ff81c9b49340ad',
  },
  AIC: {
    content: '96849abe0913cce5',
    relations: '',
    nameEn: 'ea99d3599120448a',
    nameNb: 'c911c976b0016a55',
    sourceNotes: '6149f2aa7351a649',
  },
  ARM: {
    content: 'd06c45cc95f4b85c',
    relations: '',
    nameEn: 'a438b23c2ca3058a',
    nameNb: 'b38c45e4575f63a6',
    sourceNotes: '54703f3ac461f70c',
  },
  ASLI: {
    content: '68154ef1f5902670',
    relations: '',
    nameEn: 'f8b7492ddd9d0451',
    nameNb: '017003aceb6dd25b',
    sourceNotes: '1974495ea67e6a80',
  },
  CPCU: {
    content: '1bd493e5986d98a9',
    relations: 'credit:APA',
    nameEn: '89c936b07fc4aafd',
    nameNb: '89c936b07fc4aafd',
    sourceNotes: '89b208d8fa544dd3',
  },
  AINS: {
    content: 'fe7a9ece45372ba7',
    relations: 'credit:CPCU credit:AIC credit:AU credit:API credit:AAI credit:AIS',
    nameEn: 'd55123df26ec0b10',
    nameNb: '8066c034a17cbaee',
    sourceNotes: 'f8407b3c6e70e774',
  },
  AU: {
    content: '84b974497f0badf5',
    relations: 'credit:AU-M',
    nameEn: 'dac444d13e021d4f',
    nameNb: '9d798affd4b86005',
    sourceNotes: '6008d007dfd851bd',
  },
  'AU-M': {
    content: 'b9434669a18c1900',
    relations: 'prerequisite:AU',
    nameEn: '2a292d299f8c4b8a',
    nameNb: '3d841791b27d90c2',
    sourceNotes: '6e3b67158ca5ff18',
  },
  API: {
    content: '2752e2ff03fd1bd8',
    relations: 'credit:CPCU',
    nameEn: '369380cb06c828fc',
    nameNb: '56ab9b68f8ed9cab',
    sourceNotes: 'a91de82e798facbe',
  },
  AIAF: {
    content: '109aa2f37bc595b5',
    relations: '',
    nameEn: 'c6a1fd40e21c6630',
    nameNb: 'e05d0c5d61014fc2',
    sourceNotes: '1ac24962ed16a5bf',
  },
  AIM: {
    content: '9abd0a62549d17bd',
    relations: '',
    nameEn: 'd14b46dfdb1292d4',
    nameNb: '8f32c87784942274',
    sourceNotes: '178ed767af0af257',
  },
  'AIC-M': {
    content: 'da841857d686cbeb',
    relations: '',
    nameEn: 'ca4a2f50182326a6',
    nameNb: '2deb175205129f20',
    sourceNotes: 'dd287b368c39e2d2',
  },
  'ARM-P': {
    content: '9c59983088815b67',
    relations: '',
    nameEn: '50fe07a3a6770030',
    nameNb: '1bc99791dd79a210',
    sourceNotes: 'dd287b368c39e2d2',
  },
  'ARM-E': {
    content: '80c3824edccf54de',
    relations: '',
    nameEn: 'e97d8ac1a20c09af',
    nameNb: '7b22360b88b66437',
    sourceNotes: '0771454b13e7b8e6',
  },
  AIDA: {
    content: '94c691e5cef149d1',
    relations: '',
    nameEn: 'bf8a839cf2137942',
    nameNb: '7fbe23786e0f9c8d',
    sourceNotes: '5ff00b8f89316a6f',
  },
  AAI: {
    content: 'cc9c77779037f5a8',
    relations: '',
    nameEn: 'f3374821faebe656',
    nameNb: 'c082fd056af63bf4',
    sourceNotes: '167f55e048398184',
  },
  'AAI-M': {
    content: '94209add2a7cc1a7',
    relations: '',
    nameEn: '87ba2bf2c0d817d0',
    nameNb: 'e17555864429f497',
    sourceNotes: 'dd287b368c39e2d2',
  },
  ACSR: {
    content: 'd930d052db2804f3',
    relations: '',
    nameEn: '597628ca5dd4f50f',
    nameNb: '40233661678b6092',
    sourceNotes: 'cd0f7a7344a0a1c0',
  },
  AMIM: {
    content: '435eb71a84dd33d6',
    relations: '',
    nameEn: '3c5794ba38966dd7',
    nameNb: '4e3ea0c4bfdae409',
    sourceNotes: '868ea32eddfd6c3b',
  },
  APA: {
    content: 'c509545a1632ebfc',
    relations: '',
    nameEn: 'fda3e80a4f1c41cd',
    nameNb: 'deeb65eefb133e86',
    sourceNotes: '63fd45c148be0f3e',
  },
  ANFI: {
    content: 'e90ecd5731549cba',
    relations: '',
    nameEn: 'a624eb732dd8ca22',
    nameNb: 'ce6a52adb1a4a664',
    sourceNotes: '0771454b13e7b8e6',
  },
  ARC: {
    content: '02811b83113092aa',
    relations: '',
    nameEn: '402cbdde16fad198',
    nameNb: 'aaec6a4fd98bd5d7',
    sourceNotes: 'dd287b368c39e2d2',
  },
  AIT: {
    content: '5f14ad12f3dcf1d0',
    relations: '',
    nameEn: 'edbf14428b509e5e',
    nameNb: 'd3450cd38479164c',
    sourceNotes: '0771454b13e7b8e6',
  },
  SPPA: {
    content: 'e5e6fe23d81553e7',
    relations: '',
    nameEn: 'ed420763fce833d5',
    nameNb: '63e0ab9f6d328e75',
    sourceNotes: 'cd0f7a7344a0a1c0',
  },
  WCCP: {
    content: '57f8bc96fa108391',
    relations: '',
    nameEn: 'd3a41e6226da5762',
    nameNb: '1ed27d2ec03f0ef0',
    sourceNotes: 'dd287b368c39e2d2',
  },
  ALCM: {
    content: 'd7f7dce2f63d9c78',
    relations: '',
    nameEn: 'f75d423603851c12',
    nameNb: 'dd644809b5680d15',
    sourceNotes: '2adfdba82791a5a7',
  },
};

/** A designation as catalogs up to schema 3 held it: a bilingual name and one sources text. */
export interface LegacyFields {
  code: string;
  name: LocalizedText;
  summary: LocalizedText;
  focusArea: string;
  status: string;
  durationMonths: { min: number | null; max: number | null };
  deliveryNotes: LocalizedText;
  certificateOfCompletion: boolean | null;
  courses: Course[];
  sourceNotes: string;
}

export const fingerprint = (value: unknown): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/** Every field but the relations, in a fixed order, as the fingerprints above were taken. */
export const legacyContent = (d: LegacyFields): unknown => [
  d.code,
  d.name.nb,
  d.name.en,
  d.summary.nb,
  d.summary.en,
  d.focusArea,
  d.status,
  d.durationMonths.min,
  d.durationMonths.max,
  d.deliveryNotes.nb,
  d.deliveryNotes.en,
  d.certificateOfCompletion,
  d.courses.map((c) => [c.kind, c.code, c.title.nb, c.title.en]),
  d.sourceNotes,
];
