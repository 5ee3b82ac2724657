// The parts of pdfmake 0.3's server API this app uses (its own types describe 0.2).
declare module 'pdfmake' {
  type Fonts = Record<
    string,
    { normal: string; bold: string; italics: string; bolditalics: string }
  >;
  interface OutputDocument {
    getBuffer(): Promise<Buffer>;
  }
  const pdfmake: {
    virtualfs: { writeFileSync(name: string, data: Buffer): void };
    setFonts(fonts: Fonts): void;
    setUrlAccessPolicy(policy: (url: string) => boolean): void;
    setLocalAccessPolicy(policy: (path: string) => boolean): void;
    setProgressCallback(callback: ((progress: number) => void) | undefined): void;
    createPdf(definition: object): OutputDocument;
  };
  export default pdfmake;
}
