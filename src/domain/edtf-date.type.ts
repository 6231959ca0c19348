import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A date as the sources give it (EDTF), with the calendar bounds it allows' })
export class EdtfDateValue {
  @Field({ description: 'EDTF string, such as 2020-12~ or 2021-02/2021-03-08' })
  edtf!: string;

  @Field(() => String, {
    nullable: true,
    description: 'First day it allows (YYYY-MM-DD); null when the start is unknown',
  })
  earliest!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Last day it allows (YYYY-MM-DD); null when the end is unknown',
  })
  latest!: string | null;

  @Field({ description: 'TIME, DAY, MONTH, YEAR, SEASON, DECADE, CENTURY, INTERVAL or SET' })
  precision!: string;

  @Field({ description: 'Marked approximate (~ or %)' })
  approximate!: boolean;

  @Field({ description: 'Marked uncertain (? or %)' })
  uncertain!: boolean;
}

/** Reads the properties written by edtfProperties(prefix, ...) back into one value. */
export function edtfValue(node: Record<string, unknown>, prefix: string): EdtfDateValue | null {
  const edtf = node[prefix];
  if (typeof edtf !== 'string') return null;
  return {
    edtf,
    earliest: (node[`${prefix}Earliest`] as string | null) ?? null,
    latest: (node[`${prefix}Latest`] as string | null) ?? null,
    precision: String(node[`${prefix}Precision`]),
    approximate: node[`${prefix}Approximate`] === true,
    uncertain: node[`${prefix}Uncertain`] === true,
  };
}
