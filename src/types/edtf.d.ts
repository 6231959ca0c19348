// The edtf package ships no type declarations; this covers the part Riposte uses.
declare module 'edtf' {
  export interface ExtDate {
    type: 'Date' | 'Year' | 'Season' | 'Interval' | 'Decade' | 'Century' | 'Set' | 'List';
    min: number;
    max: number;
    edtf: string;
    lower?: ExtDate | null | number;
    upper?: ExtDate | null | number;
  }
  export interface Parsed {
    type: ExtDate['type'];
    level: number;
    values: Array<number | null | Parsed>;
    approximate?: unknown;
    uncertain?: unknown;
    unspecified?: unknown;
  }
  function edtf(input: string): ExtDate;
  export function parse(input: string): Parsed;
  export default edtf;
}
